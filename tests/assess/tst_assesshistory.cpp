// SPDX-License-Identifier: GPL-3.0-or-later
// A history scan of a real git repository made at test time, reproducing the paper's case in
// the tests' own words: the RDMA settings of the launch script are deleted in a later commit,
// bf16 stays in the DeepSpeed config, the README says the model was fine-tuned on other chips.
// The scan report's assessment still finds datacenter NVIDIA, Ampere or newer, each step
// resting on lines that include the deleted ones, and lists the fine-tuning chips separately.

#include "catalog/catalog.h"
#include "report/scanreport.h"
#include "scan/scanner.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ChipTrace;
using namespace Qt::StringLiterals;

namespace {

void commitAll(const QString &repo, const QString &message, const QString &date)
{
    Test::git(repo, {u"add"_s, u"-A"_s});
    const auto r = Test::git(repo, {u"commit"_s, u"-q"_s, u"-m"_s, message}, date);
    if (r.exitCode != 0)
        qWarning("commit failed: %s", r.err.constData());
}

QString idOf(const QString &name)
{
    const auto chips = Catalog::Catalog::builtin().resolve(name);
    return chips.isEmpty() ? QString() : chips.first()->id;
}

} // namespace

class TestAssessHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void deletedLauncherSettings_stillNarrowTheFunnel()
    {
        QTemporaryDir dir;
        const QString repo = dir.path();
        Test::git(repo, {u"init"_s, u"-q"_s, u"-b"_s, u"main"_s});
        Test::writeFile(repo, u"train/run_pretrain.sh"_s,
            "#!/bin/bash\n"
            "export NCCL_IB_HCA=mlx5_2,mlx5_3\n"
            "export NCCL_NET_GDR_LEVEL=2\n"
            "export NCCL_IB_GID_INDEX=3\n"
            "deepspeed --hostfile hosts train/pretrain.py --deepspeed train/ds_zero3.json\n");
        Test::writeFile(repo, u"train/pretrain.py"_s,
            "import torch.distributed as dist\n"
            "dist.init_process_group(backend=\"nccl\")\n");
        Test::writeFile(repo, u"train/ds_zero3.json"_s,
            "{\n  \"bf16\": {\"enabled\": true},\n  \"zero_optimization\": {\"stage\": 3}\n}\n");
        Test::writeFile(
            repo, u"README.md"_s, "# A model\n\nWe fine-tuned the model on H20 GPUs.\n");
        commitAll(repo, u"first release"_s, u"2024-10-01T10:00:00Z"_s);
        Test::writeFile(repo, u"train/run_pretrain.sh"_s,
            "#!/bin/bash\n"
            "deepspeed --hostfile hosts train/pretrain.py --deepspeed train/ds_zero3.json\n");
        commitAll(repo, u"tidy the launcher"_s, u"2024-11-01T10:00:00Z"_s);

        Scan::ScanOptions options;
        options.history = true;
        auto scanner = Scan::Scanner::create(options);
        QVERIFY2(scanner, scanner ? "" : qPrintable(scanner.message()));
        auto result = (*scanner)->scan(repo);
        QVERIFY2(result, result ? "" : qPrintable(result.message()));
        const QJsonObject json = Scan::scanToJson(*result);
        const QJsonObject assessment = json.value(u"assessment"_s).toObject();
        const QJsonObject funnel = json.value(u"funnel"_s).toObject();

        const QJsonArray candidates = funnel.value(u"candidates"_s).toArray();
        QVERIFY2(!candidates.isEmpty() && candidates.size() <= 25,
            qPrintable(QString::number(candidates.size())));
        QStringList ids;
        for (const QJsonValue &c : candidates)
            ids << c.toObject().value(u"id"_s).toString();
        QVERIFY(!ids.contains(idOf(u"V100"_s)));
        QVERIFY(!ids.contains(idOf(u"T4"_s)));
        QCOMPARE(assessment.value(u"candidates"_s).toArray().size(), candidates.size());

        // The RDMA step rests on the deleted lines, each with its commit.
        bool rdma = false;
        for (const QJsonValue &v : assessment.value(u"steps"_s).toArray()) {
            const QJsonObject step = v.toObject();
            if (step.value(u"item"_s).toString() != u"combination:nvidia-rdma-datacenter")
                continue;
            rdma = true;
            QCOMPARE(step.value(u"status"_s).toString(), u"applied"_s);
            const QJsonArray restsOn = step.value(u"rests_on"_s).toArray();
            QVERIFY(restsOn.size() >= 2);
            for (const QJsonValue &r : restsOn) {
                QCOMPARE(r.toObject().value(u"path"_s).toString(), u"train/run_pretrain.sh"_s);
                QVERIFY(!r.toObject().value(u"commit"_s).toString().isEmpty());
            }
        }
        QVERIFY(rdma);
        const QJsonObject answer = assessment.value(u"answer"_s).toObject();
        QCOMPARE(
            answer.value(u"facets"_s).toArray().first().toObject().value(u"value"_s).toString(),
            u"NVIDIA"_s);
        QVERIFY(answer.value(u"level"_s).toString() != u"chip");

        // Fine-tuning hardware is what the lab has, not what trained the model.
        bool h20 = false;
        for (const QJsonValue &v : assessment.value(u"lab_also_has"_s).toArray())
            h20 = h20 || v.toObject().value(u"id"_s).toString() == idOf(u"H20"_s);
        QVERIFY(h20);
        QVERIFY(assessment.value(u"claimed_training"_s).toArray().isEmpty());

        // The text report carries the same answer.
        QVERIFY(Scan::scanToText(*result).contains(answer.value(u"statement"_s).toString()));
    }
};

QTEST_GUILESS_MAIN(TestAssessHistory)
#include "tst_assesshistory.moc"
