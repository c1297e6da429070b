// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineview.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QFontMetricsF>
#include <QGraphicsSimpleTextItem>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSet>
#include <QTimeZone>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>
#include <numeric>

namespace ChipTrace::Ui {

TimelineView::TimelineView(QWidget *parent)
    : QWidget(parent)
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart, this))
    , m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("timelineView"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setAccessibleName(tr("Evidence timeline"));
    m_chart->setAnimationOptions(QChart::NoAnimation);
    // Every line is labelled on the chart itself; a legend would only repeat (and truncate) them.
    m_chart->legend()->hide();
    m_note->setObjectName(QStringLiteral("timelineNote"));
    m_note->setWordWrap(true);
    m_note->hide();
    connect(m_chart, &QChart::plotAreaChanged, this, &TimelineView::placeLabels);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_note);
    rebuild();
}

void TimelineView::setPresentation(const TimelinePresentation &presentation)
{
    m_presentation = presentation;
    rebuild();
}

void TimelineView::setCursorDate(const QDate &date)
{
    if (date == m_cursorDate)
        return;
    m_cursorDate = date;
    updateCursor();
}

QStringList TimelineView::markerLabels() const
{
    QStringList out;
    for (const QGraphicsSimpleTextItem *item : m_labels)
        out << item->text();
    return out;
}

QString TimelineView::note() const
{
    return m_note->isHidden() ? QString() : m_note->text();
}

static QDateTime utcNoon(const QDate &d)
{
    return QDateTime(d, QTime(12, 0), QTimeZone::UTC);
}

static qreal ms(const QDateTime &t)
{
    return qreal(t.toMSecsSinceEpoch());
}

// The lanes to draw: all of them, or the most relevant kMaxLanes in their original order (so
// evidence stays on top and the findings' grouping holds).
static QList<TimelineSpan> selectLanes(const QList<TimelineSpan> &all)
{
    if (all.size() <= TimelineView::kMaxLanes)
        return all;
    QList<qsizetype> order(all.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
        [&](qsizetype a, qsizetype b) { return all.at(a).relevance > all.at(b).relevance; });
    order.resize(TimelineView::kMaxLanes);
    std::sort(order.begin(), order.end());
    QList<TimelineSpan> kept;
    for (qsizetype i : std::as_const(order))
        kept.append(all.at(i));
    return kept;
}

static QColor toneColor(const TimelineSpan &s)
{
    switch (s.tone) {
    case SpanTone::Accepted:
        return QColor(0x1e, 0x84, 0x49);
    case SpanTone::Proposed:
        return QColor(0x34, 0x98, 0xdb);
    case SpanTone::Disputed:
        return QColor(0xe6, 0x7e, 0x22);
    case SpanTone::Rejected:
        return QColor(0x95, 0xa5, 0xa6);
    case SpanTone::Contradicts:
        return QColor(0x8e, 0x44, 0xad);
    case SpanTone::Removed:
        return QColor(0xe7, 0x4c, 0x3c);
    case SpanTone::Present:
        break;
    }
    return s.end.isValid() ? QColor(0xe7, 0x4c, 0x3c) : QColor(0x27, 0xae, 0x60);
}

// Rule families differ in colour and dash so that a 3A090 revision is not read as a notice.
static QPen markerPen(const TimelineMarker &m)
{
    switch (m.kind) {
    case MarkerKind::Release:
        return QPen(QColor(0x29, 0x80, 0xb9), 2, Qt::SolidLine);
    case MarkerKind::TrainingStart:
    case MarkerKind::TrainingEnd:
        return QPen(QColor(0x8e, 0x44, 0xad), 1.5, Qt::DotLine);
    case MarkerKind::ExportRule:
        break;
    }
    if (m.family.startsWith(QLatin1String("3a090")))
        return QPen(QColor(0xc0, 0x39, 0x2b), 2, Qt::DashLine);
    if (m.family == QLatin1String("bandwidth-letter"))
        return QPen(QColor(0xd3, 0x54, 0x00), 2, Qt::DashDotLine);
    if (m.family == QLatin1String("review-zone"))
        return QPen(QColor(0xad, 0x14, 0x57), 2, Qt::DashDotDotLine);
    return QPen(QColor(0x70, 0x7b, 0x7c), 1.2, Qt::DotLine);
}

// What the lanes and markers cover; lanes still present run to now.
static std::pair<QDateTime, QDateTime> timeRange(
    const QList<TimelineSpan> &spans, const QList<TimelineMarker> &markers)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QDateTime lo = now, hi;
    for (const TimelineSpan &s : spans) {
        lo = qMin(lo, s.start);
        hi = qMax(hi, s.end.isValid() ? s.end : (s.point ? s.start : now));
    }
    for (const TimelineMarker &m : markers) {
        lo = qMin(lo, m.at);
        hi = qMax(hi, m.at);
    }
    return {lo, hi};
}

