// SPDX-License-Identifier: GPL-3.0-or-later
#include "storewatcher.h"

namespace ChipTrace::Git {

StoreWatcher::StoreWatcher(
    RepositoryStore *store, std::chrono::milliseconds interval, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    m_timer.setInterval(interval);
    connect(&m_timer, &QTimer::timeout, this, &StoreWatcher::checkNow);
    connect(&m_running, &QFutureWatcherBase::finished, this, &StoreWatcher::finishOne);
    m_timer.start();
}

void StoreWatcher::watch(const QString &url)
{
    const QString normalized = RepositoryStore::normalizeUrl(url);
    if (!m_urls.contains(normalized))
        m_urls << normalized;
}

void StoreWatcher::unwatch(const QString &url)
{
    const QString normalized = RepositoryStore::normalizeUrl(url);
    m_urls.removeAll(normalized);
    m_queue.removeAll(normalized);
}

void StoreWatcher::checkNow()
{
    if (isBusy())
        return; // the round in progress covers it
    m_queue = m_urls;
    startNext();
}

void StoreWatcher::startNext()
{
    if (m_queue.isEmpty()) {
        Q_EMIT idle();
        return;
    }
    m_current = m_queue.takeFirst();
    AcquireOptions options;
    options.mustExist = true; // watching never clones
    if (Result<StoreEntry> entry = m_store->find(m_current))
        options.depth = entry->depth;
    m_running.setFuture(m_store->acquireAsync(m_current, options));
}

void StoreWatcher::finishOne()
{
    const QFuture<Result<Acquisition>> future = m_running.future();
    if (future.resultCount() == 1) {
        const Result<Acquisition> r = future.result();
        if (!r)
            Q_EMIT failed(m_current, r.message());
        else if (r->changes.hasChanges())
            Q_EMIT changed(m_current, r->changes);
    }
    startNext();
}

} // namespace ChipTrace::Git
