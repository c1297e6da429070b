// SPDX-License-Identifier: GPL-3.0-or-later
#include "funnelchart.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QTextCursor>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace ChipTrace::Report {

FunnelChart::FunnelChart(int catalogSize, QList<FunnelStep> steps, QObject *parent)
    : QObject(parent)
    , m_catalogSize(catalogSize)
    , m_steps(std::move(steps))
{ }

bool FunnelChart::insertInto(QTextDocument *document, const QString &marker)
{
    document->documentLayout()->registerHandler(ObjectType, this);
    QTextCursor cursor = document->find(marker);
    if (cursor.isNull())
        return false;
    QTextCharFormat format;
    format.setObjectType(ObjectType);
    cursor.insertText(QString(QChar::ObjectReplacementCharacter), format);
    return true;
}

qreal FunnelChart::rowHeight(QTextDocument *document) const
{
    QFontMetricsF metrics(document->defaultFont(), document->documentLayout()->paintDevice());
    return metrics.height() * 2.6;
}

QSizeF FunnelChart::intrinsicSize(QTextDocument *document, int, const QTextFormat &)
{
    // The text width less a little, so the object never forces a line wider than the page.
    const qreal width = document->textWidth() > 0 ? document->textWidth() * 0.98 : 400;
    return {width, rowHeight(document) * (m_steps.size() + 1)};
}

void FunnelChart::drawObject(
    QPainter *painter, const QRectF &rect, QTextDocument *document, int, const QTextFormat &)
{
    const qreal row = rowHeight(document);
    const qreal total = std::max(1, m_catalogSize);
    QFont font = document->defaultFont();
    QFont small = font;
    small.setPointSizeF(font.pointSizeF() * 0.85);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const auto bar = [&](int index, int count, const QString &label, const QString &detail) {
        const qreal top = rect.top() + index * row;
        const qreal width = rect.width() * std::clamp(count / total, 0.02, 1.0);
        const QRectF box(
            rect.left() + (rect.width() - width) / 2, top + row * 0.08, width, row * 0.42);
        painter->setPen(Qt::NoPen);
        painter->setBrush(count <= 3 ? QColor(0x2f, 0x5d, 0x8a) : QColor(0x8f, 0xa9, 0xc4));
        painter->drawRect(box);
        painter->setPen(Qt::black);
        painter->setFont(font);
        const QRectF textRow(rect.left(), top + row * 0.52, rect.width(), row * 0.46);
        painter->drawText(textRow, Qt::AlignLeft | Qt::AlignVCenter, label);
        painter->setFont(small);
        painter->drawText(textRow, Qt::AlignRight | Qt::AlignVCenter, detail);
    };
    bar(0, m_catalogSize,
        QCoreApplication::translate("Report", "Catalog: %n accelerator(s)", nullptr, m_catalogSize),
        QString());
    for (qsizetype i = 0; i < m_steps.size(); ++i) {
        const FunnelStep &s = m_steps[i];
        const QString label = u"%1. %2  [%3]"_s.arg(i + 1).arg(s.label, s.constraint);
        const QString detail =
            u"%1 → %2   %3"_s.arg(s.before).arg(s.after).arg(s.evidenceIds.join(u", "_s));
        bar(int(i) + 1, s.after, label, detail);
    }
    painter->restore();
}

} // namespace ChipTrace::Report
