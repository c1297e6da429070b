// SPDX-License-Identifier: GPL-3.0-or-later
#include "scan/batchstreamer.h"

namespace ChipTrace::Scan {

// Big enough that a scan with thousands of hits is a few dozen model updates, small and
// frequent enough that the first hits show within a fraction of a second.
static constexpr qsizetype kBatchFindings = 256;
static constexpr qint64 kBatchMs = 150;

BatchStreamer::BatchStreamer(QPromise<ScanResult> &promise, bool enabled)
    : m_promise(promise)
    , m_enabled(enabled)
{
    m_sinceLast.start();
}

void BatchStreamer::add(const QList<Finding> &findings)
{
    if (!m_enabled || findings.isEmpty())
        return;
    QMutexLocker locker(&m_lock);
    for (const Finding &f : findings) {
        const QString k = findingKey(f);
        if (!m_seen.contains(k)) {
            m_seen.insert(k);
            m_pending.append(f);
        }
    }
    if (m_pending.size() >= kBatchFindings
        || (!m_pending.isEmpty() && m_sinceLast.elapsed() >= kBatchMs))
        sendLocked();
}

void BatchStreamer::flush()
{
    if (!m_enabled)
        return;
    QMutexLocker locker(&m_lock);
    if (!m_pending.isEmpty())
        sendLocked();
}

void BatchStreamer::sendLocked()
{
    ScanResult batch;
    batch.partial = true;
    batch.findings = std::exchange(m_pending, {});
    m_sent += int(batch.findings.size());
    m_promise.addResult(std::move(batch));
    m_sinceLast.restart();
}

std::optional<ScanResult> finalResult(const QFuture<ScanResult> &future)
{
    if (future.isCanceled() || future.resultCount() == 0)
        return std::nullopt;
    ScanResult last = future.resultAt(future.resultCount() - 1);
    if (last.partial)
        return std::nullopt;
    return last;
}

} // namespace ChipTrace::Scan
