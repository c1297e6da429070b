// The analytic half of the builder: the funnel over the catalog, the candidates' export status
// at the training date, the bottom line and its confidence, the timeline, method and limits.

#include "briefingbuilder_p.h"

#include "casefile/casefile.h"
#include "catalog/catalog.h"
#include "casefile/casefunnel.h"
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
        names << QCoreApplication::translate("Report", "and %n more", nullptr, int(ids.size() - shown));
    return names;
}

FunnelStep stepRow(const Context &ctx, const Case::Evidence &e, const Funnel::StepOutcome &o)
{
    FunnelStep s;
    s.label = e.rationale.isEmpty() ? e.constraint : e.rationale.section(u'\n', 0, 0).left(80);
    if (o.status == Funnel::StepStatus::Conflict)
        s.label += u" "_s + QCoreApplication::translate("Report", "(conflict: not applied)");
    else if (o.status == Funnel::StepStatus::Ranked)
        s.label += u" "_s + QCoreApplication::translate("Report", "(hint: ranks only)");
    else if (o.status == Funnel::StepStatus::Disabled)
        s.label += u" "_s + QCoreApplication::translate("Report", "(switched off by the analyst: not applied)");
    s.constraint = e.constraint;
    s.evidenceIds = {ctx.displayId.value(e.id)};
    s.before = o.remainingBefore;
    s.after = o.remainingAfter;
    s.eliminated = abridged(ctx, o.eliminated);
    return s;
}

ExportStatus exportStatusOf(const Rules::Classification &c)
{
    ExportStatus s;
    s.status = c.controlled == Rules::Controlled::Yes ? (c.licenseException.isEmpty() ? ControlStatus::Controlled
                                                                                      : ControlStatus::LicenseException)
        : c.controlled == Rules::Controlled::No       ? ControlStatus::NotControlled
                                                      : ControlStatus::Undecidable;
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
        return ExportStatus{ControlStatus::Unknown, date, {}, {}, {}, QCoreApplication::translate("Report", "No candidate remains.")};
    ExportStatus first = candidates.first().exportStatus;
    for (const Candidate &c : candidates)
        if (c.exportStatus.status != first.status)
            return ExportStatus{ControlStatus::Mixed, date, {}, {}, {},
                                QCoreApplication::translate("Report", "The remaining candidates differ in status; see the candidate table.")};
    return first;
}

Confidence lower(Confidence c)
{
    return c > Confidence::Remote ? Confidence(int(c) - 1) : c;
}

Confidence confidenceFor(int remaining, int proof, int firm, int disputed, int conflicts)
{
    if (firm == 0 || remaining == 0)
        return Confidence::Unknown;
    Confidence c = remaining == 1 ? (proof > 0 ? Confidence::AlmostCertain : Confidence::VeryLikely)
        : remaining <= 3          ? Confidence::Likely
        : remaining <= 8          ? Confidence::RoughlyEven
                                  : Confidence::Unlikely;
    if (disputed > 0)
        c = lower(c);
    if (conflicts > 0)
        c = lower(c);
    return c;
}

void bottomLine(const Context &ctx, Briefing &b, const QList<const Case::Evidence *> &steps, int conflicts)
{
    int proof = 0, disputed = 0;
    for (const Case::Evidence *e : steps)
        proof += e->strength == ChipTrace::Strength::Proof;
    for (const Case::Evidence &e : ctx.evidence)
        disputed += e.status == Case::ReviewStatus::Disputed;
    const int firm = int(std::count_if(steps.begin(), steps.end(),
                                       [](const Case::Evidence *e) { return e->strength != ChipTrace::Strength::Hint; }));
    BottomLine &l = b.bottomLine;
    l.confidence = confidenceFor(int(b.candidates.size()), proof, firm, disputed, conflicts);
    for (qsizetype i = 0; l.confidence != Confidence::Unknown && i < b.candidates.size() && i < 3; ++i)
        l.likelyHardware << b.candidates[i].name;
    l.confidenceBasis = QCoreApplication::translate("Report", "%1 candidate(s) remain after %2 accepted constraint(s) (%3 proof); %4 disputed "
                           "item(s); %5 conflicting step(s).")
                            .arg(b.candidates.size()).arg(firm).arg(proof).arg(disputed).arg(conflicts);
    l.exportStatus = overallStatus(b.candidates, ctx.trainingDate);
    const QList<Case::Conclusion> conclusions = ctx.file.conclusions(ctx.model.id);
    l.summary = conclusions.isEmpty() ? QString() : conclusions.last().summary;
}

} // namespace

