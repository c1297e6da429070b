// SPDX-License-Identifier: GPL-3.0-or-later
#include "git/blobreader.h"
#include "git/repositorystore.h"
#include "gitfixtures.h"

#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace ChipTrace;
using namespace ChipTrace::Git;
using namespace ChipTrace::Test;

// Untrusted repositories: hostile paths, links, hooks and submodules, limits, errors a user can
// act on, and credentials that never reach the disk.
class TestGitSafety : public QObject, public ServedRepos
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(start()); }

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

    void hostileRepository_isClonedWithoutAnythingTakingEffect()
    {
        const QString repo = bare(QStringLiteral("hostile"));
        QDir().mkpath(repo);
        gitOut(repo, {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("--bare")});
        const QString marker = m_tmp.path() + QStringLiteral("/hook-ran");
        const QString hook = hashObject(repo, "#!/bin/sh\ntouch '" + marker.toUtf8() + "'\n");
        const QString hooks = mktree(repo,
            {entry("100755", "blob", hook, QStringLiteral("post-checkout")),
                entry("100755", "blob", hook, QStringLiteral("post-merge"))});
        const QString dotGit = mktree(repo,
            {entry("040000", "tree", hooks, QStringLiteral("hooks")),
                entry("100644", "blob", hashObject(repo, "[core]\n\thooksPath = hooks\n"),
                    QStringLiteral("config"))});
        const QString escape = mktree(repo,
            {entry(
                "100644", "blob", hashObject(repo, "escaped\n"), QStringLiteral("escaped.txt"))});
        const QString subUrl = m_daemon->url(QStringLiteral("daemon.git"));
        const QString vendor = mktree(repo,
            {entry("160000", "commit", QStringLiteral("1234567890123456789012345678901234567890"),
                QStringLiteral("sub"))});
        const QString root = mktree(repo,
            {entry("040000", "tree", dotGit, QStringLiteral(".git")),
                entry("040000", "tree", dotGit, QStringLiteral(".GIT")),
                entry("040000", "tree", escape, QStringLiteral("..")),
                entry("040000", "tree", hooks, QStringLiteral("hooks")),
                entry("120000", "blob", hashObject(repo, "/etc"), QStringLiteral("etc-link")),
                entry("040000", "tree", escape,
                    QStringLiteral("etc-link")), // a folder under the link's name
                entry("100644", "blob",
                    hashObject(repo,
                        "[submodule \"sub\"]\n\tpath = vendor/sub\n\turl = " + subUrl.toUtf8()
                            + "\n"),
                    QStringLiteral(".gitmodules")),
                entry("040000", "tree", vendor, QStringLiteral("vendor")),
                entry("100644", "blob", hashObject(repo, "# innocent\n"),
                    QStringLiteral("README.md"))});
        QVERIFY(!root.isEmpty());
        const QString commit = gitOut(repo,
            {QStringLiteral("commit-tree"), root, QStringLiteral("-m"), QStringLiteral("hostile")});
        gitOut(repo, {QStringLiteral("update-ref"), QStringLiteral("refs/heads/main"), commit});

        RepositoryStore store(freshStore());
        const Result<Acquisition> r = store.acquire(m_daemon->url(QStringLiteral("hostile.git")));
        QVERIFY2(r, qPrintable(r.message()));
        const QString path = r->path;
        // Every hostile path was refused, the harmless ones written.
        for (const QString &p :
            {QStringLiteral(".git"), QStringLiteral(".GIT"), QStringLiteral("..")})
            QVERIFY2(r->checkout.refusedPaths.contains(p),
                qPrintable(r->checkout.refusedPaths.join(QLatin1Char(','))));
        QCOMPARE(readFile(path + QStringLiteral("/README.md")), QByteArray("# innocent\n"));
        QVERIFY(!QFileInfo::exists(store.root() + QStringLiteral("/escaped.txt")));
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("/.GIT")));
        // Nothing of the tree's ".git" reached the real one; no hook ran, not even the planted
        // ones.
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
        QVERIFY(makeRandomRepo(bare(QStringLiteral("huge")), 1, 3 * 1024 * 1024));
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
        QVERIFY2(tooMany.message().contains(QStringLiteral("limit of 2")),
            qPrintable(tooMany.message()));
        QVERIFY(!QFileInfo::exists(store.pathFor(url)));

        const Result<Acquisition> defaults = store.acquire(url); // the default limits allow it
        QVERIFY2(defaults, qPrintable(defaults.message()));
    }

    void malformedCommit_failsCleanlyWithTheReason()
    {
        const QString repo = bare(QStringLiteral("malformed"));
        QDir().mkpath(repo);
        gitOut(repo, {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("--bare")});
        const QString tree =
            mktree(repo, {entry("100644", "blob", hashObject(repo, "x\n"), QStringLiteral("x"))});
        // A commit whose header is garbage after a valid tree line: git's --literally writes it.
        const QByteArray body =
            "tree " + tree.toLatin1() + "\nparent not-a-hash\nauthor ???\n\nbroken\n";
        const ProcessResult written = run(QStringLiteral("git"),
            {QStringLiteral("-C"), repo, QStringLiteral("hash-object"), QStringLiteral("-t"),
                QStringLiteral("commit"), QStringLiteral("--literally"), QStringLiteral("-w"),
                QStringLiteral("--stdin")},
            {}, body);
        QCOMPARE(written.exitCode, 0);
        gitOut(repo,
            {QStringLiteral("update-ref"), QStringLiteral("refs/heads/main"),
                QString::fromLatin1(written.out.trimmed())});

        RepositoryStore store(freshStore());
        const QString url = m_daemon->url(QStringLiteral("malformed.git"));
        const Result<Acquisition> r = store.acquire(url);
        QVERIFY(!r);
        QCOMPARE(r.code(), ErrorCode::Corrupt);
        QVERIFY2(r.message().contains(QStringLiteral("malformed"))
                && r.message().contains(QStringLiteral("signature")),
            qPrintable(r.message())); // ours, then libgit2's reason
        QVERIFY(!QFileInfo::exists(store.pathFor(url)));
        QVERIFY(store.entries().isEmpty());
    }

    void errors_sayWhatWentWrong_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<int>("code");
        QTest::newRow("git:// missing")
            << m_daemon->url(QStringLiteral("missing.git")) << int(ErrorCode::NotFound);
        QTest::newRow("http missing")
            << m_http->url(QStringLiteral("missing.git")) << int(ErrorCode::NotFound);
        QTest::newRow("local missing")
            << m_tmp.path() + QStringLiteral("/nothing-here") << int(ErrorCode::NotFound);
        QTest::newRow("host not found")
            << QStringLiteral("http://no-such-host.invalid/lab/repo.git")
            << int(ErrorCode::HostNotFound);
        QTest::newRow("refused") << QStringLiteral("git://127.0.0.1:%1/x.git").arg(Test::freePort())
                                 << int(ErrorCode::Network);
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
            return std::optional<Credential>(
                Credential{QStringLiteral("analyst"), QString::fromLatin1(secret)});
        };
        const Result<Acquisition> granted = store.acquire(url, withToken);
        QVERIFY2(granted, qPrintable(granted.message()));
        QVERIFY(askedFor.startsWith(url));
        QCOMPARE(readFile(granted->path + QStringLiteral("/README.md")), QByteArray("private\n"));
        // A credential given inside the URL works too and is not kept in the store either.
        QString withUserInfo = url;
        withUserInfo.replace(QStringLiteral("http://"),
            QStringLiteral("http://analyst:") + QString::fromLatin1(secret) + QLatin1Char('@'));
        const Result<Acquisition> again = store.acquire(withUserInfo, none);
        QVERIFY2(again, qPrintable(again.message()));
        QCOMPARE(again->path, granted->path);
        QCOMPARE(again->url, url);
        const QStringList stored = filesUnder(store.root());
        QVERIFY(stored.size() > 1); // the clone and its metadata, at least
        for (const QString &f : stored)
            QVERIFY2(!readFile(f).contains(secret), qPrintable(f));
    }

    // A working-tree path from a case row (maybe a colleague's bundle) is read only inside the
    // repository, only as a regular file, only up to the cap.
    void readWorkingFile_staysInsideTheRepository()
    {
        QTemporaryDir dir;
        const QString repo = dir.filePath(QStringLiteral("repo"));
        QVERIFY(QDir().mkpath(repo + QStringLiteral("/sub")));
        writeFile(repo, QStringLiteral("sub/run.sh"), "export NCCL_IB_HCA=mlx5\n");
        writeFile(repo, QStringLiteral("big.bin"), QByteArray(64, 'x'));
        writeFile(dir.path(), QStringLiteral("secret.txt"), "outside\n");
        QVERIFY(
            QFile::link(QStringLiteral("sub/run.sh"), repo + QStringLiteral("/inside-link.sh")));
        QVERIFY(QFile::link(
            dir.filePath(QStringLiteral("secret.txt")), repo + QStringLiteral("/outside-link.sh")));
        QCOMPARE(::mkfifo(QFile::encodeName(repo + QStringLiteral("/pipe")).constData(), 0600), 0);

        const auto read = [&](const QString &path) { return readWorkingFile(repo, path, 32); };
        QCOMPARE(*read(QStringLiteral("sub/run.sh")), QByteArray("export NCCL_IB_HCA=mlx5\n"));
        QCOMPARE(*read(QStringLiteral("inside-link.sh")), QByteArray("export NCCL_IB_HCA=mlx5\n"));
        for (const QString &outside :
            {QStringLiteral("../secret.txt"), QStringLiteral("sub/../../secret.txt"),
                dir.filePath(QStringLiteral("secret.txt")), QStringLiteral("outside-link.sh")}) {
            const Result<QByteArray> r = read(outside);
            QVERIFY2(!r, qPrintable(outside));
            QCOMPARE(r.code(), ErrorCode::Unsafe);
        }
        QCOMPARE(read(QStringLiteral("pipe")).code(), ErrorCode::Unsafe); // would block for ever
        QCOMPARE(read(QStringLiteral("big.bin")).code(), ErrorCode::LimitExceeded);
        QCOMPARE(readWorkingFile(repo, QStringLiteral("big.bin"), 64)->size(), 64);
        QCOMPARE(read(QStringLiteral("missing.py")).code(), ErrorCode::NotFound);
    }

    // prune runs while another process may be cloning: its staging folder (and its entry) are
    // held under the entry's lock and must survive; a crashed run's leftover goes.
    void prune_leavesAnotherProcesssCloneInProgress()
    {
        QTemporaryDir dir;
        RepositoryStore store(dir.filePath(QStringLiteral("store")));
        const QString entry = store.pathFor(QStringLiteral("https://example.org/lab/train.git"));
        const QString staging = store.root() + QStringLiteral("/.incoming/")
            + QFileInfo(entry).fileName() + QStringLiteral("-aB3dE9");
        QVERIFY(QDir().mkpath(staging + QStringLiteral("/.git")));
        writeFile(staging, QStringLiteral(".git/HEAD"), "ref: refs/heads/main\n");
        const QString leftover =
            store.root() + QStringLiteral("/.incoming/example.org-old-0123456789ab-Zz9Yy8");
        QVERIFY(QDir().mkpath(leftover));

        QLockFile cloning(entry + QStringLiteral(".lock")); // as the cloning process holds it
        QVERIFY(cloning.tryLock(0));
        QVERIFY(store.prune(QDateTime::currentDateTimeUtc()).isEmpty());
        QVERIFY(QFileInfo::exists(staging + QStringLiteral("/.git/HEAD")));
        QVERIFY(!QFileInfo::exists(leftover));

        cloning.unlock(); // that process died: its folder is a leftover now
        (void)store.prune(QDateTime::currentDateTimeUtc());
        QVERIFY(!QFileInfo::exists(staging));
    }
};

QTEST_GUILESS_MAIN(TestGitSafety)
#include "tst_gitsafety.moc"
