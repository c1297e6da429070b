// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Adding material to a case in one step, for `chiptrace import CASE PATH|URL|FILE...` and the
// workbench: a repository folder is scanned (its whole git history when it is a repository,
// else its files) and added as one Source with its findings and, when a model is given, the
// claims and strong/proof signatures as proposed evidence; a document (paper, archived page,
// web page, model card) goes through the evidence importers, its bytes are captured in the
// case and its claims become findings and proposed evidence. Each item is one transaction.
// Cloning or updating a URL is the caller's step (Git::RepositoryStore::acquire) because it
// needs credentials and progress of its own; pass the store entry's folder and the URL here.
// Blocking: run from a worker thread in the GUI.

#include "casefile/casefile.h"

namespace ChipTrace::Case {

struct CaseImportSummary
{
    QString item; // what was imported (URL, folder or file)
    QString sourceId;
    QString commit; // repositories: the commit scanned (HEAD)
    bool history = false;
    int findings = 0; // in the import (already present ones included)
    int evidence = 0; // proposed evidence items in the import
    int added = 0; // rows new to the case
    QStringList warnings;
};

Result<CaseImportSummary> importRepository(CaseFile &cf, const QString &folder, const QString &uri,
    const QString &modelId, bool history = true, const ProgressFn &progress = {});
Result<CaseImportSummary> importDocumentFile(
    CaseFile &cf, const QString &path, const QString &modelId, const ProgressFn &progress = {});

// The id of the case's model called `modelName` (case-insensitive); when there is none and
// `labName` is given, creates the lab (if needed) and the model.
Result<QString> findOrCreateModel(
    CaseFile &cf, const QString &modelName, const QString &labName = {});

} // namespace ChipTrace::Case
