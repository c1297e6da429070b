#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QWidget>

#include <functional>

class QLabel;
class QProgressBar;
class QToolButton;

namespace ChipTrace::Ui {

// Long work in the status bar: one background job at a time (clone, scan, import) with its
// title, a progress bar fed by the QFuture's progress and a cancel button. The work itself runs
// wherever the future comes from (core's QtConcurrent + QPromise on a member pool); `done` runs
// on the GUI thread when it finishes or is cancelled. Hidden while idle.
class JobRunner : public QWidget
{
    Q_OBJECT
public:
    explicit JobRunner(QWidget *parent = nullptr);

    template<typename T>
    bool run(const QString &title, QFuture<T> future, std::function<void(QFuture<T>)> done)
    {
        if (isBusy())
            return false;
        auto *watcher = new QFutureWatcher<T>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, done] {
            watcher->deleteLater();
            finish();
            if (done)
                done(watcher->future());
        });
        attach(title, watcher);
        watcher->setFuture(future);
        return true;
    }

    bool isBusy() const { return m_watcher != nullptr; }
    QString title() const;
    void cancel();

Q_SIGNALS:
    void busyChanged(bool busy);

private:
    void attach(const QString &title, QFutureWatcherBase *watcher);
    void finish();

    QFutureWatcherBase *m_watcher = nullptr;
    QLabel *m_label;
    QProgressBar *m_progress;
    QToolButton *m_cancel;
};

} // namespace ChipTrace::Ui
