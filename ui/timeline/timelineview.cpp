// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineview.h"

#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QDateTimeAxis>
#include <QFontMetricsF>
#include <QGraphicsSimpleTextItem>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QScrollArea>
#include <QSet>
#include <QTimeZone>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <numeric>

namespace ChipTrace::Ui {

TimelineView::TimelineView(QWidget *parent)
    : QWidget(parent)
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart, this))
    , m_note(new QLabel(this))
    , m_legend(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_toToday(new QCheckBox(tr("To today"), this))
{
    setObjectName(QStringLiteral("timelineView"));
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Timeline"));
    setAccessibleDescription(
        tr("Up and Down choose a lane or marker; Enter selects the lane's evidence."));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setAccessibleName(tr("Evidence timeline"));
    m_view->setFocusPolicy(Qt::NoFocus); // the view itself takes the keys
    m_chart->setAnimationOptions(QChart::NoAnimation);
    // The legend below says what colours mean; the chart's own would list every series.
    m_chart->legend()->hide();
    m_note->setObjectName(QStringLiteral("timelineNote"));
    m_note->setWordWrap(true);
    m_note->hide();
    m_legend->setObjectName(QStringLiteral("timelineLegend"));
    m_legend->setWordWrap(true);
    m_detail->setObjectName(QStringLiteral("timelineDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setAccessibleName(tr("Chosen lane or marker"));
    m_toToday->setObjectName(QStringLiteral("timelineToToday"));
    m_toToday->setToolTip(
        tr("Run the axis to today instead of three months after the last "
           "removal"));
    connect(m_toToday, &QCheckBox::toggled, this, [this] { rebuild(); });
    connect(m_chart, &QChart::plotAreaChanged, this, &TimelineView::placeLabels);
    // Lanes keep a readable height: the chart grows with them and the dock scrolls.
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setAccessibleName(tr("Timeline chart"));
    scroll->setWidget(m_view);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_legend, 1);
    bottom->addWidget(m_toToday);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_detail);
    layout->addLayout(bottom);
    layout->addWidget(m_note);
    buildLegend();
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

// What each colour and line means, under the chart (the chart's own legend would list every
// series by name).
void TimelineView::buildLegend()
{
    const auto swatch = [](const QColor &c, const QString &glyph, const QString &text) {
        return QStringLiteral("<span style=\"color:%1\">%2</span>&nbsp;%3")
            .arg(c.name(), glyph, text.toHtmlEscaped());
    };
    QStringList parts;
    TimelineSpan probe;
    const std::pair<SpanTone, QString> tones[] = {{SpanTone::Accepted, tr("accepted")},
        {SpanTone::Proposed, tr("proposed")}, {SpanTone::Disputed, tr("disputed")},
        {SpanTone::Rejected, tr("rejected")}, {SpanTone::Contradicts, tr("contradicts")},
        {SpanTone::Present, tr("finding at HEAD")}, {SpanTone::Removed, tr("finding removed")}};
    for (const auto &[tone, text] : tones) {
        probe.tone = tone;
        parts << swatch(toneColor(probe), QStringLiteral("&#9644;"), text);
    }
    TimelineMarker marker;
    const std::pair<MarkerKind, QString> kinds[] = {
        {MarkerKind::Release, tr("release")}, {MarkerKind::TrainingStart, tr("training period")}};
    for (const auto &[kind, text] : kinds) {
        marker.kind = kind;
        parts << swatch(markerPen(marker).color(), QStringLiteral("&#9474;"), text);
    }
    marker.kind = MarkerKind::ExportRule;
    marker.family = QStringLiteral("3a090-2023");
    parts << swatch(markerPen(marker).color(), QStringLiteral("&#9478;"), tr("3A090 rule"));
    marker.family.clear();
    parts << swatch(markerPen(marker).color(), QStringLiteral("&#9478;"), tr("other rule"));
    parts << swatch(QColor(0x2c, 0x3e, 0x50), QStringLiteral("&#9474;"), tr("funnel date"));
    m_legend->setText(parts.join(QStringLiteral(" &nbsp; ")));
}

void TimelineView::clearChart()
{
    qDeleteAll(m_labels);
    m_labels.clear();
    qDeleteAll(m_laneNames);
    m_laneNames.clear();
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
    m_current = -1;
    m_detail->clear();
    updateNote();
    const auto [lo, hi] = focusRange();
    if (!hi.isValid() || lo >= hi) {
        m_chart->setTitle(tr("No dated evidence yet: scan a repository with its history."));
        return;
    }
    // No title over data: the dock names the view, and the rule labels need the band above the
    // plot.
    m_chart->setTitle(QString());
    m_axisX = new QDateTimeAxis(m_chart);
    m_axisX->setFormat(QStringLiteral("yyyy-MM"));
    m_axisX->setRange(lo, hi);
    auto *axisY = new QValueAxis(m_chart);
    axisY->setLabelsVisible(false); // the names sit in the gutter, whole
    axisY->setGridLineVisible(false);
    const int lanes = int(m_shown.size());
    m_top = qMax(1, lanes);
    axisY->setRange(-1, m_top);
    m_view->setMinimumHeight(160 + 18 * lanes);
    m_chart->addAxis(m_axisX, Qt::AlignBottom);
    m_chart->addAxis(axisY, Qt::AlignLeft);
    addLanes(axisY);
    for (const TimelineMarker &m : std::as_const(m_presentation.markers))
        addMarker(m, m_axisX, axisY);
    addCursor(m_axisX, axisY);
    placeLabels();
}

// The first lane on top; each lane's name is a text item in the gutter (placeLaneNames).
void TimelineView::addLanes(QValueAxis *axisY)
{
    for (int i = 0; i < int(m_shown.size()); ++i) {
        addSpan(m_shown.at(i), i, m_axisX, axisY);
        auto *name = new QGraphicsSimpleTextItem(m_shown.at(i).label, m_chart);
        name->setToolTip(m_shown.at(i).label + QLatin1Char('\n') + m_shown.at(i).detail);
        name->setZValue(10);
        m_laneNames.append(name);
    }
}

void TimelineView::addSpan(const TimelineSpan &s, int index, QAbstractAxis *x, QAbstractAxis *y)
{
    const qreal lane = m_shown.size() - 1 - index;
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
    connect(series, &QXYSeries::clicked, this, [this, index] {
        setCurrentItem(index);
        activateLane(index);
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
    placeLaneNames();
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
