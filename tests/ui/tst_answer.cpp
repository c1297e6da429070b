// SPDX-License-Identifier: GPL-3.0-or-later
// The workbench as the place where the answer is (issues 13.6 and 19): on the demo case,
// scanned and made evidence as an analyst does, the window opens on the funnel with the answer
// strip and the status fully readable at 1280x800 and 1600x1000; a card leads to its evidence
// (the detail pane and the evidence board narrowed to it); the board shows the quoted line of a
// claim item that carries no quote, its scope and stance, and takes one verdict for several
// selected items as one undo step.

#include "casefile/casefile.h"
#include "codeview/codeviewer.h"
#include "evidence/evidencepanel.h"
#include "funnel/chipcardmodel.h"
#include "funnel/funnelcontroller.h"
#include "funnel/funnelview.h"
#include "funnel/hypothesismatrixmodel.h"
#include "mainwindow/findingspanel.h"
#include "mainwindow/jobrunner.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/workbench.h"
#include "models/evidencemodel.h"
#include "models/findingsmodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QDockWidget>
#include <QLabel>
#include <QListView>
#include <QSplitter>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>

#include <memory>

using namespace ChipTrace;
using namespace ChipTrace::Ui;

namespace {
// The label's text, laid out as the label lays it out, fits in it, and no ancestor clips it.
void verifyFullyShown(QLabel *label, QWidget *window)
{
    QVERIFY(label);
    QVERIFY(label->isVisible());
    QVERIFY(!label->text().isEmpty());
    const QRect r = label->contentsRect();
    const int flags = int(label->alignment()) | (label->wordWrap() ? int(Qt::TextWordWrap) : 0);
    const QRect need = label->fontMetrics().boundingRect(r, flags, label->text());
    QVERIFY2(need.width() <= r.width() && need.height() <= r.height(),
        qPrintable(QStringLiteral("%1: needs %2x%3, has %4x%5")
                .arg(label->objectName())
                .arg(need.width())
                .arg(need.height())
                .arg(r.width())
                .arg(r.height())));
    QCOMPARE(label->visibleRegion().boundingRect(), label->rect());
    const QRect inWindow(label->mapTo(window, QPoint(0, 0)), label->size());
    QVERIFY(window->rect().contains(inWindow));
}
} // namespace

class TestAnswer : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    Workbench *wb() const { return m_window->workbench(); }
    FunnelView *funnel() const { return m_window->funnelView(); }

