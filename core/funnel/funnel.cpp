#include "funnel/funnel.h"

#include "catalog/catalog.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ChipTrace::Funnel {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Funnel", text);
}
} // namespace

QString stepStatusName(StepStatus s)
{
    switch (s) {
    case StepStatus::Applied: return u"applied"_s;
    case StepStatus::Conflict: return u"conflict"_s;
    case StepStatus::Ranked: return u"ranked"_s;
    case StepStatus::Disabled: return u"disabled"_s;
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

Funnel::Funnel(QList<Catalog::Accelerator> candidates) : m_candidates(std::move(candidates)) {}

Funnel::Funnel(const Catalog::Catalog &catalog) : m_candidates(catalog.all()) {}

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

FunnelResult Funnel::run() const
{
    FunnelResult result;
    QList<int> alive; // indexes into m_candidates, catalog order
    for (int i = 0; i < m_candidates.size(); ++i)
        alive.append(i);
    QHash<int, int> score;
    QHash<int, QStringList> undecided;

    for (int s = 0; s < m_steps.size(); ++s) {
        const Step &step = m_steps.at(s);
        StepOutcome outcome;
        outcome.stepIndex = s;
        outcome.remainingBefore = int(alive.size());
        if (!step.enabled || !step.constraint.isValid()) {
            outcome.status = StepStatus::Disabled;
            outcome.remainingAfter = outcome.remainingBefore;
            result.steps.append(outcome);
            continue;
        }
        QList<int> keep;
        QList<int> drop;
        for (int i : std::as_const(alive)) {
            const auto &chip = m_candidates.at(i);
            const Truth t = step.constraint.evaluate(chip);
            if (t == Truth::Unknown) {
                outcome.undecided.append(chip.id);
                keep.append(i);
            } else if (t == Truth::True) {
                outcome.matched.append(chip.id);
                keep.append(i);
            } else {
                drop.append(i);
            }
        }
        if (step.strength == Strength::Hint) {
            outcome.status = StepStatus::Ranked;
            for (int i : std::as_const(alive)) {
                const Truth t = step.constraint.evaluate(m_candidates.at(i));
                score[i] += t == Truth::True ? 1 : (t == Truth::False ? -1 : 0);
            }
        } else if (keep.isEmpty() && !alive.isEmpty()) {
            // Contradicts everything still in: surface it rather than empty the funnel.
            outcome.status = StepStatus::Conflict;
        } else {
            outcome.status = StepStatus::Applied;
            for (int i : std::as_const(drop)) {
                const auto &chip = m_candidates.at(i);
                outcome.eliminated.append(chip.id);
                result.eliminated.insert(chip.id, Elimination{s, step.evidenceId, step.evidenceLabel,
                                                              step.constraint.explain(chip)});
            }
            alive = keep;
        }
        if (step.strength != Strength::Hint && outcome.status == StepStatus::Applied) {
            for (const QString &id : std::as_const(outcome.undecided)) {
                for (int i : std::as_const(alive)) {
                    if (m_candidates.at(i).id == id)
                        undecided[i].append(step.evidenceLabel.isEmpty() ? step.constraint.text() : step.evidenceLabel);
                }
            }
        }
        outcome.remainingAfter = int(alive.size());
        result.steps.append(outcome);
    }

    QList<int> ranked = alive;
    std::stable_sort(ranked.begin(), ranked.end(), [&score](int a, int b) { return score.value(a) > score.value(b); });
    for (int i : std::as_const(ranked))
        result.remaining.append(Candidate{m_candidates.at(i).id, score.value(i), undecided.value(i)});
    return result;
}

QString Funnel::explain(const QString &chipId, const FunnelResult &result) const
{
    const Catalog::Accelerator *chip = candidate(chipId);
    if (!chip)
        return tr("%1 is not among the funnel's candidates.").arg(chipId);
    auto stepName = [this](int i) {
        const Step &s = m_steps.at(i);
        const QString label = s.evidenceLabel.isEmpty() ? s.constraint.text() : s.evidenceLabel;
        return tr("step %1 (%2, %3: %4)").arg(i + 1).arg(label, strengthName(s.strength), s.constraint.text());
    };
    const auto out = result.eliminated.constFind(chipId);
    if (out != result.eliminated.cend() && out->stepIndex < m_steps.size())
        return tr("%1 is out: eliminated by %2. %3.").arg(chip->name, stepName(out->stepIndex), out->why);

    QStringList lines;
    lines.append(tr("%1 is still in.").arg(chip->name));
    for (const StepOutcome &o : result.steps) {
        if (o.stepIndex >= m_steps.size())
            continue;
        const Step &s = m_steps.at(o.stepIndex);
        const QString why = s.constraint.explain(*chip);
        switch (o.status) {
        case StepStatus::Disabled: lines.append(tr("%1 is disabled.").arg(stepName(o.stepIndex))); break;
        case StepStatus::Conflict:
            lines.append(tr("%1 was not applied: it would eliminate every remaining candidate (conflict). %2.")
                             .arg(stepName(o.stepIndex), why));
            break;
        case StepStatus::Ranked: lines.append(tr("%1 ranks only: %2.").arg(stepName(o.stepIndex), why)); break;
        case StepStatus::Applied:
            lines.append(o.undecided.contains(chipId)
                             ? tr("%1 kept it because the catalog cannot decide: %2.").arg(stepName(o.stepIndex), why)
                             : tr("%1 is satisfied: %2.").arg(stepName(o.stepIndex), why));
            break;
        }
    }
    return lines.join(u'\n');
}

} // namespace ChipTrace::Funnel
