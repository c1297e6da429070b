// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "casefile/casefile.h"
#include "codeview/codeeditor.h"
#include "codeview/codeviewer.h"
#include "evidence/evidencepanel.h"
#include "findingspanel.h"
#include "funnel/funnelcontroller.h"
#include "funnel/funnelview.h"
#include "jobrunner.h"
#include "models/findingsmodel.h"
#include "review/inspectorpanel.h"
#include "timeline/timelineview.h"
#include "workbench.h"

#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTableView>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace ChipTrace {

using namespace Ui;

static const char kGeometryKey[] = "mainwindow/geometry";
static const char kStateKey[] = "mainwindow/state";
static const char kFindingsHeaderKey[] =
    "mainwindow/findingsHeader"; // column widths and order, sort
// Version 2: the funnel is the centre, no longer a dock; a version-1 layout is not restored.
static constexpr int kLayoutVersion = 2;

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_workbench(new Workbench(this))
    , m_jobs(new JobRunner(this))
{
    setObjectName(QStringLiteral("ChipTraceMainWindow"));
    setWindowTitle(tr("ChipTrace"));
    setDockOptions(AnimatedDocks | AllowNestedDocks | AllowTabbedDocks);
    setAcceptDrops(true);
    m_statusLabel = new QLabel(tr("Ready"), this);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    // Some messages carry a link (an exported briefing's "Open").
    m_statusLabel->setOpenExternalLinks(true);
    m_statusLabel->setTextInteractionFlags(
        Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    statusBar()->addWidget(m_statusLabel, 1);
    statusBar()->addPermanentWidget(m_jobs);
    m_connectionLabel = new QLabel(tr("Offline"), this);
    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    m_connectionLabel->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold"));
    m_connectionLabel->hide();
    statusBar()->addPermanentWidget(m_connectionLabel);
    createPanels();
    createMenus();
    connectWorkbench();
    m_defaultState = saveState(kLayoutVersion); // for View › Reset Layout
    restoreLayout();
}

MainWindow::~MainWindow() = default;

QDockWidget *MainWindow::addPanel(
    QWidget *panel, const QString &title, const QString &objectName, Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(objectName); // saveState() keys on it
    dock->setWidget(panel);
    dock->setAccessibleName(title);
    addDockWidget(area, dock);
    return dock;
}

// The centre is the answer: the funnel, with the code viewer beside it once a file is open
// (an empty code view takes no width). Panels dock around them.
void MainWindow::createPanels()
{
    m_code = new CodeViewer(this);
    m_funnel = new FunnelView(this);
    m_centre = new QSplitter(Qt::Horizontal, this);
    m_centre->setObjectName(QStringLiteral("centreSplit"));
    m_centre->setChildrenCollapsible(true);
    m_centre->addWidget(m_funnel);
    m_centre->addWidget(m_code);
    m_centre->setStretchFactor(0, 1);
    m_centre->setStretchFactor(1, 1);
    setCentralWidget(m_centre);
    collapseCode();

    m_navigator = new QTreeView(this);
    m_navigator->setObjectName(QStringLiteral("caseNavigator"));
    m_navigator->setAccessibleName(tr("Case navigator"));
    m_navigator->setModel(m_workbench->navigatorModel());
    m_navigator->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_workbench->navigatorModel(), &QAbstractItemModel::modelReset, m_navigator,
        &QTreeView::expandAll);
    QDockWidget *nav =
        addPanel(m_navigator, tr("Case"), QStringLiteral("navigatorDock"), Qt::LeftDockWidgetArea);

    auto *browser = new QWidget(this);
    m_files = new QTreeView(browser);
    m_files->setObjectName(QStringLiteral("repositoryBrowser"));
    m_files->setAccessibleName(tr("Repository files"));
    m_files->setModel(m_workbench->filesModel());
    m_files->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_historyMode = new QCheckBox(tr("History: show removed files"), browser);
    m_historyMode->setChecked(m_workbench->historyMode());
    connect(m_historyMode, &QCheckBox::toggled, m_workbench, &Workbench::setHistoryMode);
    connect(m_files, &QTreeView::activated, this, &MainWindow::openFile);
    auto *bl = new QVBoxLayout(browser);
    bl->setContentsMargins(2, 2, 2, 2);
    bl->addWidget(m_historyMode);
    bl->addWidget(m_files, 1);
    QDockWidget *files = addPanel(
        browser, tr("Repository"), QStringLiteral("repositoryDock"), Qt::LeftDockWidgetArea);
    tabifyDockWidget(nav, files);
    nav->raise();

    m_findings = new FindingsPanel(m_workbench->findingsModel(), this);
    QDockWidget *findings = addPanel(
        m_findings, tr("Findings"), QStringLiteral("findingsDock"), Qt::BottomDockWidgetArea);
    m_evidence = new EvidencePanel(m_workbench->evidenceModel(), this);
    QDockWidget *evidence = addPanel(
        m_evidence, tr("Evidence"), QStringLiteral("evidenceDock"), Qt::BottomDockWidgetArea);
    m_timeline = new TimelineView(this);
    QDockWidget *timeline = addPanel(
        m_timeline, tr("Timeline"), QStringLiteral("timelineDock"), Qt::BottomDockWidgetArea);
    tabifyDockWidget(findings, evidence);
    tabifyDockWidget(evidence, timeline);
    createChangesPanel(timeline);
    findings->raise();

    m_inspector = new InspectorPanel(this);
    addPanel(
        m_inspector, tr("Inspector"), QStringLiteral("inspectorDock"), Qt::RightDockWidgetArea);
    m_funnelController = new FunnelController(m_workbench, m_funnel, m_timeline, this);
    connectAnswer(evidence);
}

