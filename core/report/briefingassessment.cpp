// SPDX-License-Identifier: GPL-3.0-or-later
// The analytic half of the builder: the funnel over the catalog, the candidates' export status
// at the training date, the bottom line and its confidence, the timeline, method and limits.

#include "assess/assessment.h"
#include "briefingbuilder_p.h"
#include "casefile/casefile.h"
#include "casefile/casefunnel.h"
#include "casefile/computestep.h"
#include "catalog/catalog.h"
#include "funnel/funnel.h"
#include "rules/exportrules.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ChipTrace::Report::Build {

namespace {


QString chipName(const Context &ctx, const QString &id)
{
    const Catalog::Accelerator *chip = ctx.catalog.byId(id);
    return chip ? chip->name : id;
}

QStringList abridged(const Context &ctx, const QStringList &ids)
{
    QStringList names;
    const int shown = std::max(1, ctx.settings.eliminatedListed);
    for (qsizetype i = 0; i < ids.size() && i < shown; ++i)
        names << chipName(ctx, ids[i]);
    if (ids.size() > shown)
        names << QCoreApplication::translate(
            "Report", "and %n more", nullptr, int(ids.size() - shown));
    return names;
}

FunnelStep stepRow(const Context &ctx, const Funnel::CaseSteps &plan, const Case::Evidence &e,
    const Funnel::StepOutcome &o)
{
    FunnelStep s;
    s.label = e.rationale.isEmpty() ? e.constraint : e.rationale.section(u'\n', 0, 0).left(80);
    if (o.status == Funnel::StepStatus::Conflict)
        s.label += u" "_s + QCoreApplication::translate("Report", "(conflict: not applied)");
    else if (o.status == Funnel::StepStatus::Ranked)
        s.label += u" "_s + QCoreApplication::translate("Report", "(hint: ranks only)");
    else if (o.status == Funnel::StepStatus::Disabled)
        s.label += u" "_s
            + QCoreApplication::translate("Report", "(switched off by the analyst: not applied)");
    s.constraint = e.constraint;
    s.evidenceIds = {ctx.displayId.value(e.id)};
    if (Funnel::isComputeStep(e.id)) { // its own title; it rests on the items with the figures
        s.label = e.quote;
        s.evidenceIds = computeEvidenceIds(ctx, plan, e.id);
        // The list of ids would fill the column; the chips are in "Eliminated", the reasons in
        // the compute section.
        s.constraint = QCoreApplication::translate("Report",
            "not (id in [the %n chip(s) the figures rule out])", nullptr, int(o.eliminated.size()));
    }
    s.before = o.remainingBefore;
    s.after = o.remainingAfter;
    s.eliminated = abridged(ctx, o.eliminated);
    return s;
}

ExportStatus exportStatusOf(const Rules::Classification &c)
{
    ExportStatus s;
    s.status = c.controlled == ControlStatus::Controlled && !c.licenseException.isEmpty()
        ? ControlStatus::LicenseException
        : c.controlled;
    s.date = c.date;
    s.classification = c.classification;
    s.ruleId = c.ruleId;
    s.ruleTitle = c.ruleTitle;
    s.rationale = c.reason;
    return s;
}

// The candidates' statuses taken together: one status when they agree, Mixed otherwise.
ExportStatus overallStatus(const QList<Candidate> &candidates, const QDate &date)
{
    if (candidates.isEmpty())
        return ExportStatus{ControlStatus::Unknown, date, {}, {}, {},
            QCoreApplication::translate("Report", "No candidate remains.")};
    ExportStatus first = candidates.first().exportStatus;
    for (const Candidate &c : candidates)
        if (c.exportStatus.status != first.status)
            return ExportStatus{ControlStatus::Mixed, date, {}, {}, {},
                QCoreApplication::translate("Report",
                    "The remaining candidates differ in status; see the candidate table.")};
    return first;
}

Confidence confidenceOf(Assess::Likelihood l)
{
    switch (l) {
    case Assess::Likelihood::AlmostCertainly:
        return Confidence::AlmostCertain;
    case Assess::Likelihood::VeryLikely:
        return Confidence::VeryLikely;
    case Assess::Likelihood::Likely:
        return Confidence::Likely;
    case Assess::Likelihood::RoughlyEven:
        return Confidence::RoughlyEven;
    case Assess::Likelihood::Unlikely:
        return Confidence::Unlikely;
    case Assess::Likelihood::Undetermined:
        break;
    }
    return Confidence::Unknown;
}

QString cellMark(Assess::Consistency c)
{
    switch (c) {
    case Assess::Consistency::Consistent:
        return u"+"_s;
    case Assess::Consistency::Inconsistent:
        return u"\u2212"_s;
    case Assess::Consistency::Neutral:
        break;
    }
    return u"\u00b7"_s;
}

// The BLUF from the assessment (core/assess): the answer at the level the evidence supports, its
// estimative confidence, and the hypothesis matrix over the accepted evidence.
void bottomLine(const Context &ctx, Briefing &b, const Assess::Assessment &a)
{
    BottomLine &l = b.bottomLine;
    l.confidence = confidenceOf(a.answer.likelihood);
    for (const Assess::Facet &f : a.answer.facets)
        l.likelyHardware << (f.level == u"vendor" ? f.value : u"%1: %2"_s.arg(f.level, f.value));
    l.assessment = a.answer.statement;
    l.confidenceBasis = a.answer.statement;
    for (const Assess::Item &item : a.items)
        l.matrixColumns << ctx.displayId.value(item.id, item.id);
    for (const Assess::Hypothesis &h : a.hypotheses) {
        HypothesisRow row{h.label, h.level, {}, h.inconsistency, int(h.surviving.size())};
        for (Assess::Consistency c : h.cells)
            row.cells << cellMark(c);
        l.hypotheses << row;
    }
    for (const Assess::LabHas &has : a.labAlsoHas)
        if (!l.labAlsoHas.contains(has.name))
            l.labAlsoHas << has.name;
    l.exportStatus = overallStatus(b.candidates, ctx.trainingDate);
    const QList<Case::Conclusion> conclusions = ctx.file.conclusions(ctx.model.id);
    l.summary = conclusions.isEmpty() ? QString() : conclusions.last().summary;
    tieAndClaims(ctx, b, a);
}

} // namespace

