// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timelinepresentation.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QStringList>
#include <QWidget>

class QAbstractAxis;
class QCheckBox;
class QValueAxis;
class QChart;
class QChartView;
class QDateTimeAxis;
class QGraphicsSimpleTextItem;
class QLabel;
class QLineSeries;
class QRectF;

namespace ChipTrace::Ui {

// When evidence appeared and disappeared in the repositories, against model release dates and
// export-control rule dates. Evidence lanes come first, coloured by review state; finding lanes
// are green while present and red once removed. Lane names sit whole in a gutter left of the
// plot; a legend below says what each colour and line means. Markers are vertical lines, each
// rule labelled on the chart in its family's colour and style. A cursor shows the funnel's
// analysis date. The axis runs from six months before training starts to three months after
// the last removal (the "To today" switch runs it to today). A click on a bar, or Enter on the
// lane chosen with the arrow keys, selects its evidence item or opens its finding; the chosen
// lane's (or marker's) details, otherwise only in tooltips, show below the chart. Beyond
// kMaxLanes the most relevant lanes are kept and a note says how many are not shown.
class TimelineView : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kMaxLanes = 40;

    explicit TimelineView(QWidget *parent = nullptr);

    void setPresentation(const TimelinePresentation &presentation);
    const TimelinePresentation &presentation() const { return m_presentation; }
    // The funnel's analysis date: a vertical line, moved without rebuilding the chart.
    void setCursorDate(const QDate &date);
    QDate cursorDate() const { return m_cursorDate; }

    QChart *chart() const { return m_chart; }
    QLineSeries *cursorSeries() const { return m_cursor; }
    const QList<TimelineSpan> &shownSpans() const { return m_shown; } // top lane first
    QStringList markerLabels() const;
    const QList<QGraphicsSimpleTextItem *> &markerLabelItems() const { return m_labels; }
    QString note() const;

    // The lane names as drawn in the gutter, top lane first: never shortened.
    QStringList laneNames() const;
    QDateTime axisStart() const;
    QDateTime axisEnd() const;
    bool toToday() const;
    void setToToday(bool on);
    QString legendText() const; // the legend, as plain text
    // Keyboard access: lanes first, then markers; -1 = none. The details show below the chart.
    int currentItem() const { return m_current; }
    void setCurrentItem(int index);
    QString currentDetail() const;
    void activateLane(int lane); // selects its evidence / opens its finding

Q_SIGNALS:
    void evidenceActivated(const QString &evidenceId);
    void findingActivated(const QString &findingId);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void rebuild();
    void clearChart();
    void addLanes(QValueAxis *axisY);
    void addSpan(const TimelineSpan &span, int index, QAbstractAxis *x, QAbstractAxis *y);
    void placeLaneNames(); // timelinegutter.cpp
    void buildLegend();
    std::pair<QDateTime, QDateTime> focusRange() const;
    void addMarker(const TimelineMarker &marker, QAbstractAxis *x, QAbstractAxis *y);
    void addCursor(QAbstractAxis *x, QAbstractAxis *y);
    void updateCursor();
    void placeLabels();
    QList<int> labelRows() const;
    static qreal labelLeft(const QGraphicsSimpleTextItem *label, qreal x, const QRectF &plot);
    void updateNote();

    TimelinePresentation m_presentation;
    QList<TimelineSpan> m_shown;
    QList<TimelineMarker> m_shownMarkers; // parallel to m_labels
    QList<QGraphicsSimpleTextItem *> m_labels;
    QList<QGraphicsSimpleTextItem *> m_laneNames; // parallel to m_shown
    int m_current = -1;
    QDate m_cursorDate;
    qreal m_top = 1; // y of the top lane's edge
    QChart *m_chart;
    QChartView *m_view;
    QDateTimeAxis *m_axisX = nullptr;
    QLineSeries *m_cursor = nullptr;
    QGraphicsSimpleTextItem *m_cursorLabel = nullptr;
    QLabel *m_note;
    QLabel *m_legend;
    QLabel *m_detail;
    QCheckBox *m_toToday;
};

} // namespace ChipTrace::Ui
