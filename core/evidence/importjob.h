// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Imports a list of documents off the calling thread, the project's one threading idiom:
// QtConcurrent::run on a member QThreadPool with a QPromise that reports progress (one step per
// file, with the file name as text), hands each file's outcome over as soon as it is ready, and
// stops between files — and inside a file, between pages or records — when canceled. The
// workbench drives it from the GUI; the command line can simply wait on the future.

#include "evidence/documentimport.h"

#include <QFuture>
#include <QStringList>
#include <QThreadPool>

#include <optional>

namespace ChipTrace::Evidence {

struct ImportOutcome
{
    QString path;
    std::optional<ImportedDocument> document; // set on success
    ErrorCode code = ErrorCode::Generic; // on failure
    QString error; // on failure, for the user
};

class ImportJob
{
public:
    explicit ImportJob(ImportOptions options = {});
    ~ImportJob(); // waits for running work
    ImportJob(const ImportJob &) = delete;
    ImportJob &operator=(const ImportJob &) = delete;

    QFuture<ImportOutcome> start(const QStringList &paths);

private:
    ImportOptions m_options;
    QThreadPool m_pool;
};

} // namespace ChipTrace::Evidence
