// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the timeline shows, as plain values: one lane per evidence item or group of findings
// (a bar from when it appeared to when it was removed, or a point for a dated document) and
// vertical markers for model dates and export-control rules. A builder (timelinebuilder.h) fills
// it from the case; TimelineView only draws it.

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace ChipTrace::Ui {

// How a lane is coloured: evidence by review state (or stance when it contradicts), findings
// by whether they are still at HEAD.
enum class SpanTone {
    Present,
    Removed,
    Accepted,
    Proposed,
    Disputed,
    Rejected,
    Contradicts
};

// One piece of evidence over time: from the commit that added it to the commit that removed it
// (or to today when it is still there).
struct TimelineSpan
{
    QString label; // "nccl.ib_hca — scripts/launch.sh"
    QDateTime start;
    QDateTime end; // invalid = still present at HEAD (or a point)
    QString detail; // tooltip: what, where, commits, authors
    SpanTone tone = SpanTone::Present;
    bool evidence = false; // an evidence item of the current model (drawn first)
    bool point = false; // a document: one dot at its date
    int relevance = 0; // higher lanes are kept first when the lanes are capped
    QString evidenceId; // evidence lanes: the item a click selects
    QString findingId; // finding lanes: the first finding of the lane, opened on a click
};

enum class MarkerKind {
    Release,
    TrainingStart,
    TrainingEnd,
    ExportRule
};

struct TimelineMarker
{
    QDateTime at;
    QString label; // "TinyLM-7B released", "3A090 revised (88 FR 73458)"
    MarkerKind kind = MarkerKind::Release;
    QString family; // export rules: the rule kind ("3a090-2023", "notice", ...) that sets the style
    QString detail; // tooltip: citation, summary
};

struct TimelinePresentation
{
    QList<TimelineSpan> spans;
    QList<TimelineMarker> markers;
    int undated = 0; // evidence items with no date to draw (said in the view's note)
};

} // namespace ChipTrace::Ui
