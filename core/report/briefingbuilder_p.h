// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core/report: what BriefingBuilder's parts share while filling one briefing.

#include "briefingbuilder.h"
#include "casefile/casetypes.h"

#include <QHash>
#include <QList>

#include <optional>

namespace ChipTrace::Assess {
struct Assessment;
}
namespace ChipTrace::Funnel {
struct CaseSteps;
struct FunnelResult;
} // namespace ChipTrace::Funnel

namespace ChipTrace::Report::Build {

struct Context
{
    const Case::CaseFile &file;
    const Catalog::Catalog &catalog;
    const Rules::ExportRules &rules;
    BuildSettings settings;
    Case::CaseInfo info;
    Case::Model model;
    std::optional<Case::Lab> lab;
    QHash<QString, Case::Source> sources;
    QList<Case::FindingRecord> findings; // every finding of the case
    QHash<QString, qsizetype> findingIndex; // id -> index in findings
    QList<Case::Evidence> evidence; // the model's, in display order
    QHash<QString, QString> displayId; // evidence id -> "E1"
    QDate trainingDate;
    QString destination;
};

// briefingbuilder.cpp
QList<EvidenceItem> evidenceItems(const Context &ctx);
QList<FindingRow> findingRows(const Context &ctx);
QList<SourceRecord> sourceRecords(const Context &ctx);

// briefingassessment.cpp: funnel, candidates, bottom line, timeline, method and limits.
void assess(const Context &ctx, Briefing &briefing);
QList<TimelineEvent> timeline(const Context &ctx, const Briefing &briefing);
void methodAndLimits(const Context &ctx, Briefing &briefing);

// briefingcompute.cpp: the compute-plausibility check of each phase the accepted evidence gives
// figures for, and the display ids of the items a compute step ("compute:<phase>") rests on.
QList<ComputeSection> computeSections(
    const Context &ctx, const Funnel::CaseSteps &plan, const Funnel::FunnelResult &result);
QStringList computeEvidenceIds(
    const Context &ctx, const Funnel::CaseSteps &plan, const QString &stepId);

// briefingtie.cpp: the tie among the candidates, grouped by export outcome, and the chips the
// lab's training claims name (needs briefing.candidates filled).
void tieAndClaims(const Context &ctx, Briefing &briefing, const Assess::Assessment &assessment);

} // namespace ChipTrace::Report::Build
