// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow: the Changes panel and the background watch of the case's repositories.

#include "changespanel.h"
#include "codeview/codeviewer.h"
#include "desktopnotifier.h"
#include "jobrunner.h"
#include "mainwindow.h"
#include "models/watchchangesmodel.h"
#include "watch/watch.h"
#include "workbench.h"

#include <QDockWidget>
#include <QInputDialog>
#include <QLabel>
#include <QTimer>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace ChipTrace {

using namespace ChipTrace::Ui;

// How often the open workbench looks for due repositories; each has its own interval (hours),
// so this only bounds how late a due fetch starts.
static constexpr int kWatchTickMs = 15 * 60 * 1000;

void MainWindow::createChangesPanel(QDockWidget *tabWith)
{
    m_changes = new ChangesPanel(m_workbench->watchChangesModel(), this);
    QDockWidget *dock =
        addPanel(m_changes, tr("Changes"), QStringLiteral("changesDock"), Qt::BottomDockWidgetArea);
    tabifyDockWidget(tabWith, dock);
    connect(m_changes, &ChangesPanel::openRequested, this, &MainWindow::openWatchChange);
    connect(m_changes, &ChangesPanel::checkRequested, this, [this] { runWatch(false); });
    connect(m_changes, &ChangesPanel::markSeenRequested, this,
        [this] { (void)m_workbench->markWatchChangesSeen(); });
    connect(m_workbench, &Workbench::watchChangesChanged, m_changes, [this] {
        m_changes->view()->expandAll();
        m_changes->refreshSummary();
    });
    m_watchTimer = new QTimer(this);
    m_watchTimer->setInterval(kWatchTickMs);
    connect(m_watchTimer, &QTimer::timeout, this, [this] { runWatch(true); });
    m_watchTimer->start();
    // A case that was closed for a while has due repositories: look once it is open.
    connect(m_workbench, &Workbench::caseOpened, this,
        [this] { QTimer::singleShot(0, this, [this] { runWatch(true); }); });
}

void MainWindow::runWatch(bool dueOnly)
{
    // The automatic round waits for its next tick rather than queue behind a long scan.
    if (!m_workbench->hasWatches() || (dueOnly && m_jobs->isBusy()))
        return;
    m_changes->setBusy(true, tr("Fetching the watched repositories…"));
    m_jobs->enqueue<Result<Watch::WatchReport>>(
        tr("Watching repositories"), QStringLiteral("watch"),
        [this, dueOnly] { return m_workbench->startWatch(dueOnly); },
        [this](QFuture<Result<Watch::WatchReport>> future) {
            m_changes->setBusy(false);
            if (future.isCanceled() || future.resultCount() == 0)
                return;
            const QList<Case::WatchChange> recorded = m_workbench->finishWatch(future.result());
            if (!recorded.isEmpty())
                m_statusLabel->setText(
                    tr("The watch recorded %n change(s).", nullptr, int(recorded.size())));
            DesktopNotifier::send(watchNotification(recorded));
        });
}

void MainWindow::askWatchRepository()
{
    if (!m_workbench->hasCase())
        return;
    bool ok = false;
    const QString url = QInputDialog::getText(this, tr("Watch Repository"),
        tr("Repository URL (or local path) to fetch every day and compare:"), QLineEdit::Normal, {},
        &ok);
    if (!ok || url.trimmed().isEmpty())
        return;
    if (m_workbench->addWatch(url.trimmed()))
        runWatch(true); // the baseline, at once
}

void MainWindow::openWatchChange(const Case::WatchChange &change)
{
    if (change.path.isEmpty())
        return; // a bare history rewrite has no file to show
    showWhenRead(m_workbench->sourceForWatchChange(change), change.path, {});
}

} // namespace ChipTrace
