// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/briefing.h"

// What the funnel view shows, as plain values: the steps in order with what each did, and every
// candidate chip with the step that eliminated it (if any) and its export-control status at the
// chosen date. A controller fills this from the funnel engine and the export rules; the view
// only presents it and reports the analyst's edits (reorder, disable, date) back as signals.

#include "domain/vocabulary.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace ChipTrace::Ui {

// Invalid: the item's constraint does not parse (FunnelStepInfo::note says why); it applies
// nothing.
enum class StepState {
    Applied,
    Conflict,
    Ranked,
    Disabled,
    Invalid
};

struct FunnelStepInfo
{
    QString key; // stable id (evidence id) so edits survive reordering
    QString label; // "NCCL backend in train.py:19"
    QString constraint; // "vendor = NVIDIA"
    QString strength; // "proof" | "strong" | "hint"
    StepState state = StepState::Applied;
    bool enabled = true;
    int remainingBefore = 0;
    int remainingAfter = 0;
    QString note; // e.g. why it is a conflict
    QString title; // the rule's (or the analyst's) title: "NCCL backend selected"
    QString canonical; // the constraint normalised, so identical constraints are merged
};

struct ChipCardInfo
{
    QString id;
    QString name;
    QString vendor;
    int eliminatedAtStep = -1; // index into steps; -1 = still a candidate at the end
    QString reason; // why it was eliminated (or why it remains)
    ControlStatus exportState = ControlStatus::Unknown;
    QString exportText; // "3A090.a — controlled since 2023-11-17"
};

// The assessment of a case, as far as the answer strip and the hypothesis matrix need it. Filled
// from the assessment engine (core/assess) when it is built in; a plain value, so the views do
// not depend on the engine.
enum class Consistency {
    Neutral,
    Consistent,
    Inconsistent
};

struct HypothesisMatrix
{
    QStringList hypotheses; // column titles: "NVIDIA Hopper datacenter", "Huawei Ascend"
    QStringList evidence; // row titles: "E3 NCCL backend (train.py:19)"
    QStringList evidenceIds; // the rows' evidence ids
    QList<QList<Consistency>> cells; // [row][column]
    QList<double> inconsistency; // per column: weighted inconsistency (lower = more likely)
};

struct RankedCandidate
{
    QString chipId;
    QString reason; // why it ranks where it does
};

struct AssessmentInfo
{
    QString confidence; // estimative language: "almost certainly", "likely", ...
    QString headline; // "a Hopper datacenter part; SKU undetermined"
    QList<RankedCandidate> ranked; // first = most likely
    HypothesisMatrix matrix;
    bool isEmpty() const { return confidence.isEmpty() && headline.isEmpty() && ranked.isEmpty(); }
};

struct FunnelPresentation
{
    QString modelName;
    QDate date; // the date export status is computed at
    QString destination; // ISO country code, e.g. "CN"
    QList<FunnelStepInfo> steps;
    QList<ChipCardInfo> chips;
    AssessmentInfo assessment; // empty until an assessment engine fills it
    // The compute-plausibility check of each phase the counted evidence gives figures for.
    QList<Report::ComputeSection> compute;
    // Why there are no steps, when the reason is not simply "no evidence yet": no model, or
    // evidence none of which constrains the catalog ("10 evidence items; none constrains ...").
    QString emptyNote;

    int remainingAfter(int appliedSteps) const; // appliedSteps 0..steps.size()
};

inline int FunnelPresentation::remainingAfter(int appliedSteps) const
{
    int n = 0;
    for (const ChipCardInfo &c : chips)
        if (c.eliminatedAtStep < 0 || c.eliminatedAtStep >= appliedSteps)
            ++n;
    return n;
}

} // namespace ChipTrace::Ui
