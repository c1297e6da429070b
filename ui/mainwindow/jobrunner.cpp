// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobrunner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

namespace ChipTrace::Ui {

JobRunner::JobRunner(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
{
    setObjectName(QStringLiteral("jobRunner"));
    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(true);
    m_progress->setAccessibleName(tr("Background job progress"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setAccessibleName(tr("Cancel the background job"));
    m_cancel->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Period));
    connect(m_cancel, &QToolButton::clicked, this, &JobRunner::cancel);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);
    hide();
}

QString JobRunner::title() const
{
    return m_label->text();
}

void JobRunner::add(Pending job, Order order)
{
    if (order == Order::Next)
        m_queue.prepend(std::move(job));
    else
        m_queue.append(std::move(job));
    setBusy(true);
    if (!m_watcher && !m_starting)
        startNext();
}

// Takes queued jobs until one runs. A start may report (a modal message spins the event loop,
// and more jobs may be queued meanwhile): m_starting keeps that from starting a second job.
void JobRunner::startNext()
{
    m_starting = true;
    while (!m_watcher && !m_queue.isEmpty()) {
        const Pending job = m_queue.takeFirst();
        if (const Status s = job.launch(); !s) {
            if (!job.group.isEmpty())
                drop(job.group);
            Q_EMIT failed(s.message());
        }
    }
    m_starting = false;
    if (!m_watcher) {
        hide();
        setBusy(false);
    }
}

void JobRunner::attach(const QString &title, QFutureWatcherBase *watcher)
{
    m_watcher = watcher;
    m_label->setText(title);
    m_progress->setRange(0, 0); // busy until the job reports a range
    m_progress->setValue(0);
    connect(
        watcher, &QFutureWatcherBase::progressRangeChanged, m_progress, &QProgressBar::setRange);
    connect(
        watcher, &QFutureWatcherBase::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(watcher, &QFutureWatcherBase::progressTextChanged, this,
        [this, title](const QString &text) {
            m_label->setText(text.isEmpty() ? title : title + QStringLiteral(": ") + text);
        });
    show();
}

// After the job's `done`: what it queued next runs now, else the runner is idle.
void JobRunner::finished()
{
    m_watcher = nullptr;
    if (!m_starting)
        startNext();
}

void JobRunner::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

void JobRunner::cancel()
{
    if (m_watcher)
        m_watcher->cancel();
}

void JobRunner::drop(const QString &group)
{
    m_queue.removeIf([&group](const Pending &job) { return job.group == group; });
}

void JobRunner::cancelAll()
{
    m_queue.clear();
    cancel();
}

} // namespace ChipTrace::Ui
