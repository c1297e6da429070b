// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A model's training facts as a funnel step. Evidence items may state training figures
// (Case::TrainingFacts: tokens from the paper, GPU-hours from the README, the precision from the
// tech report); the items that count under the funnel's policy combine, per training phase, into
// the inputs of the compute-plausibility check (core/plausibility), and the check becomes one
// step: the chips that would need more than their verified peak allows are removed. The step is
// an item of its own (id "compute:<phase>") so that the analyst orders and switches it like any
// other, and it rests on the items whose figures it used: reject one and the step changes.
// When the facts cannot run the check, the step is listed with "cannot assess: ..." and changes
// nothing; when every chip fits, it is listed as eliminating nothing.

#include "casefile/casefunnel.h"
#include "casefile/casetypes.h"
#include "plausibility/factextractor.h"
#include "plausibility/plausibility.h"

namespace ChipTrace::Catalog {
class Catalog;
}

namespace ChipTrace::Funnel {

// Each figure of Case::TrainingFacts (all but phase and precision) with the fact kind it is and
// its name in messages: one table for the check, the CLI and the inspector.
struct TrainingFigureField
{
    Plausibility::FactKind kind;
    QString Case::TrainingFacts::*member;
    const char *name; // "active parameters", ...
};
const QList<TrainingFigureField> &trainingFigureFields();

// Empty when every figure of `facts` parses; otherwise what is wrong, for the analyst.
QString trainingFactsError(const Case::TrainingFacts &facts);

// One check per phase that some counted item states figures for, in phase order.
QList<ComputeCheck> computeChecks(const QList<Case::Evidence> &evidence, EvidencePolicy policy,
    const Catalog::Catalog &catalog, const Plausibility::PeakTable &peaks);

// A check as the item the funnel lists: a Strong "not (id in [...])" constraint when it
// eliminates, no constraint (and `note`) when it cannot run or eliminates nothing.
Case::Evidence computeEvidence(const ComputeCheck &check, const QString &modelId, QString *note);

} // namespace ChipTrace::Funnel
