// SPDX-License-Identifier: GPL-3.0-or-later
// History scans over repositories built at test time: signatures added, changed, removed and
// re-added across commits and branches are attributed to the right commits; a README claim that
// was deleted is found with its removing commit; removals made on branches name the removing
// commit and the merge; moved lines keep their identity; content at several paths is reported
// at each; packed repositories read (pack order, deltas) give the same result as loose ones; a
// missing blob is reported, not fatal; a worker that cannot read the repository fails the scan.

#include "report/scanreport.h"
#include "scan/scanner.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ChipTrace;
using namespace ChipTrace::Scan;
using namespace Qt::StringLiterals;

namespace {

QString head(const QString &repo)
{
    return QString::fromLatin1(Test::git(repo, {u"rev-parse"_s, u"HEAD"_s}).out.trimmed());
}

QString commitAll(
    const QString &repo, const QString &message, const QString &date, const QString &author = {})
{
    Test::git(repo, {u"add"_s, u"-A"_s});
    QStringList args{u"commit"_s, u"-q"_s, u"-m"_s, message};
    if (!author.isEmpty())
        args << u"--author"_s << author;
    const auto r = Test::git(repo, args, date);
    if (r.exitCode != 0)
        qWarning("commit failed: %s", r.err.constData());
    return head(repo);
}

// Merges `branch` into the checked-out branch with a merge commit; returns that commit (empty
// when git refused).
QString mergeNoFf(
    const QString &repo, const QString &branch, const QString &message, const QString &date)
{
    if (Test::git(repo, {u"merge"_s, u"-q"_s, u"--no-ff"_s, u"-m"_s, message, branch}, date)
            .exitCode
        != 0)
        return {};
    return head(repo);
}

const Finding *find(const QList<Finding> &findings, const QString &rule, const QString &path,
    const QString &textPart = {})
{
    for (const Finding &f : findings)
        if (f.ruleId == rule && f.path == path && f.text.contains(textPart))
            return &f;
    return nullptr;
}

ScanResult scanHistory(const QString &repo)
{
    ScanOptions options;
    options.history = true;
    auto scanner = Scanner::create(options);
    if (!scanner)
        qFatal("%s", qPrintable(scanner.message()));
    auto result = (*scanner)->scan(repo);
    if (!result)
        qFatal("%s", qPrintable(result.message()));
    return *result;
}

} // namespace

