#include "timelineview.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QLegendMarker>
#include <QLineSeries>
#include <QToolTip>
#include <QVBoxLayout>

namespace ChipTrace::Ui {

// More lanes than this would be unreadable; the rest is summarised in the title.
static constexpr int kMaxLanes = 40;

TimelineView::TimelineView(QWidget *parent)
    : QWidget(parent)
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart, this))
{
    setObjectName(QStringLiteral("timelineView"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setAccessibleName(tr("Evidence timeline"));
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->legend()->setAlignment(Qt::AlignRight);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    rebuild();
}

void TimelineView::setPresentation(const TimelinePresentation &presentation)
{
    m_presentation = presentation;
    rebuild();
}

static QColor markerColor(MarkerKind kind)
{
    switch (kind) {
    case MarkerKind::Release: return QColor(0x29, 0x80, 0xb9);
    case MarkerKind::TrainingStart:
    case MarkerKind::TrainingEnd: return QColor(0x8e, 0x44, 0xad);
    case MarkerKind::ExportRule: break;
    }
    return QColor(0xc0, 0x39, 0x2b);
}

void TimelineView::rebuild()
{
    m_chart->removeAllSeries();
    for (QAbstractAxis *axis : m_chart->axes())
        m_chart->removeAxis(axis);
    const QList<TimelineSpan> spans = m_presentation.spans.mid(0, kMaxLanes);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QDateTime lo = now, hi;
    for (const TimelineSpan &s : spans) {
        lo = qMin(lo, s.start);
        hi = qMax(hi, s.end.isValid() ? s.end : now);
    }
    for (const TimelineMarker &m : m_presentation.markers) {
        lo = qMin(lo, m.at);
        hi = qMax(hi, m.at);
    }
    if (!hi.isValid() || lo >= hi) {
        m_chart->setTitle(tr("No dated evidence yet: scan a repository with its history."));
        return;
    }
    m_chart->setTitle(m_presentation.spans.size() > kMaxLanes
                          ? tr("Evidence over time (first %1 of %2)").arg(kMaxLanes).arg(m_presentation.spans.size())
                          : tr("Evidence over time"));
    auto *axisX = new QDateTimeAxis(m_chart);
    axisX->setFormat(QStringLiteral("yyyy-MM"));
    const qint64 pad = qMax<qint64>(lo.daysTo(hi) / 20, 7);
    axisX->setRange(lo.addDays(-pad), hi.addDays(pad));
    auto *axisY = new QCategoryAxis(m_chart);
    axisY->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axisY->setRange(-1, qMax(1, int(spans.size())));
    m_chart->addAxis(axisX, Qt::AlignBottom);
    m_chart->addAxis(axisY, Qt::AlignLeft);

    for (int lane = 0; lane < spans.size(); ++lane) {
        const TimelineSpan &s = spans.at(lane);
        auto *series = new QLineSeries(m_chart);
        series->setName(s.label);
        series->append(qreal(s.start.toMSecsSinceEpoch()), lane);
        series->append(qreal((s.end.isValid() ? s.end : now).toMSecsSinceEpoch()), lane);
        series->setPen(QPen(s.end.isValid() ? QColor(0xe7, 0x4c, 0x3c) : QColor(0x27, 0xae, 0x60), 6, Qt::SolidLine, Qt::FlatCap));
        m_chart->addSeries(series);
        series->attachAxis(axisX);
        series->attachAxis(axisY);
        m_chart->legend()->markers(series).constFirst()->setVisible(false);
        axisY->append(s.label.left(40), lane);
        const QString tip = s.label + QLatin1Char('\n') + s.detail;
        connect(series, &QLineSeries::hovered, this, [tip](const QPointF &, bool state) {
            if (state)
                QToolTip::showText(QCursor::pos(), tip);
        });
    }
    for (const TimelineMarker &m : m_presentation.markers) {
        auto *series = new QLineSeries(m_chart);
        // Rule titles are long: the legend keeps the start, the tooltip of the chart title the rest.
        series->setName(m.at.date().toString(Qt::ISODate) + QLatin1Char(' ') + m.label.left(34));
        const qreal x = qreal(m.at.toMSecsSinceEpoch());
        series->append(x, -1);
        series->append(x, qMax(1, int(spans.size())));
        series->setPen(QPen(markerColor(m.kind), 1.5, m.kind == MarkerKind::ExportRule ? Qt::DashLine : Qt::DotLine));
        m_chart->addSeries(series);
        series->attachAxis(axisX);
        series->attachAxis(axisY);
    }
}

} // namespace ChipTrace::Ui
