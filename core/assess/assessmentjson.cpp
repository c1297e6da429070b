// SPDX-License-Identifier: GPL-3.0-or-later
// The assessment as JSON (the scan report's `assessment` section; keys in the README) and as text.

#include "assess/assessment.h"

#include <QJsonArray>

namespace ChipTrace::Assess {

using namespace Qt::StringLiterals;

namespace {

QJsonArray refsToJson(const QList<FindingRef> &refs)
{
    QJsonArray out;
    for (const FindingRef &r : refs) {
        QJsonObject o{{u"finding"_s, r.id}, {u"path"_s, r.path}, {u"line"_s, r.line},
            {u"site"_s, r.site}, {u"text"_s, r.text}, {u"at"_s, r.display()}};
        if (r.index >= 0)
            o.insert(u"index"_s, r.index);
        if (!r.commit.isEmpty())
            o.insert(u"commit"_s, r.commit);
        out << o;
    }
    return out;
}

QJsonObject itemToJson(const Item &item)
{
    QJsonObject o{{u"id"_s, item.id}, {u"kind"_s, itemKindName(item.kind)},
        {u"role"_s, roleName(item.role)}, {u"label"_s, item.label},
        {u"constraint"_s,
            item.constraint.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(item.constraint)},
        {u"strength"_s, ChipTrace::strengthName(item.strength)}, {u"rationale"_s, item.rationale},
        {u"rests_on"_s, refsToJson(item.restsOn)}};
    if (!item.vendor.isEmpty())
        o.insert(u"vendor"_s, item.vendor);
    if (!item.chips.isEmpty())
        o.insert(u"chips"_s, QJsonArray::fromStringList(item.chips));
    if (item.kind == ItemKind::Claim)
        o.insert(u"scope"_s, Scan::scopeName(item.scope));
    if (!item.caveats.isEmpty())
        o.insert(u"caveats"_s, QJsonArray::fromStringList(item.caveats));
    if (!item.references.isEmpty())
        o.insert(u"references"_s, QJsonArray::fromStringList(item.references));
    return o;
}

QJsonObject stepToJson(const Assessment &a, const StepReport &s)
{
    const Item *item = s.item >= 0 ? &a.items[s.item] : nullptr;
    QJsonArray restsOn;
    if (item)
        restsOn = refsToJson(item->restsOn);
    else // the joint vendor step rests on every firm vendor item
        for (const Item &i : a.items)
            if (i.role == Role::Training && i.strength != ChipTrace::Strength::Hint)
                for (const QJsonValue &v : refsToJson(i.restsOn))
                    restsOn << v;
    QJsonObject o{{u"item"_s, item ? item->id : u"vendors"_s},
        {u"label"_s, item ? item->label : s.note}, {u"constraint"_s, s.constraint},
        {u"strength"_s, ChipTrace::strengthName(s.strength)},
        {u"status"_s, Funnel::stepStatusName(s.status)}, {u"remaining_before"_s, s.remainingBefore},
        {u"remaining_after"_s, s.remainingAfter},
        {u"eliminated"_s, QJsonArray::fromStringList(s.eliminated)}, {u"rests_on"_s, restsOn}};
    if (!s.conflictsWith.isEmpty())
        o.insert(u"conflicts_with"_s, QJsonArray::fromStringList(s.conflictsWith));
    if (!s.note.isEmpty())
        o.insert(u"note"_s, s.note);
    return o;
}

QJsonObject hypothesisToJson(const Hypothesis &h)
{
    QJsonArray cells;
    for (Consistency c : h.cells)
        cells << consistencyName(c);
    return QJsonObject{{u"id"_s, h.id}, {u"level"_s, h.level}, {u"label"_s, h.label},
        {u"chips"_s, int(h.chips.size())},
        {u"surviving"_s, QJsonArray::fromStringList(h.surviving)},
        {u"inconsistency"_s, h.inconsistency}, {u"support"_s, h.support},
        {u"training_evidence"_s, h.trainingEvidence}, {u"summary"_s, h.summary},
        {u"cells"_s, cells}};
}

} // namespace

QJsonObject toJson(const Assessment &a)
{
    QJsonArray items, steps, hypotheses, candidates, facets, also, combinations;
    for (const Item &item : a.items)
        items << itemToJson(item);
    for (const StepReport &s : a.steps)
        steps << stepToJson(a, s);
    for (const Hypothesis &h : a.hypotheses)
        hypotheses << hypothesisToJson(h);
    for (const RankedCandidate &c : a.candidates)
        candidates << QJsonObject{{u"rank"_s, c.rank}, {u"id"_s, c.chipId}, {u"name"_s, c.name},
            {u"vendor"_s, c.vendor}, {u"architecture"_s, c.architecture}, {u"segment"_s, c.segment},
            {u"claimed"_s, c.claimed}, {u"hint_score"_s, c.hintScore},
            {u"likelihood"_s, likelihoodName(c.likelihood)}, {u"reason"_s, c.reason},
            {u"rests_on"_s, QJsonArray::fromStringList(c.restsOn)}};
    for (const Facet &f : a.answer.facets)
        facets << QJsonObject{{u"level"_s, f.level}, {u"value"_s, f.value},
            {u"likelihood"_s, likelihoodName(f.likelihood)},
            {u"rests_on"_s, QJsonArray::fromStringList(f.restsOn)}};
    for (const LabHas &l : a.labAlsoHas)
        also << QJsonObject{{u"id"_s, l.chipId}, {u"name"_s, l.name}, {u"scope"_s, l.scope},
            {u"rests_on"_s, QJsonArray::fromStringList(l.restsOn)}};
    for (const CombinationOutcome &o : a.combinations) {
        if (!o.rule || o.status == CombinationStatus::Unmet)
            continue;
        QJsonObject c{{u"id"_s, o.rule->id}, {u"status"_s, combinationStatusName(o.status)},
            {u"findings"_s, int(o.restsOn.size())}};
        if (!o.blockedBy.isEmpty())
            c.insert(u"blocked_by_findings"_s, int(o.blockedBy.size()));
        if (!o.missing.isEmpty())
            c.insert(u"waiting_for"_s, QJsonArray::fromStringList(o.missing));
        combinations << c;
    }
    return QJsonObject{
        {u"answer"_s,
            QJsonObject{{u"level"_s, a.answer.level}, {u"statement"_s, a.answer.statement},
                {u"likelihood"_s, likelihoodName(a.answer.likelihood)},
                {u"multi_vendor"_s, a.answer.multiVendor}, {u"facets"_s, facets}}},
        {u"catalog_size"_s, a.catalogSize},
        {u"items"_s, items},
        {u"steps"_s, steps},
        {u"combinations"_s, combinations},
        {u"hypotheses"_s, hypotheses},
        {u"candidates"_s, candidates},
        {u"eliminated"_s, int(a.eliminated.size())},
        {u"claimed_training"_s, QJsonArray::fromStringList(a.claimedTraining)},
        {u"claim_agrees"_s, a.claimAgrees},
        {u"claim_disputed"_s, QJsonArray::fromStringList(a.claimDisputed)},
        {u"lab_also_has"_s, also},
        {u"ignored"_s, QJsonArray::fromStringList(a.ignored)},
    };
}

QString toText(const Assessment &a)
{
    QString out = u"Assessment: %1\n"_s.arg(a.answer.statement);
    for (const StepReport &s : a.steps) {
        const QString label = s.item >= 0 ? a.items[s.item].label : s.note;
        out += u"  step [%1, %2] %3 -> %4 left: %5\n"_s
                   .arg(ChipTrace::strengthName(s.strength), Funnel::stepStatusName(s.status),
                       s.constraint)
                   .arg(s.remainingAfter)
                   .arg(label);
        if (!s.conflictsWith.isEmpty())
            out += u"    conflicts with: %1\n"_s.arg(s.conflictsWith.join(u", "_s));
    }
    out += u"  hypotheses (by weighted inconsistency):\n"_s;
    for (const Hypothesis &h : a.hypotheses)
        out += u"    %1 %2: %3\n"_s.arg(h.level, h.label, h.summary);
    int shown = 0;
    for (const RankedCandidate &c : a.candidates) {
        if (++shown > 10) {
            out += u"  ... %1 more candidate(s)\n"_s.arg(a.candidates.size() - 10);
            break;
        }
        out += u"  %1. %2 (%3): %4\n"_s.arg(c.rank).arg(
            c.name, likelihoodName(c.likelihood), c.reason);
    }
    for (const QString &line : a.ignored)
        out += u"  %1\n"_s.arg(line);
    return out;
}

} // namespace ChipTrace::Assess