void TimelineView::clearChart()
{
    qDeleteAll(m_labels);
    m_labels.clear();
    m_shownMarkers.clear();
    delete m_cursorLabel;
    m_cursorLabel = nullptr;
    m_cursor = nullptr;
    m_axisX = nullptr;
    m_chart->removeAllSeries();
    for (QAbstractAxis *axis : m_chart->axes())
        m_chart->removeAxis(axis);
}

void TimelineView::rebuild()
{
    clearChart();
    m_shown = selectLanes(m_presentation.spans);
    updateNote();
    const auto [lo, hi] = timeRange(m_shown, m_presentation.markers);
    if (!hi.isValid() || lo >= hi) {
        m_chart->setTitle(tr("No dated evidence yet: scan a repository with its history."));
        return;
    }
    // No title over data: the dock names the view, and the rule labels need the band above the
    // plot.
    m_chart->setTitle(QString());
    m_axisX = new QDateTimeAxis(m_chart);
    m_axisX->setFormat(QStringLiteral("yyyy-MM"));
    const qint64 pad = qMax<qint64>(lo.daysTo(hi) / 20, 7);
    m_axisX->setRange(lo.addDays(-pad), hi.addDays(pad));
    auto *axisY = new QCategoryAxis(m_chart);
    axisY->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const int lanes = int(m_shown.size());
    m_top = qMax(1, lanes);
    axisY->setRange(-1, m_top);
    m_chart->addAxis(m_axisX, Qt::AlignBottom);
    m_chart->addAxis(axisY, Qt::AlignLeft);
    addLanes(axisY);
    for (const TimelineMarker &m : std::as_const(m_presentation.markers))
        addMarker(m, m_axisX, axisY);
    addCursor(m_axisX, axisY);
    placeLabels();
}

// The first lane on top; the axis takes its categories bottom up, and drops a repeated label
// (and with it the lane's name), so repeats are numbered.
void TimelineView::addLanes(QCategoryAxis *axisY)
{
    const int lanes = int(m_shown.size());
    QSet<QString> used;
    for (int i = lanes - 1; i >= 0; --i) {
        const TimelineSpan &s = m_shown.at(i);
        addSpan(s, lanes - 1 - i, m_axisX, axisY);
        QString label = s.label.left(40);
        for (int n = 2; used.contains(label); ++n)
            label = s.label.left(36) + QStringLiteral(" (%1)").arg(n);
        used.insert(label);
        axisY->append(label, lanes - 1 - i);
    }
}

void TimelineView::addSpan(const TimelineSpan &s, qreal lane, QAbstractAxis *x, QAbstractAxis *y)
{
    QXYSeries *series = nullptr;
    if (s.point) {
        auto *dot = new QScatterSeries(m_chart);
        dot->setMarkerSize(11);
        dot->setColor(toneColor(s));
        dot->append(ms(s.start), lane);
        series = dot;
    } else {
        series = new QLineSeries(m_chart);
        series->append(ms(s.start), lane);
        series->append(ms(s.end.isValid() ? s.end : QDateTime::currentDateTimeUtc()), lane);
        // Evidence bars are heavier than finding bars: they are what the case rests on.
        series->setPen(QPen(toneColor(s), s.evidence ? 9 : 5, Qt::SolidLine, Qt::FlatCap));
    }
    series->setName(s.label);
    m_chart->addSeries(series);
    series->attachAxis(x);
    series->attachAxis(y);
    const QString tip = s.label + QLatin1Char('\n') + s.detail;
    connect(series, &QXYSeries::hovered, this, [tip](const QPointF &, bool state) {
        if (state)
            QToolTip::showText(QCursor::pos(), tip);
    });
}

void TimelineView::addMarker(const TimelineMarker &m, QAbstractAxis *x, QAbstractAxis *y)
{
    auto *series = new QLineSeries(m_chart);
    series->setName(m.label);
    series->append(ms(m.at), -1);
    series->append(ms(m.at), m_top);
    series->setPen(markerPen(m));
    m_chart->addSeries(series);
    series->attachAxis(x);
    series->attachAxis(y);
    const QString date = m.at.date().toString(Qt::ISODate);
    const QString full = date + QLatin1Char(' ') + m.label;
    const QString tip = m.detail.isEmpty() ? full : full + QLatin1Char('\n') + m.detail;
    connect(series, &QLineSeries::hovered, this, [tip](const QPointF &, bool state) {
        if (state)
            QToolTip::showText(QCursor::pos(), tip);
    });
    // The label: long rule titles are cut on the chart, whole in the tooltip.
    const QString shortText = m.label.size() > 38 ? m.label.left(37) + QChar(0x2026) : m.label;
    auto *label = new QGraphicsSimpleTextItem(date + QLatin1Char(' ') + shortText, m_chart);
    label->setBrush(markerPen(m).color());
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 0.85);
    label->setFont(font);
    label->setToolTip(tip);
    label->setZValue(10);
    m_labels.append(label);
    m_shownMarkers.append(m);
}

