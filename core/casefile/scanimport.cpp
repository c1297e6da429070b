#include "casefile/scanimport.h"

#include "casefile/findingevidence.h"
#include "util/stableid.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ChipTrace::Case {

FindingRecord fromScanFinding(const Scan::Finding &f, const QString &sourceId, const QString &commit)
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
    r.blob = f.blob;
    r.id = stableId(IdSpace::Scan, {sourceId, r.ruleId, r.locator.path, QString::number(r.locator.line),
                     QString::number(r.locator.column), r.match, r.firstCommit});
    return r;
}

bool proposesEvidence(const Scan::Finding &f)
{
    if (f.kind == Scan::FindingKind::Claim)
        return true;
    return !f.vendored && f.strength != ChipTrace::Strength::Hint;
}

// A first judgement for the reviewer to confirm or change (see evidenceFromFinding), saying
// that the scan proposed it.
static Evidence proposal(const Scan::Finding &f, const FindingRecord &r, const QString &modelId)
{
    Evidence e = evidenceFromFinding(r, modelId);
    e.rationale = QCoreApplication::translate("ChipTrace::Case::ScanImport", "Proposed by the scan (%1).")
                      .arg(f.ruleId);
    return e;
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
    return batch;
}

} // namespace ChipTrace::Case
