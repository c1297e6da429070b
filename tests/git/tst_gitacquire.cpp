#include "git/repositorystore.h"
#include "gitserver.h"
#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ChipTrace;
using namespace ChipTrace::Git;

namespace {

QString gitOut(const QString &dir, const QStringList &args, const QString &date = {})
{
    const Test::ProcessResult r = Test::git(dir, args, date);
    if (r.exitCode != 0)
        qWarning("git %s failed: %s", qPrintable(args.join(QLatin1Char(' '))), r.err.constData());
    return QString::fromUtf8(r.out).trimmed();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray randomBytes(int size, quint32 seed)
{
    QRandomGenerator gen(seed);
    QByteArray data(size, Qt::Uninitialized);
    gen.fillRange(reinterpret_cast<quint32 *>(data.data()), size / 4);
    return data;
}

// A bare repository made with `git fast-import`: `files` files of `size` random bytes each.
void makeRandomRepo(const QString &bare, int files, int size)
{
    QDir().mkpath(bare);
    gitOut(bare, {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("--bare")});
    QByteArray stream;
    for (int i = 1; i <= files; ++i) {
        const QByteArray blob = randomBytes(size, quint32(i));
        stream += "blob\nmark :" + QByteArray::number(i) + "\ndata " + QByteArray::number(blob.size()) + '\n' + blob + '\n';
    }
    stream += "commit refs/heads/main\ncommitter Fixture <f@example.org> 1700000000 +0000\ndata 7\nrandom\n";
    for (int i = 1; i <= files; ++i)
        stream += "M 100644 :" + QByteArray::number(i) + " data/f" + QByteArray::number(i) + ".bin\n";
    stream += '\n';
    const Test::ProcessResult r = Test::run(QStringLiteral("git"), {QStringLiteral("-C"), bare, QStringLiteral("fast-import"),
                                                                    QStringLiteral("--quiet")}, {}, stream);
    QVERIFY2(r.exitCode == 0, r.err.constData());
}

[[maybe_unused]] QStringList filesUnder(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    return files;
}

} // namespace

class TestGitAcquire : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_served;
    std::unique_ptr<Test::GitDaemon> m_daemon;
    std::unique_ptr<Test::HttpGitServer> m_http;
    int m_counter = 0;

    QString work(const QString &name) { return m_tmp.path() + QStringLiteral("/work/") + name; }
    QString bare(const QString &name) { return m_served + QLatin1Char('/') + name + QStringLiteral(".git"); }
    QString freshStore() { return m_tmp.path() + QStringLiteral("/store%1").arg(++m_counter); }

