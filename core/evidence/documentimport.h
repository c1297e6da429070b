// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// importDocument(): the one call that turns a paper, an archived page (WARC/WACZ), a web page or
// a model card into evidence. It reads the file, picks the importer plugin (by extension, then
// by content), lets it extract text with locators, keeps a content-addressed copy of the exact
// bytes (named by their SHA-256) in the evidence store, and runs the claim step. Nothing is
// written unless the file parsed. The case-file layer stores the result as proposed evidence;
// this function knows nothing about cases. Synchronous: call it from a worker thread.

#include "evidence/evidencetypes.h"
#include "util/result.h"

#include <QString>

#include <functional>

namespace ChipTrace::Evidence {

class ImporterRegistry;

struct ImportOptions
{
    QString storeDir; // where stored copies go; default: Paths::dataDir()/evidence
    QString sourceUri; // the URL the file is a copy of, when the analyst knows it
    bool storeCopy = true; // false when the caller keeps its own copy (a case's file store):
                           // then CapturedSource::storedPath stays empty
    qint64 maxBytes = qint64(1) << 30; // refuse larger files with LimitExceeded
    std::function<bool()> isCanceled;
    ImporterRegistry *registry = nullptr; // default: ImporterRegistry::instance()
};

// `pathOrUrl`: a local path or a file:// URL. http(s) URLs are refused with Unsupported (ChipTrace
// does not fetch pages; save the page or its web-archive WARC and import that file).
Result<ImportedDocument> importDocument(
    const QString &pathOrUrl, const ImportOptions &options = {});

// The default store folder for stored copies.
QString defaultEvidenceStore();

// Hex SHA-256 of `data`.
QString sha256Hex(const QByteArray &data);

} // namespace ChipTrace::Evidence
