// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's menus and the actions behind them: every frequent action has a shortcut.

#include "casefile/casefile.h"
#include "codeview/codeviewer.h"
#include "dialogs/aboutdialog.h"
#include "dialogs/casepropertiesdialog.h"
#include "dialogs/pluginsdialog.h"
#include "dialogs/servercasedialog.h"
#include "evidence/evidencepanel.h"
#include "findingspanel.h"
#include "funnel/funnelview.h"
#include "git/repositorystore.h"
#include "jobrunner.h"
#include "mainwindow.h"
#include "report/briefingbuilder.h"
#include "report/briefingexportdialog.h"
#include "scan/batchstreamer.h"
#include "scan/scanner.h"
#include "workbench.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QUndoStack>
#include <QUrl>

namespace ChipTrace {

using namespace Ui;

static QAction *named(QAction *a, const char *objectName, const QKeySequence &key = {})
{
    a->setObjectName(QString::fromLatin1(objectName));
    if (!key.isEmpty())
        a->setShortcut(key);
    return a;
}

void MainWindow::createMenus()
{
    createFileMenu();
    createEditMenu();
    createReviewMenu();
    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->setObjectName(QStringLiteral("menuView"));
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        m_viewMenu->addAction(dock->toggleViewAction());
    m_viewMenu->addAction(named(new QAction(tr("Reset &Layout"), this), "actionResetLayout"));
    connect(m_viewMenu->actions().last(), &QAction::triggered, this, &MainWindow::resetLayout);
    createGoToPanelMenu();
    m_viewMenu->addSeparator();
    for (QAction *a : {m_code->nextHitAction(), m_code->previousHitAction(),
             m_code->goToLineAction(), m_code->findAction()}) {
        a->setShortcutContext(Qt::WindowShortcut);
        m_viewMenu->addAction(a);
    }
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(named(new QAction(tr("Next Funnel Step"), this), "actionFunnelNext",
        QKeySequence(Qt::CTRL | Qt::Key_BracketRight)));
    connect(m_viewMenu->actions().last(), &QAction::triggered, m_funnel, &FunnelView::stepForward);
    m_viewMenu->addAction(named(new QAction(tr("Previous Funnel Step"), this),
        "actionFunnelPrevious", QKeySequence(Qt::CTRL | Qt::Key_BracketLeft)));
    connect(m_viewMenu->actions().last(), &QAction::triggered, m_funnel, &FunnelView::stepBack);
    m_viewMenu->addAction(named(new QAction(tr("Replay Funnel"), this), "actionFunnelReplay",
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)));
    connect(m_viewMenu->actions().last(), &QAction::triggered, m_funnel, &FunnelView::replay);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("menuHelp"));
    QAction *plugins = help->addAction(tr("Evidence &Importers…"), this, [this] {
        PluginsDialog dialog(this);
        dialog.exec();
    });
    plugins->setObjectName(QStringLiteral("actionPlugins"));
    QAction *about = help->addAction(tr("&About ChipTrace"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("actionAbout"));
}

void MainWindow::createFileMenu()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("menuFile"));
    file->addAction(named(new QAction(tr("&New Case…"), this), "actionNewCase", QKeySequence::New));
    connect(file->actions().last(), &QAction::triggered, this, &MainWindow::askNewCase);
    file->addAction(
        named(new QAction(tr("&Open Case…"), this), "actionOpenCase", QKeySequence::Open));
    connect(file->actions().last(), &QAction::triggered, this, &MainWindow::askOpenCase);
    file->addAction(named(new QAction(tr("Open &Server Case…"), this), "actionOpenServerCase"));
    connect(file->actions().last(), &QAction::triggered, this, &MainWindow::askOpenServerCase);
    file->addAction(named(new QAction(tr("Open &Demo Case"), this), "actionOpenDemo"));
    connect(file->actions().last(), &QAction::triggered, this, &MainWindow::openDemo);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("menuRecent"));
    rebuildRecentMenu();
    file->addSeparator();
    file->addAction(named(new QAction(tr("Case &Properties…"), this), "actionCaseProperties"));
    connect(file->actions().last(), &QAction::triggered, this, [this] { editCaseProperties(); });
    file->addAction(named(new QAction(tr("&Add Repository…"), this), "actionAddRepository",
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O)));
    connect(file->actions().last(), &QAction::triggered, this, &MainWindow::askAddRepository);
    file->addAction(named(new QAction(tr("&Watch Repository…"), this), "actionWatchRepository"));
    connect(file->actions().last(), &QAction::triggered, this, &MainWindow::askWatchRepository);
    QAction *scan = named(new QAction(tr("&Scan Repositories"), this), "actionScan",
        QKeySequence(Qt::CTRL | Qt::Key_R));
    connect(scan, &QAction::triggered, this, &MainWindow::scanRepositories);
    connect(m_jobs, &JobRunner::busyChanged, scan, [scan](bool busy) { scan->setEnabled(!busy); });
    file->addAction(scan);
    file->addAction(named(new QAction(tr("&Import Documents…"), this), "actionImportDocuments",
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I)));
    connect(file->actions().last(), &QAction::triggered, this, &MainWindow::askImportDocuments);
    file->addAction(named(new QAction(tr("Export &Briefing…"), this), "actionExportBriefing",
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E)));
    connect(file->actions().last(), &QAction::triggered, this, &MainWindow::exportBriefing);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
}