void assess(const Context &ctx, Briefing &b)
{
    // The same steps, in the same order, as the workbench's funnel with "Reviewed evidence
    // only" switched on (core/funnel/casefunnel.h); an unparsable constraint is no step.
    const Funnel::CaseSteps plan = Funnel::caseSteps(ctx.evidence, ctx.file.funnelState(ctx.model.id),
                                                     Funnel::EvidencePolicy::ReviewedOnly);
    Funnel::Funnel funnel(ctx.catalog);
    for (Funnel::Step step : plan.steps) {
        step.evidenceLabel = ctx.displayId.value(step.evidenceId);
        funnel.addStep(step);
    }
    const Funnel::FunnelResult result = funnel.run();
    b.catalogSize = int(ctx.catalog.size());
    int conflicts = 0;
    QList<const Case::Evidence *> applied; // what the bottom line may rest on: not the switched-off steps
    for (const Funnel::StepOutcome &o : result.steps) {
        const Case::Evidence &e = plan.entries.at(plan.entryOfStep(o.stepIndex)).evidence;
        b.funnel << stepRow(ctx, e, o);
        conflicts += o.status == Funnel::StepStatus::Conflict;
        if (o.status != Funnel::StepStatus::Disabled)
            applied << &e;
    }
    const int best = result.remaining.isEmpty() ? 0 : result.remaining.first().hintScore;
    for (const Funnel::Candidate &r : result.remaining) {
        const Catalog::Accelerator *chip = ctx.catalog.byId(r.chipId);
        if (!chip)
            continue;
        Candidate c{chip->name, chip->vendor, chip->architecture,
                    r.hintScore == best ? QCoreApplication::translate("Report", "most likely") : QCoreApplication::translate("Report", "possible"), {}, {}};
        if (ctx.trainingDate.isValid())
            c.exportStatus = exportStatusOf(ctx.rules.classify(*chip, ctx.trainingDate, ctx.destination));
        b.candidates << c;
    }
    bottomLine(ctx, b, applied, conflicts);
}

QList<TimelineEvent> timeline(const Context &ctx, const Briefing &b)
{
    QList<TimelineEvent> events;
    const auto day = [](const QDate &d) { return QDateTime(d, QTime(0, 0), QTimeZone::UTC); };
    if (ctx.model.trainingStart.isValid())
        events << TimelineEvent{day(ctx.model.trainingStart), QCoreApplication::translate("Report", "Training of %1 starts").arg(ctx.model.name)};
    if (ctx.model.trainingEnd.isValid())
        events << TimelineEvent{day(ctx.model.trainingEnd), QCoreApplication::translate("Report", "Training of %1 ends").arg(ctx.model.name)};
    if (ctx.model.releaseDate.isValid())
        events << TimelineEvent{day(ctx.model.releaseDate), QCoreApplication::translate("Report", "%1 released").arg(ctx.model.name)};
    for (const EvidenceItem &e : b.evidence)
        if (e.observedAt.isValid())
            events << TimelineEvent{e.observedAt, e.summary, citationText(e.citation), e.id};
    for (const FindingRow &f : b.findings)
        if (!f.atHead && f.removedDate.isValid())
            events << TimelineEvent{f.removedDate, QCoreApplication::translate("Report", "%1 removed from %2").arg(f.ruleId, f.path), f.text, {}, true};
    QDateTime first, last;
    for (const TimelineEvent &t : events) {
        first = !first.isValid() || t.when < first ? t.when : first;
        last = !last.isValid() || t.when > last ? t.when : last;
    }
    for (const Rules::RuleVersion &v : ctx.rules.versions())
        if (first.isValid() && day(v.effective) >= first && day(v.effective) <= last)
            events << TimelineEvent{day(v.effective), QCoreApplication::translate("Report", "Export rule in force: %1").arg(v.title), v.summary};
    return events;
}

void methodAndLimits(const Context &ctx, Briefing &b)
{
    b.method = {
        QCoreApplication::translate("Report", "Code signatures and claims in the lab's repositories, papers and archived pages are evidence; each "
           "implies a constraint on the hardware (e.g. NCCL implies NVIDIA; bfloat16 implies compute "
           "capability 8.0 or later), following Gupta, Walker and Reddie (2024), \"Whack-a-Chip\"."),
        QCoreApplication::translate("Report", "Every constraint from accepted evidence is applied in turn to the accelerator catalog (%n "
           "entries); proof and strong evidence eliminate, hints only rank the survivors.", nullptr,
           int(ctx.catalog.size())),
        QCoreApplication::translate("Report", "Export-control status is computed from the catalog's figures and the dated rules at the training "
           "date (%1), for destination %2.").arg(ctx.trainingDate.toString(Qt::ISODate), ctx.destination),
        QCoreApplication::translate("Report", "Sources are graded on the Admiralty scale; every item is reviewed by an analyst other than its "
           "author; confidence uses the estimative language of ICD 203."),
    };
    b.limits = {
        QCoreApplication::translate("Report", "Code shows what a lab's software supports, not what it ran on; a repository may be used on "
           "several kinds of hardware."),
        QCoreApplication::translate("Report", "An unknown catalog figure never eliminates a chip, and a classification the rule data cannot "
           "decide is reported as such."),
        QCoreApplication::translate("Report", "Disputed and rejected evidence does not narrow the funnel; it is listed with the dissent."),
        QCoreApplication::translate("Report", "Claims are self-reported; archived pages show what a page said at capture time."),
        QCoreApplication::translate("Report", "This is a research aid, not legal advice."),
    };
}

} // namespace ChipTrace::Report::Build
