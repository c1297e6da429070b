// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What a fetch changed, so the scanner can report new and vanished findings: new commits,
// branches and tags added, fast-forwarded, rewritten (force-pushed) or deleted. A rewrite or a
// deletion is evidence in itself, so before the fetch overwrites them the old targets are kept
// reachable under refs/chiptrace/preserved/<UTC stamp>/<heads|tags>/<name>: the dropped commits
// and their blobs stay in the store and stay scannable.

#include "util/result.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

struct git_repository;
struct git_oid;

namespace ChipTrace::Git {

struct RefChange
{
    enum class Kind {
        Added,
        FastForward,
        Rewritten,
        Deleted
    };
    Kind kind = Kind::Added;
    QString ref; // refs/heads/main
    QString oldId; // empty when added
    QString newId; // empty when deleted
    int newCommits = 0; // reachable from newId, not from oldId
    int droppedCommits = 0; // reachable from oldId, not from newId (rewritten/deleted)
    QString preservedAs; // refs/chiptrace/preserved/... when rewritten or deleted
};

struct ChangeReport
{
    bool freshClone = false;
    QList<RefChange> refs; // only the refs that changed
    int newCommits = 0; // commits not reachable from any ref before the fetch
    QStringList droppedCommits; // commits no remote ref reaches any more (kept by ChipTrace refs)
    QString headBefore;
    QString headAfter;

    bool hasChanges() const { return freshClone || !refs.isEmpty(); }
    bool historyRewritten() const;
    QString summary() const; // several lines in words, for the CLI and the UI
};

// Branch and tag name -> object id (hex), as they are now.
using RefSnapshot = QMap<QString, QString>;
RefSnapshot snapshotRefs(git_repository *repo);

// Compares `before` with the refs now in `repo`, keeps rewritten and deleted targets under
// refs/chiptrace/preserved/<stamp>/ and counts new and dropped commits. With an empty `stamp`
// nothing is written: preservedAs names the ref an earlier fetch kept the old target under.
Result<ChangeReport> recordChanges(
    git_repository *repo, const RefSnapshot &before, const QString &stamp);

// The commit an object id (a commit or an annotated tag) finally points at; false if none.
bool peelToCommit(git_repository *repo, const QString &id, git_oid *out);

// Refs ChipTrace keeps for rewritten history: name -> object id.
RefSnapshot preservedRefs(git_repository *repo);

} // namespace ChipTrace::Git
