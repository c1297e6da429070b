// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/catalog.h"
#include "funnel/chipcardmodel.h"
#include "funnel/funnelstepmodel.h"
#include "funnel/funnelview.h"
#include "funnel/hypothesismatrixmodel.h"
#include "timeline/timelineview.h"

#include <QAbstractItemModelTester>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCheckBox>
#include <QDateEdit>
#include <QDateTimeAxis>
#include <QGraphicsSimpleTextItem>
#include <QLabel>
#include <QLineSeries>
#include <QListView>
#include <QMimeData>
#include <QSignalSpy>
#include <QSlider>
#include <QTest>

using namespace ChipTrace::Ui;
using ChipTrace::ControlStatus;

// Three steps over five chips: step 0 removes two, step 1 is a conflict (removes none),
// step 2 removes one more; two remain.
static FunnelPresentation sample()
{
    FunnelPresentation p;
    p.modelName = QStringLiteral("TinyLM-7B");
    p.date = QDate(2023, 9, 1);
    p.steps = {
        {QStringLiteral("e1"), QStringLiteral("NCCL backend"), QStringLiteral("vendor = NVIDIA"),
            QStringLiteral("strong"), StepState::Applied, true, 5, 3},
        {QStringLiteral("e2"), QStringLiteral("Ascend claim"), QStringLiteral("vendor = Huawei"),
            QStringLiteral("strong"), StepState::Conflict, true, 3, 3,
            QStringLiteral("contradicts step 1")},
        {QStringLiteral("e3"), QStringLiteral("InfiniBand"), QStringLiteral("segment != consumer"),
            QStringLiteral("strong"), StepState::Applied, true, 3, 2}};
    p.chips = {{QStringLiteral("mi300x"), QStringLiteral("MI300X"), QStringLiteral("AMD"), 0,
                   QStringLiteral("NCCL is NVIDIA-only")},
        {QStringLiteral("910b"), QStringLiteral("Ascend 910B"), QStringLiteral("Huawei"), 0,
            QStringLiteral("NCCL is NVIDIA-only")},
        {QStringLiteral("4090"), QStringLiteral("RTX 4090"), QStringLiteral("NVIDIA"), 2,
            QStringLiteral("consumer part")},
        {QStringLiteral("h800"), QStringLiteral("H800"), QStringLiteral("NVIDIA"), -1, {},
            ControlStatus::NotControlled, QStringLiteral("not 3A090 in 2023-09")},
        {QStringLiteral("h100"), QStringLiteral("H100"), QStringLiteral("NVIDIA"), -1, {},
            ControlStatus::Controlled, QStringLiteral("3A090.a")}};
    return p;
}

