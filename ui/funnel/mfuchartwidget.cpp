// SPDX-License-Identifier: GPL-3.0-or-later
#include "mfuchartwidget.h"

#include "report/mfuchart.h"

#include <QFontMetricsF>
#include <QPainter>

namespace ChipTrace::Ui {

namespace {
constexpr qreal kMargin = 8;
constexpr int kHeaderFlags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;
} // namespace

MfuChartWidget::MfuChartWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("mfuChart"));
    setAccessibleName(tr("Compute plausibility chart"));
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void MfuChartWidget::setSections(const QList<Report::ComputeSection> &sections)
{
    m_sections = sections;
    setAccessibleDescription(text());
    setToolTip(m_sections.isEmpty() ? QString() : text());
    updateGeometry();
    update();
}

QString MfuChartWidget::header(const Report::ComputeSection &s) const
{
    QString h = tr("%1: %2 (from %3)")
                    .arg(s.phase, s.inputs.join(QStringLiteral("; ")),
                        s.evidenceIds.join(QStringLiteral(", ")));
    if (!s.cannotAssess.isEmpty())
        h += QLatin1Char('\n')
            + tr("Cannot assess: %1. The check changes nothing.").arg(s.cannotAssess);
    return h;
}

QString MfuChartWidget::text() const
{
    if (m_sections.isEmpty())
        return tr(
            "No training figures in the counted evidence. Add them with `chiptrace "
            "facts` or the inspector's training figures, then review them.");
    QStringList lines;
    for (const Report::ComputeSection &s : m_sections) {
        lines << header(s);
        for (const Report::ComputeRow &r : s.rows)
            lines << QStringLiteral("  ") + r.explanation;
    }
    return lines.join(QLatin1Char('\n'));
}

qreal MfuChartWidget::headerHeight(const Report::ComputeSection &s, qreal width) const
{
    const QRectF box =
        QFontMetricsF(font()).boundingRect(QRectF(0, 0, width, 10000), kHeaderFlags, header(s));
    return box.height() + 4;
}

int MfuChartWidget::heightForWidth(int width) const
{
    const qreal inner = std::max(100.0, width - 2 * kMargin);
    const qreal row = QFontMetricsF(font()).height() * 1.5;
    qreal h = kMargin;
    if (m_sections.isEmpty())
        return int(QFontMetricsF(font())
                       .boundingRect(QRectF(0, 0, inner, 10000), kHeaderFlags, text())
                       .height()
            + 2 * kMargin);
    for (const Report::ComputeSection &s : m_sections)
        h += headerHeight(s, inner) + (s.rows.isEmpty() ? 0 : Report::mfuChartHeight(s, row))
            + kMargin;
    return int(h);
}

QSize MfuChartWidget::sizeHint() const
{
    return {480, heightForWidth(480)};
}

void MfuChartWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const qreal inner = width() - 2 * kMargin;
    painter.setPen(palette().color(QPalette::Text));
    if (m_sections.isEmpty()) {
        painter.drawText(rect().adjusted(8, 8, -8, -8), kHeaderFlags, text());
        return;
    }
    qreal y = kMargin;
    const qreal row = QFontMetricsF(font()).height() * 1.5;
    for (const Report::ComputeSection &s : m_sections) {
        const qreal h = headerHeight(s, inner);
        painter.drawText(QRectF(kMargin, y, inner, h), kHeaderFlags, header(s));
        y += h;
        if (!s.rows.isEmpty()) {
            const qreal chart = Report::mfuChartHeight(s, row);
            Report::paintMfuChart(&painter, QRectF(kMargin, y, inner, chart), s, font());
            y += chart;
        }
        y += kMargin;
    }
}

} // namespace ChipTrace::Ui