void assess(const Context &ctx, Briefing &b)
{
    // The funnel table and the candidates are the workbench's with "Reviewed evidence only"
    // switched on (core/funnel/casefunnel.h), in the analyst's arrangement, so screen and
    // briefing agree. The bottom line is the assessment (core/assess) over the same accepted
    // evidence: each item weighed by where its finding sits, competing vendors kept side by
    // side, the answer at the level the evidence supports, and the hypothesis matrix.
    const Case::FunnelState state = ctx.file.funnelState(ctx.model.id);
    const Funnel::CaseSteps plan = Funnel::caseSteps(ctx.evidence, state,
        Funnel::EvidencePolicy::ReviewedOnly, ctx.catalog, Plausibility::PeakTable::builtin());
    Funnel::Funnel funnel(ctx.catalog);
    for (Funnel::Step step : plan.steps) {
        if (!Funnel::isComputeStep(step.evidenceId)) // it names its chips and figures itself
            step.evidenceLabel = ctx.displayId.value(step.evidenceId);
        funnel.addStep(step);
    }
    const Funnel::FunnelResult result = funnel.run();
    b.catalogSize = int(ctx.catalog.size());
    for (const Funnel::StepOutcome &o : result.steps)
        b.funnel << stepRow(ctx, plan, plan.entries.at(plan.entryOfStep(o.stepIndex)).evidence, o);
    b.compute = computeSections(ctx, plan, result);

    QList<Case::Evidence> counted;
    for (const Case::Evidence &e : ctx.evidence)
        if (e.status == Case::ReviewStatus::Accepted && e.stance != Case::Stance::Contradicts
            && !state.disabled.contains(e.id))
            counted << e;
    // The assessment weighs the compute step too, when it runs as a step.
    for (const Funnel::CaseStepEntry &entry : plan.entries)
        if (entry.stepIndex >= 0 && Funnel::isComputeStep(entry.evidence.id)
            && !state.disabled.contains(entry.evidence.id))
            counted << entry.evidence;
    Assess::Options options;
    options.catalog = &ctx.catalog;
    const Assess::Assessment a =
        Assess::assess(Assess::fromCaseEvidence(counted, ctx.findings, options), options);
    QHash<QString, const Assess::RankedCandidate *> ranked;
    for (const Assess::RankedCandidate &r : a.candidates)
        ranked.insert(r.chipId, &r);
    for (const Funnel::Candidate &r : result.remaining) {
        const Catalog::Accelerator *chip = ctx.catalog.byId(r.chipId);
        if (!chip)
            continue;
        const Assess::RankedCandidate *rc = ranked.value(r.chipId);
        Candidate c{chip->name, chip->vendor, chip->architecture,
            rc ? QCoreApplication::translate("Report", "%1 (rank %2) — %3")
                     .arg(Assess::likelihoodName(rc->likelihood))
                     .arg(rc->rank)
                     .arg(rc->reason)
               : QCoreApplication::translate("Report", "possible"),
            {}, {}};
        if (rc)
            for (const QString &id : rc->restsOn)
                c.evidenceIds << ctx.displayId.value(id, id);
        if (ctx.trainingDate.isValid())
            c.exportStatus =
                exportStatusOf(ctx.rules.classify(*chip, ctx.trainingDate, ctx.destination));
        b.candidates << c;
    }
    bottomLine(ctx, b, a);
}

