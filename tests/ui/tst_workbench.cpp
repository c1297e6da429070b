// SPDX-License-Identifier: GPL-3.0-or-later
// The workbench's main flows, driven as an analyst would on the demo case: open it, scan,
// open a hit in the viewer, make it evidence, undo, step the funnel, move the date, review.
// Each slot also passes alone (`tst_workbench <slot>`): it first reaches the state the earlier
// slots leave behind, through those same slots (reach()).

#include "casefile/casefile.h"
#include "codeview/codeeditor.h"
#include "codeview/codeviewer.h"
#include "evidence/evidencepanel.h"
#include "funnel/chipcardmodel.h"
#include "funnel/funnelstepmodel.h"
#include "funnel/funnelview.h"
#include "mainwindow/findingspanel.h"
#include "mainwindow/jobrunner.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/workbench.h"
#include "models/evidencemodel.h"
#include "models/findingsmodel.h"
#include "review/inspectorpanel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QSettings>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTreeView>
#include <QUndoStack>
#include <QUrl>

#include <memory>

using namespace ChipTrace;
using namespace ChipTrace::Ui;

class TestWorkbench : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<MainWindow> m_window;
    QList<std::shared_ptr<QAbstractItemModelTester>> m_testers;

    Workbench *wb() const { return m_window->workbench(); }

    // The id of the first finding matching `pred`, or empty.
    template<typename Pred>
    QString findingWhere(Pred pred) const
    {
        for (const Case::FindingRecord &f : wb()->findingsModel()->findings())
            if (pred(f))
                return f.id;
        return {};
    }

    // The stages the flows build on, in order; reach() runs the earlier slots that are missing.
    enum class Stage {
        Opened,
        Scanned,
        Evidence,
        FunnelEvidence
    };
    void reach(Stage stage)
    {
        if (!wb()->hasCase())
            openDemo_createsRepositoryAndCase();
        if (stage >= Stage::Scanned && !QTest::currentTestFailed()
            && wb()->caseFile()->findings().isEmpty())
            scan_findsCurrentAndRemovedEvidence();
        if (stage >= Stage::Evidence && !QTest::currentTestFailed()
            && wb()->caseFile()->evidence().isEmpty())
            makeEvidence_thenUndoRedo();
        if (stage >= Stage::FunnelEvidence && !QTest::currentTestFailed()
            && wb()->caseFile()->evidence().size() < 2)
            funnel_stepsNarrowTheCandidates();
    }
#define REACH(stage)                                                                               \
    do {                                                                                           \
        reach(stage);                                                                              \
        if (QTest::currentTestFailed())                                                            \
            return;                                                                                \
    } while (false)

