// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The funnel as a vector chart inside the briefing's text flow: a QTextObjectInterface that
// draws one bar per step (its length the share of the catalog still in the running) with the
// step's constraint, counts and evidence ids as real text, so the chart stays sharp at any
// zoom and its words stay searchable in the PDF.

#include "briefing.h"

#include <QObject>
#include <QTextObjectInterface>

class QTextDocument;

namespace ChipTrace::Report {

class FunnelChart : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    static constexpr int ObjectType = QTextFormat::UserObject + 1;

    FunnelChart(int catalogSize, QList<FunnelStep> steps, QObject *parent = nullptr);

    // Registers the chart with `document` and puts it where `marker` is (the marker's text is
    // replaced); returns false when the marker is not in the document.
    bool insertInto(QTextDocument *document, const QString &marker);

    QSizeF intrinsicSize(
        QTextDocument *document, int posInDocument, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *document,
        int posInDocument, const QTextFormat &format) override;

private:
    qreal rowHeight(QTextDocument *document) const;

    int m_catalogSize = 0;
    QList<FunnelStep> m_steps;
};

} // namespace ChipTrace::Report
