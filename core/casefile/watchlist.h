// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The case's side of watching labs (issue 17): the watch list (repository URL, interval, what
// the watch last saw of its refs, last fetch, last error and the back-off after failures), the
// findings of every blob the watch scanned (so a later fetch scans only new blobs) and the
// dated record of hardware changes (watch_changes). Plain values in and out; the engine that
// fetches and compares lives in core/watch. These tables are not audited: the record's ids are
// hashes of what changed, so recording a change twice keeps one row, and nothing edits it.

#include "casefile/casefile.h"
#include "util/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace ChipTrace::Case {

struct WatchEntry
{
    QString url; // as RepositoryStore::normalizeUrl gives it
    int intervalHours = 24;
    QDateTime added;
    QJsonObject refs; // ref name -> object id, as the watch last saw them; empty: no baseline yet
    QDateTime lastFetched; // last successful fetch
    QDateTime lastAttempt;
    QString lastError; // empty after a success
    int failures = 0; // consecutive failures, for the back-off
    QDateTime nextAttempt; // invalid: due now

    bool isDue(const QDateTime &now) const { return !nextAttempt.isValid() || nextAttempt <= now; }
};

// One change the watch saw, in the words of the case: kind is "added", "removed", "rewritten"
// (a force-push or deleted branch dropped the line; `ref` names where ChipTrace kept it),
// "claim-changed" (a claim's chips or scope changed; `detail` says from what) or "history"
// (a branch was force-pushed or deleted; no hardware line went with it).
struct WatchChange
{
    QString id; // filled by WatchList::record: a hash of repo, kind, fingerprint, commit, ref
    QDateTime at; // when the watch saw it
    QString repo;
    QString kind;
    QString commit; // the removing / adding commit; for "rewritten" the dropped commit
    QDateTime commitDate;
    QString fingerprint; // Scan::findingFingerprint of the line
    QString ruleId;
    QString path;
    int line = 0;
    QString text;
    QString ref; // "rewritten"/"history": refs/chiptrace/preserved/...; else the branch
    QString detail;
    bool seen = false; // the analyst has looked at it (the Changes panel)
};

// A scanned blob's findings at one path, in the engine's own JSON form.
struct WatchBlob
{
    QString blob;
    QString path;
    QByteArray findings;
};

class WatchList
{
public:
    explicit WatchList(CaseFile &cf);

    QList<WatchEntry> entries() const;
    std::optional<WatchEntry> entry(const QString &url) const;
    // Adds `url`, or changes its interval when it is already watched.
    Status add(const QString &url, int intervalHours);
    Status remove(const QString &url); // with its blob cache; the record of changes stays
    // Stores refs, last fetch/attempt/error, failures and the next attempt of `entry`.
    Status saveState(const WatchEntry &entry);

    // blob + '\n' + path -> findings JSON, for every blob scanned for `url`.
    Result<QHash<QString, QByteArray>> blobCache(const QString &url) const;
    Status addBlobs(const QString &url, const QList<WatchBlob> &blobs);

    // Stores the changes not recorded before, all in one transaction; returns those (ids set).
    Result<QList<WatchChange>> record(const QList<WatchChange> &changes);
    QList<WatchChange> changes(const QString &url = {}, bool unseenOnly = false) const;
    Status markSeen(const QString &url = {});

    // Scan::findingFingerprint of every finding the case holds: what the case already knows.
    QSet<QString> findingFingerprints() const;

    static QString changeId(const WatchChange &change);

private:
    Database &db() const;
    Status writable() const;

    CaseFile &m_case;
};

} // namespace ChipTrace::Case
