// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// CaseFile is one investigation case stored in one SQLite file (WAL mode, foreign keys on),
// with captured copies of its sources in a content-addressed folder next to it
// ("<file>.files/"). Nothing outside core sees SQL: front ends read plain values
// (casetypes.h) and change the case through the calls below. Every mutating call is one
// transaction, is written to the hash-chained append-only audit trail with who/when/before/
// after, and returns the ChangeSet it made, which revert() undoes and apply() redoes (wrap
// them in a QUndoCommand). Opening an older file backs it up ("<file>.v<N>.bak") and migrates
// it; a newer, foreign or corrupt file is refused with a clear error and left untouched.
// verify() re-checks the chain, that every row matches its last audited state, and the
// captured copies' SHA-256. exportBundle()/importBundle()/merge() share cases between analysts
// by stable ids; conflicting edits are kept as Conflicts for a decision, never overwritten.
// A CaseFile lives on one thread (the one that opened it); a worker (import, merge) opens its
// own CaseFile on the same path. SQLite's WAL lets readers go on during a write, but one write
// transaction at a time: a long importBatch() makes other writers wait (up to 5 s, then fail).

#include "casefile/casetypes.h"
#include "util/result.h"

#include <QObject>
#include <QSet>

#include <functional>
#include <memory>

namespace ChipTrace::Case {

class Database;

// Returns false to cancel (the whole operation is rolled back).
using ProgressFn = std::function<bool(qint64 done, qint64 total)>;

class CaseFile : public QObject
{
    Q_OBJECT
public:
    static constexpr int SchemaVersion = 6;
    static QString fileSuffix(); // "chiptrace"
    static QString bundleSuffix(); // "ctbundle"

    // Creates a new case at `path` (refuses to overwrite an existing file).
    static Result<std::unique_ptr<CaseFile>> create(const QString &path, const CaseInfo &info);
    // Opens an existing case, migrating an older schema after a backup.
    static Result<std::unique_ptr<CaseFile>> open(const QString &path);
    // Reads the version, id and title without changing the file (no migration, no WAL switch).
    static Result<CaseHeader> inspect(const QString &path);

    ~CaseFile() override;

    QString path() const;
    QString filesDir() const; // where captured copies live ("<path>.files")
    QString absoluteCapturedPath(const Source &source) const;
    // The captured copy's bytes (from the file store, or from the server).
    Result<QByteArray> capturedContent(const Source &source) const;

    // Who is acting: recorded as author/reviewer and in the audit trail. Defaults to
    // Case::currentIdentity() (settings, else the OS user).
    QString actor() const;
    void setActor(const QString &actor);
    // True on a server case: names are the database roles the server authenticated, and
    // setActor() changes nothing. On a file case names are self-asserted (whatever --as,
    // CHIPTRACE_IDENTITY or the settings say), and the briefing says so.
    bool identitiesVerified() const;

    // --- reading -------------------------------------------------------------------------
    // The list and item reads below return what they could read. When the database fails
    // under them (a damaged file, a table gone) the case is unreadable: readError() says why
    // from then on and unreadable() is emitted once, so the case never just looks empty.
    QString readError() const;
    CaseInfo info() const;
    CaseStats stats() const;
    QList<Lab> labs() const;
    std::optional<Lab> lab(const QString &id) const;
    QList<Model> models(const QString &labId = {}) const; // all when labId is empty
    std::optional<Model> model(const QString &id) const;
    QList<Source> sources() const;
    std::optional<Source> source(const QString &id) const;
    QList<FindingRecord> findings(const QString &sourceId = {}) const;
    std::optional<FindingRecord> finding(const QString &id) const;
    QList<Evidence> evidence(const QString &modelId = {}) const;
    std::optional<Evidence> evidenceItem(const QString &id) const;
    QList<Review> reviews(const QString &evidenceId) const; // oldest first
    QList<Comment> comments(const QString &evidenceId) const; // oldest first
    QList<Conclusion> conclusions(const QString &modelId = {}) const;
    // The model's funnel arrangement; an empty one (modelId set) when none is stored.
    FunnelState funnelState(const QString &modelId) const;
    QList<AuditEntry> auditTrail(const QString &entityId = {}) const; // oldest first
    QList<Conflict> conflicts(bool includeResolved = false) const;

