// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timelinepresentation.h"

#include <QDate>
#include <QList>
#include <QStringList>
#include <QWidget>

class QAbstractAxis;
class QCategoryAxis;
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
// are green while present and red once removed. Markers are vertical lines, each rule labelled
// on the chart in its family's colour and style. A cursor shows the funnel's analysis date.
// Beyond kMaxLanes the most relevant lanes are kept and a note says how many are not shown.
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

private:
    void rebuild();
    void clearChart();
    void addLanes(QCategoryAxis *axisY);
    void addSpan(const TimelineSpan &span, qreal lane, QAbstractAxis *x, QAbstractAxis *y);
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
    QDate m_cursorDate;
    qreal m_top = 1; // y of the top lane's edge
    QChart *m_chart;
    QChartView *m_view;
    QDateTimeAxis *m_axisX = nullptr;
    QLineSeries *m_cursor = nullptr;
    QGraphicsSimpleTextItem *m_cursorLabel = nullptr;
    QLabel *m_note;
};

} // namespace ChipTrace::Ui
