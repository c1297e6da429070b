// SPDX-License-Identifier: GPL-3.0-or-later
#include "mfuchart.h"

#include "plausibility/plausibility.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QTextCursor>
#include <QTextDocument>

#include <cmath>

using namespace Qt::StringLiterals;

namespace ChipTrace::Report {

int mfuChartParts(const ComputeSection &section)
{
    return int((section.rows.size() + kMfuRowsPerPart - 1) / kMfuRowsPerPart);
}

QString mfuChartMarker(int index, int part)
{
    return u"[[chiptrace-mfu-chart-%1-%2]]"_s.arg(index).arg(part);
}

MfuChart::MfuChart(QList<ComputeSection> sections, QObject *parent)
    : QObject(parent)
{
    for (const ComputeSection &s : sections) {
        m_partCounts << std::max(1, mfuChartParts(s));
        for (int part = 0; part < m_partCounts.last(); ++part) {
            ComputeSection piece = s;
            piece.rows = s.rows.mid(part * kMfuRowsPerPart, kMfuRowsPerPart);
            m_parts << piece;
        }
    }
}

int MfuChart::insertInto(QTextDocument *document)
{
    document->documentLayout()->registerHandler(ObjectType, this);
    int found = 0, at = 0;
    for (int index = 0; index < m_partCounts.size(); ++index) {
        for (int part = 0; part < m_partCounts.at(index); ++part, ++at) {
            QTextCursor cursor = document->find(mfuChartMarker(index, part));
            if (cursor.isNull())
                continue;
            QTextCharFormat format;
            format.setObjectType(ObjectType);
            format.setProperty(SectionProperty, at);
            cursor.insertText(QString(QChar::ObjectReplacementCharacter), format);
            ++found;
        }
    }
    return found;
}

qreal MfuChart::rowHeight(QTextDocument *document) const
{
    QFontMetricsF metrics(document->defaultFont(), document->documentLayout()->paintDevice());
    return metrics.height() * 1.5;
}

QSizeF MfuChart::intrinsicSize(QTextDocument *document, int, const QTextFormat &format)
{
    const int index = format.property(SectionProperty).toInt();
    const qreal width = document->textWidth() > 0 ? document->textWidth() * 0.98 : 400;
    if (index >= m_parts.size())
        return {width, 0};
    return {width, mfuChartHeight(m_parts.at(index), rowHeight(document))};
}

void MfuChart::drawObject(
    QPainter *painter, const QRectF &rect, QTextDocument *document, int, const QTextFormat &format)
{
    const int index = format.property(SectionProperty).toInt();
    if (index < m_parts.size())
        paintMfuChart(painter, rect, m_parts.at(index), document->defaultFont());
}

namespace {

constexpr double kAxisMax = 1.5; // 150%: past "impossible", with room to show how far

void drawMfuBands(QPainter *painter, const QRectF &plot)
{
    struct Band
    {
        double from, to;
        QColor color;
    };
    using namespace Plausibility;
    const Band bands[] = {{0, lowBelow, QColor(0xfb, 0xf3, 0xd5)},
        {lowBelow, implausibleAbove, QColor(0xe3, 0xf1, 0xdf)},
        {implausibleAbove, impossibleAbove, QColor(0xfc, 0xe4, 0xc8)},
        {impossibleAbove, kAxisMax, QColor(0xf6, 0xd0, 0xcd)}};
    painter->setPen(Qt::NoPen);
    for (const Band &b : bands) {
        const qreal x0 = plot.left() + plot.width() * b.from / kAxisMax;
        const qreal x1 = plot.left() + plot.width() * b.to / kAxisMax;
        painter->setBrush(b.color);
        painter->drawRect(QRectF(x0, plot.top(), x1 - x0, plot.height()));
    }
}

} // namespace

qreal mfuChartHeight(const ComputeSection &section, qreal row)
{
    return row * (section.rows.size() + 3); // rows, the axis, two lines of legend
}

void paintMfuChart(
    QPainter *painter, const QRectF &rect, const ComputeSection &section, const QFont &font)
{
    const qreal row = QFontMetricsF(font, painter->device()).height() * 1.5;
    QFont small = font;
    small.setPointSizeF(font.pointSizeF() * 0.85);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    // A fixed gutter for the names (never elided: the suffix is what tells chips apart), the
    // plot, and a column for the figures.
    const qreal gutter = rect.width() * 0.28;
    const qreal figures = rect.width() * 0.16;
    const QRectF plot(rect.left() + gutter, rect.top(), rect.width() - gutter - figures,
        row * section.rows.size());
    drawMfuBands(painter, plot);
    const auto xOf = [&](double v) {
        return plot.left() + plot.width() * std::clamp(v, 0.0, kAxisMax) / kAxisMax;
    };
    painter->setFont(small);
    for (qsizetype i = 0; i < section.rows.size(); ++i) {
        const ComputeRow &r = section.rows.at(i);
        const qreal top = plot.top() + i * row;
        painter->setPen(Qt::black);
        painter->drawText(QRectF(rect.left(), top, gutter - 4, row),
            Qt::AlignRight | Qt::AlignVCenter | Qt::TextWordWrap, r.chip);
        const bool assessed = r.band != Plausibility::bandName(Plausibility::Band::CannotAssess);
        if (assessed) {
            // Beyond the axis, a stub at its right edge: the figure beside it says how far.
            const qreal x0 = std::min(xOf(r.mfuLow), plot.right() - 8);
            const qreal x1 = std::max(x0 + 3, xOf(std::isfinite(r.mfuHigh) ? r.mfuHigh : kAxisMax));
            painter->setPen(Qt::NoPen);
            painter->setBrush(r.eliminated ? QColor(0xa3, 0x2a, 0x22) : QColor(0x2f, 0x5d, 0x8a));
            painter->drawRect(QRectF(x0, top + row * 0.25, x1 - x0, row * 0.5));
        }
        painter->setPen(Qt::black);
        const QString text = !assessed
            ? QCoreApplication::translate("Report", "no peak")
            : Plausibility::mfuRangeText(r.mfuLow, r.mfuHigh) + (r.verified ? QString() : u" *"_s);
        painter->drawText(QRectF(plot.right() + 4, top, figures - 4, row),
            Qt::AlignLeft | Qt::AlignVCenter, text);
    }
    // The axis: the band edges, labelled.
    const qreal axisTop = plot.bottom();
    // 0% goes unlabelled: 5% sits too close to it to carry both.
    for (double tick : {0.0, Plausibility::lowBelow, Plausibility::implausibleAbove,
             Plausibility::impossibleAbove, kAxisMax}) {
        const qreal x = xOf(tick);
        painter->drawLine(QPointF(x, plot.top()), QPointF(x, axisTop + row * 0.2));
        if (tick > 0)
            painter->drawText(QRectF(x - 30, axisTop + row * 0.2, 60, row * 0.8),
                Qt::AlignCenter | Qt::TextDontClip, u"%1%"_s.arg(tick * 100, 0, 'f', 0));
    }
    painter->drawText(QRectF(rect.left(), axisTop + row, rect.width(), row * 2),
        Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap,
        QCoreApplication::translate("Report",
            "Share of the chip's dense peak the figures need. Bands: under 5% low (never "
            "eliminates), 5-70% plausible, 70-100% implausible, over 100% impossible. Red: "
            "eliminated by this check. * unverified peak (never eliminates)."));
    painter->restore();
}

} // namespace ChipTrace::Report
