// SPDX-License-Identifier: GPL-3.0-or-later
// Reviews that answer back (issue 19, item 7), on the demo case scanned and made evidence by one
// analyst and reviewed by another: the board says whose verdicts they are, a verdict is
// confirmed with its effect on the funnel, a dispute's note counts as a comment, and the review
// thread can be given more room than the form beside it.

#include "casefile/casefile.h"
#include "evidence/evidencepanel.h"
#include "funnel/funnelcontroller.h"
#include "mainwindow/jobrunner.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/workbench.h"
#include "models/evidencemodel.h"
#include "models/findingsmodel.h"
#include "review/evidenceeditor.h"
#include "review/inspectorpanel.h"
#include "testsupport.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTest>
#include <QTextBrowser>

#include <memory>

using namespace ChipTrace;
using namespace ChipTrace::Ui;

class TestReviewFeedback : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<MainWindow> m_window;
    QString m_disputed;

    Workbench *wb() const { return m_window->workbench(); }
    EvidencePanel *board() const { return m_window->evidencePanel(); }

    void raise(const char *name)
    {
        auto *dock = m_window->findChild<QDockWidget *>(QLatin1String(name));
        QVERIFY(dock);
        dock->show();
        dock->raise();
    }

private slots:
    void initTestCase()
    {
        Test::initWorkbenchTest(QStringLiteral("tst_reviewfeedback"));
        Case::setCurrentIdentity(QStringLiteral("bob"));
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1600, 1000);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openDemo());
        m_window->scanRepositories();
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->jobs()->isBusy(), 120000);
        // Another analyst makes the evidence; bob reviews it.
        wb()->caseFile()->setActor(QStringLiteral("alice"));
        QStringList ids;
        for (const Case::FindingRecord &f : wb()->findingsModel()->findings())
            if (!f.implies.isEmpty())
                ids << f.id;
        QVERIFY(ids.size() >= 3);
        QVERIFY(wb()->makeEvidence(ids).has_value());
        // bob (this machine's identity) opens the case to review it.
        QVERIFY(m_window->openCaseFile(wb()->caseFile()->path()));
        QCOMPARE(wb()->caseFile()->actor(), QStringLiteral("bob"));
    }

    void cleanupTestCase() { m_window.reset(); }

    void board_saysWhoReviews()
    {
        raise("evidenceDock");
        auto *label = board()->findChild<QLabel *>(QStringLiteral("reviewingAs"));
        QVERIFY(label);
        QTRY_VERIFY(label->isVisible());
        QVERIFY2(board()->reviewerText().contains(QStringLiteral("Reviewing as")),
            qPrintable(board()->reviewerText()));
        QVERIFY(board()->reviewerText().contains(QStringLiteral("bob")));
    }

    // A disputed item stops counting: the status bar says so with the step counts.
    void verdict_isConfirmedWithItsEffectOnTheFunnel()
    {
        FunnelController *funnel = m_window->funnelController();
        const int steps = funnel->stepCount();
        QVERIFY(steps >= 3);
        m_disputed = wb()->caseFile()->evidence().constFirst().id;
        raise("evidenceDock");
        board()->selectId(m_disputed);
        QCOMPARE(board()->currentId(), m_disputed);
        board()->noteEdit()->setText(QStringLiteral("the line is in a vendored copy"));
        board()->disputeAction()->trigger();
        QCOMPARE(wb()->caseFile()->evidenceItem(m_disputed)->status, Case::ReviewStatus::Disputed);
        QCOMPARE(funnel->stepCount(), steps - 1);
        const QString status = m_window->statusLabel()->text();
        QVERIFY2(status.contains(QStringLiteral("disputed by bob"))
                && status.contains(QStringLiteral("%1 → %2 steps").arg(steps).arg(steps - 1))
                && status.contains(QStringLiteral("candidate")),
            qPrintable(status));

        // Accepting another item changes no step: the message says what stayed.
        const QString other = wb()->caseFile()->evidence().at(1).id;
        board()->selectId(other);
        board()->acceptAction()->trigger();
        QVERIFY2(m_window->statusLabel()->text().contains(QStringLiteral("accepted by bob")),
            qPrintable(m_window->statusLabel()->text()));
        QVERIFY(m_window->statusLabel()->text().contains(QStringLiteral("still")));
    }

    void disputeNote_countsAsAComment()
    {
        if (m_disputed.isEmpty())
            verdict_isConfirmedWithItsEffectOnTheFunnel();
        QVERIFY(wb()->caseFile()->comments(m_disputed).isEmpty()); // no comment as such
        const QModelIndex item = wb()->evidenceModel()->indexOf(m_disputed);
        QCOMPARE(item.siblingAtColumn(EvidenceModel::CommentsCol).data(Qt::DisplayRole).toInt(), 1);
        // The board says who answered last, so the author sees the dispute without opening it.
        const QString last =
            item.siblingAtColumn(EvidenceModel::LastVerdictCol).data(Qt::DisplayRole).toString();
        QVERIFY2(last.startsWith(QStringLiteral("bob: dispute, ")), qPrintable(last));
        raise("inspectorDock");
        board()->selectId(m_disputed);
        QTRY_COMPARE(m_window->inspector()->shownEvidence(), m_disputed);
        QVERIFY(m_window->inspector()->html().contains(
            QStringLiteral("dispute: the line is in a vendored copy")));
    }

    void reviewThread_isResizable()
    {
        raise("inspectorDock");
        InspectorPanel *inspector = m_window->inspector();
        auto *split = inspector->findChild<QSplitter *>(QStringLiteral("inspectorSplit"));
        QVERIFY(split);
        QCOMPARE(split->count(), 2);
        auto *thread = qobject_cast<QTextBrowser *>(split->widget(0));
        QVERIFY(thread);
        QCOMPARE(split->widget(1), static_cast<QWidget *>(inspector->editor()));
        QTRY_VERIFY(thread->isVisible());
        const int total = split->sizes().at(0) + split->sizes().at(1);
        QVERIFY(total > 0);
        // The analyst drags the handle down: the thread takes most of the height.
        split->setSizes({total * 4 / 5, total / 5});
        QVERIFY2(split->sizes().at(0) > split->sizes().at(1),
            qPrintable(
                QStringLiteral("%1 / %2").arg(split->sizes().at(0)).arg(split->sizes().at(1))));
        QTRY_VERIFY(thread->height() > total / 2);
    }
};

QTEST_MAIN(TestReviewFeedback)
#include "tst_reviewfeedback.moc"
