// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentbatch.h"

#include "casefile/casefile.h"
#include "util/stableid.h"

#include <QCoreApplication>

namespace ChipTrace::Evidence {

Case::SourceKind caseSourceKind(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::Paper:
        return Case::SourceKind::Paper;
    case DocumentKind::ArchivedPage:
        return Case::SourceKind::ArchivedPage;
    case DocumentKind::WebPage:
    case DocumentKind::ModelCard:
        return Case::SourceKind::WebPage;
    case DocumentKind::Document:
        return Case::SourceKind::Note;
    }
    return Case::SourceKind::Note;
}

Case::Locator caseLocator(const DocumentClaim &claim)
{
    const Locator &l = claim.locator;
    Case::Locator c;
    c.page = l.page;
    if (!l.recordId.isEmpty())
        c.archiveRecord = l.recordId + u' ' + l.targetUri + QStringLiteral(" @ ")
            + l.captureDate.toUTC().toString(Qt::ISODate);
    QStringList path;
    if (!l.archiveMember.isEmpty())
        path << l.archiveMember;
    if (!l.headingPath.isEmpty())
        path << l.headingPath.join(QStringLiteral(" > "));
    c.path = path.join(QStringLiteral(": "));
    c.column = claim.field.isEmpty() ? claim.offset + 1 : 0;
    c.length = claim.length;
    return c;
}

static Case::EvidenceScope caseScope(const QString &scope)
{
    if (scope == u"fine-tuning")
        return Case::EvidenceScope::FineTuning;
    if (scope == u"inference" || scope == u"deployment")
        return Case::EvidenceScope::Inference;
    return Case::EvidenceScope::Training; // training, and claims whose sentence does not say
}

static Case::FindingRecord findingFor(
    const DocumentClaim &claim, const QString &sourceId, const QString &sha)
{
    Case::FindingRecord f;
    f.id = stableId(IdSpace::Document,
        {QStringLiteral("finding"), sha, QString::number(claim.segment),
            QString::number(claim.offset), claim.field, claim.match});
    f.sourceId = sourceId;
    f.kind = QStringLiteral("claim");
    f.ruleId = QStringLiteral("claim");
    f.family = QStringLiteral("claim");
    f.title = claim.match;
    f.locator = caseLocator(claim);
    f.text = claim.sentence;
    f.match = claim.match;
    f.context = QStringLiteral("prose");
    f.chips = claim.chips;
    f.scope = claim.scope;
    f.strength = claim.strength;
    f.implies = claim.implies;
    return f;
}

Case::ImportBatch batchFromDocument(const ImportedDocument &doc, const QString &modelId)
{
    Case::ImportBatch batch;
    batch.label = QCoreApplication::translate("Evidence", "Import %1").arg(doc.source.title);
    Case::Source source;
    source.id = stableId(IdSpace::Document, {QStringLiteral("source"), doc.source.sha256});
    source.kind = caseSourceKind(doc.source.kind);
    source.uri = doc.source.uri;
    source.title = doc.source.title;
    source.retrieved = doc.source.retrievedAt;
    source.notes = QCoreApplication::translate("Evidence", "Imported from %1 by the %2 importer.")
                       .arg(doc.source.originalPath, doc.source.importer);
    if (!doc.problems.isEmpty())
        source.notes += u'\n' + QCoreApplication::translate("Evidence", "Import problems:") + u'\n'
            + doc.problems.join(u'\n');
    batch.sources << source;
    for (const DocumentClaim &claim : doc.claims) {
        const Case::FindingRecord f = findingFor(claim, source.id, doc.source.sha256);
        batch.findings << f;
        if (modelId.isEmpty())
            continue;
        Case::Evidence e;
        e.id = stableId(IdSpace::Document, {QStringLiteral("evidence"), f.id, modelId});
        e.modelId = modelId;
        e.findingId = f.id;
        e.sourceId = source.id;
        e.quote = claim.sentence;
        e.locator = f.locator;
        e.scope = caseScope(claim.scope);
        e.strength = strengthFromName(claim.strength).value_or(Strength::Hint);
        e.constraint = claim.implies;
        e.rationale =
            QCoreApplication::translate("Evidence", "Claim in \"%1\" (%2); scope in the text: %3.")
                .arg(doc.source.title, claim.locator.citation(), claim.scope);
        batch.evidence << e;
    }
    return batch;
}

Result<Case::ChangeSet> addToCase(
    Case::CaseFile &caseFile, const ImportedDocument &doc, const QString &modelId)
{
    Case::ImportBatch batch = batchFromDocument(doc, modelId);
    Case::Source &source = batch.sources.first();
    const QString bytes =
        doc.source.storedPath.isEmpty() ? doc.source.originalPath : doc.source.storedPath;
    if (Status s = caseFile.captureFile(source, bytes); !s)
        return s.error();
    if (source.sha256 != doc.source.sha256)
        return fail(ErrorCode::Conflict,
            QCoreApplication::translate(
                "Evidence", "%1 changed while it was being imported; import it again")
                .arg(doc.source.originalPath));
    return caseFile.importBatch(batch);
}

} // namespace ChipTrace::Evidence
