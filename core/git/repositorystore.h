// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The managed store of remote repositories under $XDG_DATA_HOME/chiptrace/repositories: one
// clone per remote, shared by every case. acquire() clones a URL the first time (full history
// unless a depth is given; all branches and tags) and fetches it afterwards, reporting what
// changed (ChangeReport: new commits, force-pushed and deleted branches, kept reachable under
// refs/chiptrace/preserved/...). A new clone is assembled in <store>/.incoming and renamed into
// place only when complete, so a cancel or failure leaves no half-written repository; running
// acquire() again starts over (libgit2 cannot resume a pack mid-way), and fetching into an
// existing clone only transfers what is missing. Each entry is <store>/<name>/ with the git
// data in .git/ and, unless disabled, the default branch's files written by safeCheckout()
// (libgit2 never checks out, runs hooks or filters here). The scanner reads the history from
// .git through libgit2 and the files from the directory. Errors carry ErrorCode::HostNotFound,
// AuthRequired, NotFound, DiskFull, Cancelled, LimitExceeded, Network or Conflict.

#include "changereport.h"
#include "safecheckout.h"
#include "transfer.h"

#include <QDateTime>
#include <QFuture>
#include <QList>
#include <QPromise>
#include <QThreadPool>

namespace ChipTrace::Git {

struct AcquireOptions
{
    int depth = 0; // 0: the full history
    bool checkout = true; // write the default branch's files (safely) next to .git
    bool updateExisting = true; // false: fail with Conflict instead of fetching an existing clone
    bool mustExist = false; // true: only update, fail with NotFound when not cloned yet
    Limits limits;
    CredentialLookup credentials; // empty: the system keychain (see keychain.h)
};

struct Acquisition
{
    QString url; // as stored (no credentials)
    QString path; // the store entry: working files + .git
    QString head; // commit id of HEAD after the transfer, empty for an empty repository
    bool cloned = false; // false: an existing clone was updated
    ChangeReport changes;
    CheckoutReport checkout;
};

struct StoreEntry
{
    QString url;
    QString path;
    qint64 sizeBytes = 0;
    QDateTime created;
    QDateTime lastUpdated;
    QDateTime lastScanned; // invalid until markScanned()
    int depth = 0;
};

class RepositoryStore
{
public:
    explicit RepositoryStore(const QString &root = {}); // empty: Paths::repositoryStore()

    QString root() const { return m_root; }
    // The canonical form of a URL or local path: credentials removed, trailing '/' dropped,
    // local paths made absolute. Two spellings of one remote map to one entry.
    static QString normalizeUrl(const QString &urlOrPath);
    QString pathFor(const QString &urlOrPath) const; // where the entry is or would be

    Result<Acquisition> acquire(const QString &urlOrPath, const AcquireOptions &options = {},
        const ProgressCallback &progress = {});
    // The threading idiom: progress as value/text on the promise, cancel via promise.cancel().
    void acquire(QPromise<Result<Acquisition>> &promise, const QString &urlOrPath,
        const AcquireOptions &options);
    QFuture<Result<Acquisition>> acquireAsync(
        const QString &urlOrPath, const AcquireOptions &options = {});

    // "What changed since the last scan": the scanner's caller marks an entry scanned, and later
    // asks for the changes between that snapshot and now, across any number of fetches.
    Status markScanned(const QString &urlOrEntryPath);
    Result<ChangeReport> changesSinceScan(const QString &urlOrEntryPath) const;

    // An entry by its URL or by its directory in the store: reads its metadata only, cheap
    // enough for every click (sizeBytes stays 0; sizeOf() walks the clone for it).
    Result<StoreEntry> find(const QString &urlOrEntryPath) const;
    static qint64 sizeOf(const StoreEntry &entry);
    // Every entry, with its size unless `withSize` is false.
    QList<StoreEntry> entries(bool withSize = true) const;
    // Refused (Conflict) while another process holds the entry's lock (a fetch in progress).
    Status remove(const QString &urlOrEntryPath);
    // Removes entries not updated since `cutoff` and leftovers of interrupted clones; an entry or
    // a staging folder whose lock another process holds (a clone in progress) is left alone.
    QStringList prune(const QDateTime &cutoff);

private:
    Result<Acquisition> cloneNew(const QString &url, const QString &entryPath,
        const AcquireOptions &options, const ProgressCallback &progress);
    Result<Acquisition> updateExisting(const QString &url, const QString &entryPath,
        const AcquireOptions &options, const ProgressCallback &progress);

    QString m_root;
    QThreadPool m_pool;
};

} // namespace ChipTrace::Git
