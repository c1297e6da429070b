// SPDX-License-Identifier: GPL-3.0-or-later
#include "casefile/findingevidence.h"

#include "casefile/casefile.h"
#include "scan/finding.h"
#include "util/stableid.h"

#include <QCoreApplication>
#include <QSet>

namespace ChipTrace::Case {

static EvidenceScope scopeFor(const QString &scope)
{
    switch (Scan::scopeFromName(scope).value_or(Scan::ClaimScope::Unknown)) {
    case Scan::ClaimScope::FineTuning:
        return EvidenceScope::FineTuning;
    case Scan::ClaimScope::Inference:
    case Scan::ClaimScope::Deployment:
        return EvidenceScope::Inference;
    default:
        return EvidenceScope::Training;
    }
}

Evidence evidenceFromFinding(const FindingRecord &f, const QString &modelId)
{
    Evidence e;
    e.id = stableId(IdSpace::Scan, {f.id, modelId});
    e.modelId = modelId;
    e.findingId = f.id;
    e.sourceId = f.sourceId;
    e.locator = f.locator;
    e.quote = f.text.trimmed();
    e.stance = Stance::Supports;
    e.scope = scopeFor(f.scope);
    e.strength = strengthFromName(f.strength).value_or(Strength::Hint);
    e.reliability = Reliability::B;
    e.credibility =
        e.strength == Strength::Proof ? Credibility::ProbablyTrue : Credibility::PossiblyTrue;
    e.constraint = f.implies;
    e.rationale = f.title;
    return e;
}

Result<MadeEvidence> makeEvidence(
    CaseFile &caseFile, const QStringList &findingIds, const QString &modelId)
{
    MadeEvidence made;
    QSet<QString> used;
    for (const Evidence &e : caseFile.evidence(modelId))
        used.insert(e.findingId);
    ImportBatch batch;
    for (const QString &id : findingIds) {
        const std::optional<FindingRecord> f = caseFile.finding(id);
        if (!f)
            continue;
        if (used.contains(id)) {
            ++made.skipped;
            continue;
        }
        used.insert(id);
        batch.evidence.append(evidenceFromFinding(*f, modelId));
        made.ids.append(batch.evidence.constLast().id);
    }
    if (batch.evidence.isEmpty())
        return made;
    batch.label = QCoreApplication::translate("ChipTrace::Case::FindingEvidence",
        "Make %n finding(s) evidence", nullptr, int(batch.evidence.size()));
    Result<ChangeSet> change = caseFile.importBatch(batch);
    if (!change)
        return change.error();
    made.change = std::move(*change);
    made.change.label = batch.label;
    return made;
}

} // namespace ChipTrace::Case
