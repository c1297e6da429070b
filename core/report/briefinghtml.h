// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Turns a Briefing into the rich text (Qt's HTML subset) that PdfRenderer lays out and the
// workbench previews. Every level-1 heading is a table-of-contents entry, in sectionTitles()
// order; the contents page shows the page numbers passed in, or leaves their cells empty for the
// renderer to paint in once layout has found them (one layout instead of two).
// Table headers are <thead> rows, which QTextDocument repeats on every page a table spans.
// The funnel chart is a placeholder character that PdfRenderer replaces with a vector object.

#include "briefing.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ChipTrace::Report {

// The text that marks where the funnel chart goes; replaced by the chart object.
inline constexpr char16_t FunnelChartMarker[] = u"[[chiptrace-funnel-chart]]";

QStringList sectionTitles(const Briefing &briefing);

// tocPages[i] is the page number of sectionTitles()[i]; may be empty.
QString briefingHtml(const Briefing &briefing, const QList<int> &tocPages);

// Font families in preference order: Latin first, then the CJK family that suits the text
// (Japanese when it has kana, Korean when it has hangul, simplified Chinese otherwise).
QStringList fontFamiliesFor(const QString &text);

} // namespace ChipTrace::Report
