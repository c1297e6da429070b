// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "casefile/casetypes.h"
#include "casefile/watchlist.h"
#include "mainwindow/jobrunner.h"
#include "util/result.h"

#include <QFuture>
#include <QMainWindow>

class QDockWidget;
class QLabel;
class QMenu;
class QProgressBar;
class QSplitter;
class QToolButton;
class QTreeView;
class QCheckBox;
class QTimer;

namespace ChipTrace::Scan {
struct ScanResult;
}

namespace ChipTrace::Ui {
class ChangesPanel;
class CodeViewer;
class EvidencePanel;
class FindingsPanel;
class FunnelController;
class FunnelView;
class InspectorPanel;
struct SourceView;
class TimelineView;
class Workbench;
} // namespace ChipTrace::Ui

namespace ChipTrace {

// The workbench window: the answer (the funnel) in the centre, the code viewer beside it once a
// file is open, and dockable, restorable panels around them (case navigator, repository
// browser, findings, timeline, evidence board, inspector). Geometry and dock layout are remembered
// in QSettings. Long work runs on the JobRunner with progress and cancel in the status bar; case
// edits go through the Workbench and its undo stack.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    QLabel *statusLabel() const { return m_statusLabel; }
    Ui::Workbench *workbench() const { return m_workbench; }
    Ui::CodeViewer *codeViewer() const { return m_code; }
    Ui::FindingsPanel *findingsPanel() const { return m_findings; }
    Ui::EvidencePanel *evidencePanel() const { return m_evidence; }
    Ui::InspectorPanel *inspector() const { return m_inspector; }
    Ui::FunnelView *funnelView() const { return m_funnel; }
    Ui::TimelineView *timelineView() const { return m_timeline; }
    Ui::JobRunner *jobs() const { return m_jobs; }
    QTreeView *filesView() const { return m_files; }
    QTreeView *navigatorView() const { return m_navigator; }
    Ui::ChangesPanel *changesPanel() const { return m_changes; }
    // One round of the case's watch list in the background (see Workbench::startWatch); due
    // repositories only, unless `dueOnly` is false. Withdrawn evidence raises a desktop
    // notification. Skipped while other work runs.
    void runWatch(bool dueOnly);
    QSplitter *centre() const { return m_centre; }
    Ui::FunnelController *funnelController() const { return m_funnelController; }

    // Opens `path` (a case file) or the demo case when empty; errors go to a message box.
    bool openCaseFile(const QString &path);
    bool openDemo();
    // Creates a case at `path` and asks for its lab, model and training period (the first-run
    // properties dialog, left open: the caller does not wait for it).
    bool newCase(QString path);
    // The case and model properties dialog for `modelId` (the current model when empty), shown
    // window-modal without waiting; OK saves it as one undo step.
    void editCaseProperties(const QString &modelId = {}, bool firstRun = false);
    void scanRepositories();
    // Imports documents (papers, archived pages, web pages, model cards) into the case, one
    // after another in the background; dropped files that are not folders or cases land here.
    void importDocuments(const QStringList &paths);
    // Shows a finding's file in the code viewer once it is read (off the GUI thread; the viewer
    // is loading meanwhile); false when the finding is not in the case.
    bool openFinding(const QString &findingId);
    // For the case's current model, or `modelId`.
    void makeSelectedEvidence(const QString &modelId = {});
    // The findings table's right-click menu for the current selection (caller owns it).
    QMenu *findingsMenu();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createPanels();
    void createChangesPanel(QDockWidget *tabWith);
    void askWatchRepository();
    void openWatchChange(const Case::WatchChange &change);
    void connectAnswer(QDockWidget *evidenceDock);
    void collapseCode();
    void revealCode();
    QDockWidget *addPanel(
        QWidget *panel, const QString &title, const QString &objectName, Qt::DockWidgetArea area);
    void createMenus();
    void createFileMenu();
    void createEditMenu();
    void createReviewMenu();
    void connectWorkbench();
    void connectNavigator();
    void connectReview();
    void reviewWithFeedback(
        const QStringList &evidenceIds, Case::Verdict verdict, const QString &note);
    void activateNavigatorItem(const QModelIndex &index);
    void rebuildRecentMenu();
    void createGoToPanelMenu();
    void restoreLayout();
    void saveLayout();
    void resetLayout();
    void showAbout();
    void exportBriefing();
    void showExported(const QString &path, int pages);
    void queueScan(const QString &sourceId, Ui::JobRunner::Order order);
    void queueImportScanned(const QString &sourceId, Scan::ScanResult result);
    void askImportDocuments();
    void showError(const QString &text);
    void openFile(const QModelIndex &index);
    enum class Reveal {
        Yes,
        No
    };
    void showWhenRead(QFuture<Result<Ui::SourceView>> future, const QString &path,
        const QString &findingId, Reveal reveal = Reveal::Yes);
    void restoreFinding(const QString &findingId);
    void askOpenCase();
    void askOpenServerCase();
    void askNewCase();
    void askAddRepository();
    void askComment(const QString &evidenceId);
    void updateTitle();

    Ui::Workbench *m_workbench;
    Ui::JobRunner *m_jobs;
    Ui::FunnelController *m_funnelController = nullptr;
    Ui::CodeViewer *m_code = nullptr;
    QSplitter *m_centre = nullptr;
    Ui::FindingsPanel *m_findings = nullptr;
    Ui::ChangesPanel *m_changes = nullptr;
    QTimer *m_watchTimer = nullptr;
    Ui::EvidencePanel *m_evidence = nullptr;
    Ui::InspectorPanel *m_inspector = nullptr;
    Ui::FunnelView *m_funnel = nullptr;
    Ui::TimelineView *m_timeline = nullptr;
    QTreeView *m_navigator = nullptr;
    QTreeView *m_files = nullptr;
    QCheckBox *m_historyMode = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QLabel *m_statusLabel = nullptr;
    QLabel *m_connectionLabel = nullptr; // "Offline" while a server case's connection is lost
    QByteArray m_defaultState;
    QFutureWatcherBase *m_reading = nullptr; // the file being read for the code viewer
};

} // namespace ChipTrace