void MainWindow::createEditMenu()
{
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("menuEdit"));
    edit->addAction(named(m_workbench->undoStack()->createUndoAction(this, tr("&Undo")),
        "actionUndo", QKeySequence::Undo));
    edit->addAction(named(m_workbench->undoStack()->createRedoAction(this, tr("&Redo")),
        "actionRedo", QKeySequence::Redo));
    edit->addSeparator();
    edit->addAction(named(new QAction(tr("Make &Evidence"), this), "actionMakeEvidence",
        QKeySequence(Qt::CTRL | Qt::Key_E)));
    connect(edit->actions().last(), &QAction::triggered, this, [this] { makeSelectedEvidence(); });
    edit->addAction(named(new QAction(tr("Search &Findings"), this), "actionSearchFindings",
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F)));
    connect(edit->actions().last(), &QAction::triggered, m_findings, &FindingsPanel::focusSearch);
}

void MainWindow::createReviewMenu()
{
    QMenu *review = menuBar()->addMenu(tr("&Review"));
    review->setObjectName(QStringLiteral("menuReview"));
    // The board owns the actions so that its buttons and this menu share one enabled state.
    for (QAction *a : {m_evidence->acceptAction(), m_evidence->disputeAction(),
             m_evidence->rejectAction(), m_evidence->commentAction()})
        review->addAction(a);
    review->addSeparator();
    review->addAction(m_evidence->deleteAction());
}

// Alt+1 … Alt+8 bring a panel forward and put the keyboard in it, in the order the panels
// sit on screen: left, centre, bottom, right.
void MainWindow::createGoToPanelMenu()
{
    QMenu *menu = m_viewMenu->addMenu(tr("&Go to Panel"));
    menu->setObjectName(QStringLiteral("menuGoToPanel"));
    // The centre's two views are named here (they have no dock title): "code" and "answer".
    // Alt+7 stays where the funnel was when it was a dock.
    const QList<std::pair<QString, QWidget *>> panels{{QStringLiteral("navigatorDock"), nullptr},
        {QStringLiteral("repositoryDock"), nullptr}, {QStringLiteral("code"), m_code},
        {QStringLiteral("findingsDock"), nullptr}, {QStringLiteral("evidenceDock"), nullptr},
        {QStringLiteral("timelineDock"), nullptr}, {QStringLiteral("answer"), m_funnel},
        {QStringLiteral("inspectorDock"), nullptr}};
    int key = Qt::Key_1;
    for (const auto &[dockName, central] : panels) {
        auto *dock = central ? nullptr : findChild<QDockWidget *>(dockName);
        QWidget *target = dock ? dock->widget() : central;
        if (!target)
            continue;
        const QString title = dock ? dock->windowTitle()
            : central == m_code    ? tr("Code")
                                   : tr("Answer");
        QAction *a = menu->addAction(title, this, [this, dock, target] {
            if (dock) {
                dock->show();
                dock->raise();
            }
            if (target == m_code)
                revealCode(); // hidden while no file is open
            // The panel itself, or its first control that takes the keyboard.
            QWidget *focus = target->focusPolicy() & Qt::TabFocus ? target : nullptr;
            for (QWidget *w = target->nextInFocusChain(); !focus && w && w != target;
                w = w->nextInFocusChain())
                if (target->isAncestorOf(w) && w->isVisibleTo(target)
                    && (w->focusPolicy() & Qt::TabFocus))
                    focus = w;
            (focus ? focus : target)->setFocus(Qt::ShortcutFocusReason);
        });
        a->setObjectName(QStringLiteral("actionGoTo_%1").arg(dockName));
        a->setShortcut(QKeySequence(Qt::ALT | Qt::Key(key++)));
    }
}

