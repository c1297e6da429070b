// SPDX-License-Identifier: GPL-3.0-or-later
// From the funnel's survivors and the hypotheses to a ranked list and an answer a reader can act
// on: the leading vendor's chips first, a chip the lab's own training claim names before the
// rest, then the hints. The answer is stated at the most specific level the evidence supports
// (a claimed chip; else the survivors' common generation or segment; else the vendor), each
// level with its own estimative likelihood, so that "most likely" is never said of dozens of chips.

#include "assess/assessment_p.h"
#include "catalog/catalog.h"

#include <QCoreApplication>

#include <algorithm>

namespace ChipTrace::Assess {

using namespace Qt::StringLiterals;

namespace {

Likelihood weaker(Likelihood l, int steps = 1)
{
    return Likelihood(std::min(int(Likelihood::Unlikely), int(l) + steps));
}

Likelihood capAt(Likelihood l, Likelihood cap)
{
    return Likelihood(std::max(int(l), int(cap)));
}

const Hypothesis *vendorHypothesis(const Assessment &a, const QString &vendor, int *rank = nullptr)
{
    int r = 0;
    for (const Hypothesis &h : a.hypotheses)
        if (h.level == u"vendor") {
            ++r;
            if (h.label == vendor) {
                if (rank)
                    *rank = r;
                return &h;
            }
        }
    if (rank)
        *rank = 1000;
    return nullptr;
}

// Items supporting a chip: training items consistent with it (claims naming it, firm steps it
// satisfies). Returned as item ids.
QStringList supportFor(const Assessment &a, const Catalog::Accelerator &chip)
{
    QStringList out;
    for (const Item &item : a.items) {
        if (item.role != Role::Training)
            continue;
        if (item.kind == ItemKind::Claim) {
            if (item.chips.contains(chip.id))
                out << item.id;
            continue;
        }
        auto c = Funnel::Constraint::parse(item.constraint);
        if (c && item.strength != ChipTrace::Strength::Hint
            && c->evaluate(chip) == Funnel::Truth::True)
            out << item.id;
    }
    return out;
}

// Whether a hypothesis has training evidence of its own that is more than a hint: a firm
// step from the lab's code or a training claim.
bool firmlySupported(const Assessment &a, const Hypothesis &h)
{
    for (int i = 0; i < a.items.size(); ++i) {
        const Item &item = a.items[i];
        if (h.cells.value(i) == Consistency::Consistent && item.role == Role::Training
            && (item.kind == ItemKind::Claim || item.strength != ChipTrace::Strength::Hint))
            return true;
    }
    return false;
}

// The vendor's likelihood: what backs the leading hypothesis and what competes with it.
Likelihood vendorLikelihood(const Assessment &a, QStringList *restsOn)
{
    const Hypothesis *lead = nullptr;
    for (const Hypothesis &h : a.hypotheses)
        if (h.level == u"vendor") {
            lead = &h;
            break;
        }
    if (!lead || !lead->trainingEvidence)
        return Likelihood::Undetermined;
    int firmFor = 0;
    bool claimFor = false;
    for (int i = 0; i < a.items.size(); ++i) {
        const Item &item = a.items[i];
        if (lead->cells.value(i) != Consistency::Consistent || item.role != Role::Training)
            continue;
        *restsOn << item.id;
        const bool claim =
            item.kind == ItemKind::Claim || item.id == QLatin1String(kTrainingClaimsId);
        firmFor += item.strength != ChipTrace::Strength::Hint && !claim;
        claimFor = claimFor || claim;
    }
    Likelihood l = firmFor >= 2 || (firmFor >= 1 && claimFor) ? Likelihood::AlmostCertainly
        : firmFor == 1                                        ? Likelihood::VeryLikely
        : claimFor                                            ? Likelihood::Likely
                                                              : Likelihood::RoughlyEven;
    if (lead->inconsistency > 0 && firmFor + int(claimFor) > 0)
        l = weaker(l); // hints alone stay "roughly even": they cannot say less than that either way
    // Another vendor backed by training evidence of its own competes; guides and deployment
    // claims do not (they show what the lab can run, not what trained the model).
    for (const Hypothesis &h : a.hypotheses)
        if (h.level == u"vendor" && &h != lead && firmlySupported(a, h)
            && h.inconsistency <= lead->inconsistency + 1.0)
            l = capAt(weaker(l, 2), Likelihood::Likely);
    if (a.answer.multiVendor)
        l = capAt(l, Likelihood::Likely);
    // The lab's own training claim, repeated in its current documents, holds its vendor at
    // "likely" even against code that points elsewhere (a port, a fine-tuning path); said once,
    // at "roughly even". The disagreement stays in the answer and the steps.
    const Likelihood floor = lead->claimLines >= 2 ? Likelihood::Likely
        : lead->claimLines == 1                    ? Likelihood::RoughlyEven
                                                   : Likelihood::Undetermined;
    if (floor != Likelihood::Undetermined && int(l) > int(floor))
        l = floor;
    return l;
}

QString joinNames(const QStringList &names, int max = 6)
{
    QStringList shown = names.mid(0, max);
    if (names.size() > max)
        shown << tr("%1 more").arg(names.size() - max);
    return shown.join(u", "_s);
}

} // namespace

void rankCandidates(Assessment &a, const Catalog::Catalog &catalog)
{
    struct Row
    {
        const Funnel::Candidate *run;
        const Catalog::Accelerator *chip;
        int vendorRank;
        bool claimHolds; // claimed, and no firm step of the code excludes it
        int claims;
        int claimsAtHead;
        int labHas;
        int order;
    };
    QList<Row> rows;
    int order = 0;
    for (const Funnel::Candidate &c : a.funnel.remaining) {
        const Catalog::Accelerator *chip = catalog.byId(c.chipId);
        if (!chip)
            continue;
        int vendorRank = 0;
        vendorHypothesis(a, chip->vendor, &vendorRank);
        // Lines of the lab's training claims naming it: those still in HEAD first (a claim
        // replaced in history, like an older model card's, speaks for an older model).
        int claims = 0, claimsAtHead = 0;
        for (const Item &item : a.items)
            if (item.kind == ItemKind::Claim && item.role == Role::Training
                && item.chips.contains(chip->id))
                for (const FindingRef &ref : item.restsOn) {
                    ++claims;
                    claimsAtHead += ref.atHead;
                }
        int labHas = 0;
        for (const Item &item : a.items)
            labHas += item.kind == ItemKind::Claim && item.role == Role::Capability
                && item.chips.contains(chip->id);
        const bool holds = claims > 0 && !a.claimDisputed.contains(chip->id);
        rows << Row{&c, chip, vendorRank, holds, claims, claimsAtHead, labHas, order++};
    }
    std::stable_sort(rows.begin(), rows.end(), [](const Row &x, const Row &y) {
        if (x.claimHolds != y.claimHolds)
            return x.claimHolds; // a claim the code agrees with before one it disputes
        if (x.claimsAtHead != y.claimsAtHead)
            return x.claimsAtHead > y.claimsAtHead; // the lab's own training claim comes first
        if (x.claims != y.claims)
            return x.claims > y.claims;
        if (x.vendorRank != y.vendorRank)
            return x.vendorRank < y.vendorRank;
        if (x.run->hintScore != y.run->hintScore)
            return x.run->hintScore > y.run->hintScore;
        if ((x.labHas > 0) != (y.labHas > 0))
            return x.labHas > 0; // the lab is known to have it (deployment, fine-tuning claims)
        return x.order < y.order;
    });
    const int n = int(rows.size());
    for (int i = 0; i < n; ++i) {
        const Row &row = rows[i];
        RankedCandidate rc;
        rc.chipId = row.chip->id;
        rc.name = row.chip->name;
        rc.vendor = row.chip->vendor;
        rc.architecture = row.chip->architecture;
        rc.segment = Catalog::segmentName(row.chip->segment);
        rc.rank = i + 1;
        rc.claimed = row.claims > 0;
        rc.hintScore = row.run->hintScore;
        rc.restsOn = supportFor(a, *row.chip);
        QStringList why;
        if (rc.claimed)
            why << tr("named by the lab's own training claim");
        why << (row.vendorRank == 1 ? tr("vendor %1 leads the hypotheses").arg(rc.vendor)
                                    : tr("vendor %1 is a competing hypothesis (rank %2)")
                                          .arg(rc.vendor)
                                          .arg(row.vendorRank));
        if (rc.hintScore != 0)
            why << tr("hint score %1").arg(rc.hintScore);
        if (row.labHas > 0)
            why << tr("the lab's own words show it has this chip (not as training hardware)");
        why << tr("survives every applied step (%1 candidate(s) remain)").arg(n);
        rc.reason = why.join(u"; "_s);
        if (rc.claimed && i == 0)
            rc.likelihood = row.vendorRank == 1 ? Likelihood::VeryLikely : Likelihood::Likely;
        else if (n == 1)
            rc.likelihood = Likelihood::VeryLikely;
        else if (n <= 3 && i == 0)
            rc.likelihood = Likelihood::RoughlyEven;
        else
            rc.likelihood = Likelihood::Unlikely;
        a.candidates << rc;
    }
    for (const Item &item : a.items) {
        if (item.kind != ItemKind::Claim || item.role != Role::Capability)
            continue;
        for (const QString &id : item.chips) {
            const Catalog::Accelerator *chip = catalog.byId(id);
            const QString scope = item.id.section(u':', 1, 1);
            auto it = std::find_if(a.labAlsoHas.begin(), a.labAlsoHas.end(),
                [&](const LabHas &l) { return l.chipId == id && l.scope == scope; });
            if (it == a.labAlsoHas.end())
                a.labAlsoHas << LabHas{id, chip ? chip->name : id, scope, {item.id}};
            else
                it->restsOn << item.id;
        }
    }
}

void answer(Assessment &a, const Catalog::Catalog &catalog)
{
    Answer &ans = a.answer;
    QStringList vendorBasis;
    const Likelihood vendorL = vendorLikelihood(a, &vendorBasis);
    const Hypothesis *lead = nullptr;
    for (const Hypothesis &h : a.hypotheses)
        if (h.level == u"vendor") {
            lead = &h;
            break;
        }
    if (!lead || vendorL == Likelihood::Undetermined) {
        ans.level = u"none"_s;
        ans.likelihood = Likelihood::Undetermined;
        ans.statement = tr(
            "Undetermined: no evidence from the lab's own training code or training claims narrows the "
            "hardware; %1 of %2 catalog chips remain.")
                            .arg(a.candidates.size())
                            .arg(a.catalogSize);
        return;
    }
    ans.facets << Facet{u"vendor"_s, lead->label, vendorL, vendorBasis};
    ans.level = u"vendor"_s;
    ans.likelihood = vendorL;

    // Within the vendor: what every surviving chip of it shares, when the evidence removed others.
    QList<const Catalog::Accelerator *> mine, all;
    for (const QString &id : lead->chips)
        if (const Catalog::Accelerator *chip = catalog.byId(id)) {
            all << chip;
            if (lead->surviving.contains(id))
                mine << chip;
        }
    const Likelihood within = capAt(vendorL, Likelihood::VeryLikely);
    if (!mine.isEmpty() && mine.size() < all.size()) {
        const auto segment = mine.first()->segment;
        const bool oneSegment =
            std::all_of(mine.cbegin(), mine.cend(), [&](auto *c) { return c->segment == segment; });
        const bool segmentCut =
            std::any_of(all.cbegin(), all.cend(), [&](auto *c) { return c->segment != segment; });
        if (oneSegment && segmentCut) {
            ans.facets << Facet{u"segment"_s, Catalog::segmentName(segment), within, {}};
            ans.level = u"segment"_s;
        }
        QStringList archs, allArchs;
        for (auto *c : all)
            if (!allArchs.contains(c->architecture))
                allArchs << c->architecture;
        for (auto *c : mine)
            if (!archs.contains(c->architecture))
                archs << c->architecture;
        if (archs.size() < allArchs.size()) {
            ans.facets << Facet{u"generation"_s, archs.join(u", "_s), within, {}};
            ans.level = u"generation"_s;
        }
    }
    const RankedCandidate *top = a.candidates.isEmpty() ? nullptr : &a.candidates.first();
    if (top && (top->claimed || a.candidates.size() == 1) && top->vendor == lead->label) {
        // A chip is never surer than its vendor.
        ans.facets << Facet{u"chip"_s, top->name, capAt(top->likelihood, vendorL), top->restsOn};
        ans.level = u"chip"_s;
    }
    ans.likelihood = ans.facets.last().likelihood;

    QStringList parts;
    for (const Facet &f : ans.facets)
        parts << tr("%1 %2: %3").arg(f.level, f.value, likelihoodName(f.likelihood));
    QString s;
    if (ans.multiVendor) {
        QStringList others;
        for (const Hypothesis &h : a.hypotheses)
            if (h.level == u"vendor" && &h != lead && firmlySupported(a, h))
                others << h.label;
        s = tr(
            "The lab's own code points at more than one vendor: %1 leads (%2), %3 competing; the answer may be "
            "both, each tied to its evidence. ")
                .arg(lead->label, likelihoodName(vendorL), others.join(u", "_s));
    }
    s += tr("Trained on %1 hardware, %2").arg(lead->label, likelihoodName(vendorL));
    if (ans.level == u"chip")
        s +=
            tr("; the chip %1 %2 (%3)")
                .arg(likelihoodName(ans.likelihood), top->name,
                    top->claimed
                        ? (a.claimAgrees
                                  ? tr("named by the lab's training claim, and the code signatures agree")
                                  : tr("named by the lab's training claim; the code disagrees"))
                        : tr("the only chip left"));
    else {
        QStringList names;
        for (const RankedCandidate &c : a.candidates)
            names << c.name;
        s += tr("; %1; the chip itself is open among %2 candidate(s): %3")
                 .arg(parts.mid(1).join(u"; "_s).isEmpty() ? tr("no narrower level is supported")
                                                           : parts.mid(1).join(u"; "_s))
                 .arg(a.candidates.size())
                 .arg(joinNames(names));
    }
    if (!a.claimedTraining.isEmpty() && !a.claimAgrees)
        s += tr(
            ". The lab's own code points away from the chip(s) its training claim names (%1): claim and code disagree, both are shown")
                 .arg(joinNames(a.claimedTraining));
    if (!a.labAlsoHas.isEmpty()) {
        QStringList names;
        for (const LabHas &l : a.labAlsoHas)
            if (!names.contains(l.name))
                names << l.name;
        s += tr(". The lab also has or supports: %1 (not training evidence)").arg(joinNames(names));
    }
    QStringList weak;
    for (const Hypothesis &h : a.hypotheses)
        if (h.level == u"vendor" && &h != lead && !firmlySupported(a, h) && h.support > 0
            && !ans.multiVendor)
            weak << h.label;
    if (!weak.isEmpty())
        s += tr(". Competing hypotheses from hints, guides or deployment claims only: %1")
                 .arg(weak.join(u", "_s));
    ans.statement = s + u'.';
}

} // namespace ChipTrace::Assess