// From a candidate to its evidence: a card chosen in the funnel narrows the evidence board to
// the items for and against it and brings the board up; a link in the card's detail (or the
// hypothesis matrix) selects that item.
void MainWindow::connectAnswer(QDockWidget *evidenceDock)
{
    connect(m_funnelController, &FunnelController::candidateShown, this,
        [this, evidenceDock](
            const QString &chip, const QStringList &forIds, const QStringList &againstIds) {
            m_evidence->showOnly(chip, forIds, againstIds);
            if (!chip.isEmpty())
                evidenceDock->raise();
        });
    const auto selectEvidence = [this, evidenceDock](const QString &id) {
        if (id.isEmpty())
            return;
        evidenceDock->raise();
        m_evidence->selectId(id);
        m_inspector->showEvidence(id);
    };
    connect(m_funnel, &FunnelView::evidenceLinkActivated, this, selectEvidence);
    // A bar of the timeline: its evidence item, or the finding it stands for in the code view.
    connect(m_timeline, &TimelineView::evidenceActivated, this, selectEvidence);
    connect(m_timeline, &TimelineView::findingActivated, this,
        [this](const QString &id) { openFinding(id); });
}

// Hidden, not just collapsed: a collapsed view would still count in the window's minimum width.
void MainWindow::collapseCode()
{
    m_code->hide();
}

// Opening a file gives the code half the centre, unless it is already shown.
void MainWindow::revealCode()
{
    if (!m_code->isHidden())
        return;
    const int total = qMax(m_centre->width(), m_funnel->width());
    m_code->show();
    m_centre->setSizes({total / 2, total - total / 2});
}