QList<TimelineEvent> timeline(const Context &ctx, const Briefing &b)
{
    QList<TimelineEvent> events;
    const auto day = [](const QDate &d) { return QDateTime(d, QTime(0, 0), QTimeZone::UTC); };
    if (ctx.model.trainingStart.isValid())
        events << TimelineEvent{day(ctx.model.trainingStart),
            QCoreApplication::translate("Report", "Training of %1 starts").arg(ctx.model.name)};
    if (ctx.model.trainingEnd.isValid())
        events << TimelineEvent{day(ctx.model.trainingEnd),
            QCoreApplication::translate("Report", "Training of %1 ends").arg(ctx.model.name)};
    if (ctx.model.releaseDate.isValid())
        events << TimelineEvent{day(ctx.model.releaseDate),
            QCoreApplication::translate("Report", "%1 released").arg(ctx.model.name)};
    for (const EvidenceItem &e : b.evidence)
        if (e.observedAt.isValid())
            events << TimelineEvent{e.observedAt, e.summary, citationText(e.citation), e.id};
    for (const FindingRow &f : b.findings)
        if (!f.atHead && f.removedDate.isValid())
            events << TimelineEvent{f.removedDate,
                QCoreApplication::translate("Report", "%1 removed from %2").arg(f.ruleId, f.path),
                f.text, {}, true};
    QDateTime first, last;
    for (const TimelineEvent &t : events) {
        first = !first.isValid() || t.when < first ? t.when : first;
        last = !last.isValid() || t.when > last ? t.when : last;
    }
    for (const Rules::RuleVersion &v : ctx.rules.versions())
        if (first.isValid() && day(v.effective) >= first && day(v.effective) <= last)
            events << TimelineEvent{day(v.effective),
                QCoreApplication::translate("Report", "Export rule in force: %1").arg(v.title),
                v.summary};
    return events;
}

void methodAndLimits(const Context &ctx, Briefing &b)
{
    b.method = {
        QCoreApplication::translate("Report",
            "Code signatures and claims in the lab's repositories, papers and archived pages are evidence; each "
            "implies a constraint on the hardware (e.g. NCCL implies NVIDIA; bfloat16 implies compute "
            "capability 8.0 or later), following Gupta, Walker and Reddie (2024), \"Whack-a-Chip\"."),
        QCoreApplication::translate("Report",
            "Every constraint from accepted evidence is applied in turn to the accelerator catalog (%n "
            "entries); proof and strong evidence eliminate, hints only rank the survivors.",
            nullptr, int(ctx.catalog.size())),
        QCoreApplication::translate("Report",
            "Export-control status is computed from the catalog's figures and the dated rules at the training "
            "date (%1), for destination %2.")
            .arg(ctx.trainingDate.isValid()
                    ? ctx.trainingDate.toString(Qt::ISODate)
                    : QCoreApplication::translate("Report", "no training date recorded: set one"),
                ctx.destination),
        QCoreApplication::translate("Report",
            "Sources are graded on the Admiralty scale; every item is reviewed by an analyst other than its "
            "author; confidence uses the estimative language of ICD 203."),
    };
    b.limits = {
        QCoreApplication::translate("Report",
            "Code shows what a lab's software supports, not what it ran on; a repository may be used on "
            "several kinds of hardware."),
        QCoreApplication::translate("Report",
            "An unknown catalog figure never eliminates a chip, and a classification the rule data cannot "
            "decide is reported as such."),
        QCoreApplication::translate("Report",
            "Disputed and rejected evidence does not narrow the funnel; it is listed with the dissent."),
        QCoreApplication::translate("Report",
            "Claims are self-reported; archived pages show what a page said at capture time."),
        QCoreApplication::translate("Report", "This is a research aid, not legal advice."),
    };
}

} // namespace ChipTrace::Report::Build
