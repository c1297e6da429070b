// SPDX-License-Identifier: GPL-3.0-or-later
// Evidence items from a scan's findings or from a case's evidence: the one place that decides
// what a line is worth by where it sits (Scan::siteOf) and what it is about (training or
// capability), so the scan report and the case briefing reason over the same items.

#include "assess/assessment.h"
#include "assess/assessment_p.h"
#include "casefile/casetypes.h"
#include "catalog/catalog.h"
#include "scan/site.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace ChipTrace::Assess {

using namespace Qt::StringLiterals;

namespace {

FindingRef refOf(const Scan::Finding &f, int index, const QString &id)
{
    FindingRef r;
    r.id = id;
    r.index = index;
    r.path = f.path;
    r.line = f.line;
    r.commit = f.firstSeen ? f.firstSeen->commit : QString();
    r.text = f.text.trimmed().left(200);
    r.site = Scan::siteName(f.vendored ? Scan::Site::Vendored : Scan::siteOf(f.path));
    r.atHead = f.atHead;
    return r;
}

Item combinationItem(
    const CombinationOutcome &o, const QList<Scan::Finding> &findings, const QStringList &ids)
{
    const Combination &c = *o.rule;
    Item item;
    item.id = u"combination:"_s + c.id;
    item.kind = ItemKind::Combination;
    item.role = Role::Training;
    item.constraint = c.implies;
    item.vendor = c.vendor;
    item.rationale = c.rationale;
    item.caveats = c.caveats;
    item.references = c.references;
    for (int i : o.restsOn)
        item.restsOn << refOf(findings[i], i, ids[i]);
    if (o.status == CombinationStatus::Fired) {
        item.strength = c.strength;
        item.label = tr("%1 (%2)").arg(c.title, whereText(item.restsOn));
    } else {
        // Blocked by another vendor's stack: it still speaks for its vendor, as a hint, so the
        // vendor stays a hypothesis instead of vanishing.
        item.strength = ChipTrace::Strength::Hint;
        const Scan::Finding &blocker = findings[o.blockedBy.first()];
        item.label = tr("%1, blocked by %2 in %3:%4")
                         .arg(c.title, blocker.ruleId, blocker.path)
                         .arg(blocker.line);
    }
    return item;
}

struct SignatureGroup
{
    Item item;
    bool counts = false; // some hit at a first-party training/code site outside comments
};

// One item per implied constraint and role, so fifty NCCL lines are one piece of evidence with
// fifty places, not fifty votes.
void addSignature(QMap<QString, SignatureGroup> &groups, const Scan::Finding &f,
    const FindingRef &ref, Scan::Site site)
{
    // The lab's own code outside comments speaks for training; its documentation ranks (a hint,
    // weighed by the rule's strength); a guide or a commented-out line shows what could run.
    const bool firstPartyCode = (site == Scan::Site::Training || site == Scan::Site::Code)
        && f.context != ChipTrace::HitContext::Comment && !f.unmerged;
    const bool docs = site == Scan::Site::Docs && !f.unmerged;
    const Role role = firstPartyCode || docs ? Role::Training : Role::Capability;
    const QString place = firstPartyCode ? u"code"_s : docs ? u"docs"_s : u"guide"_s;
    const QString key = place + u'|' + f.implies;
    SignatureGroup &g = groups[key];
    Item &item = g.item;
    if (item.id.isEmpty()) {
        item.id = u"signature:"_s + place + u':' + f.implies;
        item.kind = ItemKind::Signature;
        item.role = role;
        item.constraint = f.implies;
        item.strength = ChipTrace::Strength::Hint;
        item.rationale = firstPartyCode ? tr("Signatures in the lab's own code.")
            : docs
            ? tr("Signatures in the lab's documentation: they rank, they never eliminate.")
            : tr("Signatures in a portability guide, a commented-out line or a branch that never reached HEAD: hardware the model can run on, not what trained it.");
    }
    if (firstPartyCode && (!g.counts || f.strength > item.strength))
        item.strength = f.strength; // the strongest hit in the lab's own code
    if (docs)
        item.weight = std::max(item.weight, f.strength == ChipTrace::Strength::Hint ? 0.5 : 1.0);
    g.counts = g.counts || firstPartyCode;
    item.restsOn << ref;
    QStringList rules = item.label.section(u" ("_s, 0, 0).split(u", "_s, Qt::SkipEmptyParts);
    if (!rules.contains(f.ruleId))
        rules << f.ruleId;
    item.label = tr("%1 (%2)").arg(rules.join(u", "_s), whereText(item.restsOn));
}

QStringList chipIds(const Catalog::Catalog &catalog, const QStringList &names)
{
    QStringList ids;
    for (const QString &name : names)
        for (const Catalog::Accelerator *chip : catalog.resolve(name))
            if (!ids.contains(chip->id))
                ids << chip->id;
    return ids;
}

// A claim at a first-party site in training scope speaks for the training hardware; any other
// scope (and any claim in a portability guide) shows hardware the lab has or supports.
void addClaim(QMap<QString, Item> &claims, const Scan::Finding &f, const FindingRef &ref,
    Scan::Site site, const Catalog::Catalog &catalog)
{
    const QStringList chips = chipIds(catalog, f.chips);
    if (chips.isEmpty())
        return;
    // A training sentence naming chips of two vendors compares them ("as fast as on A100"):
    // one lab rarely trains one model on both, so it shows what the lab knows, not what it used.
    QStringList vendors;
    for (const QString &id : chips)
        if (const Catalog::Accelerator *chip = catalog.byId(id);
            chip && !vendors.contains(chip->vendor))
            vendors << chip->vendor;
    const bool comparison = vendors.size() > 1;
    // A line that never reached HEAD's history (a pull request, an abandoned branch) may be an
    // outsider's words: it shows what someone wrote about the lab, not what the lab says.
    const Role role = f.scope == Scan::ClaimScope::Training && site != Scan::Site::Guide
            && !comparison && !f.unmerged
        ? Role::Training
        : Role::Capability;
    const QString scope = site == Scan::Site::Guide           ? u"guide"_s
        : f.unmerged                                          ? u"unmerged"_s
        : comparison && f.scope == Scan::ClaimScope::Training ? u"comparison"_s
                                                              : Scan::scopeName(f.scope);
    const QString key = roleName(role) + u'|' + scope + u'|' + chips.join(u',');
    Item &item = claims[key];
    if (item.id.isEmpty()) {
        item.id = u"claim:"_s + scope + u':' + chips.join(u',');
        item.kind = ItemKind::Claim;
        item.role = role;
        item.chips = chips;
        item.scope = f.scope;
        item.strength = ChipTrace::Strength::Hint;
        item.rationale = role == Role::Training
            ? tr("The lab's own words name the training hardware: the strongest evidence there is, if true.")
            : tr("The lab's own words show it has or supports this hardware (%1), not that it trained on it.")
                  .arg(scope);
    }
    item.restsOn << ref;
    item.label = tr("%1 claim: %2 (%3)").arg(scope, f.chips.join(u", "_s), whereText(item.restsOn));
}

} // namespace

