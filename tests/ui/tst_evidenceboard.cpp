// SPDX-License-Identifier: GPL-3.0-or-later
// Reviewing, editing and navigating as an analyst clicks: real mouse clicks on the board's rows
// and buttons, the Review shortcuts, Ctrl+Z through the Edit menu's action, the inspector's
// form, the navigator and the repository browser. Runs on the demo case plus a small fixture
// repository whose history has a file changed and then deleted.

#include "casefile/casefile.h"
#include "codeview/codeeditor.h"
#include "codeview/codeviewer.h"
#include "evidence/evidencepanel.h"
#include "mainwindow/findingspanel.h"
#include "mainwindow/jobrunner.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/workbench.h"
#include "models/evidencemodel.h"
#include "models/findingsmodel.h"
#include "review/evidenceeditor.h"
#include "review/inspectorpanel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>

#include <memory>

using namespace ChipTrace;
using namespace ChipTrace::Ui;

namespace {
constexpr auto kCtrlAlt = Qt::ControlModifier | Qt::AltModifier;

// Clicks the row of `index` in `view` the way a mouse does.
void clickRow(QAbstractItemView *view, const QModelIndex &index, Qt::KeyboardModifiers mods = {})
{
    QVERIFY(index.isValid());
    view->scrollTo(index);
    const QRect r = view->visualRect(index);
    QVERIFY(view->viewport()->rect().contains(r.center()));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, mods, r.center());
}

// All items of a QStandardItemModel with `kind` (Workbench::KindRole) in column 0, depth first.
QList<QModelIndex> itemsOfKind(
    const QAbstractItemModel *m, const QString &kind, const QModelIndex &parent = {})
{
    QList<QModelIndex> out;
    for (int r = 0; r < m->rowCount(parent); ++r) {
        const QModelIndex i = m->index(r, 0, parent);
        if (i.data(Workbench::KindRole).toString() == kind)
            out << i;
        out << itemsOfKind(m, kind, i);
    }
    return out;
}
} // namespace

class TestEvidenceBoard : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<MainWindow> m_window;
    QList<std::shared_ptr<QAbstractItemModelTester>> m_testers;
    QTemporaryDir m_fixture;
    QString m_fixtureId;

    Workbench *wb() const { return m_window->workbench(); }
    EvidencePanel *board() const { return m_window->evidencePanel(); }
    Case::CaseFile *caseFile() const { return wb()->caseFile(); }

    // Evidence ids in the board's order (groups, then items).
    QStringList boardIds() const
    {
        QStringList ids;
        const EvidenceModel *m = wb()->evidenceModel();
        for (int g = 0; g < m->rowCount(); ++g)
            for (int i = 0; i < m->rowCount(m->index(g, 0)); ++i)
                ids << m->index(i, 0, m->index(g, 0))
                           .data(EvidenceModel::EvidenceIdRole)
                           .toString();
        return ids;
    }
    void raiseDock(const char *name)
    {
        auto *dock = m_window->findChild<QDockWidget *>(QLatin1String(name));
        QVERIFY(dock);
        dock->show();
        dock->raise();
    }
    void clickBoardItem(const QString &id)
    {
        raiseDock("evidenceDock");
        clickRow(board()->view(), wb()->evidenceModel()->indexOf(id));
    }
    QToolButton *boardButton(const char *name) const
    {
        return board()->findChild<QToolButton *>(QLatin1String(name));
    }
    Case::Verdict lastVerdict(const QString &id) const
    {
        const QList<Case::Review> r = caseFile()->reviews(id);
        return r.isEmpty() ? Case::Verdict::Accept : r.constLast().verdict;
    }
    void makeFixtureRepository()
    {
        // scripts/run.sh: a first InfiniBand line, replaced by a second one, then the file is
        // deleted; scripts/keep/net.sh keeps its hit at HEAD.
        const QString dir = m_fixture.path();
        QCOMPARE(Test::git(dir,
                     {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"),
                         QStringLiteral("main")})
                     .exitCode,
            0);
        auto commit = [&](const QString &message, const QString &date) {
            QCOMPARE(Test::git(dir, {QStringLiteral("add"), QStringLiteral("-A")}).exitCode, 0);
            QCOMPARE(
                Test::git(dir,
                    {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), message},
                    date)
                    .exitCode,
                0);
        };
        Test::writeFile(dir, QStringLiteral("scripts/run.sh"),
            "#!/bin/sh\nexport NCCL_IB_HCA=mlx5_0 # first version\n");
        Test::writeFile(dir, QStringLiteral("scripts/keep/net.sh"), "export NCCL_IB_HCA=mlx5_2\n");
        commit(QStringLiteral("first"), QStringLiteral("2023-01-10T10:00:00Z"));
        Test::writeFile(dir, QStringLiteral("scripts/run.sh"),
            "#!/bin/sh\nexport NCCL_IB_HCA=mlx5_1 # second version\n");
        commit(QStringLiteral("second"), QStringLiteral("2023-06-10T10:00:00Z"));
        QVERIFY(QFile::remove(dir + QStringLiteral("/scripts/run.sh")));
        commit(QStringLiteral("remove"), QStringLiteral("2024-01-10T10:00:00Z"));
    }

