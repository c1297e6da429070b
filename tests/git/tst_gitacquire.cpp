// SPDX-License-Identifier: GPL-3.0-or-later
#include "git/repositorystore.h"
#include "git/storewatcher.h"
#include "gitfixtures.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace ChipTrace;
using namespace ChipTrace::Git;
using namespace ChipTrace::Test;

// Clone, fetch, depth, cancel and resume, force-push detection, proxies and the command line,
// against real git servers on loopback.
class TestGitAcquire : public QObject, public ServedRepos
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(start()); }

    void cloneOverGitDaemon_mirrorsBranchesTagsAndFiles()
    {
        makeSource(QStringLiteral("daemon"),
            {{QStringLiteral("README.md"), "hello\n"},
                {QStringLiteral("train.py"), "import torch\n"},
                {QStringLiteral("src/launch.sh"), "export NCCL_DEBUG=INFO\n"}});
        gitOut(work(QStringLiteral("daemon")),
            {QStringLiteral("branch"), QStringLiteral("feature"), QStringLiteral("HEAD~1")});
        gitOut(work(QStringLiteral("daemon")),
            {QStringLiteral("tag"), QStringLiteral("v1.0"), QStringLiteral("HEAD~2")});
        publish(QStringLiteral("daemon"));

        RepositoryStore store(freshStore());
        int calls = 0;
        quint64 maxObjects = 0;
        const auto progress = [&](const TransferProgress &p) {
            ++calls;
            maxObjects = qMax(maxObjects, p.receivedObjects);
            return true;
        };
        const Result<Acquisition> r =
            store.acquire(m_daemon->url(QStringLiteral("daemon.git")), {}, progress);
        QVERIFY2(r, qPrintable(r.message()));
        QVERIFY(r->cloned);
        QVERIFY(r->changes.freshClone);
        QCOMPARE(r->changes.newCommits, 3);
        QVERIFY(calls > 0);
        QVERIFY(maxObjects >= 9); // 3 commits, their trees and blobs
        QCOMPARE(r->path, store.pathFor(m_daemon->url(QStringLiteral("daemon.git"))));
        QVERIFY(r->path.startsWith(store.root() + QLatin1Char('/')));
        QCOMPARE(readFile(r->path + QStringLiteral("/src/launch.sh")),
            QByteArray("export NCCL_DEBUG=INFO\n"));
        QCOMPARE(r->checkout.files, 3);
        QCOMPARE(r->head,
            gitOut(work(QStringLiteral("daemon")),
                {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}));
        const QString refs = gitOut(
            r->path, {QStringLiteral("for-each-ref"), QStringLiteral("--format=%(refname)")});
        QVERIFY2(refs.contains(QStringLiteral("refs/heads/feature"))
                && refs.contains(QStringLiteral("refs/tags/v1.0")),
            qPrintable(refs));
        // The store lists it, with a size, and nothing is left in the staging area.
        const QList<StoreEntry> entries = store.entries();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().url, m_daemon->url(QStringLiteral("daemon.git")));
        QVERIFY(entries.first().sizeBytes > 0);
        QVERIFY(QDir(store.root() + QStringLiteral("/.incoming")).isEmpty());
    }

    void fetchOverHttp_reportsNewCommitsThenNothing()
    {
        makeSource(QStringLiteral("http"), {{QStringLiteral("README.md"), "v1\n"}});
        RepositoryStore store(freshStore());
        const QString url = m_http->url(QStringLiteral("http.git"));
        const Result<Acquisition> first = store.acquire(url);
        QVERIFY2(first, qPrintable(first.message()));
        QVERIFY(m_http->requestCount() > 0);

        const QString w = work(QStringLiteral("http"));
        Test::writeFile(w, QStringLiteral("config.yaml"), "bf16: true\n");
        gitOut(w, {QStringLiteral("add"), QStringLiteral("-A")});
        gitOut(w, {QStringLiteral("commit"), QStringLiteral("-qm"), QStringLiteral("bf16")});
        Test::writeFile(w, QStringLiteral("README.md"), "v2\n");
        gitOut(w, {QStringLiteral("commit"), QStringLiteral("-qam"), QStringLiteral("v2")});
        publish(QStringLiteral("http"));

        const Result<Acquisition> second = store.acquire(url);
        QVERIFY2(second, qPrintable(second.message()));
        QVERIFY(!second->cloned);
        QCOMPARE(second->path, first->path);
        QCOMPARE(second->changes.newCommits, 2);
        QCOMPARE(second->changes.refs.size(), 1);
        QCOMPARE(second->changes.refs.first().kind, RefChange::Kind::FastForward);
        QCOMPARE(second->changes.refs.first().newCommits, 2);
        QVERIFY(!second->changes.historyRewritten());
        QCOMPARE(readFile(second->path + QStringLiteral("/README.md")), QByteArray("v2\n"));
        QCOMPARE(
            readFile(second->path + QStringLiteral("/config.yaml")), QByteArray("bf16: true\n"));

        const Result<Acquisition> third = store.acquire(url);
        QVERIFY2(third, qPrintable(third.message()));
        QVERIFY(!third->changes.hasChanges());
        QCOMPARE(third->changes.newCommits, 0);
    }

    void depth_fetchesOnlyTheLastCommits()
    {
        makeSource(QStringLiteral("deep"),
            {{QStringLiteral("a"), "1"}, {QStringLiteral("b"), "2"}, {QStringLiteral("c"), "3"}});
        RepositoryStore store(freshStore());
        AcquireOptions options;
        options.depth = 1;
        const Result<Acquisition> r =
            store.acquire(m_http->url(QStringLiteral("deep.git")), options);
        QVERIFY2(r, qPrintable(r.message()));
        QVERIFY(QFileInfo::exists(r->path + QStringLiteral("/.git/shallow")));
        QCOMPARE(
            gitOut(r->path,
                {QStringLiteral("rev-list"), QStringLiteral("--count"), QStringLiteral("HEAD")}),
            QStringLiteral("1"));
        QCOMPARE(readFile(r->path + QStringLiteral("/c")), QByteArray("3"));
    }

    void cancelMidTransfer_leavesNothing_thenAcquireAgainCompletes()
    {
        QVERIFY(makeRandomRepo(bare(QStringLiteral("big")), 1200, 16 * 1024));
        RepositoryStore store(freshStore());
        const QString url = m_daemon->url(QStringLiteral("big.git"));
        quint64 seenAtCancel = 0, total = 0;
        const auto cancelHalfway = [&](const TransferProgress &p) {
            if (p.stage == TransferProgress::Stage::Receiving && p.receivedObjects > 0
                && p.receivedObjects < p.totalObjects) {
                seenAtCancel = p.receivedObjects;
                total = p.totalObjects;
                return false;
            }
            return true;
        };
        const Result<Acquisition> cancelled = store.acquire(url, {}, cancelHalfway);
        QVERIFY(!cancelled);
        QCOMPARE(cancelled.code(), ErrorCode::Cancelled);
        QVERIFY2(seenAtCancel > 0 && seenAtCancel < total,
            "cancelled before the transfer started or after it ended");
        QVERIFY(cancelled.message().contains(QStringLiteral("libgit2")));
        QVERIFY(!QFileInfo::exists(store.pathFor(url)));
        QVERIFY(QDir(store.root() + QStringLiteral("/.incoming")).isEmpty());
        QVERIFY(store.entries().isEmpty());

        const Result<Acquisition> resumed = store.acquire(url);
        QVERIFY2(resumed, qPrintable(resumed.message()));
        QCOMPARE(resumed->checkout.files, 1200);
        QCOMPARE(
            readFile(resumed->path + QStringLiteral("/data/f7.bin")), randomBytes(16 * 1024, 7));
    }

    void cancelledUpdate_leavesTheClonesRefsAndFilesAsTheyWere()
    {
        makeSource(QStringLiteral("upd"), {{QStringLiteral("README.md"), "v1\n"}});
        RepositoryStore store(freshStore());
        const QString url = m_daemon->url(QStringLiteral("upd.git"));
        const Result<Acquisition> first = store.acquire(url);
        QVERIFY2(first, qPrintable(first.message()));
        const QString w = work(QStringLiteral("upd"));
        for (int i = 0; i < 400; ++i)
            writeFile(w, QStringLiteral("weights/%1.bin").arg(i),
                randomBytes(16 * 1024, quint32(1000 + i)));
        gitOut(w, {QStringLiteral("add"), QStringLiteral("-A")});
        gitOut(w, {QStringLiteral("commit"), QStringLiteral("-qm"), QStringLiteral("weights")});
        publish(QStringLiteral("upd"));

        bool cancelledMidway = false;
        const auto cancelHalfway = [&](const TransferProgress &p) {
            if (p.stage == TransferProgress::Stage::Receiving && p.receivedObjects > 0
                && p.receivedObjects < p.totalObjects) {
                cancelledMidway = true;
                return false;
            }
            return true;
        };
        const Result<Acquisition> cancelled = store.acquire(url, {}, cancelHalfway);
        QCOMPARE(cancelled.code(), ErrorCode::Cancelled);
        QVERIFY(cancelledMidway);
        QCOMPARE(gitOut(first->path, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}),
            first->head);
        QCOMPARE(readFile(first->path + QStringLiteral("/README.md")), QByteArray("v1\n"));
        QVERIFY(!QFileInfo::exists(first->path + QStringLiteral("/weights")));

        const Result<Acquisition> resumed = store.acquire(url);
        QVERIFY2(resumed, qPrintable(resumed.message()));
        QCOMPARE(resumed->changes.newCommits, 1);
        QCOMPARE(readFile(resumed->path + QStringLiteral("/weights/7.bin")),
            randomBytes(16 * 1024, 1007));
    }

    void acquireAsync_reportsProgressAndCancels()
    {
        if (!QFileInfo::exists(bare(QStringLiteral("big"))))
            QVERIFY(makeRandomRepo(bare(QStringLiteral("big")), 1200, 16 * 1024));
        RepositoryStore store(freshStore());
        const QString url = m_http->url(QStringLiteral("big.git"));
        QFuture<Result<Acquisition>> cancelled = store.acquireAsync(url);
        cancelled.cancel();
        cancelled.waitForFinished();
        QVERIFY(cancelled.isCanceled());
        QVERIFY(!QFileInfo::exists(store.pathFor(url)));
        QVERIFY(QDir(store.root() + QStringLiteral("/.incoming")).isEmpty());

        QFuture<Result<Acquisition>> done = store.acquireAsync(url);
        done.waitForFinished();
        QCOMPARE(done.resultCount(), 1);
        const Result<Acquisition> r = done.result();
        QVERIFY2(r, qPrintable(r.message()));
        QVERIFY(done.progressMaximum() >= 1200);
        QVERIFY(!done.progressText().isEmpty());
        QCOMPARE(r->checkout.files, 1200);
    }

    void storeWatcher_announcesChangedRepositories()
    {
        makeSource(QStringLiteral("watched"), {{QStringLiteral("README.md"), "v1\n"}});
        RepositoryStore store(freshStore());
        const QString url = m_http->url(QStringLiteral("watched.git"));
        QVERIFY(store.acquire(url));
        StoreWatcher watcher(&store, std::chrono::hours(1));
        watcher.watch(url);
        watcher.watch(
            m_http->url(QStringLiteral("never-cloned.git"))); // fails: watching never clones
        QSignalSpy changed(&watcher, &StoreWatcher::changed);
        QSignalSpy failed(&watcher, &StoreWatcher::failed);
        QSignalSpy idle(&watcher, &StoreWatcher::idle);

        watcher.checkNow();
        QVERIFY(idle.wait(60000));
        QCOMPARE(changed.count(), 0); // nothing new yet
        QCOMPARE(failed.count(), 1);
        QVERIFY(store.find(m_http->url(QStringLiteral("never-cloned.git"))).code()
            == ErrorCode::NotFound);

        gitOut(work(QStringLiteral("watched")),
            {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("--allow-empty"),
                QStringLiteral("-m"), QStringLiteral("new")});
        publish(QStringLiteral("watched"));
        watcher.checkNow();
        QVERIFY(idle.wait(60000));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toString(), url);
        QCOMPARE(changed.first().at(1).value<ChangeReport>().newCommits, 1);
    }

    void forcePush_isDetected_andDroppedCommitStaysReadable()
    {
        makeSource(QStringLiteral("force"),
            {{QStringLiteral("README.md"), "model card\n"},
                {QStringLiteral("launch.sh"), "export NCCL_IB_HCA=mlx5\n"}});
        const QString w = work(QStringLiteral("force"));
        gitOut(w, {QStringLiteral("branch"), QStringLiteral("experiment")});
        publish(QStringLiteral("force"));
        const QString dropped = gitOut(w, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")});
        RepositoryStore store(freshStore());
        const QString url = m_daemon->url(QStringLiteral("force.git"));
        const Result<Acquisition> first = store.acquire(url);
        QVERIFY2(first, qPrintable(first.message()));

        // The lab rewrites history: the InfiniBand setting disappears, the branch is deleted.
        gitOut(w,
            {QStringLiteral("reset"), QStringLiteral("-q"), QStringLiteral("--hard"),
                QStringLiteral("HEAD~1")});
        Test::writeFile(w, QStringLiteral("launch.sh"), "export NCCL_DEBUG=WARN\n");
        gitOut(w, {QStringLiteral("add"), QStringLiteral("-A")});
        gitOut(w, {QStringLiteral("commit"), QStringLiteral("-qm"), QStringLiteral("cleanup")});
        gitOut(w, {QStringLiteral("branch"), QStringLiteral("-D"), QStringLiteral("experiment")});
        publish(QStringLiteral("force"));

        const Result<Acquisition> second = store.acquire(url);
        QVERIFY2(second, qPrintable(second.message()));
        const ChangeReport &c = second->changes;
        QVERIFY(c.historyRewritten());
        QCOMPARE(c.droppedCommits, QStringList{dropped});
        QString preservedMain;
        bool sawDeleted = false;
        for (const RefChange &rc : c.refs) {
            if (rc.ref == QLatin1String("refs/heads/main")) {
                QCOMPARE(rc.kind, RefChange::Kind::Rewritten);
                QCOMPARE(rc.oldId, dropped);
                QCOMPARE(rc.droppedCommits, 1);
                preservedMain = rc.preservedAs;
            } else if (rc.ref == QLatin1String("refs/heads/experiment")) {
                QCOMPARE(rc.kind, RefChange::Kind::Deleted);
                QVERIFY(rc.preservedAs.startsWith(QStringLiteral("refs/chiptrace/preserved/")));
                sawDeleted = true;
            }
        }
        QVERIFY(sawDeleted);
        QVERIFY2(preservedMain.startsWith(QStringLiteral("refs/chiptrace/preserved/")),
            qPrintable(preservedMain));
        QVERIFY(c.summary().contains(QStringLiteral("REWRITTEN")));
        // The branch no longer has it, the working files no longer have it, the store does, even
        // after an aggressive garbage collection.
        QCOMPARE(readFile(second->path + QStringLiteral("/launch.sh")),
            QByteArray("export NCCL_DEBUG=WARN\n"));
        gitOut(second->path,
            {QStringLiteral("gc"), QStringLiteral("-q"), QStringLiteral("--prune=now")});
        QCOMPARE(gitOut(second->path, {QStringLiteral("rev-parse"), preservedMain}), dropped);
        QCOMPARE(
            gitOut(second->path, {QStringLiteral("show"), dropped + QStringLiteral(":launch.sh")}),
            QStringLiteral("export NCCL_IB_HCA=mlx5"));
    }

    void changesSinceScan_spanSeveralFetches()
    {
        makeSource(
            QStringLiteral("since"), {{QStringLiteral("run.sh"), "export NCCL_IB_HCA=mlx5\n"}});
        const QString w = work(QStringLiteral("since"));
        const QString scannedHead =
            gitOut(w, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")});
        RepositoryStore store(freshStore());
        const QString url = m_http->url(QStringLiteral("since.git"));
        const Result<Acquisition> first = store.acquire(url);
        QVERIFY2(first, qPrintable(first.message()));
        QVERIFY(!store.find(url)->lastScanned.isValid());
        QVERIFY(store.markScanned(url));
        QVERIFY(store.find(url)->lastScanned.isValid());
        // Two fetches after the scan: a normal commit, then a rewrite of the scanned one.
        Test::writeFile(w, QStringLiteral("a.txt"), "a\n");
        gitOut(w, {QStringLiteral("add"), QStringLiteral("-A")});
        gitOut(w, {QStringLiteral("commit"), QStringLiteral("-qm"), QStringLiteral("a")});
        publish(QStringLiteral("since"));
        QVERIFY(store.acquire(url));
        gitOut(w,
            {QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("--orphan"),
                QStringLiteral("fresh")});
        Test::writeFile(w, QStringLiteral("run.sh"), "echo clean\n");
        gitOut(w, {QStringLiteral("add"), QStringLiteral("-A")});
        gitOut(w, {QStringLiteral("commit"), QStringLiteral("-qm"), QStringLiteral("fresh start")});
        gitOut(w, {QStringLiteral("branch"), QStringLiteral("-M"), QStringLiteral("main")});
        publish(QStringLiteral("since"));
        const Result<Acquisition> last = store.acquire(url);
        QVERIFY2(last, qPrintable(last.message()));

        const Result<ChangeReport> since = store.changesSinceScan(url);
        QVERIFY2(since, qPrintable(since.message()));
        QVERIFY(since->historyRewritten());
        QCOMPARE(since->refs.size(), 1);
        QCOMPARE(since->refs.first().oldId, scannedHead);
        QCOMPARE(since->refs.first().kind, RefChange::Kind::Rewritten);
        QVERIFY(since->refs.first().preservedAs.startsWith(
            QStringLiteral("refs/chiptrace/preserved/")));
        QVERIFY(since->droppedCommits.contains(scannedHead));
        QCOMPARE(since->newCommits, 1); // the orphan commit; "a" was also dropped
        QVERIFY(store.markScanned(url));
        QVERIFY(!store.changesSinceScan(url)->hasChanges());
    }

    void httpsProxyFromEnvironment_isUsed()
    {
        // libgit2 sends https through a proxy with CONNECT; the test proxy records and refuses
        // it. The host does not exist, so only the proxy can have been asked.
        Test::HttpGitServer proxy(m_served);
        QVERIFY(proxy.start());
        const QByteArray saved = qgetenv("https_proxy");
        const QByteArray savedNo = qgetenv("no_proxy");
        qputenv("https_proxy", proxy.url(QString()).toUtf8());
        qunsetenv("no_proxy");
        RepositoryStore store(freshStore());
        const Result<Acquisition> r =
            store.acquire(QStringLiteral("https://lab.example.invalid/model.git"));
        qputenv("https_proxy", saved);
        qputenv("no_proxy", savedNo);
        QVERIFY(!r);
        QVERIFY2(r.code() != ErrorCode::HostNotFound, qPrintable(r.message()));
        QVERIFY(proxy.proxiedCount() >= 1);
        QVERIFY(store.entries().isEmpty());
    }

    void cliScanUrl_findsTheSignatureAForcePushDropped()
    {
        makeSource(QStringLiteral("scanurl"),
            {{QStringLiteral("README.md"), "# model\n"},
                {QStringLiteral("launch.sh"), "export NCCL_IB_HCA=mlx5_0,mlx5_1\n"}});
        const QString w = work(QStringLiteral("scanurl"));
        const QString dropped = gitOut(w, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")});
        const QString home = m_tmp.path() + QStringLiteral("/home-scan");
        const QString url = m_http->url(QStringLiteral("scanurl.git"));
        const QStringList scan{QStringLiteral("scan"), url, QStringLiteral("--history"),
            QStringLiteral("--format"), QStringLiteral("json")};
        const Test::ProcessResult first = Test::chiptrace(scan, home);
        QVERIFY2(first.exitCode == 1, first.err.constData()); // findings
        QVERIFY2(first.err.contains("Cloned"), first.err.constData());

        gitOut(w,
            {QStringLiteral("reset"), QStringLiteral("-q"), QStringLiteral("--hard"),
                QStringLiteral("HEAD~1")});
        Test::writeFile(w, QStringLiteral("launch.sh"), "python train.py\n");
        gitOut(w, {QStringLiteral("add"), QStringLiteral("-A")});
        gitOut(w, {QStringLiteral("commit"), QStringLiteral("-qm"), QStringLiteral("scrub")});
        publish(QStringLiteral("scanurl"));

        const Test::ProcessResult second = Test::chiptrace(scan, home);
        QVERIFY2(second.exitCode == 1, second.err.constData());
        QVERIFY2(second.err.contains("REWRITTEN"), second.err.constData());
        const QJsonArray findings = QJsonDocument::fromJson(second.out)
                                        .object()
                                        .value(QStringLiteral("findings"))
                                        .toArray();
        bool found = false;
        for (const QJsonValue &f : findings) {
            const QJsonObject o = f.toObject();
            if (o.value(QStringLiteral("text"))
                    .toString()
                    .contains(QStringLiteral("NCCL_IB_HCA=mlx5"))) {
                found = true;
                QCOMPARE(o.value(QStringLiteral("first_seen"))
                             .toObject()
                             .value(QStringLiteral("commit"))
                             .toString(),
                    dropped);
                QCOMPARE(o.value(QStringLiteral("at_head")).toBool(), false);
            }
        }
        QVERIFY2(found, second.out.left(2000).constData());
        // A local path is still scanned in place, not cloned.
        const Test::ProcessResult local = Test::chiptrace({QStringLiteral("scan"), w}, home);
        QVERIFY(!local.err.contains("Cloned"));
    }

    void store_removeAndPrune()
    {
        makeSource(QStringLiteral("prune"), {{QStringLiteral("a"), "1"}});
        RepositoryStore store(freshStore());
        const QString url = m_daemon->url(QStringLiteral("prune.git"));
        QVERIFY(store.acquire(url));
        QDir().mkpath(
            store.root() + QStringLiteral("/.incoming/crashed-abc123")); // an interrupted clone
        QVERIFY(store.prune(QDateTime::currentDateTimeUtc().addDays(-1))
                .isEmpty()); // recently updated: kept
        QCOMPARE(store.entries().size(), 1);
        QVERIFY(!QFileInfo::exists(store.root() + QStringLiteral("/.incoming/crashed-abc123")));
        QCOMPARE(store.prune(QDateTime::currentDateTimeUtc().addSecs(60)), QStringList{url});
        QVERIFY(store.entries().isEmpty());
        QVERIFY(!QFileInfo::exists(store.pathFor(url)));

        QVERIFY(store.acquire(url));
        QVERIFY(store.remove(url));
        QVERIFY(!QFileInfo::exists(store.pathFor(url)));
        QCOMPARE(store.remove(url).code(), ErrorCode::NotFound);
    }

    void cli_cloneFetchAndStore()
    {
        makeSource(QStringLiteral("cli"),
            {{QStringLiteral("a.txt"), "1\n"}, {QStringLiteral("b.txt"), "2\n"}});
        const QString home = m_tmp.path() + QStringLiteral("/home");
        const QString url = m_daemon->url(QStringLiteral("cli.git"));
        const Test::ProcessResult cloned = Test::chiptrace(
            {QStringLiteral("clone"), url, QStringLiteral("--depth"), QStringLiteral("1")}, home);
        QVERIFY2(cloned.exitCode == 0, cloned.err.constData());
        const QString storeRoot = home + QStringLiteral("/data/chiptrace/repositories");
        const QString path = RepositoryStore(storeRoot).pathFor(url);
        QVERIFY2(cloned.out.contains(path.toUtf8()), cloned.out.constData());
        QCOMPARE(
            gitOut(path,
                {QStringLiteral("rev-list"), QStringLiteral("--count"), QStringLiteral("HEAD")}),
            QStringLiteral("1"));

        Test::writeFile(work(QStringLiteral("cli")), QStringLiteral("c.txt"), "3\n");
        gitOut(work(QStringLiteral("cli")), {QStringLiteral("add"), QStringLiteral("-A")});
        gitOut(work(QStringLiteral("cli")),
            {QStringLiteral("commit"), QStringLiteral("-qm"), QStringLiteral("c")});
        publish(QStringLiteral("cli"));
        const Test::ProcessResult fetched = Test::chiptrace({QStringLiteral("fetch"), path}, home);
        QVERIFY2(fetched.exitCode == 0, fetched.err.constData());
        QVERIFY2(fetched.out.contains("1 new commit"), fetched.out.constData());
        QCOMPARE(readFile(path + QStringLiteral("/c.txt")), QByteArray("3\n"));

        const Test::ProcessResult listed =
            Test::chiptrace({QStringLiteral("store"), QStringLiteral("list")}, home);
        QCOMPARE(listed.exitCode, 0);
        QVERIFY(listed.out.contains(url.toUtf8()));

        const Test::ProcessResult notCloned = Test::chiptrace(
            {QStringLiteral("fetch"), m_daemon->url(QStringLiteral("other.git"))}, home);
        QCOMPARE(notCloned.exitCode, 3);
        QVERIFY(notCloned.err.contains("clone it first"));
        const Test::ProcessResult missing = Test::chiptrace(
            {QStringLiteral("clone"), m_daemon->url(QStringLiteral("missing.git"))}, home);
        QCOMPARE(missing.exitCode, 3);
        QVERIFY2(missing.err.contains("No repository at"), missing.err.constData());
        QCOMPARE(Test::chiptrace({QStringLiteral("clone")}, home).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestGitAcquire)
#include "tst_gitacquire.moc"