void MainWindow::connectWorkbench()
{
    connect(m_workbench, &Workbench::caseOpened, this, [this] {
        m_inspector->setCase(m_workbench->caseFile());
        m_code->clear();
        updateTitle();
        // Reopen the hit that was open when this case was last used, if it is still there.
        const QString finding = m_workbench->sessionValue(QStringLiteral("finding")).toString();
        if (!finding.isEmpty())
            restoreFinding(finding);
        collapseCode(); // a case opens on its answer; the hit waits in the code view
    });
    connect(m_workbench, &Workbench::caseClosed, this, [this] {
        m_inspector->setCase(nullptr);
        updateTitle();
    });
    // The findings table's source filter lists the case's sources.
    const auto refreshSources = [this] {
        QList<QPair<QString, QString>> sources;
        if (Case::CaseFile *c = m_workbench->caseFile())
            for (const Case::Source &s : c->sources())
                sources.append({s.id, s.title});
        m_findings->setSources(sources);
    };
    connect(m_workbench, &Workbench::caseOpened, this, refreshSources);
    connect(m_workbench, &Workbench::caseClosed, this, refreshSources);
    connect(m_workbench, &Workbench::findingsChanged, this, refreshSources);
    connect(m_workbench, &Workbench::caseChanged, this, [this] {
        if (!m_inspector->shownEvidence().isEmpty())
            m_inspector->showEvidence(m_inspector->shownEvidence());
    });
    connect(m_workbench, &Workbench::message, m_statusLabel, &QLabel::setText);
    connect(m_workbench, &Workbench::colleagueChanged, m_statusLabel, &QLabel::setText);
    // Offline stays in sight (a permanent label, its reason as tooltip) until the server is back.
    connect(
        m_workbench, &Workbench::connectionChanged, this, [this](bool online, const QString &text) {
            m_connectionLabel->setVisible(!online);
            m_connectionLabel->setToolTip(text);
            m_statusLabel->setText(text);
        });
    connect(m_workbench, &Workbench::caseOpened, m_connectionLabel, &QWidget::hide);
    connect(m_workbench, &Workbench::findingsStreamed, this, [this](int pending) {
        m_statusLabel->setText(
            tr("%n finding(s) so far; they join the case when the scan ends.", nullptr, pending));
    });
    connect(m_workbench, &Workbench::errorOccurred, this, &MainWindow::showError);
    connect(m_jobs, &JobRunner::failed, this, &MainWindow::showError);
    connect(m_findings, &FindingsPanel::openRequested, this, &MainWindow::openFinding);
    m_findings->view()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(
        m_findings->view(), &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
            QMenu *menu = findingsMenu();
            menu->setAttribute(Qt::WA_DeleteOnClose);
            menu->popup(m_findings->view()->viewport()->mapToGlobal(pos));
        });
    connect(m_findings, &FindingsPanel::currentChanged, m_inspector, &InspectorPanel::showFinding);
    connect(m_evidence, &EvidencePanel::currentChanged, m_inspector, &InspectorPanel::showEvidence);
    connect(m_evidence, &EvidencePanel::openRequested, this, [this](const QString &id) {
        if (const auto e = m_workbench->caseFile()->evidenceItem(id); e && !e->findingId.isEmpty())
            openFinding(e->findingId);
    });
    connectReview();
    connect(m_evidence, &EvidencePanel::deleteRequested, m_workbench,
        [this](const QString &id) { (void)m_workbench->removeEvidence(id); });
    connect(m_evidence, &EvidencePanel::commentRequested, this, &MainWindow::askComment);
    connect(m_inspector, &InspectorPanel::commentSubmitted, this,
        [this](
            const QString &id, const QString &text) { (void)m_workbench->addComment(id, text); });
    connect(m_inspector, &InspectorPanel::evidenceEdited, m_workbench,
        [this](const Case::Evidence &e, const Case::Evidence &base) {
            (void)m_workbench->updateEvidence(e, base);
        });
    connect(m_inspector, &InspectorPanel::deleteRequested, m_workbench,
        [this](const QString &id) { (void)m_workbench->removeEvidence(id); });
    // A hit clicked (or stepped to) in the code is explained in the inspector.
    connect(m_code, &CodeViewer::hitActivated, this, [this](int index) {
        const std::vector<CodeHit> &hits = m_code->editor()->hits();
        if (index >= 0 && size_t(index) < hits.size() && !hits[size_t(index)].findingId.isEmpty())
            m_inspector->showFinding(hits[size_t(index)].findingId);
    });
    connectNavigator();
}

bool MainWindow::openCaseFile(const QString &path)
{
    const Status s = path.isEmpty() ? m_workbench->openDemo() : m_workbench->openCase(path);
    if (!s) {
        showError(s.message());
        return false;
    }
    rebuildRecentMenu();
    m_statusLabel->setText(tr("Opened %1").arg(m_workbench->caseFile()->info().title));
    return true;
}

bool MainWindow::openDemo()
{
    return openCaseFile({});
}

void MainWindow::updateTitle()
{
    Case::CaseFile *c = m_workbench->caseFile();
    setWindowTitle(c ? tr("%1 — ChipTrace").arg(c->info().title) : tr("ChipTrace"));
    setWindowFilePath(c ? c->path() : QString());
}

bool MainWindow::openFinding(const QString &findingId)
{
    const std::optional<Case::FindingRecord> f =
        m_workbench->caseFile() ? m_workbench->caseFile()->finding(findingId) : std::nullopt;
    if (!f) {
        m_statusLabel->setText(tr("The finding is not in this case."));
        return false;
    }
    showWhenRead(m_workbench->sourceForFinding(findingId), f->locator.path, findingId);
    return true;
}

// The read is asynchronous: the restored hit must arrive in the hidden viewer, not reveal it.
void MainWindow::restoreFinding(const QString &findingId)
{
    if (const std::optional<Case::FindingRecord> f = m_workbench->caseFile()->finding(findingId))
        showWhenRead(
            m_workbench->sourceForFinding(findingId), f->locator.path, findingId, Reveal::No);
}

