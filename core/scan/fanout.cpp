// SPDX-License-Identifier: GPL-3.0-or-later
#include "scan/fanout.h"

#include <QCoreApplication>
#include <QMutex>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <optional>

namespace ChipTrace::Scan {

Status fanOut(QThreadPool &pool, QPromise<ScanResult> &promise, const FanOut &plan,
    const WorkerSetup &setup, ScanResult &into)
{
    std::atomic<qsizetype> next{0};
    std::atomic<qsizetype> done{0};
    std::atomic<bool> failed{false};
    QMutex lock;
    std::optional<Error> firstError;
    int droppedWarnings = 0;
    const qsizetype chunk = std::max<qsizetype>(1, plan.chunk);

    auto worker = [&] {
        Result<ItemHandler> handler = setup();
        if (!handler) {
            failed = true;
            QMutexLocker locker(&lock);
            if (!firstError)
                firstError = handler.error();
            return;
        }
        WorkerTally tally;
        for (;;) {
            const qsizetype begin = next.fetch_add(chunk);
            if (begin >= plan.count || failed || promise.isCanceled())
                break;
            const qsizetype end = std::min(plan.count, begin + chunk);
            for (qsizetype i = begin; i < end && !promise.isCanceled(); ++i) {
                (*handler)(i, tally);
                const qsizetype d = ++done;
                if (d % plan.progressEvery == 0 || d == plan.count)
                    promise.setProgressValueAndText(
                        int(d), plan.progressText ? plan.progressText(i) : QString());
            }
        }
        QMutexLocker locker(&lock);
        into.stats += tally.stats;
        into.findings.append(std::move(tally.findings));
        for (QString &warning : tally.warnings) {
            if (into.warnings.size() < kMaxWarnings)
                into.warnings.append(std::move(warning));
            else
                ++droppedWarnings;
        }
    };
    promise.setProgressRange(0, int(plan.count));
    QList<QFuture<void>> workers;
    for (int i = 0; i < std::max(1, pool.maxThreadCount()); ++i)
        workers.append(QtConcurrent::run(&pool, worker));
    for (QFuture<void> &f : workers)
        f.waitForFinished();
    if (droppedWarnings > 0)
        into.warnings.append(QCoreApplication::translate(
            "ChipTrace::Scan::Scanner", "... and %n more warnings", nullptr, droppedWarnings));
    if (firstError)
        return *firstError;
    return {};
}

} // namespace ChipTrace::Scan
