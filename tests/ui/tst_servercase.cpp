// SPDX-License-Identifier: GPL-3.0-or-later
// The workbench on a case kept on a real PostgreSQL server (casebackend.h), offscreen: found
// and opened through File › Open Server Case, remembered in recent cases, reviewed, edited and
// undone, briefed; a colleague's change shows in the views and the status bar as it commits;
// a lost server shows Offline, edits are refused saying so, and work resumes when it is back.

#include "casebackend.h"
#include "casefile/casefile.h"
#include "dialogs/servercasedialog.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/workbench.h"
#include "models/evidencemodel.h"
#include "report/briefingbuilder.h"

#include <QAction>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace ChipTrace;
using namespace ChipTrace::Ui;
using namespace Qt::StringLiterals;

class TestServerCase : public QObject
{
    Q_OBJECT
private:
    Test::CaseBackends m_backends;
    QTemporaryDir m_dir;
    Test::SmallCase m_case;
    std::unique_ptr<MainWindow> m_window;

    Workbench *wb() const { return m_window->workbench(); }
    QString uri(const QString &user) const
    {
        return m_backends.server().uri(user, m_case.serverCase);
    }
    QLabel *label(const char *name) const
    {
        return m_window->findChild<QLabel *>(QString::fromLatin1(name));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        CHIPTRACE_REQUIRE_SERVER(m_backends);
        m_case = m_backends.make(Test::Backend::Server, m_dir);
        m_window = std::make_unique<MainWindow>();
    }

    void dialog_listsTheServersCases()
    {
        ServerCaseDialog dialog;
        dialog.setServer(m_backends.server().uri(u"alice"_s));
        (void)dialog.listCases();
        auto *cases = dialog.findChild<QListWidget *>(u"serverCases"_s);
        QTRY_VERIFY(cases->count() > 0);
        const auto found = cases->findItems(m_case.serverCase, Qt::MatchExactly);
        QCOMPARE(found.size(), 1);
        cases->setCurrentItem(found.constFirst());
        QCOMPARE(dialog.caseUri(), uri(u"alice"_s));

        // A server that cannot be reached says so in the dialog; nothing can be opened.
        dialog.setServer(u"postgresql://alice@/chiptrace?host=/nonexistent-socket-dir"_s);
        (void)dialog.listCases();
        auto *status = dialog.findChild<QLabel *>(u"serverStatus"_s);
        QTRY_VERIFY(status->text().contains(u"Cannot connect"_s));
        QCOMPARE(cases->count(), 0);
        QVERIFY(dialog.caseUri().isEmpty());
    }

    void open_showsTheCaseAndRemembersIt()
    {
        QVERIFY(m_window->openCaseFile(uri(u"alice"_s)));
        QVERIFY(wb()->caseFile()->identitiesVerified());
        QVERIFY(wb()->isOnline());
        QCOMPARE(wb()->evidenceModel()->itemCount(), 1);
        QCOMPARE(Workbench::recentCases().value(0), uri(u"alice"_s));
        auto *recent = m_window->findChild<QMenu *>(u"menuRecent"_s);
        QVERIFY(std::any_of(recent->actions().cbegin(), recent->actions().cend(),
            [this](const QAction *a) { return a->text() == uri(u"alice"_s); }));
    }

    void reviewEditUndoAndBriefing_work()
    {
        const QString id = m_case.evidence.id;
        // The server's review rule, reported through the workbench's one error channel.
        QSignalSpy errors(wb(), &Workbench::errorOccurred);
        QVERIFY(!wb()->review(id, Case::Verdict::Accept));
        QCOMPARE(errors.count(), 1);
        QVERIFY(errors.constFirst().constFirst().toString().contains(u"cannot accept it"_s));

        Case::Evidence e = *wb()->caseFile()->evidenceItem(id);
        e.strength = Strength::Hint;
        QVERIFY(wb()->updateEvidence(e));
        QCOMPARE(wb()->caseFile()->evidenceItem(id)->strength, Strength::Hint);
        wb()->undoStack()->undo();
        QCOMPARE(wb()->caseFile()->evidenceItem(id)->strength, Strength::Strong);

        const auto briefing = Report::BriefingBuilder().build(*wb()->caseFile());
        QVERIFY2(briefing, qPrintable(briefing.message()));
        QVERIFY(briefing->provenance.identitiesVerified);
    }