// The story: a catalog of 53, NCCL narrows to 20, a hint ranks, a second NCCL item repeats the
// first, bf16 narrows to 9, a conflict, a step that eliminates nothing.
static FunnelPresentation story()
{
    FunnelPresentation p;
    p.date = QDate(2023, 10, 31);
    p.destination = QStringLiteral("CN");
    auto step = [](const char *key, const char *constraint, StepState state, int before,
                    int after) {
        FunnelStepInfo s{QString::fromLatin1(key), QStringLiteral("train.py:%1").arg(before),
            QString::fromLatin1(constraint), QStringLiteral("strong"), state, true, before, after};
        s.title = QStringLiteral("rule for %1").arg(QString::fromLatin1(key));
        return s;
    };
    p.steps = {step("nccl", "vendor = NVIDIA", StepState::Applied, 53, 20),
        step("hint", "segment = datacenter", StepState::Ranked, 20, 20),
        step("nccl2", "vendor  =  nvidia", StepState::Applied, 20, 20),
        step("bf16", "bf16", StepState::Applied, 20, 9),
        step("npu", "vendor = Huawei", StepState::Conflict, 9, 9),
        step("ib", "gpudirect_rdma", StepState::Applied, 9, 9)};
    for (int i = 0; i < 53; ++i) {
        ChipCardInfo c{QStringLiteral("c%1").arg(i), QStringLiteral("Chip %1").arg(i),
            QStringLiteral("V"),
            i < 33       ? 0
                : i < 44 ? 3
                         : -1};
        c.exportState = i % 2 ? ControlStatus::Controlled : ControlStatus::NotControlled;
        p.chips << c;
    }
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
        HypothesisMatrixModel matrix;
        QAbstractItemModelTester t1(&steps, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&cards, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t3(
            &matrix, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const FunnelPresentation p = sample();
        steps.setSteps(p.steps);
        cards.setChips(p.chips, int(p.steps.size()));
        cards.setCurrentStep(2);
        steps.setCurrentStep(2);
        QCOMPARE(steps.rowCount(), 3);
        QCOMPARE(cards.rowCount(), 4); // three survivors, then "2 eliminated"
        cards.setEliminatedShown(true);
        QCOMPARE(cards.rowCount(), 6);
        cards.setCurrentStep(0);
        QCOMPARE(cards.rowCount(), 5); // nothing eliminated yet: no toggle
        HypothesisMatrix m;
        m.hypotheses = {QStringLiteral("NVIDIA Hopper"), QStringLiteral("Huawei Ascend")};
        m.evidence = {QStringLiteral("NCCL"), QStringLiteral("NPU guide")};
        m.evidenceIds = {QStringLiteral("e1"), QStringLiteral("e2")};
        m.cells = {{Consistency::Consistent, Consistency::Inconsistent},
            {Consistency::Neutral, Consistency::Consistent}};
        m.inconsistency = {0.0, 2.0};
        matrix.setMatrix(m);
        QCOMPARE(matrix.rowCount(), 2);
        QCOMPARE(matrix.columnCount(), 2);
        QCOMPARE(matrix.index(0, 1).data().toString(), QStringLiteral("I"));
        QCOMPARE(matrix.index(1, 0).data().toString(), QStringLiteral("–"));
        QCOMPARE(matrix.index(1, 1).data(HypothesisMatrixModel::EvidenceIdRole).toString(),
            QStringLiteral("e2"));
        QVERIFY(matrix.headerData(1, Qt::Horizontal, Qt::DisplayRole)
                .toString()
                .contains(QStringLiteral("I = 2.0")));
    }
    // Issue 19.1: measured with one font and drawn bold, "GeForce RTX 4090 D" became "GeForce RTX
    // 4090", another chip. Every catalog name, at the card's size and bold, is drawn whole or
    // elided with a visible ellipsis that keeps its end, and never as another chip's name.
    void cardName_neverReadsAsAnotherChip()
    {
        const QList<ChipTrace::Catalog::Accelerator> &catalog =
            ChipTrace::Catalog::Catalog::builtin().all();
        QVERIFY(catalog.size() > 40);
        QStringList names;
        for (const auto &chip : catalog)
            names << chip.name;
        QListView list;
        auto *delegate = new ChipCardDelegate(&list);
        QStyleOptionViewItem option;
        option.initFrom(&list);
        const int cardWidth = delegate->sizeHint(option, {}).width();
        for (const qreal width : {ChipCardDelegate::nameWidth(cardWidth), qreal(70)}) {
            int whole = 0;
            for (const QString &name : std::as_const(names)) {
                const CardNameLayout l = layoutCardName(name, list.font(), width);
                QVERIFY(l.font.bold());
                QVERIFY(l.lines.size() <= 2);
                const QFontMetricsF fm(l.font);
                for (const QString &line : l.lines)
                    QVERIFY2(
                        fm.horizontalAdvance(line) <= width + 0.5, qPrintable(name + u": " + line));
                const QString drawn = l.lines.join(u' ');
                if (drawn == name) {
                    ++whole;
                    continue;
                }
                QVERIFY2(l.elided && drawn.contains(QChar(0x2026)),
                    qPrintable(name + u" drawn as " + drawn));
                QCOMPARE(drawn.back(), name.back()); // the suffix that tells parts apart is kept
                for (const QString &other : std::as_const(names))
                    QVERIFY2(!other.startsWith(drawn),
                        qPrintable(name + u" drawn as " + drawn + u", reads as " + other));
            }
            if (width > 100) // at the card's real size every name is drawn whole
                QCOMPARE(whole, int(names.size()));
        }
        // The trap itself: the "D" of the China part is on the card.
        const CardNameLayout d = layoutCardName(QStringLiteral("GeForce RTX 4090 D"), list.font(),
            ChipCardDelegate::nameWidth(cardWidth));
        QVERIFY(d.lines.join(u' ').endsWith(QStringLiteral("4090 D")));
    }
    void cards_survivorsFirstEliminatedBehindOneCard()
    {
        FunnelView view;
        view.setPresentation(story());
        ChipCardModel *cards = view.cardModel();
        QCOMPARE(cards->remaining(), 9);
        QCOMPARE(cards->rowCount(), 10);
        for (int row = 0; row < 9; ++row)
            QVERIFY(!cards->index(row).data(ChipCardModel::EliminatedRole).toBool());
        const QModelIndex toggle = cards->index(9);
        QVERIFY(toggle.data(ChipCardModel::ToggleRole).toBool());
        QCOMPARE(toggle.data().toString(), QStringLiteral("44 eliminated (show)"));
        // A click on it shows the eliminated cards, the latest eliminated first.
        view.cardList()->resize(800, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTest::mouseClick(view.cardList()->viewport(), Qt::LeftButton, {},
            view.cardList()->visualRect(toggle).center());
        QVERIFY(cards->eliminatedShown());
        QCOMPARE(cards->rowCount(), 54);
        QCOMPARE(cards->index(10).data(ChipCardModel::IdRole).toString(),
            QStringLiteral("c33")); // out at step 4
        QCOMPARE(cards->index(53).data(ChipCardModel::IdRole).toString(),
            QStringLiteral("c32")); // out at step 1
    }
    void steps_tellTheStory()
    {
        FunnelView view;
        view.setPresentation(story());
        FunnelStepModel *steps = view.stepModel();
        const QString first = steps->index(0).data().toString();
        QVERIFY2(first.startsWith(QStringLiteral("1. vendor = NVIDIA — rule for nccl")),
            qPrintable(first));
        QVERIFY2(first.contains(QStringLiteral("53 → 20")), qPrintable(first));
        QVERIFY2(first.contains(QStringLiteral("+1 alike")), qPrintable(first));
        QCOMPARE(steps->sameAs(2), 0); // the repeated constraint joins the first
        // The story shows what narrows and what conflicts; the rest is one switch away.
        QVERIFY(view.storyOnly());
        QStringList shown;
        for (int row = 0; row < steps->rowCount(); ++row)
            if (!view.stepList()->isRowHidden(row))
                shown << steps->steps().at(row).key;
        QCOMPARE(shown,
            (QStringList{QStringLiteral("nccl"), QStringLiteral("bf16"), QStringLiteral("npu")}));
        // One labelled bar per step shown, named by its constraint.
        QCOMPARE(view.barSet()->count(), 4);
        QCOMPARE(view.barSet()->at(2), 9.0);
        auto *axis = qobject_cast<QBarCategoryAxis *>(view.chart()->axes(Qt::Horizontal).value(0));
        QVERIFY(axis);
        QCOMPARE(axis->categories().at(1), QStringLiteral("1. vendor = NVIDIA"));
        QVERIFY(axis->categories().at(2).startsWith(QStringLiteral("4. bf16")));
        // Stepping walks the story: catalog, NVIDIA, bf16.
        view.setCurrentStep(0);
        view.stepForward();
        QCOMPARE(view.currentStep(), 1);
        view.stepForward();
        QCOMPARE(view.currentStep(), 4);
        QCOMPARE(view.cardModel()->remaining(), 9);
        view.stepBack();
        QCOMPARE(view.currentStep(), 1);
        view.setStoryOnly(false);
        QVERIFY(!view.stepList()->isRowHidden(1));
        QCOMPARE(view.barSet()->count(), 7);
    }
    void answerStrip_saysTheAnswer()
    {
        FunnelView view;
        FunnelPresentation p = story();
        view.setPresentation(p);
        QCOMPARE(view.answerText(),
            QStringLiteral(
                "9 candidate(s): 4 controlled, 5 not controlled at 2023-10-31 (export to CN)"));
        QCOMPARE(view.statusText(), QStringLiteral("Step 6 of 6 — 9 candidate(s) remain"));
        p.assessment.confidence = QStringLiteral("very likely");
        view.setPresentation(p);
        QVERIFY2(view.answerText().startsWith(QStringLiteral("Very likely. 9 candidate(s)")),
            qPrintable(view.answerText()));
        p.assessment.headline = QStringLiteral("trained on NVIDIA hardware, very likely");
        view.setPresentation(p);
        QVERIFY2(view.answerText().startsWith(
                     QStringLiteral("Trained on NVIDIA hardware, very likely. 9 candidate(s)")),
            qPrintable(view.answerText()));
        view.setCurrentStep(1); // stepping through: the counts at that step, no bottom line
        QVERIFY2(view.answerText().startsWith(QStringLiteral("20 candidate(s)")),
            qPrintable(view.answerText()));
        auto *strip = view.findChild<QLabel *>(QStringLiteral("answerStrip"));
        QVERIFY(strip && strip->wordWrap());
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
        view.cardModel()->setEliminatedShown(true);
        const QModelIndex amd = view.cardModel()->indexOf(QStringLiteral("mi300x"));
        QVERIFY(amd.data(ChipCardModel::EliminatedRole).toBool());
        QVERIFY(
            amd.data(Qt::ToolTipRole).toString().contains(QStringLiteral("NCCL is NVIDIA-only")));
        QVERIFY(!view.cardModel()
                ->indexOf(QStringLiteral("4090"))
                .data(ChipCardModel::EliminatedRole)
                .toBool()); // still in
        view.stepForward();
        view.stepForward();
        QVERIFY(view.cardModel()
                ->indexOf(QStringLiteral("4090"))
                .data(ChipCardModel::EliminatedRole)
                .toBool());
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
        QVERIFY(conflict.data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("contradicts step 1")));
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
        // Every shown lane is named, whole, in the gutter, the evidence at the top.
        view.resize(1600, 1000);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.laneNames().size(), TimelineView::kMaxLanes);
        QCOMPARE(view.laneNames().first(), QStringLiteral("evidence quote"));
        for (int i = 0; i < view.laneNames().size(); ++i)
            QCOMPARE(view.laneNames().at(i), view.shownSpans().at(i).label);
        p.spans.resize(5);
        p.undated = 0;
        view.setPresentation(p);
        QVERIFY(view.note().isEmpty());
    }
    void timeline_labelsRulesAndFollowsCursor()
    {
        TimelinePresentation p;
        auto at = [](int y, int m, int d) {
            return QDateTime(QDate(y, m, d), QTime(12, 0), QTimeZone::UTC);
        };
        p.spans = {{QStringLiteral("claim"), at(2023, 5, 1), at(2024, 1, 16), {}}};
        p.markers = {{at(2023, 11, 17), QStringLiteral("ECCN 3A090 as revised"),
                         MarkerKind::ExportRule, QStringLiteral("3a090-2023")},
            {at(2023, 11, 20), QStringLiteral("Corrections notice"), MarkerKind::ExportRule,
                QStringLiteral("notice")}};
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
        QTRY_VERIFY(items.at(0)->sceneBoundingRect().bottom()
                <= view.chart()->mapToScene(view.chart()->plotArea()).boundingRect().top()
            && items.at(1)->sceneBoundingRect().bottom()
                <= view.chart()->mapToScene(view.chart()->plotArea()).boundingRect().top());
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
            QCOMPARE(
                points.first().x(), qreal(at(d.year(), d.month(), d.day()).toMSecsSinceEpoch()));
            QCOMPARE(points.first().x(), points.last().x());
        }
        const auto *axis =
            qobject_cast<QDateTimeAxis *>(view.chart()->axes(Qt::Horizontal).first());
        QVERIFY(axis->max() > at(2025, 6, 30));
    }
    void timeline_framesTrainingAndAnswersKeys()
    {
        auto at = [](int y, int m, int d) {
            return QDateTime(QDate(y, m, d), QTime(12, 0), QTimeZone::UTC);
        };
        TimelinePresentation p;
        TimelineSpan item{QStringLiteral("trained on a cluster of H800 cards"), at(2023, 5, 2), {},
            QStringLiteral("accepted, supports, strong"), SpanTone::Accepted, true};
        item.evidenceId = QStringLiteral("E1");
        TimelineSpan removed{QStringLiteral("nccl.ib_hca — scripts/launch_pretrain.sh"),
            at(2023, 10, 1), at(2024, 1, 16), QStringLiteral("removed in 1a2b3c")};
        removed.tone = SpanTone::Removed;
        removed.findingId = QStringLiteral("F9");
        TimelineSpan old{QStringLiteral("bf16 — configs/base.yaml"), at(2019, 2, 1), {}, {}};
        p.spans = {item, removed, old};
        p.markers = {{at(2023, 9, 1), QStringLiteral("training starts"), MarkerKind::TrainingStart},
            {at(2024, 2, 1), QStringLiteral("training ends"), MarkerKind::TrainingEnd},
            {at(2024, 3, 1), QStringLiteral("released"), MarkerKind::Release},
            {at(2023, 11, 17), QStringLiteral("ECCN 3A090 as revised"), MarkerKind::ExportRule,
                QStringLiteral("3a090-2023"), QStringLiteral("88 FR 73458")}};
        TimelineView view;
        view.resize(1600, 600);
        view.setPresentation(p);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        // Six months before training (the 2019 line does not squeeze it) to three after release.
        QCOMPARE(view.axisStart().date(), QDate(2023, 3, 1));
        QCOMPARE(view.axisEnd().date(), QDate(2024, 6, 1));
        view.setToToday(true);
        QVERIFY(view.axisEnd() >= QDateTime::currentDateTimeUtc().addSecs(-60));
        view.setToToday(false);
        QCOMPARE(view.axisEnd().date(), QDate(2024, 6, 1));
        QCOMPARE(view.laneNames(), (QStringList{item.label, removed.label, old.label}));
        for (const char *word : {"accepted", "finding removed", "3A090 rule", "funnel date"})
            QVERIFY2(view.legendText().contains(QLatin1String(word)), word);

        // The keyboard reaches what tooltips hold, and Enter selects what a click does.
        QSignalSpy evidence(&view, &TimelineView::evidenceActivated);
        QSignalSpy finding(&view, &TimelineView::findingActivated);
        view.setFocus();
        QTest::keyClick(&view, Qt::Key_Down);
        QCOMPARE(view.currentItem(), 0);
        QVERIFY(view.currentDetail().contains(QStringLiteral("accepted, supports, strong")));
        QTest::keyClick(&view, Qt::Key_Return);
        QCOMPARE(evidence.count(), 1);
        QCOMPARE(evidence.first().first().toString(), QStringLiteral("E1"));
        QTest::keyClick(&view, Qt::Key_Down);
        QTest::keyClick(&view, Qt::Key_Enter);
        QCOMPARE(finding.count(), 1);
        QCOMPARE(finding.first().first().toString(), QStringLiteral("F9"));
        QTest::keyClick(&view, Qt::Key_End);
        QVERIFY2(view.currentDetail().contains(QStringLiteral("88 FR 73458")),
            qPrintable(view.currentDetail()));
    }
    void timeline_drawsSpansAndMarkers()
    {
        TimelineView view;
        TimelinePresentation p;
        p.spans = {
            {QStringLiteral("claim — README.md"),
                QDateTime(QDate(2023, 11, 20), QTime(), QTimeZone::UTC),
                QDateTime(QDate(2024, 1, 16), QTime(), QTimeZone::UTC), QStringLiteral("removed")},
            {QStringLiteral("nccl — train.py"),
                QDateTime(QDate(2023, 4, 11), QTime(), QTimeZone::UTC), {}, {}}};
        p.markers = {{QDateTime(QDate(2023, 11, 17), QTime(), QTimeZone::UTC),
            QStringLiteral("3A090 revised"), MarkerKind::ExportRule}};
        view.setPresentation(p);
        QCOMPARE(view.chart()->series().size(), 4); // two lanes, one rule, the funnel-date cursor
        view.setPresentation({});
        QCOMPARE(view.chart()->series().size(), 0);
    }
};

QTEST_MAIN(TestFunnelView)
#include "tst_funnelview.moc"
