// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Early findings for a scan's watchers. A scan's QFuture carries its final ScanResult as the
// last result; with ScanOptions::streamBatches the workers also add partial results before
// it (ScanResult::partial, findings only), so a view can show hits while a long history scan
// is still running. Thread-safe: every worker hands its findings here. A finding seen again
// (the same rule, path and line text in another version of a file) is not sent twice; the
// final result is still the reference, attributed to commits and complete.

#include "scan/scanner.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QPromise>
#include <QSet>

namespace ChipTrace::Scan {

class BatchStreamer
{
public:
    BatchStreamer(QPromise<ScanResult> &promise, bool enabled);

    // Queues `findings` and sends a batch when enough has gathered or enough time has passed.
    void add(const QList<Finding> &findings);
    // Sends whatever is queued; call before adding the final result.
    void flush();
    int sent() const { return m_sent; }

private:
    void sendLocked();

    QPromise<ScanResult> &m_promise;
    const bool m_enabled;
    QMutex m_lock;
    QSet<QString> m_seen;
    QList<Finding> m_pending;
    QElapsedTimer m_sinceLast;
    int m_sent = 0;
};

// The scan's final, complete result from its future (the last result; earlier ones may be
// partial batches). Empty optional when the scan was cancelled before finishing.
std::optional<ScanResult> finalResult(const QFuture<ScanResult> &future);

} // namespace ChipTrace::Scan
