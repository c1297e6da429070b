// SPDX-License-Identifier: GPL-3.0-or-later
#include "git/gitptr.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ChipTrace;
using namespace ChipTrace::Git;

class TestGitPtr : public QObject
{
    Q_OBJECT
private slots:
    void openMissing_capturesLibgit2Message()
    {
        GitLibrary lib;
        QTemporaryDir dir;
        git_repository *raw = nullptr;
        const int rc =
            git_repository_open_ext(&raw, qPrintable(dir.path() + QStringLiteral("/nope")),
                GIT_REPOSITORY_OPEN_NO_SEARCH, nullptr);
        QVERIFY(rc < 0);
        const Error e = lastGitError(QStringLiteral("open"), rc);
        QCOMPARE(e.code, ErrorCode::NotFound);
        QVERIFY2(e.message.startsWith(QStringLiteral("open: ")), qPrintable(e.message));
        QVERIFY(e.message.size() > 8);
    }
    void initRepository_isFreedByRaii()
    {
        GitLibrary lib;
        QTemporaryDir dir;
        git_repository *raw = nullptr;
        QCOMPARE(git_repository_init(&raw, qPrintable(dir.path()), 0), 0);
        GitPtr<git_repository> repo = adopt(raw);
        QVERIFY(repo);
        QVERIFY(git_repository_is_empty(repo.get()) == 1);
    }
};

QTEST_GUILESS_MAIN(TestGitPtr)
#include "tst_gitptr.moc"