QString whereText(const QList<FindingRef> &refs)
{
    if (refs.isEmpty())
        return {};
    QString out = refs.first().display();
    if (refs.size() > 1)
        out += tr(" and %1 more").arg(refs.size() - 1);
    return out;
}

Scan::Site siteOfFinding(const Scan::Finding &f)
{
    return f.vendored ? Scan::Site::Vendored : Scan::siteOf(f.path);
}

QList<Item> fromFindings(const QList<Scan::Finding> &findings, const Options &options,
    const QStringList &givenIds, QList<CombinationOutcome> *outcomes)
{
    const Catalog::Catalog &catalog = catalogOf(options);
    QStringList ids = givenIds;
    for (qsizetype i = ids.size(); i < findings.size(); ++i)
        ids << Scan::findingFingerprint(findings[i]);

    QList<Item> items;
    const QList<CombinationOutcome> evaluated = evaluate(combinationsOf(options), findings);
    for (const CombinationOutcome &o : evaluated)
        if (o.status == CombinationStatus::Fired
            || (o.status == CombinationStatus::Blocked && !o.rule->vendor.isEmpty()))
            items << combinationItem(o, findings, ids);
    if (outcomes)
        *outcomes = evaluated;

    // A documentation line whose claim says fine-tuning, deployment or inference ("fine-tuning
    // on Ascend NPU is supported") speaks of what the model runs on; so do its signatures.
    QSet<QString> capabilityLines;
    for (const Scan::Finding &f : findings)
        if (f.kind == Scan::FindingKind::Claim && f.scope != Scan::ClaimScope::Training
            && f.scope != Scan::ClaimScope::Unknown)
            capabilityLines.insert(f.path + u'\n' + f.text);

    QMap<QString, SignatureGroup> signatures;
    QMap<QString, Item> claims;
    for (int i = 0; i < findings.size(); ++i) {
        const Scan::Finding &f = findings[i];
        Scan::Site site = siteOfFinding(f);
        const FindingRef ref = refOf(f, i, ids[i]);
        if (f.kind == Scan::FindingKind::Claim) {
            if (Scan::mayClaim(site))
                addClaim(claims, f, ref, site, catalog);
        } else if (!f.implies.isEmpty()
            && (Scan::isFirstParty(site) || site == Scan::Site::Guide)) {
            // Only what names a vendor: a memory size on that line still ranks the chips.
            if (site == Scan::Site::Docs && f.implies.contains(u"vendor"_s)
                && capabilityLines.contains(f.path + u'\n' + f.text))
                site = Scan::Site::Guide;
            addSignature(signatures, f, ref, site);
        }
    }
    for (const Item &claim : std::as_const(claims))
        if (claim.role == Role::Training)
            items << claim;
    for (const SignatureGroup &g : std::as_const(signatures))
        items << g.item;
    for (const Item &claim : std::as_const(claims))
        if (claim.role == Role::Capability)
            items << claim;
    return items;
}

