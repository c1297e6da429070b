// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Builds the timeline's lanes and markers from case values, with no widget and no query: the
// controller hands it what the workbench already holds in memory. Evidence items of the current
// model become the first lanes, coloured by review state; findings become one lane per rule and
// file, grouped by family; export-control rules become markers when they matter for the period.

#include "casefile/casetypes.h"
#include "timelinepresentation.h"

#include <QHash>

namespace ChipTrace::Rules {
class ExportRules;
}

namespace ChipTrace::Ui::TimelineBuilder {

// One lane per rule and file, from the first commit that had it to its last removal (or now).
QList<TimelineSpan> findingLanes(const QList<Case::FindingRecord> &findings);

struct EvidenceLanes
{
    QList<TimelineSpan> spans;
    int undated = 0; // items with neither a dated finding nor a dated document
};

// `findingIndex` maps finding ids to rows of `findings`.
EvidenceLanes evidenceLanes(const QList<Case::Evidence> &items,
    const QList<Case::FindingRecord> &findings, const QHash<QString, qsizetype> &findingIndex,
    const QList<Case::Source> &sources);

QList<TimelineMarker> modelMarkers(const QList<Case::Model> &models);

// The rules that matter for a period: those in force on `from` and every version that takes
// effect from then until a year after `to` (a rule soon after release still bears on shipments).
QList<TimelineMarker> ruleMarkers(
    const Rules::ExportRules &rules, const QDate &from, const QDate &to);

// The period that matters: from the earliest lane or model date to the latest model date (to
// the lanes' latest end when there are no model dates); invalid when both are empty.
std::pair<QDate, QDate> period(
    const QList<TimelineSpan> &spans, const QList<TimelineMarker> &markers);

} // namespace ChipTrace::Ui::TimelineBuilder
