// SPDX-License-Identifier: GPL-3.0-or-later
#include "funnel/funnel.h"

#include "catalog/catalog.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ChipTrace::Funnel {

namespace { } // namespace

QString stepStatusName(StepStatus s)
{
    switch (s) {
    case StepStatus::Applied:
        return u"applied"_s;
    case StepStatus::Conflict:
        return u"conflict"_s;
    case StepStatus::Ranked:
        return u"ranked"_s;
    case StepStatus::Disabled:
        return u"disabled"_s;
    }
    return {};
}

QStringList FunnelResult::remainingIds() const
{
    QStringList ids;
    for (const Candidate &c : remaining)
        ids.append(c.chipId);
    return ids;
}

QStringList FunnelResult::eliminatedBy(int stepIndex) const
{
    for (const StepOutcome &o : steps) {
        if (o.stepIndex == stepIndex)
            return o.eliminated;
    }
    return {};
}

Funnel::Funnel(QList<Catalog::Accelerator> candidates)
    : m_candidates(std::move(candidates))
{ }

Funnel::Funnel(const Catalog::Catalog &catalog)
    : m_candidates(catalog.all())
{ }

void Funnel::setSteps(QList<Step> steps)
{
    m_steps = std::move(steps);
}

void Funnel::addStep(Step step)
{
    m_steps.append(std::move(step));
}

void Funnel::removeStep(int index)
{
    if (index >= 0 && index < m_steps.size())
        m_steps.removeAt(index);
}

void Funnel::moveStep(int from, int to)
{
    if (from < 0 || from >= m_steps.size() || to < 0 || to >= m_steps.size())
        return;
    m_steps.move(from, to);
}

void Funnel::setEnabled(int index, bool enabled)
{
    if (index >= 0 && index < m_steps.size())
        m_steps[index].enabled = enabled;
}

const Catalog::Accelerator *Funnel::candidate(const QString &chipId) const
{
    for (const auto &c : m_candidates) {
        if (c.id == chipId)
            return &c;
    }
    return nullptr;
}

namespace {

// State carried from step to step while the funnel runs.
struct RunState
{
    QList<int> alive; // indexes into the candidates, catalog order
    QHash<int, int> score;
    QHash<int, QStringList> undecided;
};

} // namespace

// Applies one enabled step to the chips still in; fills `outcome` and `result`.
static void applyStep(const QList<Catalog::Accelerator> &candidates, const Step &step, int index,
    RunState &state, StepOutcome &outcome, FunnelResult &result)
{
    QList<int> keep;
    QList<int> drop;
    QHash<int, Truth> truth;
    for (int i : std::as_const(state.alive)) {
        const Truth t = step.constraint.evaluate(candidates.at(i));
        truth.insert(i, t);
        if (t == Truth::False) {
            drop.append(i);
            continue;
        }
        keep.append(i);
        (t == Truth::True ? outcome.matched : outcome.undecided).append(candidates.at(i).id);
    }
    if (step.strength == Strength::Hint) {
        outcome.status = StepStatus::Ranked;
        for (int i : std::as_const(state.alive))
            state.score[i] +=
                truth.value(i) == Truth::True ? 1 : (truth.value(i) == Truth::False ? -1 : 0);
        return;
    }
    if (keep.isEmpty() && !state.alive.isEmpty()) {
        // Contradicts everything still in: surface it rather than empty the funnel.
        outcome.status = StepStatus::Conflict;
        return;
    }
    outcome.status = StepStatus::Applied;
    for (int i : std::as_const(drop)) {
        const auto &chip = candidates.at(i);
        outcome.eliminated.append(chip.id);
        result.eliminated.insert(chip.id,
            Elimination{index, step.evidenceId, step.evidenceLabel, step.constraint.explain(chip)});
    }
    const QString label =
        step.evidenceLabel.isEmpty() ? step.constraint.text() : step.evidenceLabel;
    for (int i : std::as_const(keep)) {
        if (truth.value(i) == Truth::Unknown)
            state.undecided[i].append(label);
    }
    state.alive = keep;
}

FunnelResult Funnel::run() const
{
    FunnelResult result;
    RunState state;
    for (int i = 0; i < m_candidates.size(); ++i)
        state.alive.append(i);
    for (int s = 0; s < m_steps.size(); ++s) {
        const Step &step = m_steps.at(s);
        StepOutcome outcome;
        outcome.stepIndex = s;
        outcome.remainingBefore = int(state.alive.size());
        if (!step.enabled || !step.constraint.isValid())
            outcome.status = StepStatus::Disabled;
        else
            applyStep(m_candidates, step, s, state, outcome, result);
        outcome.remainingAfter = int(state.alive.size());
        result.steps.append(outcome);
    }
    QList<int> ranked = state.alive;
    std::stable_sort(ranked.begin(), ranked.end(),
        [&state](int a, int b) { return state.score.value(a) > state.score.value(b); });
    for (int i : std::as_const(ranked))
        result.remaining.append(
            Candidate{m_candidates.at(i).id, state.score.value(i), state.undecided.value(i)});
    return result;
}

QString Funnel::explain(const QString &chipId, const FunnelResult &result) const
{
    const Catalog::Accelerator *chip = candidate(chipId);
    if (!chip)
        return QCoreApplication::translate("Funnel", "%1 is not among the funnel's candidates.")
            .arg(chipId);
    auto stepName = [this](int i) {
        const Step &s = m_steps.at(i);
        const QString label = s.evidenceLabel.isEmpty() ? s.constraint.text() : s.evidenceLabel;
        return QCoreApplication::translate("Funnel", "step %1 (%2, %3: %4)")
            .arg(i + 1)
            .arg(label, strengthName(s.strength), s.constraint.text());
    };
    const auto out = result.eliminated.constFind(chipId);
    if (out != result.eliminated.cend() && out->stepIndex < m_steps.size())
        return QCoreApplication::translate("Funnel", "%1 is out: eliminated by %2. %3.")
            .arg(chip->name, stepName(out->stepIndex), out->why);

    QStringList lines;
    lines.append(QCoreApplication::translate("Funnel", "%1 is still in.").arg(chip->name));
    for (const StepOutcome &o : result.steps) {
        if (o.stepIndex >= m_steps.size())
            continue;
        const Step &s = m_steps.at(o.stepIndex);
        const QString why = s.constraint.explain(*chip);
        switch (o.status) {
        case StepStatus::Disabled:
            lines.append(QCoreApplication::translate("Funnel", "%1 is disabled.")
                    .arg(stepName(o.stepIndex)));
            break;
        case StepStatus::Conflict:
            lines.append(QCoreApplication::translate("Funnel",
                "%1 was not applied: it would eliminate every remaining candidate (conflict). %2.")
                    .arg(stepName(o.stepIndex), why));
            break;
        case StepStatus::Ranked:
            lines.append(QCoreApplication::translate("Funnel", "%1 ranks only: %2.")
                    .arg(stepName(o.stepIndex), why));
            break;
        case StepStatus::Applied:
            lines.append(o.undecided.contains(chipId)
                    ? QCoreApplication::translate(
                          "Funnel", "%1 kept it because the catalog cannot decide: %2.")
                          .arg(stepName(o.stepIndex), why)
                    : QCoreApplication::translate("Funnel", "%1 is satisfied: %2.")
                          .arg(stepName(o.stepIndex), why));
            break;
        }
    }
    return lines.join(u'\n');
}

} // namespace ChipTrace::Funnel
