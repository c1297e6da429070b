#pragma once

#include "funnelpresentation.h"

#include <QWidget>

class QBarSet;
class QCheckBox;
class QBarSeries;
class QBarCategoryAxis;
class QChart;
class QChartView;
class QDateEdit;
class QLabel;
class QListView;
class QSlider;
class QTimer;
class QToolButton;
class QValueAxis;

namespace ChipTrace::Ui {

class ChipCardModel;
class FunnelStepModel;

// The funnel: a bar chart of the candidates remaining after each step (animated as the funnel
// changes), the step list (check to enable, drag to reorder, conflicts flagged) and the chip
// cards, which grey out as the steps are applied one by one. Alt+Up/Alt+Down (or
// Ctrl+Shift+Up/Down) move the selected step, reported like a drag. The date control moves the day at
// which the remaining candidates' export status is computed.
class FunnelView : public QWidget
{
    Q_OBJECT
public:
    explicit FunnelView(QWidget *parent = nullptr);

    void setPresentation(const FunnelPresentation &presentation);
    const FunnelPresentation &presentation() const { return m_presentation; }

    int currentStep() const { return m_current; } // steps applied, 0..steps.size()
    void setCurrentStep(int applied);
    void stepForward();
    void stepBack();
    void replay();  // from no step to all, one step at a time
    bool isReplaying() const;
    void setDate(const QDate &date);
    // The days the slider reaches (the exact-date editor takes any day); from the case's data.
    void setDateRange(const QDate &from, const QDate &to);
    QDate dateRangeStart() const { return m_sliderStart; }
    QDate dateRangeEnd() const { return m_sliderEnd; }
    // "Reviewed evidence only": count accepted evidence only, exactly as the briefing does.
    bool reviewedOnly() const;
    void setReviewedOnly(bool on); // reflects the controller's state; emits nothing

    FunnelStepModel *stepModel() const { return m_steps; }
    ChipCardModel *cardModel() const { return m_cards; }
    QChart *chart() const { return m_chart; }
    QBarSet *barSet() const { return m_bars; }

Q_SIGNALS:
    void moveRequested(int from, int to);
    void enableRequested(int index, bool enabled);
    void dateChanged(const QDate &date);
    void reviewedOnlyChanged(bool on);
    void currentStepChanged(int applied);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *createControls();
    bool moveCurrentStep(int delta);
    void syncSlider();
    void updateChart();
    void updateStatus();

    FunnelPresentation m_presentation;
    int m_current = 0;
    FunnelStepModel *m_steps;
    ChipCardModel *m_cards;
    QListView *m_stepList;
    QListView *m_cardList;
    QChart *m_chart;
    QChartView *m_chartView;
    QBarSeries *m_series;
    QBarSet *m_bars;
    QBarCategoryAxis *m_axisX;
    QValueAxis *m_axisY;
    QLabel *m_status;
    QDateEdit *m_dateEdit;
    QSlider *m_dateSlider;
    QCheckBox *m_reviewedOnly;
    QTimer *m_replayTimer;
    QDate m_sliderStart;
    QDate m_sliderEnd;
};

} // namespace ChipTrace::Ui
