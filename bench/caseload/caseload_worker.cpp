// SPDX-License-Identifier: GPL-3.0-or-later
// One analyst of the load test (bench/caseload.sh).
//   caseload_worker seed FILE N          a case file with N evidence items by "seed"
//   caseload_worker work CASE SECONDS OUT    reviews and comments random items of CASE (a file
//       or a server URI) for SECONDS; writes the rows it added ("table id", one a line) to OUT
//       and each operation's latency in ms to OUT.ms, and prints one JSON line: ops, failed,
//       ops_per_s, p50_ms, p95_ms, max_ms.
// The identity is CHIPTRACE_IDENTITY on a file, the signed-in role on a server.

#include "casefile/casefile.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>

using namespace ChipTrace;
using namespace Qt::StringLiterals;

static int failed(const QString &message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    return 3;
}

static int seed(const QString &path, int n)
{
    Case::CaseInfo info;
    info.title = u"Load test"_s;
    auto cf = Case::CaseFile::create(path, info);
    if (!cf)
        return failed(cf.message());
    (*cf)->setActor(u"seed"_s);
    Case::Lab lab;
    lab.name = u"Lab"_s;
    Case::Model model;
    Case::Source source;
    source.kind = Case::SourceKind::Note;
    source.title = u"Notes"_s;
    if (!(*cf)->saveLab(lab))
        return 3;
    model.labId = lab.id;
    model.name = u"Model"_s;
    if (!(*cf)->saveModel(model))
        return 3;
    Case::ImportBatch batch;
    batch.sources << source;
    batch.sources.first().id = Case::newId();
    for (int i = 0; i < n; ++i) {
        Case::Evidence e;
        e.modelId = model.id;
        e.sourceId = batch.sources.first().id;
        e.quote = u"Item %1 of the load test"_s.arg(i);
        e.author = u"seed"_s;
        batch.evidence << e;
    }
    auto done = (*cf)->importBatch(batch);
    if (!done)
        return failed(done.message());
    return 0;
}

static int work(const QString &caseRef, int seconds, const QString &outPath)
{
    auto cf = Case::CaseFile::open(caseRef);
    if (!cf)
        return failed(cf.message());
    QStringList ids;
    for (const Case::Evidence &e : (*cf)->evidence())
        ids << e.id;
    if (ids.isEmpty())
        return 3;
    QFile out(outPath), times(outPath + u".ms"_s);
    if (!out.open(QIODevice::WriteOnly) || !times.open(QIODevice::WriteOnly))
        return 3;
    QList<double> latencies;
    int failures = 0;
    QString firstError;
    QElapsedTimer total, one;
    total.start();
    auto *random = QRandomGenerator::global();
    while (total.elapsed() < seconds * 1000LL) {
        const QString item = ids[random->bounded(int(ids.size()))];
        one.start();
        const int op = random->bounded(4);
        Result<Case::ChangeSet> done = op == 3
            ? (*cf)->addComment(item, u"note %1"_s.arg(latencies.size()))
            : (*cf)->review(item, Case::Verdict(op), u"load"_s);
        const double ms = one.nsecsElapsed() / 1e6;
        if (!done) {
            ++failures;
            if (firstError.isEmpty())
                firstError = done.message();
            continue;
        }
        latencies << ms;
        times.write(QByteArray::number(ms, 'f', 3) + '\n');
        for (const Case::RowChange &c : done->changes)
            out.write(c.table.toUtf8() + ' ' + c.id.toUtf8() + '\n');
    }
    const double elapsed = total.elapsed() / 1000.0;
    std::sort(latencies.begin(), latencies.end());
    auto pct = [&](double p) {
        return latencies.isEmpty() ? 0.0 : latencies[qsizetype(p * (latencies.size() - 1))];
    };
    const QJsonObject r{{u"actor"_s, (*cf)->actor()}, {u"ops"_s, latencies.size()},
        {u"failed"_s, failures}, {u"first_error"_s, firstError},
        {u"ops_per_s"_s, latencies.size() / elapsed}, {u"p50_ms"_s, pct(0.5)},
        {u"p95_ms"_s, pct(0.95)}, {u"max_ms"_s, latencies.isEmpty() ? 0.0 : latencies.last()}};
    std::printf("%s\n", QJsonDocument(r).toJson(QJsonDocument::Compact).constData());
    return 0;
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList a = app.arguments();
    if (a.size() == 4 && a[1] == u"seed"_s)
        return seed(a[2], a[3].toInt());
    if (a.size() == 5 && a[1] == u"work"_s)
        return work(a[2], a[3].toInt(), a[4]);
    std::fprintf(stderr, "usage: caseload_worker seed FILE N | work CASE SECONDS OUT\n");
    return 2;
}
