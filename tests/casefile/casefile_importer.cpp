// SPDX-License-Identifier: GPL-3.0-or-later
// Test helper: `casefile_importer CASE COUNT` adds one source and COUNT findings to CASE in one
// import (one transaction), printing "progress N" lines as it goes and "done" at the end.

#include "casefile/casefile.h"

#include <QCoreApplication>

#include <cstdio>

using namespace ChipTrace;
using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3)
        return 2;
    auto cf = Case::CaseFile::open(args[1]);
    if (!cf) {
        std::fprintf(stderr, "%s\n", qPrintable(cf.message()));
        return 3;
    }
    Case::ImportBatch batch;
    batch.label = u"big import"_s;
    Case::Source src;
    src.id = Case::newId();
    src.kind = Case::SourceKind::Repository;
    src.uri = u"https://example.org/lab/big.git"_s;
    batch.sources.append(src);
    const int count = args[2].toInt();
    for (int i = 0; i < count; ++i) {
        Case::FindingRecord f;
        f.sourceId = src.id;
        f.kind = u"signature"_s;
        f.ruleId = u"nccl.ib-hca"_s;
        f.locator.path = u"train/launch_%1.sh"_s.arg(i);
        f.locator.line = i % 500 + 1;
        f.text = u"export NCCL_IB_HCA=mlx5_%1"_s.arg(i);
        f.strength = u"strong"_s;
        batch.findings.append(f);
    }
    auto r = (*cf)->importBatch(batch, [](qint64 done, qint64 total) {
        std::printf(
            "progress %lld %lld\n", static_cast<long long>(done), static_cast<long long>(total));
        std::fflush(stdout);
        return true;
    });
    if (!r) {
        std::fprintf(stderr, "%s\n", qPrintable(r.message()));
        return 3;
    }
    std::printf("done\n");
    return 0;
}
