#include "funnel/chipcardmodel.h"
#include "funnel/funnelstepmodel.h"
#include "funnel/funnelview.h"
#include "timeline/timelineview.h"

#include <QAbstractItemModelTester>
#include <QBarSet>
#include <QCheckBox>
#include <QChart>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

using namespace ChipTrace::Ui;

// Three steps over five chips: step 0 removes two, step 1 is a conflict (removes none),
// step 2 removes one more; two remain.
static FunnelPresentation sample()
{
    FunnelPresentation p;
    p.modelName = QStringLiteral("TinyLM-7B");
    p.date = QDate(2023, 9, 1);
    p.steps = {{QStringLiteral("e1"), QStringLiteral("NCCL backend"), QStringLiteral("vendor = NVIDIA"), QStringLiteral("strong"), StepState::Applied, true, 5, 3},
               {QStringLiteral("e2"), QStringLiteral("Ascend claim"), QStringLiteral("vendor = Huawei"), QStringLiteral("strong"), StepState::Conflict, true, 3, 3, QStringLiteral("contradicts step 1")},
               {QStringLiteral("e3"), QStringLiteral("InfiniBand"), QStringLiteral("segment != consumer"), QStringLiteral("strong"), StepState::Applied, true, 3, 2}};
    p.chips = {{QStringLiteral("mi300x"), QStringLiteral("MI300X"), QStringLiteral("AMD"), 0, QStringLiteral("NCCL is NVIDIA-only")},
               {QStringLiteral("910b"), QStringLiteral("Ascend 910B"), QStringLiteral("Huawei"), 0, QStringLiteral("NCCL is NVIDIA-only")},
               {QStringLiteral("4090"), QStringLiteral("RTX 4090"), QStringLiteral("NVIDIA"), 2, QStringLiteral("consumer part")},
               {QStringLiteral("h800"), QStringLiteral("H800"), QStringLiteral("NVIDIA"), -1, {}, ExportState::NotControlled, QStringLiteral("not 3A090 in 2023-09")},
               {QStringLiteral("h100"), QStringLiteral("H100"), QStringLiteral("NVIDIA"), -1, {}, ExportState::Controlled, QStringLiteral("3A090.a")}};
    return p;
}