    void colleaguesChange_showsInTheStatusBarAndTheBoard()
    {
        const QString id = m_case.evidence.id;
        QVERIFY(m_backends.as(m_case, u"bob"_s).review(id, Case::Verdict::Accept));
        QTRY_COMPARE(label("statusLabel")->text(), u"bob accepted evidence %1"_s.arg(id.left(8)));
        const EvidenceRow *row = wb()->evidenceModel()->row(wb()->evidenceModel()->indexOf(id));
        QVERIFY(row);
        QCOMPARE(row->evidence.status, Case::ReviewStatus::Accepted); // the board reloaded it
    }

    void sameFieldEditedByBoth_isAConflictNotAnOverwrite()
    {
        const QString id = m_case.evidence.id;
        const Case::Evidence base = *wb()->caseFile()->evidenceItem(id); // alice's form loads it
        Case::Evidence bobs = base;
        bobs.constraint = u"arch in [Hopper, Ada]"_s;
        QVERIFY(m_backends.as(m_case, u"bob"_s).saveEvidence(bobs, base));
        QTRY_COMPARE(label("statusLabel")->text(), u"bob edited evidence %1"_s.arg(id.left(8)));
        Case::Evidence alices = base;
        alices.constraint = u"arch in [Ampere]"_s;
        QSignalSpy errors(wb(), &Workbench::errorOccurred);
        const int undoSteps = wb()->undoStack()->count();
        const Status saved = wb()->updateEvidence(alices, base);
        QVERIFY(!saved);
        QCOMPARE(saved.code(), ErrorCode::Conflict);
        QCOMPARE(errors.count(), 1);
        QVERIFY(errors.constFirst().constFirst().toString().startsWith(u"bob changed"_s));
        QCOMPARE(wb()->undoStack()->count(), undoSteps);
        const EvidenceRow *row = wb()->evidenceModel()->row(wb()->evidenceModel()->indexOf(id));
        QCOMPARE(row->evidence.constraint, bobs.constraint);
        QCOMPARE(wb()->caseFile()->conflicts().size(), 1);
    }

    void serverLost_showsOfflineRefusesEditsAndResumes()
    {
        const QString id = m_case.evidence.id;
        QVERIFY(label("connectionLabel")->isHidden());
        QVERIFY(m_backends.server().stop());
        QTRY_VERIFY_WITH_TIMEOUT(!label("connectionLabel")->isHidden(), 10000);
        QVERIFY(!wb()->isOnline());
        QVERIFY(label("connectionLabel")->toolTip().startsWith(u"Offline"_s));
        QSignalSpy errors(wb(), &Workbench::errorOccurred);
        const Status refused = wb()->addComment(id, u"typed while offline"_s);
        QVERIFY(!refused);
        QVERIFY(refused.message().contains(u"Edits are refused"_s));
        QCOMPARE(errors.count(), 1);

        QVERIFY(m_backends.server().resume());
        QTRY_VERIFY_WITH_TIMEOUT(label("connectionLabel")->isHidden(), 15000);
        QVERIFY(label("statusLabel")->text().startsWith(u"Back online"_s));
        QVERIFY(wb()->addComment(id, u"typed again once back"_s));
        QCOMPARE(wb()->caseFile()->comments(id).size(), 1);
        QVERIFY(wb()->caseFile()->verify().ok());
    }
};

QTEST_MAIN(TestServerCase)
#include "tst_servercase.moc"