    // --- changing (each call: one transaction, audited, returns what it changed) -----------
    // saveX inserts when the id is empty or unknown (filling id and the fields the case file
    // sets) and updates otherwise.
    Result<ChangeSet> setInfo(const CaseInfo &info);
    Result<ChangeSet> saveLab(Lab &lab);
    Result<ChangeSet> saveModel(Model &model);
    Result<ChangeSet> saveSource(Source &source);
    Result<ChangeSet> saveFinding(FindingRecord &finding);
    // An edit of an item made on `base` (the item as the editor loaded it) is checked against
    // what others saved meanwhile (a colleague on a server case, another window on a file):
    // fields only they changed keep their value, fields only this edit changed take it; a field
    // both changed differently is not overwritten: the edit is kept as a Conflict (the stored
    // item is "ours", the edit "theirs", as in merge; resolveConflict decides) and the call
    // fails with ErrorCode::Conflict saying who changed what. Without `base` the edit wins.
    Result<ChangeSet> saveEvidence(
        Evidence &evidence, const std::optional<Evidence> &base = std::nullopt);
    Result<ChangeSet> saveConclusion(Conclusion &conclusion);
    // Stores the model's funnel arrangement (ids of items no longer in the case are dropped).
    // `label` names the action on the undo stack ("Move funnel step", ...).
    Result<ChangeSet> saveFunnelState(const FunnelState &state, const QString &label = {});
    // Removes an item and what hangs off it (a lab's models, a model's evidence, ...). `table`:
    // "labs", "models", "sources", "findings", "evidence", "reviews", "comments", "conclusions",
    // "funnel_states".
    // An edit that changes nothing returns an empty ChangeSet (push no undo command for it).
    Result<ChangeSet> remove(const QString &table, const QString &id);

    // Stores `content` in the file store and sets source.sha256 / capturedPath (not saved yet).
    Status capture(Source &source, const QByteArray &content);
    Status captureFile(Source &source, const QString &filePath);

    // Review workflow. The verdict is recorded under actor(); see Evidence::status.
    Result<ChangeSet> review(const QString &evidenceId, Verdict verdict, const QString &note = {});
    Result<ChangeSet> addComment(const QString &evidenceId, const QString &text);

    // Adds a whole import in one transaction: all of it or (error, cancel, crash) none of it.
    Result<ChangeSet> importBatch(ImportBatch &batch, const ProgressFn &progress = {});

    // A large import can run on a worker thread through a second CaseFile on the same path
    // (SQLite WAL: this one keeps reading meanwhile). While it runs, writes through this object
    // fail at once with `reason` instead of waiting on the database lock; afterwards announce()
    // tells this object's listeners what the other connection changed.
    // A server case whose connection is lost (livefeed.h) refuses writes the same way, saying so.
    void setWritesBlocked(const QString &reason) { m_writesBlocked = reason; }
    QString writesBlocked() const
    {
        return m_writesBlocked.isEmpty() ? m_offline : m_writesBlocked;
    }
    void announce(const ChangeSet &changes);

    // Undo/redo: revert() restores every row of `changes` to its `before`, apply() to its
    // `after`. Both fail with ErrorCode::Conflict, changing nothing, when a row no longer is
    // what the change left (or found), e.g. after a later edit or a merge.
    Result<ChangeSet> revert(const ChangeSet &changes);
    Result<ChangeSet> apply(const ChangeSet &changes);

    // --- integrity and sharing -----------------------------------------------------------
    VerifyReport verify() const;
    // Writes the database and the captured copies as one bundle file (a zip archive).
    Status exportBundle(const QString &bundlePath) const;
    // Unpacks a bundle into a new case at `casePath` (with its files folder) and opens it.
    static Result<std::unique_ptr<CaseFile>> importBundle(
        const QString &bundlePath, const QString &casePath);
    // Merges another copy of this case (a bundle or a case file) by stable ids.
    Result<MergeReport> merge(const QString &bundleOrCasePath, const ProgressFn &progress = {});
    Result<ChangeSet> resolveConflict(const QString &conflictId, Resolution resolution);

Q_SIGNALS:
    // After every successful change (including revert/apply/merge), for views to refresh.
    void changed(const ChipTrace::Case::ChangeSet &changes);
    // The first read that failed (see readError()); emitted after that read has returned.
    void unreadable(const QString &error);

private:
    explicit CaseFile(std::unique_ptr<Database> db, QString path);
    friend class CaseWriter;
    friend class CaseMerger;
    friend class LiveFeed;
    friend class WatchList;
    std::unique_ptr<Database> m_db;
    QString m_path;
    QString m_actor;
    QString m_writesBlocked;
    QString m_offline; // why writes are refused while a server case is unreachable
    // The audit entries this object wrote (first, last seq), so that the live feed tells apart
    // its own changes from a colleague's; the feed drops what it has passed.
    QList<std::pair<qint64, qint64>> m_ownWrites;
    // "table/id" of rows our own worker connection wrote and announce() told the listeners of
    // already: the live feed does not tell them again as news.
    QSet<QString> m_announced;
};

// The reviewer identity: QSettings "review/identity" if set, else the OS user name.
QString currentIdentity();
void setCurrentIdentity(const QString &identity); // stores it in QSettings

} // namespace ChipTrace::Case
