// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The elimination funnel: evidence, as constraints over the catalog, applied one step at a time.
// Proof and strong steps eliminate the chips for which their constraint is definitely false
// (an unknown figure keeps a chip in, and the explanation says so); hint steps eliminate nothing
// and only rank the survivors. A step that would eliminate every remaining candidate is flagged
// as a conflict and not applied, so contradictory evidence surfaces instead of emptying the
// funnel. Steps can be reordered, disabled and re-run; run() is a pure function of the
// candidates and the steps, so the result is deterministic.

#include "catalog/accelerator.h"
#include "funnel/constraint.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace ChipTrace::Catalog {
class Catalog;
}

namespace ChipTrace::Funnel {

struct Step
{
    Constraint constraint;
    Strength strength = Strength::Strong;
    QString evidenceId; // finding / evidence id in the case file, or any stable key
    QString evidenceLabel; // what an analyst reads, e.g. "NCCL backend in train.py:42"
    bool enabled = true;
};

enum class StepStatus {
    Applied, // eliminated what it could (possibly nothing)
    Conflict, // would have eliminated every remaining candidate: not applied
    Ranked, // a hint: scored the candidates, eliminated nothing
    Disabled,
};
QString stepStatusName(StepStatus s); // "applied", "conflict", "ranked", "disabled"

struct StepOutcome
{
    int stepIndex = -1;
    StepStatus status = StepStatus::Applied;
    QStringList eliminated; // chip ids, catalog order
    QStringList undecided; // chip ids kept because the constraint was Unknown for them
    QStringList matched; // hints: chip ids that satisfy the hint
    int remainingBefore = 0;
    int remainingAfter = 0;
};

struct Elimination
{
    int stepIndex = -1;
    QString evidenceId;
    QString evidenceLabel;
    QString why; // Constraint::explain() for the chip
};

struct Candidate
{
    QString chipId;
    int hintScore = 0; // +1 per hint satisfied, -1 per hint contradicted
    QStringList undecided; // evidence labels that could not be decided for this chip
};

struct FunnelResult
{
    QList<StepOutcome> steps; // one per step, in step order
    QList<Candidate> remaining; // ranked: hint score desc, then catalog order
    QHash<QString, Elimination> eliminated; // chip id -> what removed it
    QStringList remainingIds() const;
    QStringList eliminatedBy(int stepIndex) const; // chip ids, catalog order
};

class Funnel
{
public:
    explicit Funnel(QList<Catalog::Accelerator> candidates);
    explicit Funnel(const Catalog::Catalog &catalog);

    const QList<Step> &steps() const { return m_steps; }
    void setSteps(QList<Step> steps);
    void addStep(Step step);
    void removeStep(int index);
    void moveStep(int from, int to);
    void setEnabled(int index, bool enabled);

    FunnelResult run() const;

    // In words, why a chip is still in or is out, against the given result (from run()).
    QString explain(const QString &chipId, const FunnelResult &result) const;

    const QList<Catalog::Accelerator> &candidates() const { return m_candidates; }
    const Catalog::Accelerator *candidate(const QString &chipId) const;

private:
    QList<Catalog::Accelerator> m_candidates;
    QList<Step> m_steps;
};

// JSON form used by `chiptrace funnel --format json` (keys documented in the README).
QJsonObject toJson(const Funnel &funnel, const FunnelResult &result);

} // namespace ChipTrace::Funnel
