// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QList>
#include <QWidget>

#include <functional>

class QLabel;
class QProgressBar;
class QToolButton;

namespace ChipTrace::Ui {

// Long work in the status bar: one queue of background jobs (clone, scan, import), run one at
// a time, with the running job's title, a progress bar fed by its QFuture and a cancel button.
// A job is queued as a *start function*: its future (and whatever the start blocks, such as
// case writes) comes into being only when the job has its turn, so nothing can be started and
// then refused. The work runs wherever the future comes from (core's QtConcurrent + QPromise
// on a member pool); `done` runs on the GUI thread when it finishes or is cancelled, before the
// runner takes the next job or says it is idle, so a follow-up that `done` queues with
// Order::Next runs before anything queued meanwhile. A start that fails is reported through
// failed() and drops the rest of its group (the later steps of that chain). Hidden while idle.
class JobRunner : public QWidget
{
    Q_OBJECT
public:
    enum class Order {
        Last,
        Next
    };

    explicit JobRunner(QWidget *parent = nullptr);

    template<typename T>
    void enqueue(const QString &title, const QString &group,
        std::function<Result<QFuture<T>>()> start, std::function<void(QFuture<T>)> done,
        Order order = Order::Last)
    {
        add({title, group,
                [this, title, start = std::move(start), done = std::move(done)]() -> Status {
                    Result<QFuture<T>> future = start();
                    if (!future)
                        return future.error();
                    auto *watcher = new QFutureWatcher<T>(this);
                    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, done] {
                        watcher->deleteLater();
                        if (done)
                            done(watcher->future());
                        finished();
                    });
                    attach(title, watcher);
                    watcher->setFuture(*future);
                    return {};
                }},
            order);
    }

    // Running or queued work.
    bool isBusy() const { return m_busy; }
    int queued() const { return int(m_queue.size()); }
    QString title() const;
    // Cancels the running job (its `done` sees the cancel and decides what follows).
    void cancel();
    // Drops the queued jobs of `group` (a chain that should not go on).
    void drop(const QString &group);
    // Drops every queued job and cancels the running one (closing the window).
    void cancelAll();

Q_SIGNALS:
    void busyChanged(bool busy);
    // A job could not start; the message says why.
    void failed(const QString &message);

private:
    struct Pending
    {
        QString title;
        QString group;
        std::function<Status()> launch;
    };
    void add(Pending job, Order order);
    void startNext();
    void attach(const QString &title, QFutureWatcherBase *watcher);
    void finished();
    void setBusy(bool busy);

    QList<Pending> m_queue;
    QFutureWatcherBase *m_watcher = nullptr;
    bool m_busy = false;
    bool m_starting = false;
    QLabel *m_label;
    QProgressBar *m_progress;
    QToolButton *m_cancel;
};

} // namespace ChipTrace::Ui
