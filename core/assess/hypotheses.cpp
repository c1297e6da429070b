// SPDX-License-Identifier: GPL-3.0-or-later
// Analysis of Competing Hypotheses: every vendor some evidence points at (and, within the leading
// vendor, every architecture) is tested against every item. An item is consistent with a
// hypothesis when some chip of it satisfies the item, inconsistent when none can, neutral when
// the catalog cannot tell or the item is the same for every hypothesis (not diagnostic). A
// capability item (a guide, a deployment claim) is never inconsistent with training hardware: a
// lab that documents Ascend support may still train on NVIDIA. Hypotheses rank by weighted
// inconsistency (least first), then by weighted support.

#include "assess/assessment_p.h"
#include "catalog/catalog.h"

#include <QCoreApplication>

#include <algorithm>

namespace ChipTrace::Assess {

using namespace Qt::StringLiterals;

namespace {

Consistency cellOf(const Item &item, const Funnel::Constraint &constraint,
    const QList<const Catalog::Accelerator *> &chips)
{
    bool anyTrue = false, allFalse = true;
    if (item.kind == ItemKind::Claim) {
        for (const Catalog::Accelerator *chip : chips)
            anyTrue = anyTrue || item.chips.contains(chip->id);
        allFalse = !anyTrue;
    } else if (constraint.isValid()) {
        for (const Catalog::Accelerator *chip : chips) {
            const Funnel::Truth t = constraint.evaluate(*chip);
            anyTrue = anyTrue || t == Funnel::Truth::True;
            allFalse = allFalse && t == Funnel::Truth::False;
        }
    } else {
        return Consistency::Neutral;
    }
    if (anyTrue)
        return Consistency::Consistent;
    // A hint only ranks, in the matrix as in the funnel: it may speak for a hypothesis, never
    // against one (an optional IPEX import does not argue against NVIDIA).
    const bool hint = item.kind != ItemKind::Claim && item.strength == ChipTrace::Strength::Hint;
    if (allFalse && !chips.isEmpty() && item.role == Role::Training && !hint)
        return Consistency::Inconsistent;
    return Consistency::Neutral;
}

void fill(QList<Hypothesis> &level, const Assessment &a, const QList<Funnel::Constraint> &parsed,
    const Catalog::Catalog &catalog)
{
    const QStringList survivors = a.funnel.remainingIds();
    for (Hypothesis &h : level) {
        QList<const Catalog::Accelerator *> chips;
        for (const QString &id : h.chips)
            if (const Catalog::Accelerator *chip = catalog.byId(id))
                chips << chip;
        for (const QString &id : h.chips)
            if (survivors.contains(id))
                h.surviving << id;
        for (int i = 0; i < a.items.size(); ++i)
            h.cells << cellOf(a.items[i], parsed[i], chips);
    }
    // An item consistent with every hypothesis does not discriminate between them.
    for (int i = 0; i < a.items.size(); ++i) {
        const bool everywhere = std::all_of(level.cbegin(), level.cend(),
            [i](const Hypothesis &h) { return h.cells[i] == Consistency::Consistent; });
        if (everywhere && level.size() > 1)
            for (Hypothesis &h : level)
                h.cells[i] = Consistency::Neutral;
    }
    // Training evidence *for a vendor* must speak about vendors: a claim, a constraint on the
    // vendor, or one that only one or two vendors' chips can meet (cc >= 8.0). bf16 alone fits
    // most vendors and makes none of them a training hypothesis.
    QList<bool> diagnostic;
    for (int i = 0; i < a.items.size(); ++i)
        diagnostic << (a.items[i].kind == ItemKind::Claim
            || (parsed[i].isValid()
                && (parsed[i].properties().contains(u"vendor"_s)
                    || vendorsAllowed(parsed[i], catalog).size() <= 2)));
    for (Hypothesis &h : level) {
        for (const Item &item : a.items)
            if (item.kind == ItemKind::Claim && item.role == Role::Training
                && std::any_of(item.chips.cbegin(), item.chips.cend(),
                    [&h](const QString &id) { return h.chips.contains(id); }))
                h.claimLines += int(std::count_if(item.restsOn.cbegin(), item.restsOn.cend(),
                    [](const FindingRef &r) { return r.atHead; }));
        int consistent = 0, inconsistent = 0;
        for (int i = 0; i < a.items.size(); ++i) {
            const double w = weightOf(a.items[i]);
            if (h.cells[i] == Consistency::Inconsistent) {
                h.inconsistency += w;
                ++inconsistent;
            } else if (h.cells[i] == Consistency::Consistent) {
                h.support += w;
                // Firm training items and training claims; a hint (an optional IPEX import in
                // a copied trainer) does not make a vendor the one the lab trains on.
                if (a.items[i].role == Role::Training
                    && (a.items[i].kind == ItemKind::Claim
                        || a.items[i].strength != ChipTrace::Strength::Hint))
                    h.trainingSupport += w;
                ++consistent;
                // A word in the documentation (a "华为昇腾" heading) ranks; it is not evidence
                // of what trained the model.
                const bool docsHint = a.items[i].id.startsWith(u"signature:docs:"_s)
                    && a.items[i].strength == ChipTrace::Strength::Hint;
                h.trainingEvidence = h.trainingEvidence
                    || (a.items[i].role == Role::Training && diagnostic[i] && !docsHint);
            }
        }
        h.summary = tr(
            "%1 item(s) consistent (weight %2), %3 inconsistent (weight %4); %5 of %6 chip(s) survive the funnel")
                        .arg(consistent)
                        .arg(h.support)
                        .arg(inconsistent)
                        .arg(h.inconsistency)
                        .arg(h.surviving.size())
                        .arg(h.chips.size());
    }
    // The lab's own current training claims lead (as they lead the candidates); code that
    // points elsewhere makes the other hypothesis compete, it does not overrule the claim.
    std::stable_sort(level.begin(), level.end(), [](const Hypothesis &x, const Hypothesis &y) {
        if (x.claimLines != y.claimLines)
            return x.claimLines > y.claimLines;
        if (x.inconsistency != y.inconsistency)
            return x.inconsistency < y.inconsistency;
        // What the lab trains on before what it merely supports or deploys on.
        if (x.trainingSupport != y.trainingSupport)
            return x.trainingSupport > y.trainingSupport;
        if (x.support != y.support)
            return x.support > y.support;
        return x.surviving.size() > y.surviving.size();
    });
}

// Vendors worth a hypothesis: those some diagnostic item or claim points at, and the survivors'.
QStringList vendorsInPlay(
    const Assessment &a, const QList<Funnel::Constraint> &parsed, const Catalog::Catalog &catalog)
{
    QStringList all;
    for (const Catalog::Accelerator &chip : catalog.all())
        if (!all.contains(chip.vendor))
            all << chip.vendor;
    QStringList out;
    const auto add = [&out](const QString &v) {
        if (!v.isEmpty() && !out.contains(v))
            out << v;
    };
    for (int i = 0; i < a.items.size(); ++i) {
        const Item &item = a.items[i];
        for (const QString &id : item.chips)
            if (const Catalog::Accelerator *chip = catalog.byId(id))
                add(chip->vendor);
        if (!parsed[i].isValid() || !parsed[i].properties().contains(u"vendor"_s))
            continue;
        const QStringList vendors = vendorsAllowed(parsed[i], catalog);
        if (vendors.size() < all.size())
            for (const QString &v : vendors)
                add(v);
    }
    if (out.size() < 8) // a funnel that decided nothing would otherwise list every vendor
        for (const QString &id : a.funnel.remainingIds())
            if (const Catalog::Accelerator *chip = catalog.byId(id);
                chip && a.funnel.remaining.size() <= 12)
                add(chip->vendor);
    return out;
}

} // namespace

QList<Hypothesis> buildHypotheses(const Assessment &a, const Catalog::Catalog &catalog)
{
    QList<Funnel::Constraint> parsed;
    for (const Item &item : a.items) {
        auto c = item.constraint.isEmpty() ? Result<Funnel::Constraint>(Funnel::Constraint())
                                           : Funnel::Constraint::parse(item.constraint);
        parsed << (c ? *c : Funnel::Constraint());
    }
    QList<Hypothesis> vendors;
    for (const QString &v : vendorsInPlay(a, parsed, catalog)) {
        Hypothesis h;
        h.id = u"vendor:"_s + v;
        h.level = u"vendor"_s;
        h.label = v;
        for (const Catalog::Accelerator &chip : catalog.all())
            if (chip.vendor == v)
                h.chips << chip.id;
        vendors << h;
    }
    fill(vendors, a, parsed, catalog);
    if (vendors.isEmpty())
        return vendors;

    // Within the leading vendor: one hypothesis per architecture, in catalog order.
    const QString lead = vendors.first().label;
    QList<Hypothesis> generations;
    for (const Catalog::Accelerator &chip : catalog.all()) {
        if (chip.vendor != lead || chip.architecture.isEmpty())
            continue;
        const QString id = u"arch:%1/%2"_s.arg(lead, chip.architecture);
        auto it = std::find_if(generations.begin(), generations.end(),
            [&](const Hypothesis &h) { return h.id == id; });
        if (it == generations.end()) {
            Hypothesis h;
            h.id = id;
            h.level = u"generation"_s;
            h.label = u"%1 %2"_s.arg(lead, chip.architecture);
            generations << h;
            it = generations.end() - 1;
        }
        it->chips << chip.id;
    }
    if (generations.size() > 1)
        fill(generations, a, parsed, catalog);
    else
        generations.clear();
    return vendors + generations;
}

} // namespace ChipTrace::Assess
