// SPDX-License-Identifier: GPL-3.0-or-later
// The compute-plausibility part of the briefing: for each training phase the accepted evidence
// gives figures for, the inputs with the items they came from, and the share of its peak each
// chip would have needed, for the candidates that remain and the chips the check removed.

#include "briefingbuilder_p.h"
#include "casefile/computestep.h"
#include "catalog/catalog.h"
#include "computesection.h"
#include "funnel/funnel.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ChipTrace::Report {

namespace {

QStringList inputLines(const Plausibility::TrainingClaim &claim)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("Report", text); };
    QStringList out;
    if (claim.activeParams)
        out << tr("active parameters %1").arg(claim.activeParams->text());
    if (claim.tokens)
        out << tr("tokens %1").arg(claim.tokens->text());
    if (claim.deviceHours)
        out << tr("device-hours %1").arg(claim.deviceHours->text());
    out << (claim.precision ? tr("precision %1").arg(Plausibility::precisionName(*claim.precision))
                            : tr("precision not stated (each chip's fastest format)"));
    return out;
}

ComputeRow rowOf(const Plausibility::ChipVerdict &v, bool eliminated)
{
    return {v.chipName, v.mfuLow, v.mfuHigh, Plausibility::bandName(v.band), v.explain(),
        v.verified, eliminated};
}

} // namespace

ComputeSection computeSection(const Funnel::ComputeCheck &check, const Funnel::CaseSteps &plan,
    const Funnel::FunnelResult &result, const QHash<QString, QString> &displayIds)
{
    ComputeSection s;
    s.phase = Plausibility::phaseName(check.phase);
    s.inputs = inputLines(check.assessment.claim);
    for (const QString &id : check.evidenceIds)
        s.evidenceIds << displayIds.value(id, id);
    s.cannotAssess = check.assessment.cannotAssess;
    if (!s.cannotAssess.isEmpty())
        return s;
    // The step's own eliminations, when it ran as a step (it may be switched off or in conflict).
    QStringList removed;
    for (const Funnel::StepOutcome &o : result.steps)
        if (plan.steps.at(o.stepIndex).evidenceId == check.id())
            removed = o.eliminated;
    const QStringList remaining = result.remainingIds();
    for (const Plausibility::ChipVerdict &v : check.assessment.chips)
        if (remaining.contains(v.chipId))
            s.rows << rowOf(v, false);
    for (const Plausibility::ChipVerdict &v : check.assessment.chips)
        if (removed.contains(v.chipId))
            s.rows << rowOf(v, true);
    return s;
}

namespace Build {

QList<ComputeSection> computeSections(
    const Context &ctx, const Funnel::CaseSteps &plan, const Funnel::FunnelResult &result)
{
    QList<ComputeSection> out;
    for (const Funnel::ComputeCheck &check : plan.compute)
        out << computeSection(check, plan, result, ctx.displayId);
    return out;
}

QStringList computeEvidenceIds(
    const Context &ctx, const Funnel::CaseSteps &plan, const QString &stepId)
{
    QStringList ids;
    for (const Funnel::ComputeCheck &check : plan.compute)
        if (check.id() == stepId)
            for (const QString &id : check.evidenceIds)
                ids << ctx.displayId.value(id, id);
    return ids;
}

} // namespace Build
} // namespace ChipTrace::Report
