// SPDX-License-Identifier: GPL-3.0-or-later
// Working-tree scans: findings with contexts and vendored marks; binary, oversize and LFS files
// skipped and counted; symlinks never followed; cancel honoured; and the `chiptrace scan` command
// end to end (JSON contract, SARIF 2.1.0 shape, exit codes).

#include "scan/batchstreamer.h"
#include "scan/scanner.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ChipTrace;
using namespace ChipTrace::Scan;
using namespace Qt::StringLiterals;

namespace {

const Finding *find(const QList<Finding> &findings, const QString &rule, const QString &path)
{
    for (const Finding &f : findings)
        if (f.ruleId == rule && f.path == path)
            return &f;
    return nullptr;
}

void makeTree(const QString &root, const QString &outside)
{
    Test::writeFile(
        root, u"train.py"_s, "import torch_npu\n# import deep_gemm\nx = \"import deep_gemm\"\n");
    Test::writeFile(root, u"third_party/cutlass/gemm.cu"_s, "asm(\"wgmma.mma_async.sync\");\n");
    Test::writeFile(root, u"blob.bin"_s, QByteArray("NCCL_NVLS_ENABLE=1\0\x01\x02", 21));
    Test::writeFile(root, u"big.sh"_s, QByteArray(4096, '#') + "\nexport NCCL_NVLS_ENABLE=1\n");
    Test::writeFile(root, u"weights.sh"_s,
        "version https://git-lfs.github.com/spec/v1\noid sha256:abc\nsize 12\n");
    Test::writeFile(root, u"README.md"_s, "We pre-trained on 2048 H800 GPUs.\n");
    Test::writeFile(outside, u"secret.sh"_s, "export NCCL_IB_HCA=mlx5_0\n");
    QFile::link(outside + u"/secret.sh"_s, root + u"/linked.sh"_s);
    QFile::link(outside, root + u"/linkdir"_s);
}

} // namespace

