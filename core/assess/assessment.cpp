// SPDX-License-Identifier: GPL-3.0-or-later
// The engine's spine: items become funnel steps (vendors that compete are kept together, not
// decided by whichever step comes first), the funnel runs, conflicts name what they conflict
// with, then hypotheses, candidates and the answer are derived (hypotheses.cpp, answer.cpp).

#include "assess/assessment.h"

#include "assess/assessment_p.h"
#include "catalog/catalog.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <optional>

namespace ChipTrace::Assess {

using namespace Qt::StringLiterals;

namespace {

bool firm(const Item &item)
{
    return item.role == Role::Training && item.strength != ChipTrace::Strength::Hint
        && !item.constraint.isEmpty();
}

struct Planned
{
    int item = -1;
    Funnel::Step step;
    QString note;
    Funnel::Constraint beforeClaims; // the constraint before it was made to keep claimed chips
};

// "[NVIDIA, \"Moore Threads\"]": a name with a space is quoted so that the list parses.
QString vendorList(const QStringList &vendors)
{
    QStringList quoted;
    for (const QString &v : vendors)
        quoted << (v.contains(u' ') ? u'"' + v + u'"' : v);
    return u"["_s + quoted.join(u", "_s) + u"]"_s;
}

const QString kTrainingClaims = QString::fromLatin1(kTrainingClaimsId);

// The lab's own training claims taken together, as one strong step that keeps every chip any of
// them names ("trained on 1,536 Ascend 910", "7.7M GPU hours on H100-80GB"): the lab's word on
// its training hardware is the strongest evidence there is. One step for all of them, so that two
// claims about two models are a union, not a conflict.
std::optional<Item> trainingClaimsItem(const QList<Item> &items)
{
    Item out;
    for (const Item &item : items) {
        if (item.kind != ItemKind::Claim || item.role != Role::Training)
            continue;
        for (const QString &chip : item.chips)
            if (!out.chips.contains(chip))
                out.chips << chip;
        out.restsOn << item.restsOn;
    }
    if (out.chips.isEmpty())
        return std::nullopt;
    out.id = kTrainingClaims;
    out.kind = ItemKind::Combination;
    out.role = Role::Training;
    out.strength = ChipTrace::Strength::Strong;
    out.constraint = u"id in "_s + vendorList(out.chips);
    out.label = tr("The lab's own training claims name %1 (%2)")
                    .arg(out.chips.join(u", "_s), whereText(out.restsOn));
    out.rationale = tr(
        "A first-party claim that a model was trained on a chip outweighs what code suggests; the "
        "chips it names are kept by every later step, so that where code and claim disagree both "
        "stay on screen.");
    out.caveats << tr(
        "A claim can be wrong or about another model of the lab; the answer says "
        "whether the code signatures agree with it.");
    return out;
}

// What each firm training item of the lab's code says about the vendor, where it names one or
// two ("not (vendor = NVIDIA) or cc >= 8.0" points at no vendor in particular).
QList<QStringList> firmVendorSets(const QList<Item> &items, const QList<Funnel::Constraint> &parsed,
    const Catalog::Catalog &catalog)
{
    QList<QStringList> out;
    for (int i = 0; i < items.size(); ++i) {
        if (!firm(items[i]) || items[i].id == kTrainingClaims || !parsed[i].isValid()
            || !parsed[i].properties().contains(u"vendor"_s))
            continue;
        if (const QStringList vendors = vendorsAllowed(parsed[i], catalog); vendors.size() <= 2)
            out << vendors;
    }
    return out;
}

// Every vendor the lab's own training code firmly points at.
QStringList codeVendors(const QList<Item> &items, const QList<Funnel::Constraint> &parsed,
    const Catalog::Catalog &catalog)
{
    QStringList out;
    for (const QStringList &vendors : firmVendorSets(items, parsed, catalog))
        for (const QString &v : vendors)
            if (!out.contains(v))
                out << v;
    return out;
}

// The vendors the lab's code points at when its firm items allow no common vendor (empty when
// they agree): each is then a hypothesis, none is dropped.
QStringList competingVendors(const QList<Item> &items, const QList<Funnel::Constraint> &parsed,
    const Catalog::Catalog &catalog)
{
    const QList<QStringList> sets = firmVendorSets(items, parsed, catalog);
    if (sets.isEmpty())
        return {};
    QSet<QString> common(sets.first().cbegin(), sets.first().cend());
    for (const QStringList &vendors : sets)
        common &= QSet<QString>(vendors.cbegin(), vendors.cend());
    return common.isEmpty() ? codeVendors(items, parsed, catalog) : QStringList{};
}

// The claims step keeps the chips the claims name, and every chip of a vendor that the lab's own
// training code firmly points at but no claim names (a lab that documents training on A100 and
// launches on MI250X as well): a claim narrows within what it speaks of, it does not silence code
// about another vendor.
Planned claimStep(const QList<Item> &items, const QList<Funnel::Constraint> &parsed, int index,
    const Catalog::Catalog &catalog)
{
    const Item &item = items[index];
    Planned p;
    p.item = index;
    p.step = {parsed[index], item.strength, item.id, item.label, true};
    QStringList claimedVendors;
    for (const QString &id : item.chips)
        if (const Catalog::Accelerator *chip = catalog.byId(id))
            claimedVendors << chip->vendor;
    QStringList others;
    for (const QString &v : codeVendors(items, parsed, catalog))
        if (!claimedVendors.contains(v))
            others << v;
    if (others.isEmpty())
        return p;
    if (auto wider = Funnel::Constraint::parse(
            u"%1 or vendor in %2"_s.arg(item.constraint, vendorList(others)))) {
        p.step.constraint = *wider;
        p.note =
            tr("keeps %1 too: the lab's own training code points there").arg(others.join(u", "_s));
    }
    return p;
}

// Scopes firm steps so that they keep the claimed chips ("id in [claimed] or (C)").
void keepClaimed(QList<Planned> &steps, const QStringList &claimed)
{
    if (claimed.isEmpty())
        return;
    for (Planned &p : steps) {
        p.beforeClaims = p.step.constraint;
        const QString text =
            u"id in %1 or (%2)"_s.arg(vendorList(claimed), p.step.constraint.text());
        if (auto scoped = Funnel::Constraint::parse(text)) {
            p.step.constraint = *scoped;
            p.note = p.note.isEmpty()
                ? tr("keeps the chips the lab's training claims name")
                : p.note + u"; "_s + tr("keeps the chips the lab's training claims name");
        }
    }
}

// Steps in reasoning order: the training claims first, then the vendor (or the competing vendors
// together), then what holds within a vendor, then the hints that only rank. After the claims,
// every firm step is scoped so that it keeps the claimed chips: it can narrow the rest, it never
// silently overrules the lab's own word.
QList<Planned> plan(const QList<Item> &items, const QList<Funnel::Constraint> &parsed,
    const QStringList &competing, const Catalog::Catalog &catalog)
{
    QList<Planned> claimSteps, vendorSteps, withinSteps, hints;
    QStringList claimed;
    for (int i = 0; i < items.size(); ++i)
        if (items[i].id == kTrainingClaims && parsed[i].isValid()) {
            claimSteps << claimStep(items, parsed, i, catalog);
            claimed = items[i].chips;
        }
    if (!competing.isEmpty()) {
        // vendorList quotes names with spaces, so this parses for any catalog vendor.
        if (auto c = Funnel::Constraint::parse(u"vendor in "_s + vendorList(competing))) {
            Planned joint;
            joint.step = {*c, ChipTrace::Strength::Strong, u"vendors"_s,
                tr("The lab's own code points at %1").arg(competing.join(u", "_s)), true};
            joint.note = tr("several vendors: each is a hypothesis, none is dropped");
            vendorSteps << joint;
        }
    }
    for (int i = 0; i < items.size(); ++i) {
        const Item &item = items[i];
        if (!parsed[i].isValid())
            continue;
        Planned p;
        p.item = i;
        p.step = {parsed[i], item.strength, item.id, item.label, true};
        if (item.role == Role::Capability || item.id == kTrainingClaims)
            continue; // capability never narrows the training funnel; it feeds the hypotheses
        if (!firm(item)) {
            hints << p;
            continue;
        }
        const bool aboutVendor = parsed[i].properties().contains(u"vendor"_s);
        if (!competing.isEmpty()) {
            // Within-vendor facts hold for the vendors they can speak of; the others are kept.
            // A vendor's own step ("vendor = Huawei") becomes a no-op beside the joint step; a
            // compound one ("vendor = NVIDIA and cc >= 8.9") keeps its within-vendor part.
            const QStringList vendors = vendorsAllowed(parsed[i], catalog);
            const QString text =
                u"not (vendor in %1) or (%2)"_s.arg(vendorList(vendors), item.constraint);
            if (auto scoped = Funnel::Constraint::parse(text)) {
                p.step.constraint = *scoped;
                p.note = tr("scoped to %1: the lab's code also points at other vendors")
                             .arg(vendors.join(u", "_s));
            }
        }
        (aboutVendor ? vendorSteps : withinSteps) << p;
    }
    keepClaimed(vendorSteps, claimed);
    keepClaimed(withinSteps, claimed);
    std::stable_sort(
        withinSteps.begin(), withinSteps.end(), [](const Planned &a, const Planned &b) {
            return a.step.strength > b.step.strength;
        }); // strongest first
    return claimSteps + vendorSteps + withinSteps + hints;
}

// Applied firm steps that cannot hold together with `step`: no chip satisfies both.
QStringList conflictsOf(const Funnel::Step &step, const QList<Planned> &planned,
    const QList<Funnel::StepOutcome> &outcomes, int upTo, const Catalog::Catalog &catalog)
{
    QStringList out;
    for (int j = 0; j < upTo; ++j) {
        if (outcomes[j].status != Funnel::StepStatus::Applied)
            continue;
        const Funnel::Step &other = planned[j].step;
        const bool together = std::any_of(
            catalog.all().cbegin(), catalog.all().cend(), [&](const Catalog::Accelerator &chip) {
                return step.constraint.evaluate(chip) != Funnel::Truth::False
                    && other.constraint.evaluate(chip) != Funnel::Truth::False;
            });
        if (!together)
            out << other.evidenceId;
    }
    if (out.isEmpty()) // only the steps taken together leave nothing
        for (int j = 0; j < upTo; ++j)
            if (outcomes[j].status == Funnel::StepStatus::Applied
                && !outcomes[j].eliminated.isEmpty())
                out << planned[j].step.evidenceId;
    return out;
}

// Claimed chips are kept by every step (plan), so surviving says nothing: the claim agrees with
// the code when some claimed chip meets every applied firm step as its evidence put it, before
// the scoping. A step that would have removed every claimed chip says so in its note.
void markDisagreements(
    Assessment &a, const QList<Planned> &planned, const Catalog::Catalog &catalog)
{
    QList<const Catalog::Accelerator *> claimed;
    for (const QString &id : std::as_const(a.claimedTraining))
        if (const Catalog::Accelerator *chip = catalog.byId(id))
            claimed << chip;
    QSet<const Catalog::Accelerator *> agreeing(claimed.cbegin(), claimed.cend());
    for (int i = 0; i < a.steps.size(); ++i) {
        StepReport &r = a.steps[i];
        const Funnel::Constraint &original = planned[i].beforeClaims;
        if (r.status != Funnel::StepStatus::Applied || r.strength == ChipTrace::Strength::Hint
            || !original.isValid())
            continue;
        QStringList against;
        for (const Catalog::Accelerator *chip : std::as_const(claimed))
            if (original.evaluate(*chip) == Funnel::Truth::False) {
                agreeing.remove(chip);
                against << chip->name;
            }
        if (!against.isEmpty() && against.size() == claimed.size())
            r.note += (r.note.isEmpty() ? QString() : u"; "_s)
                + tr("disagrees with the lab's training claim (%1): both are shown")
                      .arg(against.join(u", "_s));
    }
    a.claimAgrees = !agreeing.isEmpty();
    for (const Catalog::Accelerator *chip : std::as_const(claimed))
        if (!agreeing.contains(chip))
            a.claimDisputed << chip->id;
}

} // namespace

const Catalog::Catalog &catalogOf(const Options &options)
{
    return options.catalog ? *options.catalog : Catalog::Catalog::builtin();
}

const QList<Combination> &combinationsOf(const Options &options)
{
    if (options.combinations)
        return *options.combinations;
    // Shipped data is checked by the tests; a broken file yields no combinations, not a crash.
    static const QList<Combination> builtin = [] {
        auto set = CombinationSet::builtin();
        return set ? set->rules : QList<Combination>{};
    }();
    return builtin;
}

double weightOf(const Item &item)
{
    if (item.weight > 0)
        return item.weight;
    if (item.role == Role::Capability)
        return 0.5;
    if (item.kind == ItemKind::Claim)
        return 3.0;
    const double base = item.strength == ChipTrace::Strength::Proof ? 4.0
        : item.strength == ChipTrace::Strength::Strong              ? 2.0
                                                                    : 0.5;
    return item.kind == ItemKind::Combination ? base * 1.5 : base;
}

QStringList vendorsAllowed(const Funnel::Constraint &constraint, const Catalog::Catalog &catalog)
{
    QStringList out;
    for (const Catalog::Accelerator &chip : catalog.all())
        if (!out.contains(chip.vendor) && constraint.evaluate(chip) == Funnel::Truth::True)
            out << chip.vendor;
    return out;
}

QString FindingRef::display() const
{
    QString out = u"%1:%2"_s.arg(path).arg(line);
    if (!commit.isEmpty())
        out += u" (%1)"_s.arg(commit.left(7));
    return out;
}

QString likelihoodName(Likelihood l)
{
    switch (l) {
    case Likelihood::AlmostCertainly:
        return tr("almost certainly");
    case Likelihood::VeryLikely:
        return tr("very likely");
    case Likelihood::Likely:
        return tr("likely");
    case Likelihood::RoughlyEven:
        return tr("roughly even");
    case Likelihood::Unlikely:
        return tr("unlikely");
    case Likelihood::Undetermined:
        break;
    }
    return tr("undetermined");
}

QString roleName(Role r)
{
    return r == Role::Training ? u"training"_s : u"capability"_s;
}

QString itemKindName(ItemKind k)
{
    switch (k) {
    case ItemKind::Combination:
        return u"combination"_s;
    case ItemKind::Signature:
        return u"signature"_s;
    case ItemKind::Claim:
        return u"claim"_s;
    case ItemKind::Evidence:
        break;
    }
    return u"evidence"_s;
}

QString consistencyName(Consistency c)
{
    switch (c) {
    case Consistency::Consistent:
        return u"consistent"_s;
    case Consistency::Inconsistent:
        return u"inconsistent"_s;
    case Consistency::Neutral:
        break;
    }
    return u"neutral"_s;
}

Assessment assess(QList<Item> items, const Options &options)
{
    const Catalog::Catalog &catalog = catalogOf(options);
    Assessment a;
    a.catalogSize = int(catalog.size());
    if (auto claims = trainingClaimsItem(items))
        items.prepend(*claims);
    QList<Funnel::Constraint> parsed;
    for (const Item &item : items) {
        auto c = item.constraint.isEmpty() ? Result<Funnel::Constraint>(Funnel::Constraint())
                                           : Funnel::Constraint::parse(item.constraint);
        parsed << (c ? *c : Funnel::Constraint());
    }
    const QStringList competing = competingVendors(items, parsed, catalog);
    a.answer.multiVendor = !competing.isEmpty();
    a.items = std::move(items);

    const QList<Planned> planned = plan(a.items, parsed, competing, catalog);
    Funnel::Funnel funnel(catalog);
    for (const Planned &p : planned)
        funnel.addStep(p.step);
    a.funnel = funnel.run();
    for (int i = 0; i < a.funnel.steps.size(); ++i) {
        const Funnel::StepOutcome &o = a.funnel.steps[i];
        StepReport r;
        r.item = planned[i].item;
        r.constraint = planned[i].step.constraint.text();
        r.strength = planned[i].step.strength;
        r.status = o.status;
        r.remainingBefore = o.remainingBefore;
        r.remainingAfter = o.remainingAfter;
        r.eliminated = o.eliminated;
        r.note = planned[i].note;
        if (o.status == Funnel::StepStatus::Conflict) {
            r.conflictsWith = conflictsOf(planned[i].step, planned, a.funnel.steps, i, catalog);
            r.note = tr("conflicts with %1: not applied; both are shown")
                         .arg(r.conflictsWith.join(u", "_s));
        }
        a.steps << r;
    }
    a.eliminated = a.funnel.eliminated.keys();
    std::sort(a.eliminated.begin(), a.eliminated.end());
    for (const Item &item : a.items)
        if (item.kind == ItemKind::Claim && item.role == Role::Training)
            for (const QString &chip : item.chips)
                if (!a.claimedTraining.contains(chip))
                    a.claimedTraining << chip;
    markDisagreements(a, planned, catalog);
    a.hypotheses = buildHypotheses(a, catalog);
    rankCandidates(a, catalog);
    answer(a, catalog);
    return a;
}

Assessment assessFindings(const QList<Scan::Finding> &findings, const Options &options)
{
    QList<CombinationOutcome> outcomes;
    QList<Item> items = fromFindings(findings, options, {}, &outcomes);
    Assessment a = assess(std::move(items), options);
    a.combinations = outcomes;
    a.ignored = ignoredSummary(findings);
    return a;
}

} // namespace ChipTrace::Assess
