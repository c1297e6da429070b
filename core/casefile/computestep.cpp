// SPDX-License-Identifier: GPL-3.0-or-later
#include "casefile/computestep.h"

#include "plausibility/factextractor.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ChipTrace::Funnel {

namespace {

QString computeTr(const char *text)
{
    return QCoreApplication::translate("ChipTrace::Funnel::Compute", text);
}

using Plausibility::FactKind;


// An item's phase as it states it; none when it does not say (its figures then serve every
// phase that lacks its own, as claimFromFacts reads them).
std::optional<Plausibility::Phase> factsPhase(const Case::TrainingFacts &facts)
{
    return Plausibility::phaseFromName(facts.phase);
}

// Whether the item states how much training was done (tokens, hours, devices or days), as
// opposed to what the model is (parameters, precision): only such figures make a phase's check.
bool statesVolume(const Case::TrainingFacts &facts)
{
    return !facts.tokens.isEmpty() || !facts.deviceHours.isEmpty() || !facts.devices.isEmpty()
        || !facts.days.isEmpty();
}

// The item's figures in the extractor's form, so that one function (claimFromFacts) decides
// how figures of several items and phases combine, for text and for a case alike. The quote
// stands for the sentence: it tells claimFromFacts whether the model is a mixture of experts.
QList<Plausibility::TrainingFact> factsOf(const Case::Evidence &e)
{
    QList<Plausibility::TrainingFact> out;
    const auto phase = factsPhase(e.facts);
    for (const TrainingFigureField &f : trainingFigureFields()) {
        const auto value = Plausibility::parseQuantity(e.facts.*f.member);
        if (!value)
            continue;
        Plausibility::TrainingFact fact;
        fact.kind = f.kind;
        fact.value = *value;
        fact.phase = phase;
        fact.spelling = e.facts.*f.member;
        fact.sentence = e.quote;
        out << fact;
    }
    if (const auto precision = Plausibility::precisionFromName(e.facts.precision)) {
        Plausibility::TrainingFact fact;
        fact.kind = FactKind::Precision;
        fact.precision = precision;
        fact.phase = phase;
        fact.sentence = e.quote;
        out << fact;
    }
    return out;
}

bool countsForCompute(const Case::Evidence &e, EvidencePolicy policy)
{
    if (e.facts.isEmpty() || e.stance == Case::Stance::Contradicts)
        return false;
    return e.status == Case::ReviewStatus::Accepted
        || (e.status == Case::ReviewStatus::Proposed && policy == EvidencePolicy::IncludeProposed);
}

} // namespace

const QList<TrainingFigureField> &trainingFigureFields()
{
    static const QList<TrainingFigureField> fields{
        {FactKind::ActiveParams, &Case::TrainingFacts::activeParams, "active parameters"},
        {FactKind::TotalParams, &Case::TrainingFacts::totalParams, "total parameters"},
        {FactKind::Tokens, &Case::TrainingFacts::tokens, "tokens"},
        {FactKind::DeviceHours, &Case::TrainingFacts::deviceHours, "device-hours"},
        {FactKind::Devices, &Case::TrainingFacts::devices, "devices"},
        {FactKind::Days, &Case::TrainingFacts::days, "days"},
    };
    return fields;
}

QString ComputeCheck::id() const
{
    return kComputeStepPrefix.toString() + Plausibility::phaseName(phase);
}

QString trainingFactsError(const Case::TrainingFacts &facts)
{
    QStringList problems;
    if (!facts.phase.isEmpty() && !Plausibility::phaseFromName(facts.phase))
        problems << computeTr(
            "phase \"%1\" is not one of pretraining, context-extension, "
            "post-training, rl, total")
                        .arg(facts.phase);
    for (const TrainingFigureField &f : trainingFigureFields()) {
        const QString &text = facts.*f.member;
        if (!text.isEmpty() && !Plausibility::parseQuantity(text))
            problems << computeTr(
                "%1 \"%2\" is not a figure (write 37e9, 14.8T, 2.664M, ~7e6 or "
                "2.6e6..2.8e6)")
                            .arg(computeTr(f.name), text);
    }
    if (!facts.precision.isEmpty() && !Plausibility::precisionFromName(facts.precision))
        problems << computeTr("precision \"%1\" is not one of fp8, bf16, fp16, tf32, fp32")
                        .arg(facts.precision);
    return problems.join(u"; "_s);
}

QList<ComputeCheck> computeChecks(const QList<Case::Evidence> &evidence, EvidencePolicy policy,
    const Catalog::Catalog &catalog, const Plausibility::PeakTable &peaks)
{
    QList<Plausibility::TrainingFact> facts;
    QList<Plausibility::Phase> phases;
    for (const Case::Evidence &e : evidence) {
        if (!countsForCompute(e, policy))
            continue;
        facts += factsOf(e);
        const auto phase = factsPhase(e.facts).value_or(Plausibility::Phase::Pretraining);
        if (statesVolume(e.facts) && !phases.contains(phase))
            phases << phase;
    }
    // Parameters alone still make a (pre-training) check, so that it says what is missing.
    if (phases.isEmpty() && !facts.isEmpty())
        phases << Plausibility::Phase::Pretraining;
    std::sort(phases.begin(), phases.end());
    QList<ComputeCheck> out;
    for (Plausibility::Phase phase : std::as_const(phases)) {
        ComputeCheck check;
        check.phase = phase;
        check.assessment =
            Plausibility::assess(Plausibility::claimFromFacts(facts, phase), catalog, peaks);
        check.allAccepted = true;
        // A phase's check reads that phase's figures and, where it lacks one, those without a
        // phase and the whole training's (claimFromFacts): all of them are what it rests on.
        for (const Case::Evidence &e : evidence) {
            if (!countsForCompute(e, policy))
                continue;
            const auto p = factsPhase(e.facts);
            if (p && *p != phase && *p != Plausibility::Phase::Total)
                continue;
            check.evidenceIds << e.id;
            check.allAccepted = check.allAccepted && e.status == Case::ReviewStatus::Accepted;
        }
        out << check;
    }
    return out;
}

Case::Evidence computeEvidence(const ComputeCheck &check, const QString &modelId, QString *note)
{
    Case::Evidence item;
    item.id = check.id();
    item.modelId = modelId;
    item.strength = Strength::Strong;
    item.status = check.allAccepted ? Case::ReviewStatus::Accepted : Case::ReviewStatus::Proposed;
    item.quote = computeTr("Compute plausibility (%1)").arg(Plausibility::phaseName(check.phase));
    const QString restsOn = check.evidenceIds.join(u", "_s);
    if (!check.assessment.cannotAssess.isEmpty()) {
        *note = computeTr("cannot assess: %1").arg(check.assessment.cannotAssess);
        item.rationale = *note;
        return item;
    }
    const auto step = Plausibility::funnelStep(check.assessment);
    if (!step) {
        *note = computeTr(
            "eliminates nothing: every chip with a verified peak could have done "
            "%1 FLOPs in %2 device-hours")
                    .arg(check.assessment.flops.text(), check.assessment.claim.deviceHours->text());
        item.rationale = *note;
        return item;
    }
    note->clear();
    item.constraint = step->constraint.text();
    item.rationale = step->evidenceLabel + computeTr(" (figures from %1)").arg(restsOn);
    return item;
}

} // namespace ChipTrace::Funnel
