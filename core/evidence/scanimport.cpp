// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidence/scanimport.h"

#include "assess/combination.h"
#include "casefile/findingevidence.h"
#include "scan/site.h"
#include "util/stableid.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ChipTrace::Case {

FindingRecord fromScanFinding(
    const Scan::Finding &f, const QString &sourceId, const QString &commit)
{
    FindingRecord r;
    r.sourceId = sourceId;
    r.kind = Scan::kindName(f.kind);
    r.ruleId = f.ruleId;
    r.family = f.family;
    r.title = f.title;
    r.locator.commit = f.firstSeen ? f.firstSeen->commit : commit;
    r.locator.path = f.path;
    r.locator.line = f.line;
    r.locator.column = f.column;
    r.locator.length = f.length;
    r.text = f.text;
    r.match = f.match;
    r.context = ChipTrace::contextName(f.context);
    r.vendored = f.vendored;
    r.chips = f.chips;
    r.scope = Scan::scopeName(f.scope);
    r.strength = ChipTrace::strengthName(f.strength);
    r.implies = f.implies;
    r.atHead = f.atHead;
    if (f.firstSeen) {
        r.firstCommit = f.firstSeen->commit;
        r.firstDate = f.firstSeen->date;
        r.firstAuthor = f.firstSeen->author;
        r.firstPath = f.firstSeen->path;
    }
    if (f.removedIn) {
        r.removedCommit = f.removedIn->commit;
        r.removedDate = f.removedIn->date;
    }
    r.unmerged = f.unmerged;
    r.blob = f.blob;
    r.id = stableId(IdSpace::Scan,
        {sourceId, r.ruleId, r.locator.path, QString::number(r.locator.line),
            QString::number(r.locator.column), r.match, r.firstCommit});
    return r;
}

bool proposesEvidence(const Scan::Finding &f)
{
    // Data files, example corpora, tests and templates never yield claims (issue 13).
    if (f.kind == Scan::FindingKind::Claim)
        return !f.vendored && Scan::mayClaim(Scan::siteOf(f.path));
    return !f.vendored && f.strength != ChipTrace::Strength::Hint;
}

// A first judgement for the reviewer to confirm or change (see evidenceFromFinding), saying
// that the scan proposed it.
static Evidence proposal(const Scan::Finding &f, const FindingRecord &r, const QString &modelId)
{
    Evidence e = evidenceFromFinding(r, modelId);
    e.rationale =
        QCoreApplication::translate("ChipTrace::Case::ScanImport", "Proposed by the scan (%1).")
            .arg(f.ruleId);
    // Only the lab's own training and launch code may narrow the funnel; a guide or a document
    // shows hardware the model can run on (core/assess).
    const Scan::Site site = Scan::siteOf(f.path);
    if (f.kind == Scan::FindingKind::Signature && site != Scan::Site::Training
        && site != Scan::Site::Code) {
        e.strength = Strength::Hint;
        e.rationale += u" "_s
            + QCoreApplication::translate(
                "ChipTrace::Case::ScanImport", "Found at a %1 site: ranks only.")
                  .arg(Scan::siteName(site));
    }
    return e;
}

// Combined steps (core/assess/combination.h): weak signals that agree, proposed as one item that
// names every finding it rests on. The rationale starts with "[combination:<id>]" so the
// assessment knows the item for what it is.
static QList<Evidence> combinedProposals(const QList<Scan::Finding> &findings,
    const QList<FindingRecord> &records, const QString &sourceId, const QString &modelId)
{
    static const auto set = Assess::CombinationSet::builtin();
    QList<Evidence> out;
    if (!set)
        return out;
    for (const Assess::CombinationOutcome &o : Assess::evaluate(set->rules, findings)) {
        if (o.status != Assess::CombinationStatus::Fired || o.restsOn.isEmpty())
            continue;
        const Assess::Combination &c = *o.rule;
        const FindingRecord &first = records[o.restsOn.first()];
        QStringList places;
        for (int i : o.restsOn)
            places << u"%1:%2"_s.arg(records[i].locator.path).arg(records[i].locator.line);
        Evidence e;
        e.id = stableId(IdSpace::Scan, {u"combination"_s, c.id, sourceId, modelId});
        e.modelId = modelId;
        e.findingId = first.id;
        e.sourceId = sourceId;
        e.locator = first.locator;
        e.stance = Stance::Supports;
        e.scope = EvidenceScope::Training;
        e.reliability = Reliability::B;
        e.credibility = Credibility::ProbablyTrue;
        e.constraint = c.implies;
        e.strength = c.strength;
        e.rationale = u"[combination:%1] %2. %3\n%4"_s.arg(c.id, c.title, c.rationale,
            QCoreApplication::translate("ChipTrace::Case::ScanImport", "Rests on %n finding(s): %1",
                nullptr, int(places.size()))
                .arg(places.join(u", "_s)));
        out << e;
    }
    return out;
}

ImportBatch batchFromScan(const QString &uri, const QString &title, const QString &commit,
    const QList<Scan::Finding> &findings, const QString &modelId)
{
    ImportBatch batch;
    batch.label = QCoreApplication::translate("ChipTrace::Case::ScanImport", "Import %1").arg(uri);
    Source s;
    s.id = stableId(IdSpace::Scan, {u"repository"_s, uri, commit});
    s.kind = SourceKind::Repository;
    s.uri = uri;
    s.title = title;
    s.commit = commit;
    batch.sources.append(s);
    for (const Scan::Finding &f : findings) {
        FindingRecord r = fromScanFinding(f, s.id, commit);
        if (!modelId.isEmpty() && proposesEvidence(f))
            batch.evidence.append(proposal(f, r, modelId));
        batch.findings.append(std::move(r));
    }
    if (!modelId.isEmpty())
        batch.evidence.append(combinedProposals(findings, batch.findings, s.id, modelId));
    return batch;
}

} // namespace ChipTrace::Case