private slots:
    void initTestCase()
    {
        Test::initWorkbenchTest(QStringLiteral("tst_evidenceboard"));
        QVERIFY(m_fixture.isValid());
        makeFixtureRepository();
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        for (QAbstractItemModel *m :
            std::initializer_list<QAbstractItemModel *>{wb()->findingsModel(),
                wb()->evidenceModel(), wb()->navigatorModel(), wb()->filesModel()})
            m_testers << std::make_shared<QAbstractItemModelTester>(
                m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(m_window->openDemo());
        QVERIFY(wb()->addRepository(m_fixture.path()).has_value());
        m_fixtureId = wb()->repositories().constLast().id;
        m_window->scanRepositories();
        QTRY_VERIFY_WITH_TIMEOUT(
            !m_window->jobs()->isBusy() && !caseFile()->findings(m_fixtureId).isEmpty(), 120000);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->jobs()->isBusy(), 120000);
        // Four findings at HEAD of the demo become evidence; a second reviewer reviews them.
        QStringList ids;
        for (const Case::FindingRecord &f :
            caseFile()->findings(wb()->repositories().constFirst().id))
            if (f.atHead && ids.size() < 4)
                ids << f.id;
        QCOMPARE(ids.size(), 4);
        QVERIFY(wb()->makeEvidence(ids).has_value());
        caseFile()->setActor(QStringLiteral("second-reviewer"));
    }
    void cleanupTestCase()
    {
        m_testers.clear();
        m_window.reset();
    }

    void review_severalInARow_withClicksShortcutsAndUndo()
    {
        const QStringList ids = boardIds();
        QCOMPARE(ids.size(), 4);
        QTreeView *view = board()->view();
        QToolButton *accept = boardButton("buttonAccept");
        QToolButton *dispute = boardButton("buttonDispute");
        QVERIFY(accept && dispute);
        QVERIFY(!accept->isEnabled()); // nothing selected yet
        // The right-click menu is the same actions, enabled with them.
        QCOMPARE(view->contextMenuPolicy(), Qt::ActionsContextMenu);
        QVERIFY(view->actions().contains(board()->acceptAction()));
        QVERIFY(view->actions().contains(board()->deleteAction()));
        const int undoBase = wb()->undoStack()->count();

        // 1: click the row, click Accept. The model resets; the board keeps the item.
        clickBoardItem(ids.at(0));
        QCOMPARE(board()->currentId(), ids.at(0));
        QVERIFY(accept->isEnabled());
        QTest::mouseClick(accept, Qt::LeftButton);
        QCOMPARE(caseFile()->evidenceItem(ids.at(0))->status, Case::ReviewStatus::Accepted);
        QCOMPARE(board()->currentId(), ids.at(0));
        QVERIFY(accept->isEnabled());
        QCOMPARE(m_window->inspector()->shownEvidence(), ids.at(0));

        // 2: Down to the next item, a note, Dispute clicked: the note goes with the verdict.
        QTest::keyClick(view, Qt::Key_Down);
        QCOMPARE(board()->currentId(), ids.at(1));
        QTest::keyClicks(board()->noteEdit(), QStringLiteral("could be a stale config"));
        QTest::mouseClick(dispute, Qt::LeftButton);
        QCOMPARE(caseFile()->evidenceItem(ids.at(1))->status, Case::ReviewStatus::Disputed);
        QCOMPARE(caseFile()->reviews(ids.at(1)).constLast().note,
            QStringLiteral("could be a stale config"));
        QVERIFY(board()->noteEdit()->text().isEmpty());
        QCOMPARE(board()->currentId(), ids.at(1));

        // 3 and 4: the keyboard only, Down then the Review shortcuts.
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Down);
        QCOMPARE(board()->currentId(), ids.at(2));
        QTest::keyClick(view, Qt::Key_J, kCtrlAlt);
        QCOMPARE(caseFile()->evidenceItem(ids.at(2))->status, Case::ReviewStatus::Rejected);
        QCOMPARE(board()->currentId(), ids.at(2));
        QTest::keyClick(view, Qt::Key_Down);
        QTest::keyClick(view, Qt::Key_A, kCtrlAlt);
        QCOMPARE(lastVerdict(ids.at(3)), Case::Verdict::Accept);
        QCOMPARE(caseFile()->evidenceItem(ids.at(3))->status, Case::ReviewStatus::Accepted);
        QCOMPARE(wb()->undoStack()->count(), undoBase + 4);
        QVERIFY(board()->acceptAction()->isEnabled());

        // Ctrl+Z twice (the Edit menu's Undo): the last two verdicts go, the first two stay.
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(caseFile()->evidenceItem(ids.at(3))->status, Case::ReviewStatus::Proposed);
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(caseFile()->evidenceItem(ids.at(2))->status, Case::ReviewStatus::Proposed);
        QCOMPARE(caseFile()->evidenceItem(ids.at(1))->status, Case::ReviewStatus::Disputed);
        QCOMPARE(caseFile()->evidenceItem(ids.at(0))->status, Case::ReviewStatus::Accepted);
        QCOMPARE(board()->currentId(), ids.at(3)); // still where the analyst was
        QVERIFY(board()->rejectAction()->isEnabled());
    }
    void edit_inTheInspector_isOneUndoStep()
    {
        const QString id = boardIds().constFirst();
        clickBoardItem(id);
        EvidenceEditor *editor = m_window->inspector()->editor();
        QVERIFY(editor->isVisible());
        QCOMPARE(editor->evidenceId(), id);
        QVERIFY(!editor->saveButton()->isEnabled()); // nothing changed yet
        const Case::Evidence before = *caseFile()->evidenceItem(id);
        QCOMPARE(before.stance, Case::Stance::Supports);

        editor->stanceBox()->setFocus();
        QTest::keyClick(editor->stanceBox(), Qt::Key_Down); // supports -> contradicts
        editor->reliabilityBox()->setFocus();
        QTest::keyClick(editor->reliabilityBox(), Qt::Key_Home); // A
        editor->credibilityBox()->setFocus();
        QTest::keyClick(editor->credibilityBox(), Qt::Key_Home); // 1, confirmed
        QLineEdit *constraint = editor->constraintEdit();
        constraint->setFocus();
        QTest::keyClick(constraint, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(constraint, QStringLiteral("vendor = = NVIDIA"));
        QVERIFY(!editor->saveButton()->isEnabled()); // the funnel could not use it
        QTest::keyClick(constraint, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(constraint, QStringLiteral("vendor = NVIDIA"));
        QVERIFY(editor->saveButton()->isEnabled());
        const int undoBase = wb()->undoStack()->index();
        QTest::mouseClick(editor->saveButton(), Qt::LeftButton);

        const Case::Evidence after = *caseFile()->evidenceItem(id);
        QCOMPARE(after.stance, Case::Stance::Contradicts);
        QCOMPARE(after.constraint, QStringLiteral("vendor = NVIDIA"));
        QCOMPARE(after.reliability, Case::Reliability::A);
        QCOMPARE(after.credibility, Case::Credibility::Confirmed);
        QCOMPARE(wb()->undoStack()->index(), undoBase + 1);
        QCOMPARE(board()->currentId(), id); // moved to the "contradicts" group, still selected
        QVERIFY(wb()->evidenceModel()->indexOf(id).parent().data().toString().contains(
            QStringLiteral("contradicts")));
        QVERIFY(!editor->saveButton()->isEnabled());

        // The workbench refuses what the form would not send, and changes nothing.
        Case::Evidence broken = after;
        broken.constraint = QStringLiteral("vendor = = NVIDIA");
        QVERIFY(!wb()->updateEvidence(broken).has_value());
        QCOMPARE(caseFile()->evidenceItem(id)->constraint, after.constraint);
        QCOMPARE(wb()->undoStack()->index(), undoBase + 1);

        QTest::keyClick(board()->view(), Qt::Key_Z, Qt::ControlModifier);
        const Case::Evidence undone = *caseFile()->evidenceItem(id);
        QCOMPARE(undone.stance, before.stance);
        QCOMPARE(undone.constraint, before.constraint);
        QCOMPARE(undone.reliability, before.reliability);
        QCOMPARE(editor->stanceBox()->currentData().toString(),
            QStringLiteral("supports")); // the form follows
        QCOMPARE(board()->currentId(), id);
    }
    void delete_selectsTheNeighbour_andUndoBringsItBack()
    {
        const QStringList ids = boardIds();
        const qsizetype reviews =
            caseFile()->reviews(ids.at(1)).size() + caseFile()->comments(ids.at(1)).size();
        QVERIFY(wb()->addComment(ids.at(1), QStringLiteral("keep this thread")).has_value());
        clickBoardItem(ids.at(1));
        QTest::mouseClick(boardButton("buttonDeleteEvidence"), Qt::LeftButton);
        QVERIFY(!caseFile()->evidenceItem(ids.at(1)));
        QCOMPARE(board()->currentId(), ids.at(2));
        QCOMPARE(m_window->inspector()->shownEvidence(), ids.at(2));
        QTest::keyClick(board()->view(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(caseFile()->evidenceItem(ids.at(1)));
        // Its thread came back with it.
        QCOMPARE(caseFile()->reviews(ids.at(1)).size() + caseFile()->comments(ids.at(1)).size(),
            reviews + 1);
        QCOMPARE(boardIds().size(), ids.size());

        // The Delete key on the board does the same; typed in the note box it only edits text.
        QTest::keyClicks(board()->noteEdit(), QStringLiteral("x"));
        QTest::keyClick(board()->noteEdit(), Qt::Key_Home);
        QTest::keyClick(board()->noteEdit(), Qt::Key_Delete);
        QVERIFY(board()->noteEdit()->text().isEmpty());
        QCOMPARE(boardIds().size(), ids.size());
        const QString current = board()->currentId();
        board()->view()->setFocus();
        QTest::keyClick(board()->view(), Qt::Key_Delete);
        QVERIFY(!caseFile()->evidenceItem(current));
        QTest::keyClick(board()->view(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(caseFile()->evidenceItem(current));
    }
    void makeEvidence_skipsFindingsAlreadyUsed()
    {
        raiseDock("findingsDock");
        FindingsPanel *panel = m_window->findingsPanel();
        QTableView *table = panel->view();
        const QString used = caseFile()->evidence().constFirst().findingId;
        QString fresh;
        for (const Case::FindingRecord &f : caseFile()->findings())
            if (!wb()->evidenceFindingIds(wb()->currentModelId()).contains(f.id)
                && f.sourceId != m_fixtureId)
                fresh = f.id;
        QVERIFY(!fresh.isEmpty());
        auto proxyIndex = [&](const QString &id) {
            return panel->filter()->mapFromSource(
                wb()->findingsModel()->index(wb()->findingsModel()->rowOf(id), 0));
        };
        const QString modelName = wb()->modelName(wb()->currentModelId());
        QCOMPARE(proxyIndex(used).siblingAtColumn(FindingsModel::EvidenceCol).data().toString(),
            modelName);
        QVERIFY(proxyIndex(fresh)
                .siblingAtColumn(FindingsModel::EvidenceCol)
                .data()
                .toString()
                .isEmpty());

        const qsizetype count = caseFile()->evidence().size();
        clickRow(table, proxyIndex(used));
        QTest::keyClick(table, Qt::Key_E, Qt::ControlModifier);
        QCOMPARE(caseFile()->evidence().size(), count);
        QVERIFY(m_window->statusLabel()->text().contains(QStringLiteral("already")));

        clickRow(table, proxyIndex(fresh), Qt::ControlModifier); // both selected now
        QCOMPARE(panel->selectedIds().size(), 2);
        QTest::keyClick(table, Qt::Key_E, Qt::ControlModifier);
        QCOMPARE(caseFile()->evidence().size(), count + 1);
        QVERIFY(m_window->statusLabel()->text().contains(QStringLiteral("skipped")));
        QCOMPARE(proxyIndex(fresh).siblingAtColumn(FindingsModel::EvidenceCol).data().toString(),
            modelName);
    }
    void navigator_drivesBrowserAndBoard()
    {
        raiseDock("navigatorDock");
        QTreeView *nav = m_window->navigatorView();
        QModelIndex fixture;
        for (const QModelIndex &i : itemsOfKind(nav->model(), QStringLiteral("source")))
            if (i.data(Workbench::IdRole).toString() == m_fixtureId)
                fixture = i;
        QVERIFY(wb()->browsedRepository() != m_fixtureId);
        clickRow(nav, fixture);
        QCOMPARE(wb()->browsedRepository(), m_fixtureId);
        QVERIFY(
            wb()->filesModel()
                ->headerData(0, Qt::Horizontal)
                .toString()
                .contains(QFileInfo(m_fixture.path()).fileName()));
        QVERIFY(!wb()
                ->filesModel()
                ->findItems(QStringLiteral("run.sh (removed)"), Qt::MatchRecursive)
                .isEmpty());

        // The Evidence node lists the items per model; clicking one selects it on the board.
        const QList<QModelIndex> items = itemsOfKind(nav->model(), QStringLiteral("evidenceItem"));
        QCOMPARE(items.size(), caseFile()->evidence().size());
        // The last one made from a signature (whose pack rule the inspector can explain).
        QModelIndex last;
        for (const QModelIndex &i : items)
            if (caseFile()
                    ->finding(
                        caseFile()->evidenceItem(i.data(Workbench::IdRole).toString())->findingId)
                    ->kind
                == u"signature")
                last = i;
        QVERIFY(last.isValid());
        const QString id = last.data(Workbench::IdRole).toString();
        clickBoardItem(
            boardIds().constFirst() == id ? boardIds().constLast() : boardIds().constFirst());
        QVERIFY(board()->currentId() != id);
        raiseDock("navigatorDock");
        clickRow(nav, last);
        QCOMPARE(board()->currentId(), id);
        QCOMPARE(m_window->inspector()->shownEvidence(), id);
        // Made from a finding: its rule is explained next to the review thread.
        const QString rule = caseFile()->finding(caseFile()->evidenceItem(id)->findingId)->ruleId;
        QVERIFY(m_window->inspector()->html().contains(QStringLiteral("Rule ") + rule));
        QVERIFY(!last.siblingAtColumn(1).data().toString().isEmpty()); // stance · review state
    }
    void repositoryBrowser_folderTotals_andLatestRemovedVersion()
    {
        wb()->setHistoryMode(true);
        wb()->setBrowsedRepository(m_fixtureId);
        QStandardItemModel *files = wb()->filesModel();
        const QList<QStandardItem *> scripts = files->findItems(QStringLiteral("scripts"));
        QCOMPARE(scripts.size(), 1);
        int hits = 0;
        for (const Case::FindingRecord &f : caseFile()->findings(m_fixtureId))
            hits += f.locator.path.startsWith(u"scripts/");
        QVERIFY(hits >= 3); // two versions of run.sh, net.sh
        QCOMPARE(scripts.constFirst()->data(Workbench::HitsRole).toInt(), hits);
        QCOMPARE(files->item(scripts.constFirst()->row(), 1)->text(), QString::number(hits));

        // Opening the deleted file shows its last version, not the first one the scan met.
        raiseDock("repositoryDock");
        const QList<QStandardItem *> removed =
            files->findItems(QStringLiteral("run.sh (removed)"), Qt::MatchRecursive);
        QCOMPARE(removed.size(), 1);
        clickRow(m_window->filesView(), removed.constFirst()->index());
        QTest::keyClick(m_window->filesView(), Qt::Key_Return);
        QTRY_VERIFY(!m_window->codeViewer()->isLoading());
        QCOMPARE(m_window->codeViewer()->path(), QStringLiteral("scripts/run.sh"));
        QVERIFY(m_window->codeViewer()->editor()->toPlainText().contains(
            QStringLiteral("second version")));
    }
    void codeHit_clicked_isExplainedInTheInspector()
    {
        // A file of the demo with hits at HEAD on two lines: open it at one, click the other.
        QString first;
        QHash<QString, QSet<int>> lines;
        for (const Case::FindingRecord &f :
            caseFile()->findings(wb()->repositories().constFirst().id)) {
            if (!f.atHead)
                continue;
            QSet<int> &l = lines[f.locator.path];
            l.insert(f.locator.line);
            if (l.size() >= 2 && first.isEmpty())
                first = f.id;
        }
        QVERIFY2(!first.isEmpty(), "the demo needs a file with hits at HEAD on two lines");
        QVERIFY(m_window->openFinding(first));
        QTRY_VERIFY(!m_window->codeViewer()->isLoading());
        QCOMPARE(m_window->inspector()->shownFinding(), first);
        CodeEditor *editor = m_window->codeViewer()->editor();
        const auto &hits = editor->hits();
        // The target: alone on its line (so the click cannot mean another hit), not the open one.
        const auto alone = [&](const CodeHit &h) {
            return std::count_if(hits.cbegin(), hits.cend(), [&](const CodeHit &o) {
                return o.line == h.line;
            }) == 1;
        };
        const int openLine = caseFile()->finding(first)->locator.line;
        const auto it = std::find_if(hits.cbegin(), hits.cend(), [&](const CodeHit &h) {
            return h.line != openLine && alone(h) && !h.findingId.isEmpty()
                && caseFile()->finding(h.findingId)->kind == u"signature";
        });
        QVERIFY(it != hits.cend());
        const QString second = it->findingId;
        // Scroll (without moving the cursor) so that the hit's line is on screen, then click it.
        editor->verticalScrollBar()->setValue(qMax(0, it->line - 3));
        QTextCursor c(editor->document()->findBlockByNumber(it->line - 1));
        c.setPosition(c.position() + it->column + qMax(1, it->length) / 2);
        const QPoint at = editor->cursorRect(c).center();
        QVERIFY2(editor->viewport()->rect().contains(at),
            qPrintable(QStringLiteral("line %1 not on screen").arg(it->line)));
        QTest::mouseClick(editor->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(m_window->inspector()->shownFinding(), second);
        const QString html = m_window->inspector()->html();
        // The pack's rule is explained (heading "Rule <id>", then why, implies, references).
        QVERIFY(html.contains(QStringLiteral("Rule ") + caseFile()->finding(second)->ruleId));
    }
    void closingTheCase_withAnItemSelected_clearsTheBoard()
    {
        const QString id = boardIds().constFirst();
        clickBoardItem(id);
        QCOMPARE(m_window->inspector()->shownEvidence(), id);
        wb()->closeCase(); // the board hears of it while the inspector still knows the old case
        QVERIFY(board()->currentId().isEmpty());
        QVERIFY(!board()->acceptAction()->isEnabled());
        QVERIFY(!boardButton("buttonDeleteEvidence")->isEnabled());
        QVERIFY(m_window->inspector()->shownEvidence().isEmpty());
        QVERIFY(!m_window->inspector()->editor()->isVisible());
    }
};

QTEST_MAIN(TestEvidenceBoard)
#include "tst_evidenceboard.moc"