class TestFunnelView : public QObject
{
    Q_OBJECT
private slots:
    void models_passModelTester()
    {
        FunnelStepModel steps;
        ChipCardModel cards;
        QAbstractItemModelTester t1(&steps, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&cards, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const FunnelPresentation p = sample();
        steps.setSteps(p.steps);
        cards.setChips(p.chips, int(p.steps.size()));
        cards.setCurrentStep(2);
        steps.setCurrentStep(2);
        QCOMPARE(steps.rowCount(), 3);
        QCOMPARE(cards.rowCount(), 5);
    }
    void stepping_greysOutEliminatedCards()
    {
        FunnelView view;
        view.setPresentation(sample());
        QCOMPARE(view.currentStep(), 3); // a fresh funnel shows its outcome
        QCOMPARE(view.cardModel()->remaining(), 2);
        view.setCurrentStep(0);
        QCOMPARE(view.cardModel()->remaining(), 5);
        QSignalSpy spy(&view, &FunnelView::currentStepChanged);
        view.stepForward();
        QCOMPARE(spy.count(), 1);
        QCOMPARE(view.cardModel()->remaining(), 3);
        const QModelIndex amd = view.cardModel()->index(0);
        QVERIFY(amd.data(ChipCardModel::EliminatedRole).toBool());
        QVERIFY(amd.data(Qt::ToolTipRole).toString().contains(QStringLiteral("NCCL is NVIDIA-only")));
        QVERIFY(!view.cardModel()->index(2).data(ChipCardModel::EliminatedRole).toBool()); // 4090 still in
        view.stepForward();
        view.stepForward();
        QVERIFY(view.cardModel()->index(2).data(ChipCardModel::EliminatedRole).toBool());
        view.stepBack();
        QCOMPARE(view.currentStep(), 2);
    }
    void chart_showsRemainingAfterEachStep()
    {
        FunnelView view;
        view.setPresentation(sample());
        QBarSet *bars = view.barSet();
        QCOMPARE(bars->count(), 4);
        QCOMPARE(bars->at(0), 5.0);
        QCOMPARE(bars->at(1), 3.0);
        QCOMPARE(bars->at(2), 3.0); // the conflict removed nothing
        QCOMPARE(bars->at(3), 2.0);
        QVERIFY(bars->isBarSelected(3));
    }
    void replay_walksEveryStep()
    {
        FunnelView view;
        view.setPresentation(sample());
        view.replay();
        QCOMPARE(view.currentStep(), 0);
        QVERIFY(view.isReplaying());
        QTRY_COMPARE_WITH_TIMEOUT(view.currentStep(), 3, 10000);
        QTRY_VERIFY(!view.isReplaying());
    }
    void conflicts_areFlagged()
    {
        FunnelView view;
        view.setPresentation(sample());
        const QModelIndex conflict = view.stepModel()->index(1);
        QCOMPARE(conflict.data(FunnelStepModel::StateRole).toInt(), int(StepState::Conflict));
        QVERIFY(conflict.data(Qt::ToolTipRole).toString().contains(QStringLiteral("conflict")));
        QVERIFY(conflict.data(Qt::ToolTipRole).toString().contains(QStringLiteral("contradicts step 1")));
    }
    void unreadableConstraint_isFlagged()
    {
        FunnelPresentation p = sample();
        p.steps[2].state = StepState::Invalid;
        p.steps[2].note = QStringLiteral("unknown property 'segmnt'");
        FunnelView view;
        view.setPresentation(p);
        const QModelIndex bad = view.stepModel()->index(2);
        QVERIFY(bad.data(Qt::ToolTipRole).toString().contains(QStringLiteral("cannot be read")));
        QVERIFY(bad.data(Qt::ToolTipRole).toString().contains(QStringLiteral("unknown property")));
        QVERIFY(!bad.data(Qt::DecorationRole).isNull());
        QVERIFY(view.stepModel()->index(0).data(Qt::DecorationRole).isNull());
    }
    void reviewedOnly_isSignalledOnlyWhenClicked()
    {
        FunnelView view;
        auto *box = view.findChild<QCheckBox *>(QStringLiteral("funnelReviewedOnly"));
        QVERIFY(box);
        QSignalSpy spy(&view, &FunnelView::reviewedOnlyChanged);
        view.setReviewedOnly(true); // the controller reflecting its state: no echo
        QVERIFY(box->isChecked());
        QCOMPARE(spy.count(), 0);
        box->click();
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.first().first().toBool(), false);
        QVERIFY(!view.reviewedOnly());
    }
    void edits_areReportedNotApplied()
    {
        FunnelView view;
        view.setPresentation(sample());
        QSignalSpy moved(&view, &FunnelView::moveRequested);
        QSignalSpy enabled(&view, &FunnelView::enableRequested);
        FunnelStepModel *m = view.stepModel();
        QVERIFY(m->setData(m->index(1), Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(enabled.count(), 1);
        QCOMPARE(enabled.first().at(0).toInt(), 1);
        QCOMPARE(enabled.first().at(1).toBool(), false);
        std::unique_ptr<QMimeData> drag(m->mimeData({m->index(2)}));
        m->dropMimeData(drag.get(), Qt::MoveAction, 0, 0, {});
        QCOMPARE(moved.count(), 1);
        QCOMPARE(moved.first().at(0).toInt(), 2);
        QCOMPARE(moved.first().at(1).toInt(), 0);
    }
    void date_changeIsSignalled()
    {
        FunnelView view;
        view.setPresentation(sample());
        QSignalSpy spy(&view, &FunnelView::dateChanged);
        view.setDate(QDate(2023, 11, 17));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.first().first().toDate(), QDate(2023, 11, 17));
        view.setDate(QDate(2023, 11, 17));
        QCOMPARE(spy.count(), 1);
    }
    void timeline_drawsSpansAndMarkers()
    {
        TimelineView view;
        TimelinePresentation p;
        p.spans = {{QStringLiteral("claim — README.md"), QDateTime(QDate(2023, 11, 20), QTime(), QTimeZone::UTC),
                    QDateTime(QDate(2024, 1, 16), QTime(), QTimeZone::UTC), QStringLiteral("removed")},
                   {QStringLiteral("nccl — train.py"), QDateTime(QDate(2023, 4, 11), QTime(), QTimeZone::UTC), {}, {}}};
        p.markers = {{QDateTime(QDate(2023, 11, 17), QTime(), QTimeZone::UTC), QStringLiteral("3A090 revised"), MarkerKind::ExportRule}};
        view.setPresentation(p);
        QCOMPARE(view.chart()->series().size(), 3);
        view.setPresentation({});
        QCOMPARE(view.chart()->series().size(), 0);
    }
};

QTEST_MAIN(TestFunnelView)
#include "tst_funnelview.moc"
