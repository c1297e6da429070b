// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One fetch from an untrusted remote into a local repository, with libgit2: progress (objects,
// bytes, rate), cancel from the progress callback, limits on object count, object size and
// total transfer size, credentials from a lookup function (keychain) or the SSH agent, and
// errors a user can act on, classified from the libgit2 text captured at the failing call.
// Refs are mirrored: refs/heads/* and refs/tags/* of the remote land under the same names, and
// refs the remote no longer advertises are deleted (callers snapshot refs first to keep what a
// force-push or deletion dropped). Nothing here ever checks out files or runs hooks or filters.

#include "util/result.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

struct git_repository;

namespace ChipTrace::Git {

// Ceilings for what an untrusted remote may make us store. Hitting one fails the transfer with
// ErrorCode::LimitExceeded and says which limit and how to raise it.
struct Limits
{
    quint64 maxObjects = 10'000'000;
    quint64 maxObjectBytes = quint64(512) << 20; // one object (blob) as declared in the pack
    quint64 maxTotalBytes = quint64(16) << 30; // bytes received in one transfer
    quint64 maxCheckoutFiles = 1'000'000;
};

struct TransferProgress
{
    enum class Stage {
        Connecting,
        Receiving,
        Resolving,
        Updating,
        CheckingOut
    };
    Stage stage = Stage::Connecting;
    quint64 receivedObjects = 0;
    quint64 totalObjects = 0;
    quint64 indexedDeltas = 0;
    quint64 totalDeltas = 0;
    quint64 receivedBytes = 0;
    double bytesPerSecond = 0;

    QString text() const; // "Receiving objects: 120/4000, 3.2 MiB at 1.1 MiB/s"
};

// Called on the transferring thread; return false to cancel.
using ProgressCallback = std::function<bool(const TransferProgress &)>;

// A secret held only in memory for one transfer; never logged, never written by ChipTrace.
struct Credential
{
    QString username;
    QString secret;
};
// Asked for https user/password (or token) credentials for `url`; nullopt when none is known.
using CredentialLookup = std::function<std::optional<Credential>(const QString &url)>;

struct FetchRequest
{
    QString url; // without credentials in it (see stripCredentials)
    int depth = 0; // 0: full history
    Limits limits;
    CredentialLookup credentials;
    std::optional<Credential> urlCredential; // user:password that was in the URL
    ProgressCallback progress;
};

struct FetchOutcome
{
    QString defaultBranch; // e.g. refs/heads/main, empty when the remote has none
    QStringList advertisedRefs;
};

// Applies the process-wide libgit2 safety options (strict object creation and hash
// verification, pack object count/size ceilings, connection timeouts). Idempotent.
void applySafetyOptions(const Limits &limits);

// Fetches `request.url` into `repo` (mirror refspecs, tags, prune). On failure the refs of
// `repo` are unchanged; objects already received may remain but are unreferenced.
Result<FetchOutcome> fetchInto(git_repository *repo, const FetchRequest &request);

// Splits "https://user:token@host/x" into the URL without the password and the credential.
QString stripCredentials(const QString &url, std::optional<Credential> *credential);

} // namespace ChipTrace::Git
