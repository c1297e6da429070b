// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/demorepository.h"
#include "demo/demoscript.h"
#include "testsupport.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ChipTrace;

static QString gitOut(const QString &dir, const QStringList &args)
{
    return QString::fromUtf8(Test::git(dir, args).out).trimmed();
}

class TestDemo : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void scripts_loadFromResources()
    {
        Result<Demo::RepositoryScript> repo = Demo::loadRepositoryScript();
        QVERIFY2(repo, qPrintable(repo.message()));
        QVERIFY(repo->commits.size() >= 5);
        Result<Demo::CaseScript> c = Demo::loadCaseScript();
        QVERIFY2(c, qPrintable(c.message()));
        QCOMPARE(c->modelName, QStringLiteral("TinyLM-7B"));
        QVERIFY(c->trainingStart.isValid() && c->trainingStart < c->releaseDate);
        QVERIFY(!c->walkthrough.isEmpty());
    }
    void repository_hasHistoryThatRemovesClaimAndInfiniBand()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("tinylm"));
        Result<Demo::RepositoryScript> script = Demo::loadRepositoryScript();
        QVERIFY(script);
        Result<QString> head = Demo::createRepository(*script, dir);
        QVERIFY2(head, qPrintable(head.message()));
        QCOMPARE(gitOut(dir, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}), *head);
        QCOMPARE(
            gitOut(dir,
                {QStringLiteral("rev-list"), QStringLiteral("--count"), QStringLiteral("HEAD")})
                .toInt(),
            int(script->commits.size()));
        QCOMPARE(gitOut(dir, {QStringLiteral("tag")}), QStringLiteral("v1.0"));
        QCOMPARE(gitOut(dir, {QStringLiteral("status"), QStringLiteral("--porcelain")}),
            QString()); // tree == HEAD
        // At HEAD the claim and the InfiniBand configuration are gone...
        QVERIFY(!QFile::exists(dir + QStringLiteral("/configs/cluster.yaml")));
        QFile readme(dir + QStringLiteral("/README.md"));
        QVERIFY(readme.open(QIODevice::ReadOnly));
        QVERIFY(!readme.readAll().contains("H800"));
        // ...but the history keeps both, added before and removed after the v1.0 release.
        const QString claim = gitOut(dir,
            {QStringLiteral("log"), QStringLiteral("--format=%ad"), QStringLiteral("--date=short"),
                QStringLiteral("-S512 H800 GPUs"), QStringLiteral("--"),
                QStringLiteral("README.md")});
        QCOMPARE(claim.split(QLatin1Char('\n')).size(), 2); // added, then removed
        const QString ib = gitOut(dir,
            {QStringLiteral("log"), QStringLiteral("--format=%s"), QStringLiteral("-SNCCL_IB_HCA"),
                QStringLiteral("--"), QStringLiteral("scripts/launch.sh")});
        QCOMPARE(ib.split(QLatin1Char('\n')).size(), 2);
        QVERIFY(QFile::exists(dir + QStringLiteral("/scripts/setup.sh")));
    }
    void repository_isReproducible()
    {
        QTemporaryDir a, b;
        Result<Demo::RepositoryScript> script = Demo::loadRepositoryScript();
        QVERIFY(script);
        Result<QString> ha = Demo::createRepository(*script, a.filePath(QStringLiteral("r")));
        Result<QString> hb = Demo::createRepository(*script, b.filePath(QStringLiteral("r")));
        QVERIFY(ha && hb);
        QCOMPARE(*ha, *hb);
    }
    void create_refusesNonEmptyFolder()
    {
        QTemporaryDir tmp;
        Test::writeFile(tmp.path(), QStringLiteral("keep.txt"), "mine");
        Result<QString> head = Demo::createRepository(*Demo::loadRepositoryScript(), tmp.path());
        QVERIFY(!head);
        QCOMPARE(head.code(), ErrorCode::Conflict);
        QVERIFY(QFile::exists(tmp.filePath(QStringLiteral("keep.txt"))));
    }
    void ensure_createsOnceThenReuses()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("demo"));
        Result<QString> first = Demo::ensureRepository(dir);
        QVERIFY2(first, qPrintable(first.message()));
        const QString head = gitOut(dir, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")});
        Test::writeFile(dir, QStringLiteral("marker"), "x");
        Result<QString> again = Demo::ensureRepository(dir);
        QVERIFY(again);
        QVERIFY(QFile::exists(dir + QStringLiteral("/marker"))); // not rebuilt
        QCOMPARE(gitOut(dir, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}), head);
    }
};

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
