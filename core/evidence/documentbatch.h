// SPDX-License-Identifier: GPL-3.0-or-later
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
#include "util/result.h"

namespace ChipTrace::Case {
class CaseFile;
}

namespace ChipTrace::Evidence {

Case::ImportBatch batchFromDocument(const ImportedDocument &doc, const QString &modelId);

// The case's locator for a claim: page, archive record ("<record id> <uri> @ <date>"),
// path (WACZ member, or the heading path " > "-joined), column/length of the match.
Case::Locator caseLocator(const DocumentClaim &claim);

Case::SourceKind caseSourceKind(DocumentKind kind);

// Adds an imported document to a case in one transaction, all or nothing: keeps the exact bytes
// that were hashed in the case's file store, then the source, its claim findings and (for a
// model) proposed evidence. Importing the same bytes again updates the same items.
Result<Case::ChangeSet> addToCase(
    Case::CaseFile &caseFile, const ImportedDocument &doc, const QString &modelId);

} // namespace ChipTrace::Evidence
