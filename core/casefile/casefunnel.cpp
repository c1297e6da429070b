// SPDX-License-Identifier: GPL-3.0-or-later
#include "casefile/casefunnel.h"

#include "casefile/computestep.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace ChipTrace::Funnel {

QStringList CaseSteps::ids() const
{
    QStringList out;
    out.reserve(entries.size());
    for (const CaseStepEntry &e : entries)
        out << e.evidence.id;
    return out;
}

int CaseSteps::entryOfStep(int stepIndex) const
{
    for (int i = 0; i < entries.size(); ++i)
        if (entries.at(i).stepIndex == stepIndex)
            return i;
    return -1;
}

bool countsInFunnel(const Case::Evidence &evidence, EvidencePolicy policy)
{
    if (evidence.stance == Case::Stance::Contradicts || evidence.constraint.trimmed().isEmpty())
        return false;
    switch (evidence.status) {
    case Case::ReviewStatus::Accepted:
        return true;
    case Case::ReviewStatus::Proposed:
        return policy == EvidencePolicy::IncludeProposed;
    case Case::ReviewStatus::Disputed:
    case Case::ReviewStatus::Rejected:
        break;
    }
    return false;
}

// The stored order first; the rest strongest first so that a new case reads from the firmest
// evidence to the weakest, and oldest first among equals (stable sort over the case's order).
static QList<const Case::Evidence *> ordered(
    const QList<Case::Evidence> &evidence, const Case::FunnelState &state, EvidencePolicy policy)
{
    QHash<QString, const Case::Evidence *> counted;
    QList<const Case::Evidence *> rest;
    for (const Case::Evidence &e : evidence) {
        if (!countsInFunnel(e, policy))
            continue;
        counted.insert(e.id, &e);
        if (!state.order.contains(e.id))
            rest << &e;
    }
    QList<const Case::Evidence *> out;
    for (const QString &id : state.order)
        if (const Case::Evidence *e = counted.value(id); e && !out.contains(e))
            out << e;
    std::stable_sort(
        rest.begin(), rest.end(), [](const Case::Evidence *a, const Case::Evidence *b) {
            return int(a->strength) > int(b->strength);
        });
    return out + rest;
}

CaseSteps caseSteps(
    const QList<Case::Evidence> &evidence, const Case::FunnelState &state, EvidencePolicy policy)
{
    CaseSteps plan;
    const QSet<QString> disabled(state.disabled.cbegin(), state.disabled.cend());
    for (const Case::Evidence *e : ordered(evidence, state, policy)) {
        CaseStepEntry entry{*e, -1, {}};
        Result<Constraint> constraint = Constraint::parse(e->constraint);
        if (constraint) {
            entry.stepIndex = int(plan.steps.size());
            Step step;
            step.constraint = *constraint;
            step.strength = e->strength;
            step.evidenceId = e->id;
            step.evidenceLabel =
                e->locator.isEmpty() ? e->quote.left(60) : e->locator.toDisplayString();
            step.enabled = !disabled.contains(e->id);
            plan.steps << step;
        } else {
            entry.error = constraint.message();
        }
        plan.entries << entry;
    }
    return plan;
}

CaseSteps caseSteps(const QList<Case::Evidence> &evidence, const Case::FunnelState &state,
    EvidencePolicy policy, const Catalog::Catalog &catalog, const Plausibility::PeakTable &peaks)
{
    QList<Case::Evidence> all = evidence;
    QList<CaseStepEntry> silent;
    const QString modelId = evidence.isEmpty() ? QString() : evidence.first().modelId;
    const QList<ComputeCheck> checks = computeChecks(evidence, policy, catalog, peaks);
    for (const ComputeCheck &check : checks) {
        QString note;
        Case::Evidence item = computeEvidence(check, modelId, &note);
        if (note.isEmpty())
            all << item;
        else
            silent << CaseStepEntry{item, -1, note};
    }
    CaseSteps plan = caseSteps(all, state, policy);
    // The step names what the check found, not the item's short title.
    for (int i = 0; i < plan.steps.size(); ++i)
        if (isComputeStep(plan.steps.at(i).evidenceId))
            if (const int e = plan.entryOfStep(i); e >= 0)
                plan.steps[i].evidenceLabel = plan.entries.at(e).evidence.rationale;
    plan.entries += silent;
    plan.compute = checks;
    return plan;
}

bool isComputeStep(const QString &evidenceId)
{
    return evidenceId.startsWith(kComputeStepPrefix);
}

Case::FunnelState movedStep(
    const Case::FunnelState &state, const QStringList &shown, int from, int to)
{
    if (from < 0 || from >= shown.size() || to < 0 || to >= shown.size() || from == to)
        return state;
    QStringList full = state.order;
    for (const QString &id : shown)
        if (!full.contains(id))
            full << id;
    const QString moving = shown.at(from);
    const QString anchor = shown.at(to);
    full.removeAll(moving);
    const qsizetype at = full.indexOf(anchor);
    full.insert(to > from ? at + 1 : at, moving); // after the anchor when moving down
    Case::FunnelState out = state;
    out.order = full;
    return out;
}

Case::FunnelState withStepEnabled(
    const Case::FunnelState &state, const QString &evidenceId, bool enabled)
{
    Case::FunnelState out = state;
    out.disabled.removeAll(evidenceId);
    if (!enabled)
        out.disabled << evidenceId;
    out.disabled.sort();
    return out;
}

} // namespace ChipTrace::Funnel