class TestWorkTreeScan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void workTree_classifiesSkipsAndNeverFollowsSymlinks()
    {
        QTemporaryDir dir, outside;
        makeTree(dir.path(), outside.path());
        ScanOptions options;
        options.maxFileSize = 2048;
        options.threads = 2;
        auto scanner = Scanner::create(options);
        QVERIFY2(scanner, qPrintable(scanner.message()));
        const auto result = (*scanner)->scan(dir.path());
        QVERIFY2(result, qPrintable(result.message()));

        QCOMPARE(result->stats.binarySkipped, 1);
        QCOMPARE(result->stats.oversizeSkipped, 1);
        QCOMPARE(result->stats.lfsPointers, 1);
        QCOMPARE(result->stats.symlinksSkipped, 2);
        QCOMPARE(result->stats.filesScanned, 3);
        QVERIFY(!find(result->findings, u"nvls-enabled"_s, u"blob.bin"_s));
        QVERIFY(!find(result->findings, u"nccl-ib-hca"_s, u"linked.sh"_s));
        QVERIFY(!find(result->findings, u"nccl-ib-hca"_s, u"linkdir/secret.sh"_s));

        const Finding *npu = find(result->findings, u"ascend-torch-npu"_s, u"train.py"_s);
        QVERIFY(npu);
        QCOMPARE(npu->context, HitContext::Code);
        QCOMPARE(npu->line, 1);
        QVERIFY(npu->atHead);
        QVERIFY(!npu->firstSeen);
        // deep_gemm appears in a comment (line 2: rule counts only in code/string) and a string.
        int deepGemm = 0;
        for (const Finding &f : result->findings)
            if (f.ruleId == u"deepseek-hopper-kernels") {
                ++deepGemm;
                QCOMPARE(f.line, 3);
                QCOMPARE(f.context, HitContext::String);
            }
        QCOMPARE(deepGemm, 1);

        const Finding *wgmma =
            find(result->findings, u"hopper-isa"_s, u"third_party/cutlass/gemm.cu"_s);
        QVERIFY(wgmma);
        QVERIFY(wgmma->vendored);
        QVERIFY(!npu->vendored);

        const Finding *claim = find(result->findings, u"claim"_s, u"README.md"_s);
        QVERIFY(claim);
        QCOMPARE(claim->context, HitContext::Prose);
        QCOMPARE(claim->scope, ClaimScope::Training);
        QCOMPARE(claim->column, int(QByteArray("We pre-trained on 2048 ").size()) + 1);
    }

    void workTree_streamsBatchesBeforeTheFinalResult()
    {
        QTemporaryDir dir;
        for (int i = 0; i < 600; ++i)
            Test::writeFile(dir.path(), u"f%1.sh"_s.arg(i),
                "export NCCL_IB_HCA=mlx5_%1\n"_ba.replace("%1", QByteArray::number(i)));
        ScanOptions options;
        options.streamBatches = true;
        auto scanner = Scanner::create(options);
        QVERIFY(scanner);
        QFuture<ScanResult> future = (*scanner)->scanWorkingTree(dir.path());
        future.waitForFinished();
        const QList<ScanResult> results = future.results();
        QVERIFY(results.size() >= 3); // 600 findings come in batches of at most 256, then the final
        QSet<QString> streamed;
        qsizetype streamedCount = 0;
        for (qsizetype i = 0; i + 1 < results.size(); ++i) {
            QVERIFY(results[i].partial);
            QVERIFY(results[i].findings.size() <= 256);
            streamedCount += results[i].findings.size();
            for (const Finding &f : results[i].findings)
                streamed.insert(f.path + u'|' + f.ruleId + u'|' + f.text);
        }
        QCOMPARE(streamedCount, streamed.size()); // none twice
        const std::optional<ScanResult> last = finalResult(future);
        QVERIFY(last);
        QVERIFY(!last->partial);
        QSet<QString> final;
        for (const Finding &f : last->findings)
            final.insert(f.path + u'|' + f.ruleId + u'|' + f.text);
        QCOMPARE(final.size(), 600);
        QCOMPARE(streamed, final); // every finding was streamed once, and nothing else

        // Without the option a scan has exactly one result.
        auto plain = Scanner::create({});
        QFuture<ScanResult> one = (*plain)->scanWorkingTree(dir.path());
        one.waitForFinished();
        QCOMPARE(one.resultCount(), 1);
        QCOMPARE(finalResult(one)->findings.size(), last->findings.size());
    }
    void workTree_cancelStopsTheScan()
    {
        QTemporaryDir dir;
        for (int i = 0; i < 200; ++i)
            Test::writeFile(dir.path(), u"f%1.sh"_s.arg(i), "export NCCL_NVLS_ENABLE=1\n");
        auto scanner = Scanner::create({});
        QVERIFY(scanner);
        QFuture<ScanResult> future = (*scanner)->scanWorkingTree(dir.path());
        future.cancel();
        future.waitForFinished();
        QVERIFY(future.isCanceled());
        QCOMPARE(future.resultCount(), 0);
    }

    void cli_jsonSarifAndExitCodes()
    {
        QTemporaryDir dir, home;
        Test::git(dir.path(), {u"init"_s, u"-q"_s});
        Test::writeFile(dir.path(), u"run.sh"_s,
            "export NCCL_IB_HCA=mlx5_0\nexport PYTORCH_ROCM_ARCH=gfx942\n");
        Test::writeFile(dir.path(), u"README.md"_s, "Fine-tuned on 8 A800 GPUs.\n");
        Test::git(dir.path(), {u"add"_s, u"-A"_s});
        Test::git(dir.path(), {u"commit"_s, u"-qm"_s, u"one"_s}, u"2024-01-01T00:00:00Z"_s);

        const auto json = Test::chiptrace(
            {u"scan"_s, dir.path(), u"--history"_s, u"--format"_s, u"json"_s}, home.path());
        QCOMPARE(json.exitCode, 1); // findings reported
        const QJsonObject doc = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(doc.value(u"format"_s).toString(), u"chiptrace-scan"_s);
        QCOMPARE(doc.value(u"version"_s).toInt(), 1);
        const QJsonArray findings = doc.value(u"findings"_s).toArray();
        QVERIFY(findings.size() >= 3);
        for (const auto &v : findings) {
            const QJsonObject f = v.toObject();
            for (const char *key : {"rule", "family", "kind", "path", "line", "text", "context",
                     "chips", "scope", "at_head", "first_seen", "removed_in"})
                QVERIFY2(f.contains(QLatin1String(key)), key);
            QVERIFY(f.value(u"first_seen"_s).toObject().value(u"commit"_s).toString().size() == 40);
            QVERIFY(f.value(u"removed_in"_s).isNull());
        }
        const auto claim = std::find_if(findings.begin(), findings.end(),
            [](const QJsonValue &v) { return v[u"kind"_s] == u"claim"_s; });
        QVERIFY(claim != findings.end());
        QCOMPARE((*claim)[u"scope"_s].toString(), u"fine-tuning"_s);
        QVERIFY(doc.value(u"funnel"_s).toObject().value(u"steps"_s).toArray().size() >= 1);

        const QString sarifFile = home.filePath(u"out.sarif"_s);
        const auto sarif = Test::chiptrace(
            {u"scan"_s, dir.path(), u"--format"_s, u"sarif"_s, u"--output"_s, sarifFile},
            home.path());
        QCOMPARE(sarif.exitCode, 1);
        QFile f(sarifFile);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject s = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(s.value(u"version"_s).toString(), u"2.1.0"_s);
        const QJsonObject run = s.value(u"runs"_s).toArray().first().toObject();
        QCOMPARE(run.value(u"results"_s).toArray().size(), findings.size());
        const QJsonObject first = run.value(u"results"_s).toArray().first().toObject();
        const int ruleIndex = first.value(u"ruleIndex"_s).toInt();
        QCOMPARE(
            run[u"tool"_s][u"driver"_s][u"rules"_s].toArray().at(ruleIndex)[u"id"_s].toString(),
            first.value(u"ruleId"_s).toString());

        QTemporaryDir empty;
        QCOMPARE(Test::chiptrace({u"scan"_s, empty.path()}, home.path()).exitCode, 0);
        QCOMPARE(
            Test::chiptrace({u"scan"_s, dir.path(), u"--format"_s, u"xml"_s}, home.path()).exitCode,
            2);
        QCOMPARE(Test::chiptrace({u"scan"_s, dir.path() + u"/missing"_s}, home.path()).exitCode, 3);
        QCOMPARE(
            Test::chiptrace({u"scan"_s, empty.path(), u"--history"_s}, home.path()).exitCode, 3);
    }
};

QTEST_GUILESS_MAIN(TestWorkTreeScan)
#include "tst_worktreescan.moc"
