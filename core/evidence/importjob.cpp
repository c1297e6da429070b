// SPDX-License-Identifier: GPL-3.0-or-later
#include "importjob.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPromise>
#include <QtConcurrentRun>

namespace ChipTrace::Evidence {

ImportJob::ImportJob(ImportOptions options)
    : m_options(std::move(options))
{
    m_pool.setMaxThreadCount(1); // files are read whole: one at a time keeps memory bounded
}

ImportJob::~ImportJob()
{
    m_pool.waitForDone();
}

static void importAll(
    QPromise<ImportOutcome> &promise, const QStringList &paths, ImportOptions options)
{
    promise.setProgressRange(0, int(paths.size()));
    options.isCanceled = [&promise] { return promise.isCanceled(); };
    for (int i = 0; i < paths.size(); ++i) {
        if (promise.isCanceled())
            return;
        promise.setProgressValueAndText(i,
            QCoreApplication::translate("Evidence", "Importing %1")
                .arg(QFileInfo(paths[i]).fileName()));
        ImportOutcome outcome;
        outcome.path = paths[i];
        auto result = importDocument(paths[i], options);
        if (result) {
            outcome.document = std::move(result).value();
        } else {
            outcome.code = result.code();
            outcome.error = result.message();
        }
        promise.addResult(std::move(outcome));
    }
    promise.setProgressValue(int(paths.size()));
}

QFuture<ImportOutcome> ImportJob::start(const QStringList &paths)
{
    return QtConcurrent::run(&m_pool, importAll, paths, m_options);
}

} // namespace ChipTrace::Evidence
