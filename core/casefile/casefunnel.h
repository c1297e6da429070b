// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A model's evidence as funnel steps: the one place that decides which evidence items narrow
// the funnel and in which order, so that the workbench's funnel and the exported briefing
// cannot disagree. Rejected and disputed items never count, and an item whose stance is
// "contradicts" never becomes an elimination step (its constraint describes hardware the item
// argues against, so applying it would eliminate the wrong chips). The briefing counts reviewed
// (accepted) evidence only; the workbench by default also counts proposed items, so an analyst
// sees their effect before review, and its "Reviewed evidence only" switch applies exactly the
// briefing's policy. Order: the analyst's stored order (Case::FunnelState) first, then items
// without a place, strongest first, oldest first. Disabled items stay in the list as disabled
// steps. An item whose constraint does not parse is listed with the parse error and no step.

#include "casefile/casetypes.h"
#include "funnel/funnel.h"
#include "plausibility/plausibility.h"

namespace ChipTrace::Plausibility {
class PeakTable;
}

namespace ChipTrace::Funnel {

enum class EvidencePolicy {
    ReviewedOnly, // accepted items only: the briefing, and the workbench's switch
    IncludeProposed, // accepted and not-yet-reviewed items: the workbench's default
};

struct CaseStepEntry
{
    Case::Evidence evidence;
    int stepIndex = -1; // index into CaseSteps::steps; -1 when there is no step
    QString error; // why there is no step: the constraint does not parse, or the compute
                   // check cannot assess / eliminates nothing (casefile/computestep.h)
};

inline constexpr QStringView kComputeStepPrefix = u"compute:";

// The compute-plausibility check of one training phase (casefile/computestep.h).
struct ComputeCheck
{
    Plausibility::Phase phase = Plausibility::Phase::Pretraining;
    Plausibility::Assessment assessment; // cannotAssess says why it could not run
    QStringList evidenceIds; // the items whose figures were used, case order
    bool allAccepted = false; // every one of them is accepted (the step's own status)
    QString id() const; // "compute:pretraining"
};

struct CaseSteps
{
    QList<CaseStepEntry> entries; // every counted item with a constraint, in funnel order
    QList<Step> steps; // the parsable entries as steps, same order; disabled ones off
    QList<ComputeCheck> compute; // the compute checks behind the compute entries (with catalog)
    QStringList ids() const; // the entries' evidence ids
    int entryOfStep(int stepIndex) const;
};

// Whether an item may narrow the funnel under `policy` (its constraint aside).
bool countsInFunnel(const Case::Evidence &evidence, EvidencePolicy policy);

// `evidence`: the model's items in the case's order (oldest first, as CaseFile::evidence()).
CaseSteps caseSteps(
    const QList<Case::Evidence> &evidence, const Case::FunnelState &state, EvidencePolicy policy);
// The same, with the compute-plausibility step of each training phase the counted items state
// figures for (casefile/computestep.h): a step of its own, ordered and switched by its id
// ("compute:pretraining"); when it cannot run or eliminates nothing it is listed last with the
// reason and no step.
CaseSteps caseSteps(const QList<Case::Evidence> &evidence, const Case::FunnelState &state,
    EvidencePolicy policy, const Catalog::Catalog &catalog, const Plausibility::PeakTable &peaks);
// Whether an entry is the compute step rather than a stored item.
bool isComputeStep(const QString &evidenceId);

// Edits of an arrangement. `shown` is the list the analyst sees (CaseSteps::ids()); ids of the
// stored order that are not shown keep their place relative to the others.
Case::FunnelState movedStep(
    const Case::FunnelState &state, const QStringList &shown, int from, int to);
Case::FunnelState withStepEnabled(
    const Case::FunnelState &state, const QString &evidenceId, bool enabled);

} // namespace ChipTrace::Funnel