QMenu *MainWindow::findingsMenu()
{
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("findingsMenu"));
    const QStringList ids = m_findings->selectedIds();
    const QString current = ids.size() == 1 ? ids.constFirst() : QString();
    QAction *open =
        menu->addAction(tr("Open in Code Viewer"), this, [this, current] { openFinding(current); });
    open->setEnabled(!current.isEmpty());
    // Evidence for the current model, or for any model of the case.
    QMenu *evidence = menu->addMenu(tr("Make Evidence For"));
    evidence->setObjectName(QStringLiteral("menuMakeEvidenceFor"));
    if (Case::CaseFile *c = m_workbench->caseFile())
        for (const Case::Model &m : c->models()) {
            QAction *a =
                evidence->addAction(m.name, this, [this, id = m.id] { makeSelectedEvidence(id); });
            a->setData(m.id);
        }
    evidence->setEnabled(!ids.isEmpty() && !evidence->isEmpty());
    menu->addSeparator();
    const std::optional<Case::FindingRecord> f = current.isEmpty() || !m_workbench->caseFile()
        ? std::nullopt
        : m_workbench->caseFile()->finding(current);
    QAction *where = menu->addAction(tr("Copy Location"), this, [f] {
        QGuiApplication::clipboard()->setText(
            QStringLiteral("%1:%2").arg(f->locator.path).arg(f->locator.line));
    });
    where->setEnabled(f.has_value());
    QAction *text = menu->addAction(
        tr("Copy Text"), this, [f] { QGuiApplication::clipboard()->setText(f->text.trimmed()); });
    text->setEnabled(f.has_value());
    return menu;
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    for (const QString &path : Workbench::recentCases())
        // Moved or deleted files drop out of the list; a server case stays (it may be offline).
        if (QFileInfo::exists(path) || path.startsWith(QLatin1String("postgres")))
            m_recentMenu->addAction(path, this, [this, path] { openCaseFile(path); });
    m_recentMenu->setEnabled(!m_recentMenu->isEmpty());
}

// The job groups: a scan run's steps (clone, scan, import its findings, for each repository)
// and the documents queued for import; a failure or a cancel drops the rest of its group.
static const QString kScanJobs = QStringLiteral("scan");
static const QString kDocumentJobs = QStringLiteral("documents");

void MainWindow::scanRepositories()
{
    const QList<Case::Source> repos = m_workbench->repositories();
    if (repos.isEmpty()) {
        showError(tr("The case has no repository yet: add one first (File › Add Repository)."));
        return;
    }
    for (const Case::Source &r : repos)
        queueScan(r.id, JobRunner::Order::Last);
}

// One repository: fetched first if it is remote and not cloned yet, then scanned with its
// history, then its findings imported. Each step queues the next with Order::Next, so the
// steps follow each other before anything queued meanwhile (a dropped document waits).
void MainWindow::queueScan(const QString &id, JobRunner::Order order)
{
    const std::optional<Case::Source> repo =
        m_workbench->caseFile() ? m_workbench->caseFile()->source(id) : std::nullopt;
    const QString title = repo ? repo->title : id;
    if (m_workbench->repositoryPath(id).isEmpty()) {
        m_jobs->enqueue<Result<Git::Acquisition>>(
            tr("Cloning %1").arg(title), kScanJobs,
            [this, id] { return m_workbench->startFetch(id); },
            [this, id](QFuture<Result<Git::Acquisition>> f) {
                if (f.isCanceled() || f.resultCount() == 0 || !f.result()) {
                    m_jobs->drop(kScanJobs);
                    return showError(f.resultCount() > 0 && !f.result() ? f.result().message()
                                                                        : tr("Clone cancelled."));
                }
                queueScan(id, JobRunner::Order::Next);
            },
            order);
        return;
    }
    m_jobs->enqueue<Scan::ScanResult>(
        tr("Scanning %1").arg(title), kScanJobs,
        [this, id] { return m_workbench->startScan(id, true); },
        [this, id](QFuture<Scan::ScanResult> f) {
            std::optional<Scan::ScanResult> result = Scan::finalResult(f);
            if (!result) {
                m_jobs->drop(kScanJobs);
                m_workbench->discardStreamed();
                m_statusLabel->setText(tr("Scan cancelled; the case is unchanged."));
                return;
            }
            queueImportScanned(id, std::move(*result));
        },
        order);
}

void MainWindow::queueImportScanned(const QString &sourceId, Scan::ScanResult result)
{
    m_jobs->enqueue<Result<Case::ChangeSet>>(
        tr("Adding the findings to the case"), kScanJobs,
        [this, sourceId, result = std::move(result)] {
            Result<QFuture<Result<Case::ChangeSet>>> future =
                m_workbench->startImportScan(sourceId, result);
            if (!future)
                m_workbench->discardStreamed();
            return future;
        },
        [this, sourceId](QFuture<Result<Case::ChangeSet>> f) {
            // A failure is reported by the workbench, a cancel said in the status bar.
            if (const Status s = m_workbench->finishImportScan(sourceId, f); !s)
                m_jobs->drop(kScanJobs);
        },
        JobRunner::Order::Next);
}

