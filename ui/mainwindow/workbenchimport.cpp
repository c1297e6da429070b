// SPDX-License-Identifier: GPL-3.0-or-later
// Importing documents (papers, archived pages, web pages, model cards) into the open case from
// the workbench. Reading and parsing the file (a PDF can take seconds) runs on the workbench's
// pool with cancel; adding the result to the case is one transaction and one undo step on the
// GUI thread, like every other case edit.

#include "casefile/casefile.h"
#include "evidence/documentbatch.h"
#include "evidence/documentimport.h"
#include "workbench.h"

#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

namespace ChipTrace::Ui {

Result<QFuture<Result<Evidence::ImportedDocument>>> Workbench::startDocumentImport(
    const QString &path)
{
    if (!m_case)
        return fail(ErrorCode::InvalidArgument, tr("Open or create a case first."));
    if (!QFileInfo(path).isFile())
        return fail(ErrorCode::NotFound, tr("%1 is not a file.").arg(path));
    return QtConcurrent::run(
        &m_pool, [path](QPromise<Result<Evidence::ImportedDocument>> &promise) {
            Evidence::ImportOptions options;
            options.storeCopy = false; // the case keeps its own copy (addToCase)
            options.isCanceled = [&promise] { return promise.isCanceled(); };
            promise.setProgressRange(0, 0);
            promise.addResult(Evidence::importDocument(path, options));
        });
}

Status Workbench::addDocument(const Evidence::ImportedDocument &document)
{
    if (!m_case)
        return report(
            fail(ErrorCode::InvalidArgument, tr("The case was closed during the import.")));
    Result<Case::ChangeSet> change = Evidence::addToCase(*m_case, document, m_modelId);
    if (change)
        change->label = tr("Import %1").arg(QFileInfo(document.source.originalPath).fileName());
    if (Status s = pushChange(std::move(change)); !s)
        return s;
    Q_EMIT message(tr("Imported %1: %n claim(s).", nullptr, int(document.claims.size()))
            .arg(QFileInfo(document.source.originalPath).fileName()));
    return {};
}

} // namespace ChipTrace::Ui
