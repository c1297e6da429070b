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

void JobRunner::attach(const QString &title, QFutureWatcherBase *watcher)
{
    m_watcher = watcher;
    m_label->setText(title);
    m_progress->setRange(0, 0); // busy until the job reports a range
    connect(watcher, &QFutureWatcherBase::progressRangeChanged, m_progress, &QProgressBar::setRange);
    connect(watcher, &QFutureWatcherBase::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(watcher, &QFutureWatcherBase::progressTextChanged, this,
            [this, title](const QString &text) { m_label->setText(text.isEmpty() ? title : title + QStringLiteral(": ") + text); });
    show();
    Q_EMIT busyChanged(true);
}

void JobRunner::finish()
{
    m_watcher = nullptr;
    hide();
    Q_EMIT busyChanged(false);
}

void JobRunner::cancel()
{
    if (m_watcher)
        m_watcher->cancel();
}

} // namespace ChipTrace::Ui
