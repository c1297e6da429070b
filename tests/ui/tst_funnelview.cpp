#include "funnel/chipcardmodel.h"
#include "funnel/funnelstepmodel.h"
#include "funnel/funnelview.h"
#include "timeline/timelineview.h"

#include <QAbstractItemModelTester>
#include <QBarSet>
#include <QCheckBox>
#include <QCategoryAxis>
#include <QChart>
#include <QDateEdit>
#include <QDateTimeAxis>
#include <QGraphicsSimpleTextItem>
#include <QLineSeries>
#include <QListView>
#include <QSlider>
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
    void keyboard_movesSelectedStep()
    {
        FunnelView view;
        view.setPresentation(sample());
        auto *list = view.findChild<QListView *>(QStringLiteral("funnelSteps"));
        QVERIFY(list);
        QSignalSpy moved(&view, &FunnelView::moveRequested);
        list->setCurrentIndex(view.stepModel()->index(1));
        QTest::keyClick(list, Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(moved.count(), 1);
        QCOMPARE(moved.last().at(0).toInt(), 1);
        QCOMPARE(moved.last().at(1).toInt(), 2);
        QTest::keyClick(list, Qt::Key_Up, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(moved.count(), 2);
        QCOMPARE(moved.last().at(1).toInt(), 0);
        list->setCurrentIndex(view.stepModel()->index(0));
        QTest::keyClick(list, Qt::Key_Up, Qt::AltModifier); // already first: nothing to move
        QCOMPARE(moved.count(), 2);
    }
    void dateSlider_followsDataRange()
    {
        FunnelView view;
        view.setPresentation(sample());
        auto *slider = view.findChild<QSlider *>(QStringLiteral("funnelDateSlider"));
        QVERIFY(slider);
        const QDate from(2019, 3, 1), to(2025, 3, 1);
        view.setDateRange(from, to);
        QCOMPARE(slider->maximum(), int(from.daysTo(to)));
        view.setDate(QDate(2019, 6, 1));
        QCOMPARE(slider->value(), int(from.daysTo(QDate(2019, 6, 1))));
        slider->setValue(10); // as a drag ends
        QCOMPARE(view.presentation().date, from.addDays(10));
        // The editor still takes a day beyond the slider; the slider stays at its end.
        QSignalSpy spy(&view, &FunnelView::dateChanged);
        view.findChild<QDateEdit *>()->setDate(QDate(2018, 1, 2));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(view.presentation().date, QDate(2018, 1, 2));
        QCOMPARE(slider->value(), 0);
    }
    void timeline_capsLanesVisibly()
    {
        TimelinePresentation p;
        const QDateTime t0(QDate(2023, 1, 1), QTime(12, 0), QTimeZone::UTC);
        for (int i = 0; i < 50; ++i) {
            TimelineSpan s{QStringLiteral("finding %1").arg(i), t0.addDays(i), {}, {}};
            s.relevance = 10;
            p.spans.append(s);
        }
        p.spans[45].end = t0.addDays(300); // a removed, strong finding late in the list
        p.spans[45].relevance = 25;
        TimelineSpan e{QStringLiteral("evidence quote"), t0, {}, {}, SpanTone::Accepted, true};
        e.relevance = 1000;
        p.spans.prepend(e);
        p.undated = 2;
        TimelineView view;
        view.setPresentation(p);
        QCOMPARE(view.shownSpans().size(), TimelineView::kMaxLanes);
        QCOMPARE(view.shownSpans().first().label, QStringLiteral("evidence quote"));
        bool keptRemoved = false;
        for (const TimelineSpan &s : view.shownSpans())
            keptRemoved |= s.label == QStringLiteral("finding 45");
        QVERIFY(keptRemoved);
        QVERIFY2(view.note().contains(QStringLiteral("11 more")), qPrintable(view.note()));
        QVERIFY(view.note().contains(QStringLiteral("2 evidence")));
        // Every shown lane is named on the axis, the evidence at the top.
        auto *lanes = qobject_cast<QCategoryAxis *>(view.chart()->axes(Qt::Vertical).value(0));
        QVERIFY(lanes);
        QCOMPARE(lanes->categoriesLabels().size(), TimelineView::kMaxLanes);
        QCOMPARE(lanes->endValue(QStringLiteral("evidence quote")), qreal(TimelineView::kMaxLanes - 1));
        p.spans.resize(5);
        p.undated = 0;
        view.setPresentation(p);
        QVERIFY(view.note().isEmpty());
    }
    void timeline_labelsRulesAndFollowsCursor()
    {
        TimelinePresentation p;
        auto at = [](int y, int m, int d) { return QDateTime(QDate(y, m, d), QTime(12, 0), QTimeZone::UTC); };
        p.spans = {{QStringLiteral("claim"), at(2023, 5, 1), at(2024, 1, 16), {}}};
        p.markers = {{at(2023, 11, 17), QStringLiteral("ECCN 3A090 as revised"), MarkerKind::ExportRule, QStringLiteral("3a090-2023")},
                     {at(2023, 11, 20), QStringLiteral("Corrections notice"), MarkerKind::ExportRule, QStringLiteral("notice")}};
        TimelineView view;
        view.resize(900, 400);
        view.setPresentation(p);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QStringList labels = view.markerLabels();
        QCOMPARE(labels.size(), 2);
        QVERIFY(labels.at(0).contains(QStringLiteral("ECCN 3A090 as revised")));
        QVERIFY(labels.at(0).contains(QStringLiteral("2023-11-17")));
        QVERIFY(labels.at(1).contains(QStringLiteral("Corrections notice")));
        // Three days apart, the two labels are stacked, not drawn over each other.
        const QList<QGraphicsSimpleTextItem *> &items = view.markerLabelItems();
        QVERIFY(!items.at(0)->sceneBoundingRect().intersects(items.at(1)->sceneBoundingRect()));
        // ...and sit above the plot, never over a lane.
        QTRY_VERIFY(items.at(0)->sceneBoundingRect().bottom() <= view.chart()->mapToScene(view.chart()->plotArea()).boundingRect().top()
                    && items.at(1)->sceneBoundingRect().bottom() <= view.chart()->mapToScene(view.chart()->plotArea()).boundingRect().top());
        // The families are told apart by their pens.
        QPen pens[2];
        for (QAbstractSeries *series : view.chart()->series())
            for (int i = 0; i < 2; ++i)
                if (series->name() == p.markers.at(i).label)
                    pens[i] = static_cast<QLineSeries *>(series)->pen();
        QVERIFY(pens[0] != pens[1]);
        // The cursor: a vertical line at the funnel's date, also beyond the data's range.
        for (const QDate &d : {QDate(2023, 9, 1), QDate(2025, 6, 30)}) {
            view.setCursorDate(d);
            const QList<QPointF> points = view.cursorSeries()->points();
            QCOMPARE(points.size(), 2);
            QCOMPARE(points.first().x(), qreal(at(d.year(), d.month(), d.day()).toMSecsSinceEpoch()));
            QCOMPARE(points.first().x(), points.last().x());
        }
        const auto *axis = qobject_cast<QDateTimeAxis *>(view.chart()->axes(Qt::Horizontal).first());
        QVERIFY(axis->max() > at(2025, 6, 30));
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
        QCOMPARE(view.chart()->series().size(), 4); // two lanes, one rule, the funnel-date cursor
        view.setPresentation({});
        QCOMPARE(view.chart()->series().size(), 0);
    }
};

QTEST_MAIN(TestFunnelView)
#include "tst_funnelview.moc"
