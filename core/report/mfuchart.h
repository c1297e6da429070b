// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The compute-plausibility check as a vector chart in the briefing's text flow: one row per
// chip, a bar from the lowest to the highest share of its peak the lab's figures would need,
// drawn over the bands (low under 5%, plausible, implausible above 70%, impossible above 100%)
// with the chip's name and its range as real text, so the chart stays sharp and searchable.

#include "briefing.h"

#include <QObject>
#include <QTextObjectInterface>

class QTextDocument;

namespace ChipTrace::Report {

// A long chart is drawn in parts of at most kMfuRowsPerPart rows, each an object of its own, so
// that the page layout can break between them (an inline object cannot span a page).
inline constexpr int kMfuRowsPerPart = 12;
int mfuChartParts(const ComputeSection &section);
// Where part `part` of the chart of compute section `index` goes in the briefing's HTML.
QString mfuChartMarker(int index, int part = 0);

// The chart of one section in `rect`: rows of height `row` in `font`, then the axis and two
// lines of legend. The workbench draws the same picture as the briefing with it.
void paintMfuChart(
    QPainter *painter, const QRectF &rect, const ComputeSection &section, const QFont &font);
// The height paintMfuChart() needs for `section` with rows of height `row`.
qreal mfuChartHeight(const ComputeSection &section, qreal row);

class MfuChart : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    static constexpr int ObjectType = QTextFormat::UserObject + 2;

    explicit MfuChart(QList<ComputeSection> sections, QObject *parent = nullptr);

    // Registers the chart with `document` and puts each part of each section's chart at its
    // marker; returns how many markers were found.
    int insertInto(QTextDocument *document);

    QSizeF intrinsicSize(
        QTextDocument *document, int posInDocument, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *document,
        int posInDocument, const QTextFormat &format) override;

private:
    static constexpr int SectionProperty = QTextFormat::UserProperty + 1;
    qreal rowHeight(QTextDocument *document) const;

    QList<ComputeSection> m_parts; // each section cut into parts, in marker order
    QList<int> m_partCounts; // parts per section
};

} // namespace ChipTrace::Report
