// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The watch engine (issue 17): for each repository on a case's watch list, fetch it into the
// repository store (git/repositorystore.h: libgit2 only, force-pushed and deleted history kept
// under refs/chiptrace/preserved/...), work out what changed in hardware terms
// (changefinder.h: only new blobs are scanned) and record each change in the case, dated.
// Transfers to one host run one at a time (a lab's server is not hammered by one analyst's
// watch list); different hosts proceed in parallel. A repository whose fetch fails is retried
// after an exponential back-off (5 min, doubling, at most its interval), one that succeeds
// after its interval. The CaseFile is only touched on the calling thread: workers get copies
// of what they read and hand back what is to be written.

#include "casefile/watchlist.h"
#include "git/repositorystore.h"
#include "scan/contentscanner.h"

#include <QJsonObject>

#include <atomic>

namespace ChipTrace::Watch {

struct WatchOptions
{
    bool dueOnly = false; // false: every watched repository now; true: only those due
    int parallelHosts = 4; // hosts fetched from at the same time
    Git::AcquireOptions acquire; // credentials, limits; its checkout is ignored (not needed)
    qint64 maxBlobSize = 8 * 1024 * 1024;
};

// One repository's round: what was fetched, and the changes recorded for the first time.
struct RepoOutcome
{
    QString url;
    bool checked = false; // false: not due (dueOnly)
    bool baseline = false; // the first look: scanned and cached, nothing to compare with
    QString error; // the fetch or the analysis failed (see nextAttempt for the retry)
    QString fetchSummary; // Git::ChangeReport::summary()
    QList<Case::WatchChange> changes;
    int commits = 0;
    int blobsScanned = 0;
    qint64 bytesScanned = 0;
    qint64 fetchMs = 0;
    qint64 analyseMs = 0;
    QDateTime nextAttempt;
};

struct WatchReport
{
    QList<RepoOutcome> repositories;
    // Hardware evidence was removed, rewritten away or a claim changed: what scripts act on.
    bool evidenceWithdrawn() const;
    int changeCount() const;
    int errorCount() const;
};

// Removed, rewritten and changed claims withdraw evidence; additions and bare history
// rewrites (no hardware line went with them) do not.
bool withdrawsEvidence(const Case::WatchChange &change);

QJsonObject toJson(const WatchReport &report);
QJsonObject toJson(const Case::WatchChange &change);

// The host a URL's transfers go to ("local" for paths and file: URLs): the unit of politeness.
QString hostOf(const QString &url);
// When a repository is tried next: its interval after a success, else 5 min * 2^(failures-1),
// at most the interval.
QDateTime nextAttemptAfter(const Case::WatchEntry &entry, bool failed, const QDateTime &now);

class WatchEngine
{
public:
    WatchEngine(
        Case::CaseFile &cf, Git::RepositoryStore &store, const Scan::ContentScanner &content);

    // One round over the watch list (blocking; fetches run on worker threads, one per host).
    // Fails only when the case cannot be read or written; a repository's failure is in its
    // outcome.
    Result<WatchReport> runOnce(const WatchOptions &options = {});
    void cancel() { m_cancel = true; }

private:
    RepoOutcome check(const Case::WatchEntry &entry, const WatchOptions &options,
        const QSet<QString> &known, QHash<QString, QByteArray> cache, Case::WatchEntry *state,
        QList<Case::WatchBlob> *newBlobs);
    Status store(const RepoOutcome &outcome, const Case::WatchEntry &state,
        const QList<Case::WatchBlob> &newBlobs, RepoOutcome *recorded);

    Case::CaseFile &m_case;
    Git::RepositoryStore &m_store;
    const Scan::ContentScanner &m_content;
    std::atomic<bool> m_cancel{false};
};

} // namespace ChipTrace::Watch