private slots:
    void initTestCase()
    {
        Test::initWorkbenchTest(QStringLiteral("tst_workbench"));
        QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
            + QStringLiteral("/chiptrace/repositories"))
            .removeRecursively(); // test-mode folder: clones from an earlier run
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        for (QAbstractItemModel *m : std::initializer_list<QAbstractItemModel *>{
                 wb()->findingsModel(), wb()->evidenceModel(), wb()->navigatorModel(),
                 wb()->filesModel(), m_window->findingsPanel()->filter()})
            m_testers << std::make_shared<QAbstractItemModelTester>(
                m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    }
    void cleanupTestCase()
    {
        m_testers.clear();
        m_window.reset();
    }

    void openDemo_createsRepositoryAndCase()
    {
        QVERIFY(m_window->openDemo());
        QVERIFY(wb()->hasCase());
        QVERIFY(wb()->caseFile()->info().title.contains(QStringLiteral("TinyLM")));
        QCOMPARE(wb()->repositories().size(), 1);
        const QString repo = wb()->repositoryPath(wb()->repositories().constFirst().id);
        QVERIFY(QFileInfo::exists(repo + QStringLiteral("/.git")));
        QVERIFY(!wb()->currentModelId().isEmpty());
        QVERIFY(m_window->windowTitle().contains(QStringLiteral("TinyLM")));
        QVERIFY(m_window->inspector()->html().contains(QStringLiteral("NCCL"))); // the walkthrough
        QVERIFY(wb()->filesModel()->rowCount() > 0);
        QCOMPARE(wb()->findingsModel()->rowCount(), 0);
    }
    void scan_findsCurrentAndRemovedEvidence()
    {
        REACH(Stage::Opened);
        // Early findings show as pending rows while the scan runs, then the import replaces them.
        int mostPending = 0;
        const QMetaObject::Connection watch =
            connect(wb(), &Workbench::findingsStreamed, this, [&](int pending) {
                mostPending = std::max(mostPending, pending);
                QVERIFY(wb()->findingsModel()->isPending(wb()->findingsModel()->rowCount() - 1));
                QVERIFY(m_window->jobs()->isBusy());
            });
        m_window->scanRepositories();
        QVERIFY(m_window->jobs()->isBusy() || wb()->findingsModel()->rowCount() > 0);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->jobs()->isBusy(), 120000);
        disconnect(watch);
        QVERIFY(mostPending > 0);
        QCOMPARE(wb()->findingsModel()->pendingCount(), 0);
        QVERIFY(wb()->findingsModel()->rowCount() > 0);
        // Every row is a finding of the case now.
        for (const Case::FindingRecord &f : wb()->findingsModel()->findings())
            QVERIFY(wb()->caseFile()->finding(f.id).has_value());
        // NCCL in train.py is still there; the InfiniBand settings were deleted after the release.
        QVERIFY(!findingWhere([](const Case::FindingRecord &f) {
            return f.atHead && f.locator.path == u"train.py" && f.text.contains(u"nccl");
        }).isEmpty());
        QVERIFY(!findingWhere([](const Case::FindingRecord &f) {
            return !f.atHead && f.text.contains(u"NCCL_IB_HCA");
        }).isEmpty());
        QVERIFY(!findingWhere([](const Case::FindingRecord &f) {
            return f.kind == u"claim" && !f.atHead;
        }).isEmpty());
        // The undo stack holds the import as one step.
        QCOMPARE(wb()->undoStack()->count(), 1);
    }
    void repositoryBrowser_showsRemovedFilesInHistoryMode()
    {
        REACH(Stage::Scanned);
        auto contains = [this](const QString &needle) {
            return !wb()->filesModel()
                        ->findItems(needle, Qt::MatchContains | Qt::MatchRecursive)
                        .isEmpty();
        };
        wb()->setHistoryMode(true);
        QVERIFY(contains(QStringLiteral("cluster.yaml (removed)")));
        wb()->setHistoryMode(false);
        QVERIFY(!contains(QStringLiteral("cluster.yaml")));
        QVERIFY(contains(QStringLiteral("train.py")));
        wb()->setHistoryMode(true);
    }
    void openHit_showsHistoricalVersionAtTheHit()
    {
        REACH(Stage::Scanned);
        const QString id = findingWhere([](const Case::FindingRecord &f) {
            return !f.atHead && f.text.contains(u"NCCL_IB_HCA")
                && f.locator.path == u"scripts/launch.sh";
        });
        QVERIFY(!id.isEmpty());
        QVERIFY(m_window->openFinding(id));
        CodeViewer *code = m_window->codeViewer();
        QTRY_VERIFY(!code->isLoading()); // read off the GUI thread
        QCOMPARE(code->path(), QStringLiteral("scripts/launch.sh"));
        QVERIFY(
            code->editor()->toPlainText().contains(QStringLiteral("NCCL_IB_HCA"))); // the old blob
        QVERIFY(code->editor()->currentHit() >= 0);
        const CodeHit &hit = code->editor()->hits().at(size_t(code->editor()->currentHit()));
        QVERIFY(hit.removed);
        QVERIFY(
            code->editor()->textCursor().block().text().contains(QStringLiteral("NCCL_IB_HCA")));
        QVERIFY(!hitTooltip(hit).isEmpty());
    }
    void makeEvidence_thenUndoRedo()
    {
        REACH(Stage::Scanned);
        const QString id = findingWhere([](const Case::FindingRecord &f) {
            return f.atHead && f.text.contains(u"nccl") && !f.implies.isEmpty();
        });
        QVERIFY(!id.isEmpty());
        m_window->findingsPanel()->selectId(id);
        QCOMPARE(m_window->findingsPanel()->selectedIds(), QStringList{id});
        const int before = wb()->undoStack()->count();
        m_window->makeSelectedEvidence();
        QCOMPARE(wb()->evidenceModel()->itemCount(), 1);
        QCOMPARE(wb()->undoStack()->count(), before + 1);
        wb()->undoStack()->undo();
        QCOMPARE(wb()->evidenceModel()->itemCount(), 0);
        QCOMPARE(wb()->caseFile()->evidence().size(), 0);
        wb()->undoStack()->redo();
        QCOMPARE(wb()->evidenceModel()->itemCount(), 1);
        QCOMPARE(wb()->caseFile()->evidence().constFirst().findingId, id);
    }
    void funnel_stepsNarrowTheCandidates()
    {
        REACH(Stage::Evidence);
        // Add every strong or proof signature with a constraint as evidence, in one action.
        const QString first = wb()->caseFile()->evidence().constFirst().findingId;
        QStringList ids;
        for (const Case::FindingRecord &f : wb()->findingsModel()->findings())
            if (!f.implies.isEmpty() && f.kind == u"signature" && f.strength != u"hint"
                && f.id != first)
                ids << f.id;
        QVERIFY(ids.size() >= 2);
        QVERIFY(wb()->makeEvidence(ids).has_value());
        FunnelView *funnel = m_window->funnelView();
        const int steps = int(funnel->presentation().steps.size());
        QCOMPARE(steps, int(ids.size()) + 1);
        QCOMPARE(funnel->currentStep(), steps);
        const int catalog = int(funnel->presentation().chips.size());
        const int remaining = funnel->cardModel()->remaining();
        QVERIFY(remaining > 0);
        QVERIFY(remaining < catalog / 4);
        // Stepping through never brings a chip back, and the first step (a hint) only ranks.
        funnel->setCurrentStep(0);
        QCOMPARE(funnel->cardModel()->remaining(), catalog);
        int previous = catalog;
        for (int i = 0; i < steps; ++i) {
            funnel->stepForward();
            QVERIFY(funnel->cardModel()->remaining() <= previous);
            previous = funnel->cardModel()->remaining();
        }
        QCOMPARE(previous, remaining);
        // What remains is NVIDIA: the CUDA build evidence excludes every other vendor.
        for (int r = 0; r < funnel->cardModel()->rowCount(); ++r) {
            const QModelIndex i = funnel->cardModel()->index(r);
            if (!i.data(ChipCardModel::EliminatedRole).toBool()
                && !i.data(ChipCardModel::ToggleRole).toBool())
                QCOMPARE(i.data(ChipCardModel::VendorRole).toString(), QStringLiteral("NVIDIA"));
        }
        // Disabling a step is reported and re-runs the funnel without it.
        funnel->stepModel()->setData(
            funnel->stepModel()->index(steps - 1), Qt::Unchecked, Qt::CheckStateRole);
        QCOMPARE(funnel->presentation().steps.at(steps - 1).enabled, false);
        QVERIFY(funnel->cardModel()->remaining() >= remaining);
        funnel->stepModel()->setData(
            funnel->stepModel()->index(steps - 1), Qt::Checked, Qt::CheckStateRole);
        QCOMPARE(funnel->cardModel()->remaining(), remaining);
    }
    void funnel_dateChangesExportStatus()
    {
        REACH(Stage::FunnelEvidence);
        FunnelView *funnel = m_window->funnelView();
        auto states = [funnel] {
            QStringList s;
            for (const ChipCardInfo &c : funnel->presentation().chips)
                if (c.eliminatedAtStep < 0)
                    s << c.id + u'=' + QString::number(int(c.exportState));
            return s;
        };
        funnel->setDate(QDate(2022, 1, 1)); // before the first 3A090 rule
        const QStringList early = states();
        funnel->setDate(QDate(2024, 6, 1));
        const QStringList late = states();
        QCOMPARE(early.size(), late.size());
        QVERIFY(early != late);
        for (const ChipCardInfo &c : funnel->presentation().chips)
            if (c.eliminatedAtStep < 0)
                QVERIFY(c.exportState != ControlStatus::Unknown);
    }
    void review_acceptDisputeAndComment()
    {
        REACH(Stage::Evidence);
        EvidencePanel *board = m_window->evidencePanel();
        const QString id = wb()->caseFile()->evidence().constFirst().id;
        board->selectId(id);
        QCOMPARE(board->currentId(), id);
        wb()->caseFile()->setActor(QStringLiteral("second-reviewer"));
        QVERIFY(wb()->review(id, Case::Verdict::Accept).has_value());
        QCOMPARE(wb()->caseFile()->evidenceItem(id)->status, Case::ReviewStatus::Accepted);
        QVERIFY(wb()->addComment(id, QStringLiteral("Checked against the v1.0 tag.")).has_value());
        m_window->inspector()->showEvidence(id);
        QVERIFY(m_window->inspector()->html().contains(QStringLiteral("second-reviewer")));
        QVERIFY(m_window->inspector()->html().contains(
            QStringLiteral("Checked against the v1.0 tag.")));
        QVERIFY(
            wb()->review(id, Case::Verdict::Dispute, QStringLiteral("could be a stale config"))
                .has_value());
        QCOMPARE(wb()->caseFile()->evidenceItem(id)->status, Case::ReviewStatus::Disputed);
        wb()->undoStack()->undo();
        QCOMPARE(wb()->caseFile()->evidenceItem(id)->status, Case::ReviewStatus::Accepted);
    }
    void scan_clonesARemoteRepositoryFirst()
    {
        REACH(Stage::Scanned);
        // A URL (here file://, the same code path as https://) is cloned into the repository
        // store in the background, then scanned; the local demo repository is scanned again
        // and adds nothing.
        const QString demo = wb()->repositoryPath(wb()->repositories().constFirst().id);
        QVERIFY(wb()->addRepository(QUrl::fromLocalFile(demo).toString()).has_value());
        QCOMPARE(wb()->repositories().size(), 2);
        const QString remote = wb()->repositories().at(1).id;
        QVERIFY(wb()->repositoryPath(remote).isEmpty());
        const qsizetype before = wb()->caseFile()->findings().size();
        m_window->scanRepositories();
        QTRY_VERIFY_WITH_TIMEOUT(!wb()->repositoryPath(remote).isEmpty(), 120000);
        QTRY_COMPARE_WITH_TIMEOUT(wb()->caseFile()->findings(remote).size(), before, 120000);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->jobs()->isBusy(), 120000);
        QCOMPARE(wb()->caseFile()->findings().size(), 2 * before);
    }
    void session_reopensTheHitLeftOpen()
    {
        REACH(Stage::Scanned);
        const QString id = findingWhere(
            [](const Case::FindingRecord &f) { return f.atHead && f.locator.path == u"train.py"; });
        QVERIFY(!id.isEmpty());
        QVERIFY(m_window->openFinding(id));
        QTRY_VERIFY(!m_window->codeViewer()->isLoading());
        const QString path = wb()->caseFile()->path();
        m_window->codeViewer()->clear();
        QVERIFY(m_window->openCaseFile(path));
        QTRY_VERIFY(!m_window->codeViewer()->isLoading());
        QCOMPARE(m_window->codeViewer()->path(), QStringLiteral("train.py"));
        QVERIFY(m_window->codeViewer()->editor()->currentHit() >= 0);
    }
    void layout_isRememberedWithDocks()
    {
        REACH(Stage::Opened);
        const QString openCase = QFileInfo(wb()->caseFile()->path()).absoluteFilePath();
        QVERIFY(m_window->openCaseFile(openCase)); // a case the user opens is remembered
        const QStringList docks{QStringLiteral("navigatorDock"), QStringLiteral("repositoryDock"),
            QStringLiteral("findingsDock"), QStringLiteral("evidenceDock"),
            QStringLiteral("timelineDock"), QStringLiteral("inspectorDock")};
        for (const QString &name : docks)
            QVERIFY2(m_window->findChild<QDockWidget *>(name), qPrintable(name));
        m_window->findChild<QDockWidget *>(QStringLiteral("timelineDock"))->hide();
        m_window->close();
        MainWindow again;
        QVERIFY(again.findChild<QDockWidget *>(QStringLiteral("timelineDock"))->isHidden());
        // View › Reset Layout brings back the panels as shipped.
        auto *reset = again.findChild<QAction *>(QStringLiteral("actionResetLayout"));
        QVERIFY(reset);
        reset->trigger();
        QVERIFY(!again.findChild<QDockWidget *>(QStringLiteral("timelineDock"))->isHidden());
        // The case opened above is the most recent one.
        QVERIFY(!Workbench::recentCases().isEmpty());
        QCOMPARE(Workbench::recentCases().constFirst(), openCase);
    }
};

QTEST_MAIN(TestWorkbench)
#include "tst_workbench.moc"
