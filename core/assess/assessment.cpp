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
};

QString vendorList(const QStringList &vendors)
{
    return u"["_s + vendors.join(u", "_s) + u"]"_s;
}

// Firm training items whose constraints allow no common vendor: the lab's own code points at
// more than one vendor. Returns the vendors they point at (empty when they agree).
QStringList competingVendors(const QList<Item> &items, const QList<Funnel::Constraint> &parsed,
    const Catalog::Catalog &catalog)
{
    std::optional<QSet<QString>> common;
    QStringList pointedAt;
    for (int i = 0; i < items.size(); ++i) {
        if (!firm(items[i]) || !parsed[i].isValid()
            || !parsed[i].properties().contains(u"vendor"_s))
            continue;
        const QStringList vendors = vendorsAllowed(parsed[i], catalog);
        const QSet<QString> set(vendors.cbegin(), vendors.cend());
        common = common ? (*common & set) : set;
        for (const QString &v : vendors)
            if (!pointedAt.contains(v))
                pointedAt << v;
    }
    if (!common || !common->isEmpty())
        return {};
    return pointedAt;
}

// Steps in reasoning order: the vendor first (or the competing vendors together), then what
// holds within a vendor, then the hints that only rank.
QList<Planned> plan(const QList<Item> &items, const QList<Funnel::Constraint> &parsed,
    const QStringList &competing, const Catalog::Catalog &catalog)
{
    QList<Planned> vendorSteps, withinSteps, hints;
    if (!competing.isEmpty()) {
        Planned joint;
        auto c = Funnel::Constraint::parse(u"vendor in "_s + vendorList(competing));
        joint.step = {*c, ChipTrace::Strength::Strong, u"vendors"_s,
            tr("The lab's own code points at %1").arg(competing.join(u", "_s)), true};
        joint.note = tr("several vendors: each is a hypothesis, none is dropped");
        vendorSteps << joint;
    }
    for (int i = 0; i < items.size(); ++i) {
        const Item &item = items[i];
        if (!parsed[i].isValid())
            continue;
        Planned p;
        p.item = i;
        p.step = {parsed[i], item.strength, item.id, item.label, true};
        if (item.role == Role::Capability)
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
    std::stable_sort(
        withinSteps.begin(), withinSteps.end(), [](const Planned &a, const Planned &b) {
            return a.step.strength > b.step.strength;
        }); // strongest first
    return vendorSteps + withinSteps + hints;
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
    const QStringList survivors = a.funnel.remainingIds();
    a.claimAgrees = std::any_of(a.claimedTraining.cbegin(), a.claimedTraining.cend(),
        [&](const QString &id) { return survivors.contains(id); });
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