class TestHistoryScan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void history_attributesAddChangeRemoveReaddAcrossBranches()
    {
        QTemporaryDir dir;
        const QString repo = dir.path();
        Test::git(repo, {u"init"_s, u"-q"_s, u"-b"_s, u"main"_s});
        Test::writeFile(
            repo, u"train.sh"_s, "#!/bin/sh\nexport NCCL_NVLS_ENABLE=1\ntorchrun train.py\n");
        Test::writeFile(
            repo, u"README.md"_s, "# Model\n\nWe trained the model on 512 H800 GPUs.\n");
        const QString c1 = commitAll(repo, u"c1"_s, u"2024-01-01T10:00:00Z"_s);
        Test::writeFile(
            repo, u"train.sh"_s, "#!/bin/sh\nexport NCCL_NVLS_ENABLE=0\ntorchrun train.py\n");
        const QString c2 = commitAll(repo, u"c2 change"_s, u"2024-02-01T10:00:00Z"_s);
        QVERIFY(QFile::remove(repo + u"/README.md"_s));
        const QString c3 = commitAll(repo, u"c3 remove readme"_s, u"2024-03-01T10:00:00Z"_s,
            u"Remover <remover@example.org>"_s);

        Test::git(repo, {u"checkout"_s, u"-q"_s, u"-b"_s, u"feature"_s});
        Test::writeFile(repo, u"kernels.py"_s, "import flash_attn_interface\n");
        const QString f1 = commitAll(repo, u"feature only"_s, u"2024-04-01T10:00:00Z"_s);
        Test::git(repo, {u"checkout"_s, u"-q"_s, u"main"_s});
        Test::git(repo, {u"checkout"_s, u"-q"_s, u"-b"_s, u"amd"_s});
        Test::writeFile(repo, u"deploy.sh"_s, "export PYTORCH_ROCM_ARCH=gfx942\n");
        const QString a1 = commitAll(repo, u"amd"_s, u"2024-04-15T10:00:00Z"_s);
        Test::git(repo, {u"checkout"_s, u"-q"_s, u"main"_s});

        Test::writeFile(
            repo, u"train.sh"_s, "#!/bin/sh\nexport NCCL_NVLS_ENABLE=1\ntorchrun train.py\n");
        const QString c4 = commitAll(repo, u"c4 re-add"_s, u"2024-05-01T10:00:00Z"_s);
        QCOMPARE(
            Test::git(repo, {u"merge"_s, u"-q"_s, u"--no-ff"_s, u"-m"_s, u"merge amd"_s, u"amd"_s},
                u"2024-06-01T10:00:00Z"_s)
                .exitCode,
            0);
        const QString merge = head(repo);

        const ScanResult result = scanHistory(repo);
        QCOMPARE(result.headCommit, merge);
        QCOMPARE(result.stats.commits, 7);
        QCOMPARE(result.stats.missingObjects, 0);

        // Added in c1, changed away in c2, re-added in c4: first seen stays c1, at HEAD now.
        const Finding *enabled = find(result.findings, u"nvls-enabled"_s, u"train.sh"_s);
        QVERIFY(enabled);
        QCOMPARE(enabled->firstSeen->commit, c1);
        QCOMPARE(
            enabled->firstSeen->date, QDateTime(QDate(2024, 1, 1), QTime(10, 0), QTimeZone::UTC));
        QVERIFY(enabled->atHead);
        QVERIFY(!enabled->removedIn);
        QCOMPARE(enabled->line, 2);

        // The changed line: first seen c2, removed by c4.
        const Finding *disabled = find(result.findings, u"nvls-disabled"_s, u"train.sh"_s);
        QVERIFY(disabled);
        QCOMPARE(disabled->firstSeen->commit, c2);
        QVERIFY(!disabled->atHead);
        QVERIFY(disabled->removedIn);
        QCOMPARE(disabled->removedIn->commit, c4);

        // The deleted README claim, with its removing commit and the remover as its author.
        const Finding *claim = find(result.findings, u"claim"_s, u"README.md"_s);
        QVERIFY(claim);
        QCOMPARE(claim->kind, FindingKind::Claim);
        QVERIFY(claim->chips.contains(u"H800 SXM5"_s));
        QCOMPARE(claim->scope, ClaimScope::Training);
        QCOMPARE(claim->firstSeen->commit, c1);
        QVERIFY(!claim->atHead);
        QCOMPARE(claim->removedIn->commit, c3);
        QCOMPARE(claim->removedIn->author, u"Remover <remover@example.org>"_s);

        // Only on an unmerged branch: not at HEAD, and no commit on HEAD's line removed it.
        const Finding *fa3 = find(result.findings, u"fa3-hopper"_s, u"kernels.py"_s);
        QVERIFY(fa3);
        QCOMPARE(fa3->firstSeen->commit, f1);
        QVERIFY(!fa3->atHead);
        QVERIFY(!fa3->removedIn);
        QCOMPARE(fa3->aliveOn, QStringList{u"feature"_s});
        QCOMPARE(claim->removedIn->subject, u"c3 remove readme"_s);
        QVERIFY(!claim->mergedIn);
        QVERIFY(claim->aliveOn.isEmpty());

        // Merged from a branch: first seen in the branch commit, not in the merge.
        const Finding *gfx = find(result.findings, u"amd-gfx-cdna3"_s, u"deploy.sh"_s);
        QVERIFY(gfx);
        QCOMPARE(gfx->firstSeen->commit, a1);
        QVERIFY(gfx->atHead);
        QVERIFY(!gfx->blob.isEmpty());
        Q_UNUSED(c3);
    }

    void history_scansEachUniqueBlobOnce()
    {
        QTemporaryDir dir;
        const QString repo = dir.path();
        Test::git(repo, {u"init"_s, u"-q"_s});
        Test::writeFile(repo, u"a.sh"_s, "export NCCL_IB_HCA=mlx5_0\n");
        Test::writeFile(
            repo, u"copy/a.sh"_s, "export NCCL_IB_HCA=mlx5_0\n"); // same blob, two paths
        commitAll(repo, u"one"_s, u"2024-01-01T00:00:00Z"_s);
        Test::writeFile(repo, u"b.sh"_s, "export NCCL_IB_GID_INDEX=3\n");
        commitAll(repo, u"two"_s, u"2024-01-02T00:00:00Z"_s);
        Test::writeFile(repo, u"b.sh"_s, "export NCCL_IB_GID_INDEX=3\nexport NCCL_IB_TC=106\n");
        commitAll(repo, u"three"_s, u"2024-01-03T00:00:00Z"_s);

        const auto objects =
            Test::git(repo, {u"rev-list"_s, u"--all"_s, u"--objects"_s, u"--no-object-names"_s})
                .out;
        const auto batch =
            Test::run(u"git"_s, {u"cat-file"_s, u"--batch-check=%(objecttype)"_s}, repo, objects);
        const int blobs = int(batch.out.count("blob"));
        QCOMPARE(blobs, 3);

        const ScanResult result = scanHistory(repo);
        QCOMPARE(result.stats.filesScanned, blobs);
        // One blob at two paths still yields a finding per path.
        QVERIFY(find(result.findings, u"nccl-ib-hca"_s, u"a.sh"_s));
        QVERIFY(find(result.findings, u"nccl-ib-hca"_s, u"copy/a.sh"_s));
        QVERIFY(find(result.findings, u"nccl-roce-v2"_s, u"b.sh"_s, u"NCCL_IB_TC"_s)->atHead);
    }

    // A line deleted on a branch that is merged later: the deleting commit, not the merge, with
    // the merge as merged_in. A line that lived and died on a merged branch only gets that
    // branch's removal; one on an unmerged branch gets its own.
    void history_branchRemovalsNameTheDeletingCommitAndTheMerge()
    {
        QTemporaryDir dir;
        const QString repo = dir.path();
        Test::git(repo, {u"init"_s, u"-q"_s, u"-b"_s, u"main"_s});
        Test::writeFile(repo, u"launch.sh"_s,
            "#!/bin/sh\nexport NCCL_IB_GID_INDEX=3\nexport NCCL_NVLS_ENABLE=1\npython train.py\n");
        commitAll(repo, u"base"_s, u"2024-01-01T10:00:00Z"_s);

        Test::git(repo, {u"checkout"_s, u"-q"_s, u"-b"_s, u"cleanup"_s});
        Test::writeFile(
            repo, u"launch.sh"_s, "#!/bin/sh\nexport NCCL_NVLS_ENABLE=1\npython train.py\n");
        const QString drop = commitAll(repo, u"Drop the RoCE index"_s, u"2024-01-05T10:00:00Z"_s,
            u"Cleaner <c@example.org>"_s);
        Test::writeFile(repo, u"probe.py"_s, "import torch_npu\n");
        const QString probeAdd = commitAll(repo, u"try npu"_s, u"2024-01-06T10:00:00Z"_s);
        QVERIFY(QFile::remove(repo + u"/probe.py"_s));
        const QString probeDrop = commitAll(repo, u"no npu after all"_s, u"2024-01-07T10:00:00Z"_s);

        Test::git(repo, {u"checkout"_s, u"-q"_s, u"main"_s});
        Test::writeFile(repo, u"README.md"_s, "# Project\n");
        commitAll(repo, u"docs"_s, u"2024-01-08T10:00:00Z"_s);
        const QString merge =
            mergeNoFf(repo, u"cleanup"_s, u"Merge cleanup"_s, u"2024-01-09T10:00:00Z"_s);
        QVERIFY(!merge.isEmpty());

        Test::git(repo, {u"checkout"_s, u"-q"_s, u"-b"_s, u"experiment"_s});
        Test::writeFile(repo, u"gaudi.py"_s, "import torch_npu as npu\n");
        commitAll(repo, u"experiment add"_s, u"2024-02-01T10:00:00Z"_s);
        QVERIFY(QFile::remove(repo + u"/gaudi.py"_s));
        const QString expDrop = commitAll(repo, u"experiment drop"_s, u"2024-02-02T10:00:00Z"_s);
        Test::git(repo, {u"checkout"_s, u"-q"_s, u"main"_s});

        const ScanResult result = scanHistory(repo);
        QCOMPARE(result.headCommit, merge);

        const Finding *gid = find(result.findings, u"nccl-roce-v2"_s, u"launch.sh"_s);
        QVERIFY(gid);
        QVERIFY(!gid->atHead);
        QVERIFY(gid->removedIn);
        QCOMPARE(gid->removedIn->commit, drop);
        QCOMPARE(gid->removedIn->subject, u"Drop the RoCE index"_s);
        QCOMPARE(gid->removedIn->author, u"Cleaner <c@example.org>"_s);
        QVERIFY(gid->mergedIn);
        QCOMPARE(gid->mergedIn->commit, merge);

        const Finding *probe = find(result.findings, u"ascend-torch-npu"_s, u"probe.py"_s);
        QVERIFY(probe);
        QCOMPARE(probe->firstSeen->commit, probeAdd);
        QVERIFY(!probe->atHead);
        QCOMPARE(probe->removedIn->commit, probeDrop);
        QCOMPARE(probe->mergedIn->commit, merge);

        const Finding *exp = find(result.findings, u"ascend-torch-npu"_s, u"gaudi.py"_s);
        QVERIFY(exp);
        QCOMPARE(exp->removedIn->commit, expDrop);
        QVERIFY(!exp->mergedIn);
        QVERIFY(exp->aliveOn.isEmpty());

        const Finding *nvls = find(result.findings, u"nvls-enabled"_s, u"launch.sh"_s);
        QVERIFY(nvls && nvls->atHead && !nvls->removedIn);
    }

    // Lines that no commit of HEAD's history held are unmerged. One still at the tip of a branch
    // and of a pull request is alive there, even though another branch dropped its own copy
    // (that commit is not its removal); one a pull request added and deleted again is removed by
    // that pull request's commit; a line deleted on a branch merged later keeps the branch commit
    // and the merge, and is not unmerged. Stale pull requests do not make HEAD's lines alive.
    void history_unmergedLinesAreAliveOnTheirRefsOrRemovedThere()
    {
        QTemporaryDir dir;
        const QString repo = dir.path();
        Test::git(repo, {u"init"_s, u"-q"_s, u"-b"_s, u"main"_s});
        Test::writeFile(repo, u"launch.sh"_s, "#!/bin/sh\nexport NCCL_NVLS_ENABLE=1\n");
        const QString base = commitAll(repo, u"base"_s, u"2024-03-01T10:00:00Z"_s);

        Test::git(repo, {u"checkout"_s, u"-q"_s, u"-b"_s, u"draft"_s});
        Test::writeFile(repo, u"tune.sh"_s, "export NCCL_IB_GID_INDEX=3\n");
        const QString draft = commitAll(repo, u"draft tuning"_s, u"2024-03-02T10:00:00Z"_s);
        Test::git(repo, {u"update-ref"_s, u"refs/pull/7/head"_s, draft});
        Test::git(repo, {u"update-ref"_s, u"refs/pull/7/merge"_s, draft});
        Test::git(repo, {u"checkout"_s, u"-q"_s, u"-b"_s, u"rework"_s});
        Test::writeFile(repo, u"tune.sh"_s, "# defaults are fine\n");
        const QString rework = commitAll(repo, u"rework drops it"_s, u"2024-03-03T10:00:00Z"_s);

        Test::git(repo, {u"checkout"_s, u"-q"_s, u"-b"_s, u"spike"_s, base});
        Test::writeFile(repo, u"npu.py"_s, "import torch_npu\n");
        const QString spikeAdd = commitAll(repo, u"try npu"_s, u"2024-03-04T10:00:00Z"_s);
        QVERIFY(QFile::remove(repo + u"/npu.py"_s));
        Test::writeFile(repo, u"notes.md"_s, "# Notes\n");
        const QString spikeDrop =
            commitAll(repo, u"no npu"_s, u"2024-03-05T10:00:00Z"_s, u"Spiker <s@example.org>"_s);
        Test::git(repo, {u"update-ref"_s, u"refs/pull/9/head"_s, spikeDrop});

        Test::git(repo, {u"checkout"_s, u"-q"_s, u"-b"_s, u"stale"_s, base});
        Test::writeFile(repo, u"README.md"_s, "# Stale proposal\n");
        Test::git(repo,
            {u"update-ref"_s, u"refs/pull/3/head"_s,
                commitAll(repo, u"stale"_s, u"2024-03-06T10:00:00Z"_s)});

        Test::git(repo, {u"checkout"_s, u"-q"_s, u"-b"_s, u"cleanup"_s, base});
        Test::writeFile(repo, u"launch.sh"_s, "#!/bin/sh\n");
        const QString drop = commitAll(repo, u"drop nvls"_s, u"2024-03-07T10:00:00Z"_s);
        Test::git(repo, {u"checkout"_s, u"-q"_s, u"main"_s});
        Test::writeFile(repo, u"README.md"_s, "# Project\n");
        commitAll(repo, u"docs"_s, u"2024-03-08T10:00:00Z"_s);
        const QString merge =
            mergeNoFf(repo, u"cleanup"_s, u"Merge cleanup"_s, u"2024-03-09T10:00:00Z"_s);
        QVERIFY(!merge.isEmpty());
        for (const QString &gone : {u"spike"_s, u"stale"_s}) // only their pull refs are left
            QCOMPARE(Test::git(repo, {u"branch"_s, u"-q"_s, u"-D"_s, gone}).exitCode, 0);

        const ScanResult result = scanHistory(repo);
        QCOMPARE(result.headCommit, merge);

        const Finding *tune = find(result.findings, u"nccl-roce-v2"_s, u"tune.sh"_s);
        QVERIFY(tune);
        QVERIFY(!tune->atHead);
        QVERIFY(tune->unmerged);
        QCOMPARE(tune->firstSeen->commit, draft);
        QVERIFY2(
            !tune->removedIn, qPrintable(tune->removedIn ? tune->removedIn->commit : QString()));
        QVERIFY(!tune->mergedIn);
        QCOMPARE(tune->aliveOn, (QStringList{u"draft"_s, u"pull/7/head"_s}));
        Q_UNUSED(rework);

        const Finding *npu = find(result.findings, u"ascend-torch-npu"_s, u"npu.py"_s);
        QVERIFY(npu);
        QVERIFY(npu->unmerged);
        QCOMPARE(npu->firstSeen->commit, spikeAdd);
        QVERIFY(npu->removedIn);
        QCOMPARE(npu->removedIn->commit, spikeDrop);
        QCOMPARE(npu->removedIn->author, u"Spiker <s@example.org>"_s);
        QVERIFY(!npu->mergedIn);
        QVERIFY(npu->aliveOn.isEmpty());

        const Finding *nvls = find(result.findings, u"nvls-enabled"_s, u"launch.sh"_s);
        QVERIFY(nvls);
        QVERIFY(!nvls->atHead);
        QVERIFY(!nvls->unmerged);
        QCOMPARE(nvls->firstSeen->commit, base);
        QCOMPARE(nvls->removedIn->commit, drop);
        QCOMPARE(nvls->mergedIn->commit, merge);
        // Branches off `base` still have it; the stale pull request is not listed for it.
        QCOMPARE(nvls->aliveOn, (QStringList{u"draft"_s, u"rework"_s}));

        // The scan JSON says so beside the keys it always had.
        const QJsonObject json = findingToJson(*tune);
        QCOMPARE(json.value(u"unmerged"_s), QJsonValue(true));
        QVERIFY(json.value(u"removed_in"_s).isNull());
        QCOMPARE(json.value(u"alive_on"_s).toArray().size(), 2);
        QCOMPARE(findingToJson(*nvls).value(u"unmerged"_s), QJsonValue(false));
    }

    // A moved file keeps its lines' identity: one finding at the last path, the earlier path in
    // moved_from, first seen where it began, removed where the moved file was deleted.
    void history_movedThenDeletedFileShowsLastPathAndDeletingCommit()
    {
        QTemporaryDir dir;
        const QString repo = dir.path();
        Test::git(repo, {u"init"_s, u"-q"_s, u"-b"_s, u"main"_s});
        Test::writeFile(repo, u"scripts/start.sh"_s, "#!/bin/sh\nexport NCCL_IB_GID_INDEX=3\n");
        const QString add = commitAll(repo, u"add"_s, u"2024-01-01T10:00:00Z"_s);
        QCOMPARE(Test::git(repo, {u"mv"_s, u"scripts"_s, u"launch"_s}).exitCode, 0);
        commitAll(repo, u"move scripts"_s, u"2024-01-02T10:00:00Z"_s);
        Test::writeFile(
            repo, u"launch/start.sh"_s, "#!/bin/sh\n# tuned\nexport NCCL_IB_GID_INDEX=3\n");
        commitAll(repo, u"edit"_s, u"2024-01-03T10:00:00Z"_s);
        QCOMPARE(
            Test::git(repo, {u"mv"_s, u"launch/start.sh"_s, u"launch/run_node.sh"_s}).exitCode, 0);
        commitAll(repo, u"rename"_s, u"2024-01-04T10:00:00Z"_s);
        QVERIFY(QFile::remove(repo + u"/launch/run_node.sh"_s));
        const QString del = commitAll(repo, u"Remove the launcher"_s, u"2024-01-05T10:00:00Z"_s);
        Test::writeFile(repo, u"README.md"_s, "# Project\n");
        commitAll(repo, u"later"_s, u"2024-01-06T10:00:00Z"_s);

        const ScanResult result = scanHistory(repo);
        int gids = 0;
        for (const Finding &f : result.findings)
            gids += f.ruleId == u"nccl-roce-v2"_s;
        QCOMPARE(gids, 1);
        const Finding *gid = find(result.findings, u"nccl-roce-v2"_s, u"launch/run_node.sh"_s);
        QVERIFY(gid);
        QCOMPARE(gid->movedFrom, (QStringList{u"scripts/start.sh"_s, u"launch/start.sh"_s}));
        QCOMPARE(gid->firstSeen->commit, add);
        QCOMPARE(gid->firstSeen->path, u"scripts/start.sh"_s);
        QVERIFY(!gid->atHead);
        QCOMPARE(gid->removedIn->commit, del);
        QCOMPARE(gid->removedIn->subject, u"Remove the launcher"_s);
        QCOMPARE(gid->line, 3); // the version last seen
    }

    // The same content at several paths is reported at each, also where the path changes what
    // counts (first seen as prose in a note, later as code), and a deleted copy has its removal
    // while its siblings stay at HEAD.
    void history_sameContentAtSeveralPathsIsReportedAtEach()
    {
        QTemporaryDir dir;
        const QString repo = dir.path();
        Test::git(repo, {u"init"_s, u"-q"_s, u"-b"_s, u"main"_s});
        const QByteArray body = "import torch_npu\nimport os\n";
        Test::writeFile(repo, u"notes/porting.md"_s, body);
        commitAll(repo, u"notes"_s, u"2024-01-01T10:00:00Z"_s);
        for (const char *node : {"a", "b", "c"})
            Test::writeFile(repo, u"nodes/%1/train.py"_s.arg(QLatin1String(node)), body);
        const QString copies = commitAll(repo, u"copies"_s, u"2024-01-02T10:00:00Z"_s);
        QVERIFY(QFile::remove(repo + u"/nodes/b/train.py"_s));
        const QString del = commitAll(repo, u"drop node b"_s, u"2024-01-03T10:00:00Z"_s);

        const ScanResult result = scanHistory(repo);
        QVERIFY(!find(
            result.findings, u"ascend-torch-npu"_s, u"notes/porting.md"_s)); // prose: not code
        for (const char *node : {"a", "c"}) {
            const Finding *f = find(result.findings, u"ascend-torch-npu"_s,
                u"nodes/%1/train.py"_s.arg(QLatin1String(node)));
            QVERIFY2(f, node);
            QVERIFY(f->atHead);
            QCOMPARE(f->firstSeen->commit, copies);
        }
        const Finding *b = find(result.findings, u"ascend-torch-npu"_s, u"nodes/b/train.py"_s);
        QVERIFY(b);
        QVERIFY(!b->atHead);
        QCOMPARE(b->removedIn->commit, del);
        QVERIFY(b->movedFrom.isEmpty());
    }

    // Packed (deltas against each other, offset and id based) or loose: the same findings.
    void history_packedRepositoryReadsLikeLoose()
    {
        QTemporaryDir dir;
        const QString repo = dir.path();
        Test::git(repo, {u"init"_s, u"-q"_s, u"-b"_s, u"main"_s});
        QByteArray body;
        for (int i = 0; i < 400; ++i)
            body +=
                "config_value_" + QByteArray::number(i) + " = " + QByteArray::number(i * 7) + "\n";
        QString last;
        for (int c = 0; c < 30; ++c) {
            QByteArray version = body;
            version.replace(QByteArray("config_value_" + QByteArray::number(c * 10) + " "),
                QByteArray("config_value_x "));
            if (c % 3 == 0)
                version += "export NCCL_IB_TC=" + QByteArray::number(c) + "\n";
            Test::writeFile(repo, u"conf/run.sh"_s, version);
            Test::writeFile(repo, u"conf/copy%1.sh"_s.arg(c % 4), version);
            last = commitAll(repo, u"v%1"_s.arg(c),
                u"2024-01-%1T10:00:00Z"_s.arg(c + 1, 2, 10, QLatin1Char('0')));
        }
        auto summary = [](const ScanResult &r) {
            QStringList out;
            for (const Finding &f : r.findings)
                out << u"%1 %2 %3 %4 %5 %6"_s.arg(f.ruleId, f.path, f.text)
                           .arg(f.line)
                           .arg(f.firstSeen ? f.firstSeen->commit : QString(),
                               f.removedIn ? f.removedIn->commit : QString());
            out.sort();
            return out;
        };
        const ScanResult loose = scanHistory(repo);
        QVERIFY(loose.findings.size() >= 10);
        QCOMPARE(loose.stats.missingObjects, 0);

        QCOMPARE(
            Test::git(repo, {u"repack"_s, u"-adf"_s, u"-q"_s, u"--depth=50"_s, u"--window=50"_s})
                .exitCode,
            0);
        QVERIFY(QDir(repo + u"/.git/objects/pack"_s).entryList({u"*.pack"_s}).size() == 1);
        const ScanResult packed = scanHistory(repo);
        QCOMPARE(packed.stats.missingObjects, 0);
        QCOMPARE(packed.stats.filesScanned, loose.stats.filesScanned);
        QCOMPARE(summary(packed), summary(loose));

        QCOMPARE(
            Test::git(repo,
                {u"-c"_s, u"repack.useDeltaBaseOffset=false"_s, u"repack"_s, u"-adf"_s, u"-q"_s})
                .exitCode,
            0);
        QCOMPARE(summary(scanHistory(repo)), summary(loose));
        Q_UNUSED(last);
    }

    // A pull request on an older, unrelated root holding the same text earlier: first_seen
    // stays within HEAD's history, where the line actually came from.
    void history_firstSeenStaysInHeadsHistory()
    {
        QTemporaryDir dir;
        const QString repo = dir.path();
        Test::git(repo, {u"init"_s, u"-q"_s, u"-b"_s, u"main"_s});
        Test::writeFile(repo, u"train.sh"_s, "#!/bin/sh\nexport NCCL_IB_GID_INDEX=3\n");
        const QString mainRoot = commitAll(repo, u"initial"_s, u"2024-03-01T10:00:00Z"_s);
        Test::git(repo, {u"checkout"_s, u"-q"_s, u"--orphan"_s, u"old-root"_s});
        const QString oldRoot =
            commitAll(repo, u"initial (first attempt)"_s, u"2024-01-01T10:00:00Z"_s);
        Test::git(repo, {u"checkout"_s, u"-q"_s, u"main"_s});

        const ScanResult result = scanHistory(repo);
        const Finding *gid = find(result.findings, u"nccl-roce-v2"_s, u"train.sh"_s);
        QVERIFY(gid);
        QVERIFY(gid->atHead);
        QVERIFY(oldRoot != mainRoot);
        QCOMPARE(gid->firstSeen->commit, mainRoot);
    }

    void history_missingBlobIsReportedNotFatal()
    {
        QTemporaryDir dir;
        const QString repo = dir.path();
        Test::git(repo, {u"init"_s, u"-q"_s});
        Test::writeFile(repo, u"lost.py"_s, "import torch_npu\n");
        Test::writeFile(repo, u"kept.sh"_s, "export NCCL_NVLS_ENABLE=1\n");
        commitAll(repo, u"one"_s, u"2024-01-01T00:00:00Z"_s);
        const QString blob =
            QString::fromLatin1(Test::git(repo, {u"rev-parse"_s, u"HEAD:lost.py"_s}).out.trimmed());
        const QString loose = repo + u"/.git/objects/"_s + blob.left(2) + u'/' + blob.mid(2);
        QFile::setPermissions(loose, QFile::ReadOwner | QFile::WriteOwner);
        QVERIFY2(QFile::remove(loose), qPrintable(loose));

        const ScanResult result = scanHistory(repo);
        QCOMPARE(result.stats.missingObjects, 1);
        QVERIFY(std::any_of(result.warnings.begin(), result.warnings.end(),
            [&](const QString &w) { return w.contains(blob) && w.contains(u"lost.py"_s); }));
        QVERIFY(!find(result.findings, u"ascend-torch-npu"_s, u"lost.py"_s));
        QVERIFY(find(result.findings, u"nvls-enabled"_s, u"kept.sh"_s));
    }

    void history_notARepositoryFailsClearly()
    {
        QTemporaryDir dir;
        ScanOptions options;
        options.history = true;
        auto scanner = Scanner::create(options);
        QVERIFY(scanner);
        const auto result = (*scanner)->scan(dir.path());
        QVERIFY(!result);
        QVERIFY2(
            result.message().contains(u"not a git repository"_s), qPrintable(result.message()));
    }
};

QTEST_GUILESS_MAIN(TestHistoryScan)
#include "tst_historyscan.moc"
