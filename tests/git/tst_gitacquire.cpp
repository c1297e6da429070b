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


// `git hash-object -w` of `content` in the bare repository `repo`.
QString hashObject(const QString &repo, const QByteArray &content)
{
    const Test::ProcessResult r = Test::run(QStringLiteral("git"), {QStringLiteral("-C"), repo, QStringLiteral("hash-object"),
                                                                    QStringLiteral("-w"), QStringLiteral("--stdin")}, {}, content);
    return QString::fromUtf8(r.out).trimmed();
}

// `git mktree --missing` from ls-tree lines: git's own plumbing accepts names such as ".git" and
// ".." that porcelain never writes, which is how a hostile repository is made.
QString mktree(const QString &repo, const QStringList &lines)
{
    const QByteArray input = (lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8();
    const Test::ProcessResult r = Test::run(QStringLiteral("git"), {QStringLiteral("-C"), repo, QStringLiteral("mktree"),
                                                                    QStringLiteral("--missing")}, {}, input);
    if (r.exitCode != 0)
        qWarning("mktree failed: %s", r.err.constData());
    return QString::fromUtf8(r.out).trimmed();
}

QString entry(const char *mode, const char *type, const QString &id, const QString &name)
{
    return QLatin1String(mode) + QLatin1Char(' ') + QLatin1String(type) + QLatin1Char(' ') + id + QLatin1Char('\t') + name;
}

QStringList filesUnder(const QString &dir)
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

    void acquireAsync_reportsProgressAndCancels()
    {
        if (!QFileInfo::exists(bare(QStringLiteral("big"))))
            makeRandomRepo(bare(QStringLiteral("big")), 1200, 16 * 1024);
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

    void changesSinceScan_spanSeveralFetches()
    {
        makeSource(QStringLiteral("since"), {{QStringLiteral("run.sh"), "export NCCL_IB_HCA=mlx5\n"}});
        const QString w = work(QStringLiteral("since"));
        const QString scannedHead = gitOut(w, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")});
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
        gitOut(w, {QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("--orphan"), QStringLiteral("fresh")});
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
        QVERIFY(since->refs.first().preservedAs.startsWith(QStringLiteral("refs/chiptrace/preserved/")));
        QVERIFY(since->droppedCommits.contains(scannedHead));
        QCOMPARE(since->newCommits, 1); // the orphan commit; "a" was also dropped
        QVERIFY(store.markScanned(url));
        QVERIFY(!store.changesSinceScan(url)->hasChanges());
    }
    void hostileRepository_isClonedWithoutAnythingTakingEffect()
    {
        const QString repo = bare(QStringLiteral("hostile"));
        QDir().mkpath(repo);
        gitOut(repo, {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("--bare")});
        const QString marker = m_tmp.path() + QStringLiteral("/hook-ran");
        const QString hook = hashObject(repo, "#!/bin/sh\ntouch '" + marker.toUtf8() + "'\n");
        const QString hooks = mktree(repo, {entry("100755", "blob", hook, QStringLiteral("post-checkout")),
                                            entry("100755", "blob", hook, QStringLiteral("post-merge"))});
        const QString dotGit = mktree(repo, {entry("040000", "tree", hooks, QStringLiteral("hooks")),
                                             entry("100644", "blob", hashObject(repo, "[core]\n\thooksPath = hooks\n"),
                                                   QStringLiteral("config"))});
        const QString escape = mktree(repo, {entry("100644", "blob", hashObject(repo, "escaped\n"), QStringLiteral("escaped.txt"))});
        const QString subUrl = m_daemon->url(QStringLiteral("daemon.git"));
        const QString vendor = mktree(repo, {entry("160000", "commit", QStringLiteral("1234567890123456789012345678901234567890"),
                                                   QStringLiteral("sub"))});
        const QString root = mktree(repo, {
            entry("040000", "tree", dotGit, QStringLiteral(".git")),
            entry("040000", "tree", dotGit, QStringLiteral(".GIT")),
            entry("040000", "tree", escape, QStringLiteral("..")),
            entry("040000", "tree", hooks, QStringLiteral("hooks")),
            entry("120000", "blob", hashObject(repo, "/etc"), QStringLiteral("etc-link")),
            entry("040000", "tree", escape, QStringLiteral("etc-link")), // a folder under the link's name
            entry("100644", "blob", hashObject(repo, "[submodule \"sub\"]\n\tpath = vendor/sub\n\turl = " + subUrl.toUtf8() + "\n"),
                  QStringLiteral(".gitmodules")),
            entry("040000", "tree", vendor, QStringLiteral("vendor")),
            entry("100644", "blob", hashObject(repo, "# innocent\n"), QStringLiteral("README.md"))});
        QVERIFY(!root.isEmpty());
        const QString commit = gitOut(repo, {QStringLiteral("commit-tree"), root, QStringLiteral("-m"), QStringLiteral("hostile")});
        gitOut(repo, {QStringLiteral("update-ref"), QStringLiteral("refs/heads/main"), commit});

        RepositoryStore store(freshStore());
        const Result<Acquisition> r = store.acquire(m_daemon->url(QStringLiteral("hostile.git")));
        QVERIFY2(r, qPrintable(r.message()));
        const QString path = r->path;
        // Every hostile path was refused, the harmless ones written.
        for (const QString &p : {QStringLiteral(".git"), QStringLiteral(".GIT"), QStringLiteral("..")})
            QVERIFY2(r->checkout.refusedPaths.contains(p), qPrintable(r->checkout.refusedPaths.join(QLatin1Char(','))));
        QCOMPARE(readFile(path + QStringLiteral("/README.md")), QByteArray("# innocent\n"));
        QVERIFY(!QFileInfo::exists(store.root() + QStringLiteral("/escaped.txt")));
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("/.GIT")));
        // Nothing of the tree's ".git" reached the real one; no hook ran, not even the planted ones.
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("/.git/hooks/post-checkout")));
        QVERIFY(!readFile(path + QStringLiteral("/.git/config")).contains("hooksPath = hooks"));
        QVERIFY(QFileInfo(path + QStringLiteral("/hooks/post-checkout")).isFile()); // inert data
        QVERIFY(!QFileInfo::exists(marker));
        // The symbolic link is a link, and nothing was written through it.
        const QFileInfo link(path + QStringLiteral("/etc-link"));
        QVERIFY(link.isSymLink());
        QCOMPARE(QFile::symLinkTarget(link.filePath()), QStringLiteral("/etc"));
        QVERIFY(!QFileInfo::exists(QStringLiteral("/etc/escaped.txt")));
        QVERIFY(r->checkout.refusedPaths.contains(QStringLiteral("etc-link")));
        // The submodule is listed, not fetched.
        QCOMPARE(r->checkout.submodules, QStringList{QStringLiteral("vendor/sub")});
        QVERIFY(QDir(path + QStringLiteral("/vendor")).isEmpty());
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("/.git/modules")));
        // The history is intact for the scanner: the hostile tree is readable through git.
        QCOMPARE(gitOut(path, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}), commit);
    }

    void hugeBlob_isRefusedAndNothingIsKept()
    {
        makeRandomRepo(bare(QStringLiteral("huge")), 1, 3 * 1024 * 1024);
        RepositoryStore store(freshStore());
        AcquireOptions options;
        options.limits.maxObjectBytes = 1024 * 1024;
        const QString url = m_http->url(QStringLiteral("huge.git"));
        const Result<Acquisition> r = store.acquire(url, options);
        QVERIFY(!r);
        QCOMPARE(r.code(), ErrorCode::LimitExceeded);
        QVERIFY2(r.message().contains(QStringLiteral("3.0 MiB")), qPrintable(r.message()));
        QVERIFY(!QFileInfo::exists(store.pathFor(url)));
        QVERIFY(store.entries().isEmpty());

        options.limits = Limits{};
        options.limits.maxObjects = 2; // blob + tree + commit
        const Result<Acquisition> tooMany = store.acquire(url, options);
        QVERIFY2(tooMany.code() == ErrorCode::LimitExceeded, qPrintable(tooMany.message()));
        QVERIFY2(tooMany.message().contains(QStringLiteral("limit of 2")), qPrintable(tooMany.message()));
        QVERIFY(!QFileInfo::exists(store.pathFor(url)));

        const Result<Acquisition> defaults = store.acquire(url); // the default limits allow it
        QVERIFY2(defaults, qPrintable(defaults.message()));
    }

    void errors_sayWhatWentWrong_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<int>("code");
        QTest::newRow("git:// missing") << m_daemon->url(QStringLiteral("missing.git")) << int(ErrorCode::NotFound);
        QTest::newRow("http missing") << m_http->url(QStringLiteral("missing.git")) << int(ErrorCode::NotFound);
        QTest::newRow("local missing") << m_tmp.path() + QStringLiteral("/nothing-here") << int(ErrorCode::NotFound);
        QTest::newRow("host not found") << QStringLiteral("http://no-such-host.invalid/lab/repo.git") << int(ErrorCode::HostNotFound);
        QTest::newRow("refused") << QStringLiteral("git://127.0.0.1:%1/x.git").arg(Test::freePort()) << int(ErrorCode::Network);
    }
    void errors_sayWhatWentWrong()
    {
        QFETCH(QString, url);
        QFETCH(int, code);
        RepositoryStore store(freshStore());
        const Result<Acquisition> r = store.acquire(url);
        QVERIFY(!r);
        QVERIFY2(int(r.code()) == code, qPrintable(r.message()));
        QVERIFY2(r.message().contains(QStringLiteral("(libgit2: ")), qPrintable(r.message()));
        QVERIFY(store.entries().isEmpty());
        QVERIFY(!QFileInfo::exists(store.pathFor(url)));
    }

    void privateHttpRepository_needsCredentials_andTheSecretIsNeverStored()
    {
        makeSource(QStringLiteral("private"), {{QStringLiteral("README.md"), "private\n"}});
        Test::HttpGitServer server(m_served);
        const QByteArray secret = "s3cr3t-token-8d1f";
        server.requireAuth("analyst", secret);
        QVERIFY(server.start());
        const QString url = server.url(QStringLiteral("private.git"));
        RepositoryStore store(freshStore());

        AcquireOptions none;
        none.credentials = [](const QString &) { return std::optional<Credential>(); };
        const Result<Acquisition> denied = store.acquire(url, none);
        QCOMPARE(denied.code(), ErrorCode::AuthRequired);
        QVERIFY(!denied.message().contains(QString::fromLatin1(secret)));

        AcquireOptions withToken;
        QString askedFor;
        withToken.credentials = [&](const QString &u) {
            askedFor = u;
            return std::optional<Credential>(Credential{QStringLiteral("analyst"), QString::fromLatin1(secret)});
        };
        const Result<Acquisition> granted = store.acquire(url, withToken);
        QVERIFY2(granted, qPrintable(granted.message()));
        QVERIFY(askedFor.startsWith(url));
        QCOMPARE(readFile(granted->path + QStringLiteral("/README.md")), QByteArray("private\n"));
        // A credential given inside the URL works too and is not kept in the store either.
        QString withUserInfo = url;
        withUserInfo.replace(QStringLiteral("http://"), QStringLiteral("http://analyst:") + QString::fromLatin1(secret) + QLatin1Char('@'));
        const Result<Acquisition> again = store.acquire(withUserInfo, none);
        QVERIFY2(again, qPrintable(again.message()));
        QCOMPARE(again->path, granted->path);
        QCOMPARE(again->url, url);
        for (const QString &f : filesUnder(store.root()))
            QVERIFY2(!readFile(f).contains(secret), qPrintable(f));
    }

    void cli_cloneFetchAndStore()
    {
        makeSource(QStringLiteral("cli"), {{QStringLiteral("a.txt"), "1\n"}, {QStringLiteral("b.txt"), "2\n"}});
        const QString home = m_tmp.path() + QStringLiteral("/home");
        const QString url = m_daemon->url(QStringLiteral("cli.git"));
        const Test::ProcessResult cloned = Test::chiptrace({QStringLiteral("clone"), url, QStringLiteral("--depth"), QStringLiteral("1")}, home);
        QVERIFY2(cloned.exitCode == 0, cloned.err.constData());
        const QString storeRoot = home + QStringLiteral("/data/chiptrace/repositories");
        const QString path = RepositoryStore(storeRoot).pathFor(url);
        QVERIFY2(cloned.out.contains(path.toUtf8()), cloned.out.constData());
        QCOMPARE(gitOut(path, {QStringLiteral("rev-list"), QStringLiteral("--count"), QStringLiteral("HEAD")}), QStringLiteral("1"));

        Test::writeFile(work(QStringLiteral("cli")), QStringLiteral("c.txt"), "3\n");
        gitOut(work(QStringLiteral("cli")), {QStringLiteral("add"), QStringLiteral("-A")});
        gitOut(work(QStringLiteral("cli")), {QStringLiteral("commit"), QStringLiteral("-qm"), QStringLiteral("c")});
        publish(QStringLiteral("cli"));
        const Test::ProcessResult fetched = Test::chiptrace({QStringLiteral("fetch"), path}, home);
        QVERIFY2(fetched.exitCode == 0, fetched.err.constData());
        QVERIFY2(fetched.out.contains("1 new commit"), fetched.out.constData());
        QCOMPARE(readFile(path + QStringLiteral("/c.txt")), QByteArray("3\n"));

        const Test::ProcessResult listed = Test::chiptrace({QStringLiteral("store"), QStringLiteral("list")}, home);
        QCOMPARE(listed.exitCode, 0);
        QVERIFY(listed.out.contains(url.toUtf8()));

        const Test::ProcessResult notCloned = Test::chiptrace({QStringLiteral("fetch"), m_daemon->url(QStringLiteral("other.git"))}, home);
        QCOMPARE(notCloned.exitCode, 3);
        QVERIFY(notCloned.err.contains("clone it first"));
        const Test::ProcessResult missing = Test::chiptrace({QStringLiteral("clone"), m_daemon->url(QStringLiteral("missing.git"))}, home);
        QCOMPARE(missing.exitCode, 3);
        QVERIFY2(missing.err.contains("No repository at"), missing.err.constData());
        QCOMPARE(Test::chiptrace({QStringLiteral("clone")}, home).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestGitAcquire)
#include "tst_gitacquire.moc"
