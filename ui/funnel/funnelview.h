// SPDX-License-Identifier: GPL-3.0-or-later
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
class QTableView;
class QTabWidget;
class QTextBrowser;
class QTimer;
class QToolButton;
class QValueAxis;

namespace ChipTrace::Ui {

class ChipCardModel;
class FunnelStepModel;
class MfuChartWidget;
class HypothesisMatrixModel;

// The funnel, where the answer is: a one-line answer strip ("7 candidates: 5 controlled, 2 not
// controlled at 2023-10-31"), a bar chart of the candidates remaining after each step (animated
// as the funnel changes, each bar labelled), the hypothesis matrix when there is an assessment,
// the step list (check to enable, drag to reorder, conflicts flagged; by default only the steps
// that narrow, identical constraints merged) and the chip cards, survivors first, the eliminated
// ones behind one "N eliminated" card. Selecting a card shows what the controller says about it
// (setCandidateDetail) and asks for its evidence (candidateSelected). Alt+Up/Alt+Down (or
// Ctrl+Shift+Up/Down) move the selected step, reported like a drag. The date control moves the day
// at which the remaining candidates' export status is computed.
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
    void replay(); // from no step to all, one step at a time
    bool isReplaying() const;
    void setDate(const QDate &date);
    // The days the slider reaches (the exact-date editor takes any day); from the case's data.
    void setDateRange(const QDate &from, const QDate &to);
    QDate dateRangeStart() const { return m_sliderStart; }
    QDate dateRangeEnd() const { return m_sliderEnd; }
    // "Reviewed evidence only": count accepted evidence only, exactly as the briefing does.
    bool reviewedOnly() const;
    void setReviewedOnly(bool on); // reflects the controller's state; emits nothing

    // Only the steps that narrow (and conflicts), identical constraints merged: the story.
    bool storyOnly() const;
    void setStoryOnly(bool on);
    QString answerText() const;
    QString statusText() const;
    QString selectedChip() const { return m_selectedChip; }
    void selectChip(const QString &chipId); // "" clears; emits candidateSelected
    void setCandidateDetail(const QString &html);
    QString candidateDetail() const;

    FunnelStepModel *stepModel() const { return m_steps; }
    ChipCardModel *cardModel() const { return m_cards; }
    HypothesisMatrixModel *matrixModel() const { return m_matrix; }
    QListView *cardList() const { return m_cardList; }
    QListView *stepList() const { return m_stepList; }
    QChart *chart() const { return m_chart; }
    QBarSet *barSet() const { return m_bars; }
    MfuChartWidget *computeChart() const { return m_compute; }

Q_SIGNALS:
    void moveRequested(int from, int to);
    void enableRequested(int index, bool enabled);
    void dateChanged(const QDate &date);
    void reviewedOnlyChanged(bool on);
    void currentStepChanged(int applied);
    void broadToNarrowRequested(); // order the steps vendor, generation, segment, then the rest
    void candidateSelected(const QString &chipId); // "" when the selection is cleared
    void evidenceLinkActivated(const QString &evidenceId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *createControls();
    QWidget *createStepColumn();
    QWidget *createResults();
    void applyStory();
    int storyBar(int applied) const; // the bar that shows `applied` steps
    QList<int> barSteps() const; // rows shown as bars
    void updateAnswer();
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
    QLabel *m_answer;
    QCheckBox *m_storyOnly;
    HypothesisMatrixModel *m_matrix;
    QTableView *m_matrixView;
    QTabWidget *m_tabs;
    MfuChartWidget *m_compute;
    QTextBrowser *m_detail;
    QString m_selectedChip;
    QDateEdit *m_dateEdit;
    QSlider *m_dateSlider;
    QCheckBox *m_reviewedOnly;
    QTimer *m_replayTimer;
    QDate m_sliderStart;
    QDate m_sliderEnd;
};

} // namespace ChipTrace::Ui
