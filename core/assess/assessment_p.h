// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core/assess: what the engine's parts share.

#include "assess/assessment.h"
#include "scan/site.h"

#include <QCoreApplication>

namespace ChipTrace::Assess {

// The item that takes the lab's training claims together as one step (assessment.cpp). It is
// the claims themselves, not evidence besides them: it never counts as a second firm item.
inline constexpr char kTrainingClaimsId[] = "combination:training-claims";

// The engine's user-facing text, in one translation context: one helper for every file, so that
// a unity batch of core/assess sees one tr() rather than clashing file-local copies.
inline QString tr(const char *text)
{
    return QCoreApplication::translate("ChipTrace::Assess", text);
}

const Catalog::Catalog &catalogOf(const Options &options);
const QList<Combination> &combinationsOf(const Options &options);

// items.cpp
// "path:line (commit)" of the first reference, "and N more" for the rest.
QString whereText(const QList<FindingRef> &refs);
Scan::Site siteOfFinding(const Scan::Finding &finding);
QStringList ignoredSummary(const QList<Scan::Finding> &findings);
Scan::Finding findingFromRecord(const Case::FindingRecord &record);
QString combinationIdOf(const QString &rationale); // "[combination:<id>] ..." -> "<id>"

// How much an item weighs in the hypothesis matrix.
double weightOf(const Item &item);
// Vendors with at least one chip for which the constraint is not definitely false.
QStringList vendorsAllowed(const Funnel::Constraint &constraint, const Catalog::Catalog &catalog);

// hypotheses.cpp: vendor hypotheses, then the leading vendor's generations, ranked.
QList<Hypothesis> buildHypotheses(const Assessment &assessment, const Catalog::Catalog &catalog);

// answer.cpp: ranked candidates, the answer and its facets.
void rankCandidates(Assessment &assessment, const Catalog::Catalog &catalog);
void answer(Assessment &assessment, const Catalog::Catalog &catalog);

} // namespace ChipTrace::Assess