void TimelineView::addCursor(QAbstractAxis *x, QAbstractAxis *y)
{
    m_cursor = new QLineSeries(m_chart);
    m_cursor->setName(tr("Funnel date"));
    m_cursor->setPen(QPen(QColor(0x2c, 0x3e, 0x50), 2.5, Qt::SolidLine));
    m_chart->addSeries(m_cursor);
    m_cursor->attachAxis(x);
    m_cursor->attachAxis(y);
    m_cursorLabel = new QGraphicsSimpleTextItem(m_chart);
    m_cursorLabel->setZValue(11);
    updateCursor();
}

void TimelineView::updateCursor()
{
    if (!m_cursor)
        return;
    m_cursor->clear();
    m_cursorLabel->setVisible(m_cursorDate.isValid());
    if (!m_cursorDate.isValid())
        return;
    const QDateTime at = utcNoon(m_cursorDate);
    // The funnel may be set to any day: widen the axis rather than lose the cursor.
    if (at < m_axisX->min())
        m_axisX->setMin(at.addDays(-7));
    if (at > m_axisX->max())
        m_axisX->setMax(at.addDays(7));
    m_cursor->append(ms(at), -1);
    m_cursor->append(ms(at), m_top);
    m_cursorLabel->setText(tr("Funnel date %1").arg(m_cursorDate.toString(Qt::ISODate)));
    placeLabels();
}

// Rule labels sit in a band above the plot (so they never cover a lane), right of their line
// (left near the right edge), in as many rows as it takes for neighbours not to overlap; the
// chart's top margin grows to fit the rows.
void TimelineView::placeLabels()
{
    const QRectF plot = m_chart->plotArea();
    if (!m_labels.isEmpty()) {
        const qreal rowHeight = m_labels.first()->boundingRect().height();
        const QList<int> rows = labelRows();
        const int rowCount = rows.isEmpty() ? 0 : *std::max_element(rows.cbegin(), rows.cend()) + 1;
        QMargins margins = m_chart->margins();
        if (const int band = int(rowCount * rowHeight) + 6; margins.top() != band) {
            margins.setTop(band);
            m_chart->setMargins(margins); // lays the chart out again, and so comes back here
        }
        for (qsizetype i = 0; i < m_labels.size(); ++i) {
            QGraphicsSimpleTextItem *label = m_labels.at(i);
            const qreal x = m_chart->mapToPosition(QPointF(ms(m_shownMarkers.at(i).at), 0)).x();
            label->setPos(
                labelLeft(label, x, plot), plot.top() - (rowCount - rows.at(i)) * rowHeight - 2);
            label->setVisible(x >= plot.left() && x <= plot.right());
        }
    }
    if (m_cursorLabel && m_cursorDate.isValid()) {
        const qreal x = m_chart->mapToPosition(QPointF(ms(utcNoon(m_cursorDate)), 0)).x();
        m_cursorLabel->setPos(labelLeft(m_cursorLabel, x, plot),
            plot.bottom() - m_cursorLabel->boundingRect().height() - 2);
    }
}

qreal TimelineView::labelLeft(const QGraphicsSimpleTextItem *label, qreal x, const QRectF &plot)
{
    const qreal width = label->boundingRect().width();
    return x + 3 + width > plot.right() ? x - 3 - width : x + 3;
}

// Greedy rows, left to right: the first row whose last label ends before this one starts.
QList<int> TimelineView::labelRows() const
{
    static constexpr int kMaxRows = 6; // beyond, labels share the emptiest row
    const QRectF plot = m_chart->plotArea();
    QList<qsizetype> order(m_labels.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        return m_shownMarkers.at(a).at < m_shownMarkers.at(b).at;
    });
    QList<int> rows(m_labels.size(), 0);
    QList<qreal> rowEnds;
    for (qsizetype i : std::as_const(order)) {
        const qreal x = m_chart->mapToPosition(QPointF(ms(m_shownMarkers.at(i).at), 0)).x();
        const qreal left = labelLeft(m_labels.at(i), x, plot);
        qsizetype row = std::find_if(rowEnds.cbegin(), rowEnds.cend(), [&](qreal end) {
            return end + 4 < left;
        }) - rowEnds.cbegin();
        if (row == rowEnds.size() && rowEnds.size() >= kMaxRows)
            row = std::min_element(rowEnds.cbegin(), rowEnds.cend()) - rowEnds.cbegin();
        if (row == rowEnds.size())
            rowEnds.append(0);
        rowEnds[row] = left + m_labels.at(i)->boundingRect().width();
        rows[i] = int(row);
    }
    return rows;
}

void TimelineView::updateNote()
{
    QStringList parts;
    const int hidden = int(m_presentation.spans.size() - m_shown.size());
    if (hidden > 0)
        parts << tr(
            "%n more lane(s) not shown: the evidence items, the strongest and the removed findings are kept.",
            nullptr, hidden);
    if (m_presentation.undated > 0)
        parts << tr("%n evidence item(s) have no date to draw.", nullptr, m_presentation.undated);
    m_note->setText(parts.join(QLatin1Char(' ')));
    m_note->setVisible(!parts.isEmpty());
}

} // namespace ChipTrace::Ui
