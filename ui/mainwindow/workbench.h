// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "casefile/casetypes.h"
#include "casefile/watchlist.h"
#include "codeview/codehit.h"
#include "evidence/evidencetypes.h"
#include "util/result.h"

#include <QFuture>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QThreadPool>

#include <functional>
#include <memory>

class QStandardItemModel;
class QUndoStack;

namespace ChipTrace::Case {
class CaseFile;
class LiveFeed;
} // namespace ChipTrace::Case
namespace ChipTrace::Git {
class RepositoryStore;
struct Acquisition;
} // namespace ChipTrace::Git
namespace ChipTrace::Watch {
struct WatchReport;
}
namespace ChipTrace::Scan {
class Scanner;
struct Finding;
struct ScanResult;
} // namespace ChipTrace::Scan

namespace ChipTrace::Ui {

class EvidenceModel;
class FindingsModel;
class WatchChangesModel;

// A file ready for the code viewer: its text at one version and the hits in it.
struct SourceView
{
    QString path;
    QString version; // "working tree" or "blob 1a2b3c4 (first seen in ... on ...)"
    QString text;
    std::vector<CodeHit> hits;
    int focusHit = -1; // index into hits of the finding asked for
    QString note; // for history hits: the commits that added and removed it
};

// What the case and model properties dialog edits: the case's title and question, the model
// under investigation with its dates, and the lab that made it. An empty lab or model id means
// a new one (made when it has a name).
struct CaseProperties
{
    Case::CaseInfo info;
    Case::Lab lab;
    Case::Model model;
};

// The workbench's state behind the windows: the open case, the undo stack and the view models
// fed from it. Every case edit goes through here so that it lands on the undo stack as one step
// and every view refreshes from CaseFile::changed. No widgets: the main window and the tests
// drive the same calls.
class Workbench : public QObject
{
    Q_OBJECT
public:
    explicit Workbench(QObject *parent = nullptr);
    ~Workbench() override;

    // `path`: a case file, or a server case's URI (postgresql://host/db?case=NAME). A server
    // case is live: colleagues' changes reach the views as they commit (colleagueChanged), and
    // a lost connection makes it offline until it is back (connectionChanged).
    Status openCase(const QString &path);
    bool isOnline() const;
    Status createCase(const QString &path, const Case::CaseInfo &info);
    // Creates the demo repository and case on first use (offline), then opens the case.
    Status openDemo();
    void closeCase();
    Case::CaseFile *caseFile() const { return m_case.get(); }
    bool hasCase() const { return m_case != nullptr; }
    static QString demoCasePath();

    QUndoStack *undoStack() const { return m_undo; }
    FindingsModel *findingsModel() const { return m_findings; }
    EvidenceModel *evidenceModel() const { return m_evidence; }
    // Roles of the navigator and repository-browser items. KindRole: "labs", "lab", "model",
    // "sources", "source", "evidence", "evidenceModel", "evidenceItem", "folder", "file";
    // IdRole: the case id of the lab/model/source/evidence item; PathRole: a file's path.
    enum TreeRole {
        KindRole = Qt::UserRole + 1,
        IdRole,
        PathRole,
        RemovedRole,
        HitsRole
    };
    QStandardItemModel *navigatorModel() const { return m_navigator; }
    QStandardItemModel *filesModel() const { return m_files; }

    // The model the funnel and new evidence are for (the case's first model by default).
    QString currentModelId() const { return m_modelId; }
    void setCurrentModelId(const QString &id);
    QString modelName(const QString &modelId) const;

    // Repository sources of the case, and the working-tree folder of one (empty if remote only).
    QList<Case::Source> repositories() const;
    QString repositoryPath(const QString &sourceId) const;
    Status addRepository(const QString &pathOrUrl);

    // Case edits, each one undo step. A failed edit is reported once, through errorOccurred;
    // the returned Status is for callers that act on the outcome, not for showing it again.
    // makeEvidence skips findings that already are evidence for the model (and fails with
    // ErrorCode::Conflict, saying so, when that leaves none: not reported, nothing went wrong).
    Result<QStringList> makeEvidence(const QStringList &findingIds, const QString &modelId = {});
    // Saves an analyst's edit of an item (stance, scope, constraint, strength, reliability,
    // credibility, rationale); the constraint must parse. Nothing changed: no undo step.
    // `base`: the item as the editor loaded it; a field a colleague changed meanwhile is kept,
    // and one both changed makes a conflict (reported, kept in the case), never an overwrite.
    Status updateEvidence(
        Case::Evidence evidence, const std::optional<Case::Evidence> &base = std::nullopt);
    Status removeEvidence(const QString &evidenceId);
    // Findings that already are evidence for `modelId`.
    QSet<QString> evidenceFindingIds(const QString &modelId) const;
    Status review(const QString &evidenceId, Case::Verdict verdict, const QString &note = {});
    // The same verdict on several items: one undo step, all or nothing.
    Status reviewMany(
        const QStringList &evidenceIds, Case::Verdict verdict, const QString &note = {});
    Status addComment(const QString &evidenceId, const QString &text);
    Status pushChange(Result<Case::ChangeSet> change);

    // The case, a model (the current one when empty) and its lab, as the properties dialog
    // shows them; a case without a lab offers its first lab, or a new one.
    CaseProperties caseProperties(const QString &modelId = {}) const;
    // Saves them as one undo step through the case file's own writes (setInfo, saveLab,
    // saveModel), all or nothing. A model needs a lab with a name, and a training period that
    // ends after it starts. A new model becomes the current one when there was none.
    Status saveCaseProperties(CaseProperties properties);

