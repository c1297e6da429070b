// SPDX-License-Identifier: GPL-3.0-or-later
// Case rows are not trusted: a colleague's bundle, merged into the case, can carry finding
// locators that point out of the repository (../, an absolute path, a link leading out) or at a
// FIFO that would never end. Opening such a finding reads nothing outside the repository and
// does not hang the window; an ordinary finding of the same repository still opens.

#include "casefile/casefile.h"
#include "codeview/codeeditor.h"
#include "codeview/codeviewer.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/workbench.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace ChipTrace;
using namespace ChipTrace::Ui;

static const QByteArray kSecret = "SECRET-OUTSIDE-THE-REPOSITORY";

class TestUntrustedPaths : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_repo;
    QHash<QString, QString> m_findingByPath; // locator path -> finding id, after the merge
    std::unique_ptr<MainWindow> m_window;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    static Case::FindingRecord finding(const QString &sourceId, const QString &locatorPath)
    {
        Case::FindingRecord f;
        f.sourceId = sourceId;
        f.kind = QStringLiteral("signature");
        f.ruleId = QStringLiteral("nccl-ib-hca");
        f.family = QStringLiteral("nccl");
        f.title = QStringLiteral("NCCL InfiniBand adapter");
        f.locator.path = locatorPath;
        f.locator.line = 1;
        f.text = QStringLiteral("export NCCL_IB_HCA=mlx5");
        f.atHead = true;
        return f;
    }

private slots:
    void initTestCase()
    {
        Test::initWorkbenchTest(QStringLiteral("tst_untrustedpaths"));
        // The analyst's repository, a file beside it that must stay unread, and traps inside.
        m_repo = path(QStringLiteral("repo"));
        QVERIFY(QDir().mkpath(m_repo));
        QCOMPARE(Test::git(m_repo, {QStringLiteral("init"), QStringLiteral("-q")}).exitCode, 0);
        Test::writeFile(m_repo, QStringLiteral("launch.sh"), "export NCCL_IB_HCA=mlx5\n");
        Test::writeFile(m_dir.path(), QStringLiteral("secret.txt"), kSecret + '\n');
        QVERIFY(QFile::link(
            path(QStringLiteral("secret.txt")), m_repo + QStringLiteral("/leads-out.sh")));
        QCOMPARE(
            ::mkfifo(QFile::encodeName(m_repo + QStringLiteral("/pipe.sh")).constData(), 0600), 0);

        // Alice's case knows the repository; Bob works on a copy and adds findings.
        Case::CaseInfo info;
        info.title = QStringLiteral("Shared case");
        auto alice = Case::CaseFile::create(path(QStringLiteral("alice.chiptrace")), info);
        QVERIFY2(alice, qPrintable(alice.message()));
        Case::Source repo;
        repo.kind = Case::SourceKind::Repository;
        repo.uri = m_repo;
        repo.title = QStringLiteral("repo");
        QVERIFY((*alice)->saveSource(repo));
        QVERIFY((*alice)->exportBundle(path(QStringLiteral("alice.ctbundle"))));
        auto bob = Case::CaseFile::importBundle(
            path(QStringLiteral("alice.ctbundle")), path(QStringLiteral("bob.chiptrace")));
        QVERIFY2(bob, qPrintable(bob.message()));
        const QStringList locators{QStringLiteral("launch.sh"), QStringLiteral("../secret.txt"),
            QStringLiteral("sub/../../secret.txt"), path(QStringLiteral("secret.txt")),
            QStringLiteral("leads-out.sh"), QStringLiteral("pipe.sh")};
        for (const QString &l : locators) {
            Case::FindingRecord f = finding(repo.id, l);
            QVERIFY((*bob)->saveFinding(f));
        }
        QVERIFY((*bob)->exportBundle(path(QStringLiteral("bob.ctbundle"))));
        alice->reset();
        bob->reset();

        // Alice opens her case in the workbench and merges Bob's bundle.
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(m_window->openCaseFile(path(QStringLiteral("alice.chiptrace"))));
        auto merged =
            m_window->workbench()->caseFile()->merge(path(QStringLiteral("bob.ctbundle")));
        QVERIFY2(merged, qPrintable(merged.message()));
        for (const Case::FindingRecord &f : m_window->workbench()->caseFile()->findings())
            m_findingByPath.insert(f.locator.path, f.id);
        QCOMPARE(m_findingByPath.size(), locators.size());
    }
    void cleanupTestCase() { m_window.reset(); }

    void findingInsideTheRepository_opens()
    {
        QVERIFY(m_window->openFinding(m_findingByPath.value(QStringLiteral("launch.sh"))));
        QTRY_VERIFY(!m_window->codeViewer()->isLoading());
        QCOMPARE(m_window->codeViewer()->path(), QStringLiteral("launch.sh"));
        QVERIFY(m_window->codeViewer()->editor()->toPlainText().contains(
            QStringLiteral("NCCL_IB_HCA")));
    }
    void findingPointingOutside_readsNothingOutside_data()
    {
        QTest::addColumn<QString>("locator");
        QTest::newRow("parent") << QStringLiteral("../secret.txt");
        QTest::newRow("parent, hidden") << QStringLiteral("sub/../../secret.txt");
        QTest::newRow("absolute") << path(QStringLiteral("secret.txt"));
        QTest::newRow("link leading out") << QStringLiteral("leads-out.sh");
        QTest::newRow("FIFO") << QStringLiteral("pipe.sh");
    }
    void findingPointingOutside_readsNothingOutside()
    {
        QFETCH(QString, locator);
        const QString id = m_findingByPath.value(locator);
        QVERIFY(!id.isEmpty());
        m_window->codeViewer()->clear();
        m_window->statusLabel()->clear();
        QVERIFY(m_window->openFinding(id));
        QTRY_VERIFY_WITH_TIMEOUT(
            !m_window->codeViewer()->isLoading(), 10000); // a FIFO would never end
        QVERIFY(m_window->codeViewer()->path().isEmpty()); // nothing shown
        QVERIFY(!m_window->codeViewer()->editor()->toPlainText().contains(
            QString::fromLatin1(kSecret)));
        const QString said = m_window->statusLabel()->text();
        QVERIFY2(said.contains(QStringLiteral("outside the repository"))
                || said.contains(QStringLiteral("not a regular file")),
            qPrintable(said));
    }
};

QTEST_MAIN(TestUntrustedPaths)
#include "tst_untrustedpaths.moc"