    // A working repository `name` with one commit per (file, content) pair, published bare.
    void makeSource(const QString &name, const QList<std::pair<QString, QByteArray>> &commits)
    {
        const QString w = work(name);
        QDir().mkpath(w);
        gitOut(w, {QStringLiteral("init"), QStringLiteral("-q")});
        int day = 1;
        for (const auto &[file, content] : commits) {
            Test::writeFile(w, file, content);
            gitOut(w, {QStringLiteral("add"), QStringLiteral("-A")});
            gitOut(w, {QStringLiteral("commit"), QStringLiteral("-qm"), QStringLiteral("change ") + file},
                   QStringLiteral("2024-01-%1T10:00:00Z").arg(day++, 2, 10, QLatin1Char('0')));
        }
        gitOut(m_served, {QStringLiteral("clone"), QStringLiteral("-q"), QStringLiteral("--bare"), w, bare(name)});
    }
    void publish(const QString &name)
    {
        gitOut(work(name), {QStringLiteral("push"), QStringLiteral("-q"), QStringLiteral("--force"), QStringLiteral("--prune"),
                            bare(name), QStringLiteral("refs/heads/*:refs/heads/*"), QStringLiteral("refs/tags/*:refs/tags/*")});
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_tmp.isValid());
        m_served = m_tmp.path() + QStringLiteral("/served");
        QDir().mkpath(m_served);
        m_daemon = std::make_unique<Test::GitDaemon>(m_served);
        QVERIFY2(m_daemon->start(), qPrintable(m_daemon->errorString()));
        m_http = std::make_unique<Test::HttpGitServer>(m_served);
        QVERIFY(m_http->start());
    }

    void pathComponents_unsafeSpellingsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<bool>("safe");
        QTest::newRow("plain") << QByteArray("train.py") << true;
        QTest::newRow("gitignore") << QByteArray(".gitignore") << true;
        QTest::newRow("github") << QByteArray(".github") << true;
        QTest::newRow("dotgit") << QByteArray(".git") << false;
        QTest::newRow("upper") << QByteArray(".GIT") << false;
        QTest::newRow("trailing dot") << QByteArray(".git.") << false;
        QTest::newRow("trailing space") << QByteArray(".git ") << false;
        QTest::newRow("ntfs short") << QByteArray("GIT~1") << false;
        QTest::newRow("hfs ignorable") << QByteArray(".g\xe2\x80\x8cit") << false;
        QTest::newRow("dotdot") << QByteArray("..") << false;
        QTest::newRow("dot") << QByteArray(".") << false;
        QTest::newRow("backslash") << QByteArray("a\\..\\b") << false;
        QTest::newRow("colon") << QByteArray("file:stream") << false;
    }
    void pathComponents_unsafeSpellingsAreRefused()
    {
        QFETCH(QByteArray, name);
        QFETCH(bool, safe);
        QCOMPARE(isSafePathComponent(name), safe);
    }

    void cloneOverGitDaemon_mirrorsBranchesTagsAndFiles()
    {
        makeSource(QStringLiteral("daemon"), {{QStringLiteral("README.md"), "hello\n"},
                                              {QStringLiteral("train.py"), "import torch\n"},
                                              {QStringLiteral("src/launch.sh"), "export NCCL_DEBUG=INFO\n"}});
        gitOut(work(QStringLiteral("daemon")), {QStringLiteral("branch"), QStringLiteral("feature"), QStringLiteral("HEAD~1")});
        gitOut(work(QStringLiteral("daemon")), {QStringLiteral("tag"), QStringLiteral("v1.0"), QStringLiteral("HEAD~2")});
        publish(QStringLiteral("daemon"));

        RepositoryStore store(freshStore());
        int calls = 0;
        quint64 maxObjects = 0;
        const auto progress = [&](const TransferProgress &p) {
            ++calls;
            maxObjects = qMax(maxObjects, p.receivedObjects);
            return true;
        };
        const Result<Acquisition> r = store.acquire(m_daemon->url(QStringLiteral("daemon.git")), {}, progress);
        QVERIFY2(r, qPrintable(r.message()));
        QVERIFY(r->cloned);
        QVERIFY(r->changes.freshClone);
        QCOMPARE(r->changes.newCommits, 3);
        QVERIFY(calls > 0);
        QVERIFY(maxObjects >= 9); // 3 commits, their trees and blobs
        QCOMPARE(r->path, store.pathFor(m_daemon->url(QStringLiteral("daemon.git"))));
        QVERIFY(r->path.startsWith(store.root() + QLatin1Char('/')));
        QCOMPARE(readFile(r->path + QStringLiteral("/src/launch.sh")), QByteArray("export NCCL_DEBUG=INFO\n"));
        QCOMPARE(r->checkout.files, 3);
        QCOMPARE(r->head, gitOut(work(QStringLiteral("daemon")), {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}));
        const QString refs = gitOut(r->path, {QStringLiteral("for-each-ref"), QStringLiteral("--format=%(refname)")});
        QVERIFY2(refs.contains(QStringLiteral("refs/heads/feature")) && refs.contains(QStringLiteral("refs/tags/v1.0")),
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
        QCOMPARE(readFile(second->path + QStringLiteral("/config.yaml")), QByteArray("bf16: true\n"));

        const Result<Acquisition> third = store.acquire(url);
        QVERIFY2(third, qPrintable(third.message()));
        QVERIFY(!third->changes.hasChanges());
        QCOMPARE(third->changes.newCommits, 0);
    }

    void depth_fetchesOnlyTheLastCommits()
    {
        makeSource(QStringLiteral("deep"), {{QStringLiteral("a"), "1"}, {QStringLiteral("b"), "2"}, {QStringLiteral("c"), "3"}});
        RepositoryStore store(freshStore());
        AcquireOptions options;
        options.depth = 1;
        const Result<Acquisition> r = store.acquire(m_http->url(QStringLiteral("deep.git")), options);
        QVERIFY2(r, qPrintable(r.message()));
        QVERIFY(QFileInfo::exists(r->path + QStringLiteral("/.git/shallow")));
        QCOMPARE(gitOut(r->path, {QStringLiteral("rev-list"), QStringLiteral("--count"), QStringLiteral("HEAD")}),
                 QStringLiteral("1"));
        QCOMPARE(readFile(r->path + QStringLiteral("/c")), QByteArray("3"));
    }

    void cancelMidTransfer_leavesNothing_thenAcquireAgainCompletes()
    {
        makeRandomRepo(bare(QStringLiteral("big")), 1200, 16 * 1024);
        RepositoryStore store(freshStore());
        const QString url = m_daemon->url(QStringLiteral("big.git"));
        quint64 seenAtCancel = 0, total = 0;
        const auto cancelHalfway = [&](const TransferProgress &p) {
            if (p.stage == TransferProgress::Stage::Receiving && p.receivedObjects > 0 && p.receivedObjects < p.totalObjects) {
                seenAtCancel = p.receivedObjects;
                total = p.totalObjects;
                return false;
            }
            return true;
        };
        const Result<Acquisition> cancelled = store.acquire(url, {}, cancelHalfway);
        QVERIFY(!cancelled);
        QCOMPARE(cancelled.code(), ErrorCode::Cancelled);
        QVERIFY2(seenAtCancel > 0 && seenAtCancel < total, "cancelled before the transfer started or after it ended");
        QVERIFY(cancelled.message().contains(QStringLiteral("libgit2")));
        QVERIFY(!QFileInfo::exists(store.pathFor(url)));
        QVERIFY(QDir(store.root() + QStringLiteral("/.incoming")).isEmpty());
        QVERIFY(store.entries().isEmpty());

        const Result<Acquisition> resumed = store.acquire(url);
        QVERIFY2(resumed, qPrintable(resumed.message()));
        QCOMPARE(resumed->checkout.files, 1200);
        QCOMPARE(readFile(resumed->path + QStringLiteral("/data/f7.bin")), randomBytes(16 * 1024, 7));
    }

    void forcePush_isDetected_andDroppedCommitStaysReadable()
    {
        makeSource(QStringLiteral("force"), {{QStringLiteral("README.md"), "model card\n"},
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
        gitOut(w, {QStringLiteral("reset"), QStringLiteral("-q"), QStringLiteral("--hard"), QStringLiteral("HEAD~1")});
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
        QVERIFY2(preservedMain.startsWith(QStringLiteral("refs/chiptrace/preserved/")), qPrintable(preservedMain));
        QVERIFY(c.summary().contains(QStringLiteral("REWRITTEN")));
        // The branch no longer has it, the working files no longer have it, the store does, even
        // after an aggressive garbage collection.
        QCOMPARE(readFile(second->path + QStringLiteral("/launch.sh")), QByteArray("export NCCL_DEBUG=WARN\n"));
        gitOut(second->path, {QStringLiteral("gc"), QStringLiteral("-q"), QStringLiteral("--prune=now")});
        QCOMPARE(gitOut(second->path, {QStringLiteral("rev-parse"), preservedMain}), dropped);
        QCOMPARE(gitOut(second->path, {QStringLiteral("show"), dropped + QStringLiteral(":launch.sh")}),
                 QStringLiteral("export NCCL_IB_HCA=mlx5"));
    }
};

QTEST_GUILESS_MAIN(TestGitAcquire)
#include "tst_gitacquire.moc"