    // Repository browser: files of a repository with their hit counts; in history mode also the
    // files that only exist in the history (marked removed).
    void setHistoryMode(bool history);
    bool historyMode() const { return m_history; }
    // Which repository the browser shows; a source that is not a repository is ignored.
    void setBrowsedRepository(const QString &sourceId);
    QString browsedRepository() const { return m_browsedSource; }

    // The file holding a finding, at the version the finding is in (HEAD or a historical blob),
    // with its hits. The file is read on the workbench's read pool, never on the GUI thread:
    // its path comes from a case row (perhaps a colleague's bundle), so the read is confined
    // to the repository and capped (Git::readWorkingFile); the hits are added on the GUI thread.
    QFuture<Result<SourceView>> sourceForFinding(const QString &findingId);
    // A file of the browsed repository at HEAD with its current hits, read the same way.
    QFuture<Result<SourceView>> sourceForPath(const QString &path);

    // Scans a repository of the case (working tree or history) in the background. Early
    // findings stream into the findings model as pending rows (findingsStreamed). The scan's
    // final result (Scan::finalResult) then goes into the case in the background too
    // (startImportScan, with progress and cancel); finishImportScan() makes it one undo step and
    // replaces the pending rows (a failure is reported like an edit's, a cancel said in
    // message()). After a cancelled scan, discardStreamed() removes them.
    Result<QFuture<Scan::ScanResult>> startScan(const QString &sourceId, bool history = true);
    Result<QFuture<Result<Case::ChangeSet>>> startImportScan(
        const QString &sourceId, Scan::ScanResult result);
    Status finishImportScan(
        const QString &sourceId, const QFuture<Result<Case::ChangeSet>> &future);
    void discardStreamed();
    // Clones (or fetches) a remote repository of the case into the repository store, in the
    // background; afterwards repositoryPath() finds it there.
    Result<QFuture<Result<Git::Acquisition>>> startFetch(const QString &sourceId);

    // Reads and parses a document (paper, archived page, web page, model card) in the
    // background; addDocument() then adds it to the case, for the current model, as one undo
    // step (an edit: its failure is reported). Unsupported files fail with the list of what is
    // supported.
    Result<QFuture<Result<Evidence::ImportedDocument>>> startDocumentImport(const QString &path);
    Status addDocument(const Evidence::ImportedDocument &document);

    // Watching labs (core/watch): one round over the case's watch list in the background,
    // through a second CaseFile on the same path (the engine records the changes there; SQLite
    // WAL lets this one go on reading and writing). finishWatch() then refreshes the Changes
    // model and returns the changes that round recorded.
    Result<QFuture<Result<Watch::WatchReport>>> startWatch(bool dueOnly = true);
    QList<Case::WatchChange> finishWatch(const Result<Watch::WatchReport> &report);
    bool hasWatches() const;
    Status addWatch(const QString &url, int intervalHours = 24);
    WatchChangesModel *watchChangesModel() const { return m_watchChanges; }
    Status markWatchChangesSeen();
    // The file a change is about, at the version that shows it: before the removing commit for
    // a removal, at the commit otherwise (a rewritten commit is read from the preserved ref's
    // objects in the store), with the line marked.
    QFuture<Result<SourceView>> sourceForWatchChange(const Case::WatchChange &change);

    // This analyst's view of the open case (e.g. "model", "finding"), kept across sessions.
    QVariant sessionValue(const QString &name) const;
    void setSessionValue(const QString &name, const QVariant &value);

    static QStringList recentCases();
    static void addRecentCase(const QString &path);

Q_SIGNALS:
    void caseOpened();
    void caseClosed();
    void caseChanged();
    // The case's findings or sources changed (findingsModel() is already up to date); emitted
    // before caseChanged(). Views built from the findings rebuild on this, not on caseChanged.
    void findingsChanged();
    void message(const QString &text);
    // A colleague's change to the open server case, already in the views ("bob accepted ...").
    void colleagueChanged(const QString &summary);
    // The server case's connection was lost (edits are refused, saying why) or is back.
    void connectionChanged(bool online, const QString &text);
    void findingsStreamed(int pending);
    // The watch record changed (a round recorded changes, or they were marked seen).
    void watchChangesChanged();
    // The one error channel out of the workbench: every failed case edit, undo or redo.
    void errorOccurred(const QString &text);

private:
    Error report(Error error);
    // Runs case edits in turn as one undo step labelled `label`: a failure reverts the ones
    // before it and is reported.
    Status pushAll(
        const QList<std::function<Result<Case::ChangeSet>()>> &edits, const QString &label);
    void adopt(std::unique_ptr<Case::CaseFile> caseFile);
    void listen();
    void refresh();
    void refreshNavigator();
    void refreshEvidence();
    void refreshFiles();
    void refreshWatchChanges();
    QString latestHistoricalFinding(const QString &sourceId, const QString &path) const;
    SourceView findingView(const Case::FindingRecord &finding, bool useBlob, QString text) const;
    void showStreamed(const QString &sourceId, const QList<Scan::Finding> &findings);

    std::unique_ptr<Case::CaseFile> m_case;
    std::unique_ptr<Case::LiveFeed> m_live; // server cases only; goes before m_case
    std::unique_ptr<Scan::Scanner> m_scanner;
    mutable std::unique_ptr<Git::RepositoryStore> m_store; // made on first use
    QUndoStack *m_undo;
    FindingsModel *m_findings;
    EvidenceModel *m_evidence;
    WatchChangesModel *m_watchChanges;
    QStandardItemModel *m_navigator;
    QStandardItemModel *m_files;
    QString m_modelId;
    QString m_browsedSource;
    bool m_history = true;
    QThreadPool m_pool; // document and scan imports
    QThreadPool m_readPool; // files for the code viewer: never queued behind an import
    QString m_importingCase; // the case a background import writes to
};

} // namespace ChipTrace::Ui