private slots:
    void initTestCase()
    {
        Test::initWorkbenchTest(QStringLiteral("tst_answer"));
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1600, 1000);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openDemo());
        m_tester = std::make_unique<QAbstractItemModelTester>(
            funnel()->cardModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_window->scanRepositories();
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->jobs()->isBusy(), 120000);
        // Every finding with a constraint becomes evidence, as an analyst who trusts the scan.
        QStringList ids;
        for (const Case::FindingRecord &f : wb()->findingsModel()->findings())
            if (!f.implies.isEmpty())
                ids << f.id;
        QVERIFY(ids.size() >= 3);
        QVERIFY(wb()->makeEvidence(ids).has_value());
        QVERIFY(funnel()->cardModel()->remaining() < int(funnel()->presentation().chips.size()));
    }
    void cleanupTestCase()
    {
        m_tester.reset();
        m_window.reset();
    }
    // 19.2: the funnel is the centre; an empty code view takes no width until a file opens.
    void window_opensOnTheAnswer()
    {
        QSplitter *centre = m_window->centre();
        QVERIFY(centre);
        QCOMPARE(centre->widget(0), static_cast<QWidget *>(funnel()));
        QVERIFY(!m_window->codeViewer()->isVisible());
        QTRY_COMPARE(funnel()->width(), centre->width());
        QVERIFY(funnel()->width() > m_window->width() / 3);
        // Opening a finding gives the code its half; reopening the case returns to the answer.
        const Case::FindingRecord opened = wb()->findingsModel()->findings().constFirst();
        QVERIFY(m_window->openFinding(opened.id));
        QTRY_VERIFY(m_window->codeViewer()->isVisible()); // the file is read off the GUI thread
        QTRY_VERIFY(m_window->codeViewer()->width() > centre->width() / 3);
        QVERIFY(funnel()->width() > centre->width() / 3);
        QVERIFY(m_window->openCaseFile(wb()->caseFile()->path()));
        QVERIFY(!m_window->codeViewer()->isVisible());
        QTRY_COMPARE(funnel()->width(), centre->width());
        // The hit that was open is restored into the hidden viewer when its read arrives.
        QTRY_VERIFY(!m_window->codeViewer()->isLoading());
        QCOMPARE(m_window->codeViewer()->path(), opened.locator.path);
        QTest::qWait(100); // nothing late may reveal it
        QVERIFY(!m_window->codeViewer()->isVisible());
    }
    void answerAndStatus_fullyVisible_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1280x800") << QSize(1280, 800);
        QTest::newRow("1600x1000") << QSize(1600, 1000);
    }
    void answerAndStatus_fullyVisible()
    {
        QFETCH(QSize, size);
        m_window->resize(size);
        QTRY_COMPARE(m_window->size(), size);
        QTest::qWait(50); // let the layouts settle
        auto *answer = funnel()->findChild<QLabel *>(QStringLiteral("answerStrip"));
        auto *status = funnel()->findChild<QLabel *>(QStringLiteral("funnelStatus"));
        const int steps = int(funnel()->presentation().steps.size());
        QCOMPARE(status->text(),
            QStringLiteral("Step %1 of %1 — %2 candidate(s) remain")
                .arg(steps)
                .arg(funnel()->cardModel()->remaining()));
        QVERIFY2(
            answer->text().contains(QStringLiteral("candidate(s): ")), qPrintable(answer->text()));
        QVERIFY(answer->text().contains(funnel()->presentation().date.toString(Qt::ISODate)));
        // 13.6: the assessment's bottom line leads the strip; its hypothesis matrix is there.
        const AssessmentInfo &a = funnel()->presentation().assessment;
        QVERIFY(!a.headline.isEmpty());
        QVERIFY2(answer->text().startsWith(a.headline.left(1).toUpper() + a.headline.mid(1, 20)),
            qPrintable(answer->text()));
        QVERIFY(!a.ranked.isEmpty());
        QVERIFY(
            funnel()->matrixModel()->rowCount() > 0 && funnel()->matrixModel()->columnCount() > 0);
        verifyFullyShown(answer, m_window.get());
        verifyFullyShown(status, m_window.get());
        // The survivors come first: the first card is a candidate, and at least two fit.
        QListView *cards = funnel()->cardList();
        const QModelIndex first = funnel()->cardModel()->index(0);
        QVERIFY(!first.data(ChipCardModel::EliminatedRole).toBool());
        QVERIFY(
            cards->viewport()->rect().contains(cards->visualRect(funnel()->cardModel()->index(1))));
    }
    // 19.11: at 1280x800 the code header wraps instead of being cut, and the findings' state and
    // first-seen columns show their whole text.
    void codeAndFindings_readableAt1280x800()
    {
        m_window->resize(1280, 800);
        QTRY_COMPARE(m_window->size(), QSize(1280, 800));
        QString removed;
        for (const Case::FindingRecord &f : wb()->findingsModel()->findings())
            if (!f.atHead && !f.removedCommit.isEmpty())
                removed = f.id;
        QVERIFY(!removed.isEmpty());
        QVERIFY(m_window->openFinding(removed));
        QTRY_VERIFY(!m_window->codeViewer()->isLoading());
        QTest::qWait(50);
        auto *header = m_window->codeViewer()->findChild<QLabel *>(QStringLiteral("codeHeader"));
        QVERIFY(header && header->wordWrap());
        QVERIFY(header->text().contains(QStringLiteral("hit")));
        QTRY_VERIFY2(header->height() >= header->heightForWidth(header->width()),
            qPrintable(QStringLiteral("%1 < %2")
                    .arg(header->height())
                    .arg(header->heightForWidth(header->width()))));
        m_window->findChild<QDockWidget *>(QStringLiteral("findingsDock"))->raise();
        auto *table =
            m_window->findingsPanel()->findChild<QTableView *>(QStringLiteral("findingsTable"));
        QVERIFY(table);
        QTest::qWait(50);
        for (int col : {int(FindingsModel::StateCol), int(FindingsModel::FirstSeenCol)})
            for (int row = 0; row < std::min(20, table->model()->rowCount()); ++row) {
                const QString text = table->model()->index(row, col).data().toString();
                QVERIFY2(table->fontMetrics().horizontalAdvance(text) < table->columnWidth(col),
                    qPrintable(text));
            }
        m_window->resize(1600, 1000);
        QVERIFY(m_window->openCaseFile(wb()->caseFile()->path())); // back to the answer
    }
    // 19.4 / 13.6: one click from a candidate to the evidence for and against it.
    void card_leadsToItsEvidence()
    {
        // A note that bears on no chip: the narrowed board must leave it out.
        Case::Evidence note;
        note.modelId = wb()->currentModelId();
        note.sourceId = wb()->caseFile()->sources().constFirst().id;
        note.quote = QStringLiteral("The weights are released under an open licence.");
        QVERIFY(wb()->pushChange(wb()->caseFile()->saveEvidence(note)));
        ChipCardModel *cards = funnel()->cardModel();
        QModelIndex card;
        for (int row = 0; row < cards->rowCount() && !card.isValid(); ++row)
            if (!cards->index(row).data(ChipCardModel::ToggleRole).toBool())
                card = cards->index(row);
        QVERIFY(card.isValid());
        const QString chipId = card.data(ChipCardModel::IdRole).toString();
        const QString name = card.data().toString();
        QListView *list = funnel()->cardList();
        list->scrollTo(card);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(card).center());
        QCOMPARE(funnel()->selectedChip(), chipId);
        const CandidateEvidence e = m_window->funnelController()->candidate(chipId);
        QVERIFY(!e.forIds.isEmpty()); // a survivor satisfies the evidence that narrowed the funnel
        const QString detail = funnel()->candidateDetail();
        QVERIFY2(detail.contains(name), qPrintable(detail));
        QVERIFY(detail.contains(QStringLiteral("Steps it passed")));
        QVERIFY(detail.contains(QStringLiteral("Evidence for it (%1)").arg(e.forIds.size())));
        QVERIFY(detail.contains(QStringLiteral("Export reasoning")));
        // The board shows exactly that evidence, says so, and says which way each item bears.
        EvidencePanel *board = m_window->evidencePanel();
        QStringList shown = board->visibleIds();
        QStringList expected = e.forIds + e.againstIds;
        shown.sort();
        expected.sort();
        QCOMPARE(shown, expected);
        QVERIFY(!shown.contains(note.id));
        QVERIFY(shown.size() < wb()->evidenceModel()->itemCount());
        QVERIFY(board->filterText().contains(name));
        const QModelIndex item = wb()->evidenceModel()->indexOf(e.forIds.constFirst());
        QCOMPARE(item.siblingAtColumn(EvidenceModel::BearingCol).data().toString(),
            QStringLiteral("for"));
        // One click back to everything.
        board->findChild<QToolButton *>(QStringLiteral("evidenceFilterClear"))->click();
        QCOMPARE(board->visibleIds().size(), wb()->evidenceModel()->itemCount());
        // An eliminated chip shows what removed it.
        const FunnelPresentation &p = funnel()->presentation();
        const auto out = std::find_if(p.chips.begin(), p.chips.end(),
            [](const ChipCardInfo &c) { return c.eliminatedAtStep >= 0; });
        QVERIFY(out != p.chips.end());
        funnel()->selectChip(out->id);
        QVERIFY(funnel()->candidateDetail().contains(
            QStringLiteral("Eliminated at step %1").arg(out->eliminatedAtStep + 1)));
        QVERIFY(!m_window->funnelController()->candidate(out->id).againstIds.isEmpty());
        funnel()->selectChip({});
        QVERIFY(board->filterText().isEmpty());
    }
    // 19.8: a claim item made without a quote shows its finding's line, with scope and stance.
    void board_showsQuotedLineScopeAndStance()
    {
        Case::CaseFile *c = wb()->caseFile();
        const QList<Case::FindingRecord> &findings = wb()->findingsModel()->findings();
        const auto claim =
            std::find_if(findings.begin(), findings.end(), [](const Case::FindingRecord &f) {
                return f.kind == u"claim" && !f.text.trimmed().isEmpty();
            });
        QVERIFY(claim != findings.end());
        Case::Evidence e;
        e.modelId = wb()->currentModelId();
        e.findingId = claim->id;
        e.sourceId = claim->sourceId;
        e.locator = claim->locator;
        e.scope = Case::EvidenceScope::Inference;
        e.stance = Case::Stance::Qualifies;
        QVERIFY(wb()->pushChange(c->saveEvidence(e)));
        const QModelIndex i = wb()->evidenceModel()->indexOf(e.id);
        QVERIFY(i.isValid());
        const QString label = i.data().toString();
        QVERIFY2(label.endsWith(claim->text.trimmed()), qPrintable(label));
        QVERIFY(!label.endsWith(QStringLiteral("— ")));
        QCOMPARE(i.siblingAtColumn(EvidenceModel::ScopeCol).data().toString(),
            QStringLiteral("inference"));
        QCOMPARE(i.siblingAtColumn(EvidenceModel::StanceCol).data().toString(),
            QStringLiteral("qualifies"));
        QCOMPARE(wb()->evidenceModel()
                     ->headerData(EvidenceModel::ScopeCol, Qt::Horizontal, Qt::DisplayRole)
                     .toString(),
            QStringLiteral("Scope"));
    }
    // 19.8: reject junk in bulk: one verdict for every selected item, one undo step.
    void board_reviewsSelectedItemsInBulk()
    {
        EvidencePanel *board = m_window->evidencePanel();
        board->clearFilter();
        const QList<Case::Evidence> items = wb()->caseFile()->evidence(wb()->currentModelId());
        QVERIFY(items.size() >= 3);
        auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("evidenceDock"));
        dock->show();
        dock->raise();
        QTreeView *view = board->view();
        QItemSelectionModel *sel = view->selectionModel();
        sel->clear();
        for (int k = 0; k < 3; ++k)
            sel->select(wb()->evidenceModel()->indexOf(items.at(k).id),
                QItemSelectionModel::Select | QItemSelectionModel::Rows);
        view->setCurrentIndex(wb()->evidenceModel()->indexOf(items.at(0).id));
        for (int k = 1; k < 3; ++k)
            sel->select(wb()->evidenceModel()->indexOf(items.at(k).id),
                QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QCOMPARE(board->selectedIds().size(), 3);
        QVERIFY(board->rejectAction()->text().contains(QStringLiteral("3")));
        const int undo = wb()->undoStack()->index();
        board->findChild<QToolButton *>(QStringLiteral("buttonReject"))->click();
        for (int k = 0; k < 3; ++k)
            QCOMPARE(wb()->caseFile()->evidenceItem(items.at(k).id)->status,
                Case::ReviewStatus::Rejected);
        QCOMPARE(wb()->undoStack()->index(), undo + 1);
        wb()->undoStack()->undo();
        for (int k = 0; k < 3; ++k)
            QCOMPARE(wb()->caseFile()->evidenceItem(items.at(k).id)->status, items.at(k).status);
    }
};

QTEST_MAIN(TestAnswer)
#include "tst_answer.moc"
