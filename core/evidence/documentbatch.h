#pragma once

// Turns an imported document into case items, for `chiptrace import CASE FILE...` and the
// workbench: one Source for the document, one claim FindingRecord per claim (with its locator:
// page, WARC record, archive member or heading path), and, when a model is given, one proposed
// Evidence item per claim quoting the sentence. Ids are derived from content (UUID v5 over the
// document's SHA-256 and the claim's position), so importing the same file twice, or by two
// analysts, gives the same items. The Source is returned without a captured copy: the caller
// stores the bytes in the case with CaseFile::captureFile(source, doc.source.storedPath or
// originalPath) before CaseFile::importBatch().

#include "casefile/casetypes.h"
#include "evidence/evidencetypes.h"

namespace ChipTrace::Evidence {

Case::ImportBatch batchFromDocument(const ImportedDocument &doc, const QString &modelId);

// The case's locator for a claim: page, archive record ("<record id> <uri> @ <date>"),
// path (WACZ member, or the heading path " > "-joined), column/length of the match.
Case::Locator caseLocator(const DocumentClaim &claim);

Case::SourceKind caseSourceKind(SourceKind kind);

} // namespace ChipTrace::Evidence
