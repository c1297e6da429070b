// SPDX-License-Identifier: GPL-3.0-or-later
// TimelineView: what makes the chart readable and reachable. The axis range that frames the
// training period, the gutter that holds the lane names whole, and keyboard access to the lanes
// and markers, whose details were otherwise only in tooltips.

#include "timelineview.h"

#include <QChart>
#include <QCheckBox>
#include <QDateTimeAxis>
#include <QFontMetricsF>
#include <QGraphicsSimpleTextItem>
#include <QKeyEvent>
#include <QLabel>
#include <QTextDocumentFragment>

#include <algorithm>

namespace ChipTrace::Ui {

namespace {

constexpr int kGutterPad = 10;

qreal msOf(const QDateTime &t)
{
    return qreal(t.toMSecsSinceEpoch());
}

} // namespace

// From six months before training starts (or, without a training date, before the first lane
// or the release) to three months after the last removal or the release, so the period that
// matters fills the width; an evidence item older than that still shows whole, and "To today"
// runs the axis to today. A model with no dates and no lanes gives an invalid range.
std::pair<QDateTime, QDateTime> TimelineView::focusRange() const
{
    QDateTime anchor, release, lastRemoval, earliest, evidenceStart, latestEvidence;
    for (const TimelineMarker &m : m_presentation.markers) {
        if (m.kind == MarkerKind::TrainingStart && (!anchor.isValid() || m.at < anchor))
            anchor = m.at;
        if (m.kind != MarkerKind::ExportRule && (!release.isValid() || m.at > release))
            release = m.at;
    }
    for (const TimelineSpan &s : m_shown) {
        earliest = earliest.isValid() ? std::min(earliest, s.start) : s.start;
        if (s.end.isValid())
            lastRemoval = std::max(lastRemoval, s.end);
        if (s.evidence) {
            evidenceStart = evidenceStart.isValid() ? std::min(evidenceStart, s.start) : s.start;
            latestEvidence = std::max(latestEvidence, s.start);
        }
    }
    if (!anchor.isValid())
        anchor = earliest.isValid() ? earliest : release;
    if (!anchor.isValid())
        return {};
    QDateTime lo = anchor.addMonths(-6);
    if (evidenceStart.isValid())
        lo = std::min(lo, evidenceStart.addMonths(-1));
    QDateTime hi = std::max({lastRemoval, release, latestEvidence, anchor}).addMonths(3);
    if (m_toToday->isChecked())
        hi = std::max(hi, QDateTime::currentDateTimeUtc());
    return {lo, hi};
}

QDateTime TimelineView::axisStart() const
{
    return m_axisX ? m_axisX->min() : QDateTime();
}

QDateTime TimelineView::axisEnd() const
{
    return m_axisX ? m_axisX->max() : QDateTime();
}

bool TimelineView::toToday() const
{
    return m_toToday->isChecked();
}

void TimelineView::setToToday(bool on)
{
    m_toToday->setChecked(on); // rebuilds
}

QString TimelineView::legendText() const
{
    return QTextDocumentFragment::fromHtml(m_legend->text()).toPlainText();
}

QStringList TimelineView::laneNames() const
{
    QStringList out;
    for (const QGraphicsSimpleTextItem *name : m_laneNames)
        out << name->text();
    return out;
}

// The gutter is as wide as the longest name (up to 40% of the view): the chart's left margin
// makes room, and each name sits right-aligned against the plot at its lane's height. Only a
// name wider than that is shortened, in the middle, keeping both ends; its tooltip is whole.
void TimelineView::placeLaneNames()
{
    if (m_laneNames.isEmpty())
        return;
    qreal widest = 0;
    for (int i = 0; i < m_laneNames.size(); ++i)
        widest = std::max(widest,
            QFontMetricsF(m_laneNames.at(i)->font()).horizontalAdvance(m_shown.at(i).label));
    const int gutter = int(std::min(widest + 2 * kGutterPad, width() * 0.4));
    if (QMargins margins = m_chart->margins(); margins.left() != gutter) {
        margins.setLeft(gutter);
        m_chart->setMargins(margins); // lays the chart out again, and so comes back here
        return;
    }
    const QRectF plot = m_chart->plotArea();
    for (int i = 0; i < m_laneNames.size(); ++i) {
        QGraphicsSimpleTextItem *name = m_laneNames.at(i);
        QFont font = name->font();
        font.setBold(i == m_current);
        name->setFont(font);
        const QFontMetricsF metrics(font);
        name->setText(
            metrics.elidedText(m_shown.at(i).label, Qt::ElideMiddle, gutter - kGutterPad));
        const qreal y = m_chart->mapToPosition(QPointF(msOf(m_axisX->min()), m_top - 1 - i)).y();
        const QRectF box = name->boundingRect();
        name->setPos(plot.left() - box.width() - kGutterPad / 2, y - box.height() / 2);
    }
}

void TimelineView::setCurrentItem(int index)
{
    const int count = int(m_shown.size() + m_shownMarkers.size());
    m_current = count == 0 ? -1 : std::clamp(index, -1, count - 1);
    m_detail->setText(currentDetail());
    placeLaneNames();
}

QString TimelineView::currentDetail() const
{
    if (m_current < 0)
        return {};
    if (m_current < m_shown.size()) {
        const TimelineSpan &s = m_shown.at(m_current);
        return tr("Lane %1 of %2: %3 — %4")
            .arg(m_current + 1)
            .arg(m_shown.size())
            .arg(s.label, QString(s.detail).replace(QLatin1Char('\n'), QStringLiteral("; ")));
    }
    const TimelineMarker &m = m_shownMarkers.at(m_current - m_shown.size());
    return tr("%1 %2 — %3")
        .arg(m.at.date().toString(Qt::ISODate), m.label,
            QString(m.detail).replace(QLatin1Char('\n'), QStringLiteral("; ")));
}

void TimelineView::activateLane(int lane)
{
    if (lane < 0 || lane >= m_shown.size())
        return;
    const TimelineSpan &s = m_shown.at(lane);
    if (!s.evidenceId.isEmpty())
        Q_EMIT evidenceActivated(s.evidenceId);
    else if (!s.findingId.isEmpty())
        Q_EMIT findingActivated(s.findingId);
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    const int count = int(m_shown.size() + m_shownMarkers.size());
    switch (event->key()) {
    case Qt::Key_Down:
        setCurrentItem(std::min(m_current + 1, count - 1));
        return;
    case Qt::Key_Up:
        setCurrentItem(std::max(m_current - 1, 0));
        return;
    case Qt::Key_Home:
        setCurrentItem(0);
        return;
    case Qt::Key_End:
        setCurrentItem(count - 1);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        activateLane(m_current);
        return;
    case Qt::Key_Escape:
        setCurrentItem(-1);
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

} // namespace ChipTrace::Ui