QStringList ignoredSummary(const QList<Scan::Finding> &findings)
{
    QMap<QString, int> counts;
    for (const Scan::Finding &f : findings) {
        const Scan::Site site = siteOfFinding(f);
        if (!Scan::isFirstParty(site) && site != Scan::Site::Guide)
            ++counts[Scan::siteName(site)];
    }
    QStringList out;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        out << tr("%1 finding(s) at %2 sites never count").arg(it.value()).arg(it.key());
    return out;
}

Scan::Finding findingFromRecord(const Case::FindingRecord &r)
{
    Scan::Finding f;
    f.kind = r.kind == u"claim" ? Scan::FindingKind::Claim : Scan::FindingKind::Signature;
    f.ruleId = r.ruleId;
    f.family = r.family;
    f.title = r.title;
    f.path = r.locator.path;
    f.line = r.locator.line;
    f.column = r.locator.column;
    f.length = r.locator.length;
    f.text = r.text;
    f.match = r.match;
    f.context = ChipTrace::contextFromName(r.context).value_or(ChipTrace::HitContext::Code);
    f.vendored = r.vendored;
    f.chips = r.chips;
    f.scope = Scan::scopeFromName(r.scope).value_or(Scan::ClaimScope::Unknown);
    f.strength = ChipTrace::strengthFromName(r.strength).value_or(ChipTrace::Strength::Hint);
    f.implies = r.implies;
    f.atHead = r.atHead;
    f.unmerged = r.unmerged;
    if (!r.firstCommit.isEmpty())
        f.firstSeen = Scan::CommitRef{r.firstCommit, r.firstDate, r.firstAuthor, r.firstPath};
    return f;
}

QString combinationIdOf(const QString &rationale)
{
    static const QString tag = u"[combination:"_s;
    if (!rationale.startsWith(tag))
        return {};
    return rationale.mid(tag.size()).section(u']', 0, 0).trimmed();
}

QList<Item> fromCaseEvidence(const QList<Case::Evidence> &evidence,
    const QList<Case::FindingRecord> &records, const Options &options)
{
    const Catalog::Catalog &catalog = catalogOf(options);
    QList<Scan::Finding> findings;
    QStringList ids;
    QHash<QString, int> index;
    for (const Case::FindingRecord &r : records) {
        index.insert(r.id, int(findings.size()));
        findings << findingFromRecord(r);
        ids << r.id;
    }
    // The combinations are evaluated again over the case's findings, so that a combined item
    // lists every finding it rests on, not only the one its evidence row links to.
    QHash<QString, CombinationOutcome> outcomes;
    for (const CombinationOutcome &o : evaluate(combinationsOf(options), findings))
        outcomes.insert(o.rule->id, o);

    QList<Item> items;
    for (const Case::Evidence &e : evidence) {
        if (e.stance == Case::Stance::Contradicts)
            continue;
        Item item;
        item.id = e.id;
        item.kind = ItemKind::Evidence;
        item.constraint = e.constraint;
        item.strength = e.strength == ChipTrace::Strength::Proof ? ChipTrace::Strength::Proof
            : e.strength == ChipTrace::Strength::Strong          ? ChipTrace::Strength::Strong
                                                                 : ChipTrace::Strength::Hint;
        item.role = e.scope == Case::EvidenceScope::Training ? Role::Training : Role::Capability;
        item.rationale = e.rationale;
        item.label = e.rationale.section(u'\n', 0, 0).left(100);
        const int at = index.value(e.findingId, -1);
        if (at >= 0) {
            const Scan::Finding &f = findings[at];
            const Scan::Site site = siteOfFinding(f);
            item.restsOn << refOf(f, -1, ids[at]);
            if (f.kind == Scan::FindingKind::Claim) {
                item.kind = ItemKind::Claim;
                item.chips = chipIds(catalog, f.chips);
                item.scope = f.scope;
                if (f.scope != Scan::ClaimScope::Training || site == Scan::Site::Guide)
                    item.role = Role::Capability;
            } else if (site != Scan::Site::Training && site != Scan::Site::Code) {
                item.role =
                    Role::Capability; // a guide or a doc shows what can run, not what trained
                item.strength = ChipTrace::Strength::Hint;
            } else {
                item.kind = ItemKind::Signature;
            }
        }
        if (const QString cid = combinationIdOf(e.rationale);
            !cid.isEmpty() && outcomes.contains(cid)) {
            const CombinationOutcome &o = outcomes[cid];
            item.kind = ItemKind::Combination;
            item.vendor = o.rule->vendor;
            item.caveats = o.rule->caveats;
            item.references = o.rule->references;
            item.restsOn.clear();
            for (int i : o.restsOn)
                item.restsOn << refOf(findings[i], -1, ids[i]);
        }
        if (item.label.isEmpty())
            item.label = item.constraint;
        if (item.constraint.isEmpty() && item.kind != ItemKind::Claim)
            continue;
        items << item;
    }
    return items;
}

} // namespace ChipTrace::Assess