void MainWindow::askImportDocuments()
{
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Import Documents"), {},
        tr("Documents (*.pdf *.html *.htm *.md *.txt *.warc *.warc.gz *.wacz);;All files (*)"));
    if (!paths.isEmpty())
        importDocuments(paths);
}

void MainWindow::importDocuments(const QStringList &paths)
{
    if (!m_workbench->hasCase())
        return showError(tr("Open or create a case first."));
    for (const QString &path : paths)
        m_jobs->enqueue<Result<Evidence::ImportedDocument>>(
            tr("Importing %1").arg(QFileInfo(path).fileName()), kDocumentJobs,
            [this, path] { return m_workbench->startDocumentImport(path); },
            [this, path](QFuture<Result<Evidence::ImportedDocument>> f) {
                if (f.isCanceled() || f.resultCount() == 0) {
                    m_jobs->drop(kDocumentJobs);
                    m_statusLabel->setText(tr("Import cancelled; the case is unchanged."));
                    return;
                }
                const Result<Evidence::ImportedDocument> doc = f.result();
                if (!doc)
                    return showError(tr("Could not import %1: %2")
                            .arg(QFileInfo(path).fileName(), doc.message()));
                (void)m_workbench->addDocument(*doc); // a failure is reported by the workbench
            });
}

void MainWindow::askOpenCase()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Case"), {}, tr("ChipTrace cases (*.chiptrace)"));
    if (!path.isEmpty())
        openCaseFile(path);
}

void MainWindow::askOpenServerCase()
{
    auto *dialog = new ServerCaseDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QSettings settings;
    dialog->setServer(settings.value(QStringLiteral("workbench/lastServer")).toString());
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString uri = dialog->caseUri();
        QSettings().setValue(QStringLiteral("workbench/lastServer"),
            uri.left(uri.lastIndexOf(QLatin1String("case=")) - 1));
        openCaseFile(uri);
    });
    dialog->open();
}

void MainWindow::askNewCase()
{
    QString path =
        QFileDialog::getSaveFileName(this, tr("New Case"), {}, tr("ChipTrace cases (*.chiptrace)"));
    if (!path.isEmpty())
        newCase(path);
}

bool MainWindow::newCase(QString path)
{
    if (!path.endsWith(QLatin1String(".chiptrace")))
        path += QLatin1String(".chiptrace");
    Case::CaseInfo info;
    info.title = QFileInfo(path).completeBaseName();
    const Status s = m_workbench->createCase(path, info);
    rebuildRecentMenu();
    if (!s) {
        showError(s.message());
        return false;
    }
    // A new case has no lab or model: without them nothing can become evidence and the funnel
    // has no date, so ask now rather than let the analyst find out later.
    editCaseProperties({}, true);
    return true;
}

void MainWindow::editCaseProperties(const QString &modelId, bool firstRun)
{
    if (!m_workbench->hasCase())
        return showError(tr("Open or create a case first."));
    auto *dialog = new CasePropertiesDialog(m_workbench->caseProperties(modelId), firstRun, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (m_workbench->saveCaseProperties(dialog->properties()))
            m_statusLabel->setText(tr("Case properties saved."));
    });
    dialog->open();
}

void MainWindow::askAddRepository()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Add Repository"));
    if (dir.isEmpty())
        return;
    (void)m_workbench->addRepository(dir); // a failure is reported by the workbench
}

void MainWindow::askComment(const QString &evidenceId)
{
    if (evidenceId.isEmpty())
        return;
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(
        this, tr("Comment"), tr("Comment on this evidence:"), {}, &ok);
    if (ok && !text.trimmed().isEmpty())
        (void)m_workbench->addComment(evidenceId, text.trimmed());
}

void MainWindow::exportBriefing()
{
    if (!m_workbench->hasCase())
        return showError(tr("Open a case first."));
    if (m_workbench->caseFile()->models().isEmpty())
        return showError(tr("The case has no model to brief on: add one in Case Properties."));
    auto *dialog =
        new BriefingExportDialog(*m_workbench->caseFile(), m_workbench->currentModelId(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &BriefingExportDialog::exported, this, &MainWindow::showExported);
    dialog->open();
}

// "Wrote …/case-briefing.pdf (21 pages) — Open": the analyst sees where it went and opens it
// from the status bar.
void MainWindow::showExported(const QString &path, int pages)
{
    const QString url = QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded);
    m_statusLabel->setText(tr("Wrote %1 (%n page(s)) — <a href=\"%2\">Open</a>", nullptr, pages)
            .arg(QDir::toNativeSeparators(path).toHtmlEscaped(), url));
    m_statusLabel->setToolTip(path);
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

} // namespace ChipTrace
