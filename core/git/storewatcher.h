// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Watching stored repositories: every interval, the watched URLs are fetched one after another
// on the store's thread pool, and each fetch that changed something (new commits, force-pushes,
// deleted branches) is announced with its ChangeReport, so the workbench can offer a rescan.
// Lives on the thread that created it (the GUI thread); the fetches never block it.

#include "git/repositorystore.h"

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <chrono>

namespace ChipTrace::Git {

class StoreWatcher : public QObject
{
    Q_OBJECT
public:
    StoreWatcher(
        RepositoryStore *store, std::chrono::milliseconds interval, QObject *parent = nullptr);

    void watch(const QString &url);
    void unwatch(const QString &url);
    QStringList watched() const { return m_urls; }
    bool isBusy() const { return m_running.isRunning() || !m_queue.isEmpty(); }

    // Fetches every watched URL now (once), without waiting for the timer.
    void checkNow();

Q_SIGNALS:
    void changed(const QString &url, const ChipTrace::Git::ChangeReport &report);
    void failed(const QString &url, const QString &message);
    void idle(); // a round of fetches finished

private:
    void startNext();
    void finishOne();

    RepositoryStore *m_store;
    QTimer m_timer;
    QStringList m_urls;
    QStringList m_queue;
    QString m_current;
    QFutureWatcher<Result<Acquisition>> m_running;
};

} // namespace ChipTrace::Git