void MainWindow::openFile(const QModelIndex &index)
{
    const QString path = index.siblingAtColumn(0).data(Workbench::PathRole).toString();
    if (!path.isEmpty())
        showWhenRead(m_workbench->sourceForPath(path), path, {});
}

// The file is read off the GUI thread; it is shown when it arrives, unless a newer request
// has superseded it. A read that fails (outside the repository, too large, gone) leaves the
// viewer as it was and says why in the status bar.
void MainWindow::showWhenRead(QFuture<Result<SourceView>> future, const QString &path,
    const QString &findingId, Reveal reveal)
{
    delete m_reading; // a superseded read is dropped when it arrives
    auto *watcher = new QFutureWatcher<Result<SourceView>>(this);
    m_reading = watcher;
    m_code->startReading(path);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, findingId, reveal] {
        watcher->deleteLater();
        m_reading = nullptr;
        if (watcher->future().resultCount() == 0) {
            m_code->readingFailed();
            return;
        }
        Result<SourceView> view = watcher->future().result();
        if (!view) {
            m_code->readingFailed();
            m_statusLabel->setText(view.message());
            return;
        }
        m_code->showSource(view->path, view->version, view->text, std::move(view->hits),
            view->focusHit, view->note);
        if (reveal == Reveal::Yes)
            revealCode();
        if (!findingId.isEmpty()) {
            m_workbench->setSessionValue(QStringLiteral("finding"), findingId);
            m_inspector->showFinding(findingId);
        }
    });
    watcher->setFuture(future);
}

void MainWindow::makeSelectedEvidence(const QString &modelId)
{
    const QStringList selected = m_findings->selectedIds();
    const Result<QStringList> ids = m_workbench->makeEvidence(selected, modelId);
    if (!ids) { // other failures are reported by the workbench
        if (ids.code() == ErrorCode::Conflict)
            m_statusLabel->setText(ids.message()); // nothing wrong, nothing to do: no dialog
        return;
    }
    const QString model =
        m_workbench->modelName(modelId.isEmpty() ? m_workbench->currentModelId() : modelId);
    QString text = tr("%n evidence item(s) added for %1", nullptr, int(ids->size())).arg(model);
    if (const int skipped = int(selected.size() - ids->size()); skipped > 0)
        text += tr("; %n finding(s) already were evidence and were skipped", nullptr, skipped);
    m_statusLabel->setText(text);
}

void MainWindow::showError(const QString &text)
{
    m_statusLabel->setText(text);
    if (isVisible() && !qEnvironmentVariableIsSet("CHIPTRACE_NO_DIALOGS"))
        QMessageBox::warning(this, tr("ChipTrace"), text);
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QLatin1String(kGeometryKey)).toByteArray()))
        resize(1400, 900);
    restoreState(settings.value(QLatin1String(kStateKey)).toByteArray(), kLayoutVersion);
    m_findings->view()->horizontalHeader()->restoreState(
        settings.value(QLatin1String(kFindingsHeaderKey)).toByteArray());
}

void MainWindow::resetLayout()
{
    restoreState(m_defaultState, kLayoutVersion);
    collapseCode();
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        if (dock->isFloating())
            dock->setFloating(false);
}

void MainWindow::saveLayout()
{
    QSettings settings;
    settings.setValue(QLatin1String(kGeometryKey), saveGeometry());
    settings.setValue(QLatin1String(kStateKey), saveState(kLayoutVersion));
    settings.setValue(
        QLatin1String(kFindingsHeaderKey), m_findings->view()->horizontalHeader()->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_jobs->cancelAll();
    saveLayout();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() || event->mimeData()->hasText())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QList<QUrl> urls = event->mimeData()->urls();
    if (urls.isEmpty() && event->mimeData()->hasText())
        urls << QUrl::fromUserInput(event->mimeData()->text().trimmed());
    QStringList documents;
    for (const QUrl &url : std::as_const(urls)) {
        const QString local = url.isLocalFile() ? url.toLocalFile() : QString();
        if (local.endsWith(QLatin1String(".chiptrace")))
            openCaseFile(local);
        else if (!local.isEmpty() && QFileInfo(local).isFile())
            documents.append(local); // a paper, a saved page, a WARC: evidence, not a repository
        else
            (void)m_workbench->addRepository(
                local.isEmpty() ? url.toString() : local); // failures: reported
    }
    if (!documents.isEmpty())
        importDocuments(documents);
    event->acceptProposedAction();
}

} // namespace ChipTrace
