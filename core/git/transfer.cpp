// SPDX-License-Identifier: GPL-3.0-or-later
#include "transfer.h"

#include "gitptr.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSet>
#include <QUrl>

#include <git2/sys/errors.h>
#include <git2/sys/odb_backend.h>

#include <cstring>

namespace ChipTrace::Git {

namespace {


QString mib(quint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1) + QStringLiteral(" MiB");
}

// Shared by the libgit2 callbacks of one transfer. The callbacks record *why* they stopped the
// transfer, because libgit2 only reports that a callback returned an error.
struct Context
{
    const FetchRequest *request = nullptr;
    QElapsedTimer timer;
    TransferProgress progress;
    bool cancelled = false;
    std::optional<Error> limit;
    int credentialAttempts = 0;
    bool triedAgent = false;
    bool triedUserPass = false;
    bool authRequired = false;

    bool report()
    {
        const qint64 ms = timer.elapsed();
        progress.bytesPerSecond = ms > 0 ? double(progress.receivedBytes) * 1000.0 / double(ms) : 0;
        if (request->progress && !request->progress(progress))
            cancelled = true;
        return !cancelled;
    }
};

int onTransfer(const git_indexer_progress *stats, void *payload)
{
    auto *ctx = static_cast<Context *>(payload);
    const Limits &limits = ctx->request->limits;
    if (stats->total_objects > limits.maxObjects) {
        ctx->limit = fail(ErrorCode::LimitExceeded,
            QCoreApplication::translate("ChipTrace::Git::Transfer",
                "The repository has %1 objects, more than the limit of %2. Raise the "
                "object limit if you trust this repository.")
                .arg(stats->total_objects)
                .arg(limits.maxObjects));
        return -1;
    }
    if (stats->received_bytes > limits.maxTotalBytes) {
        ctx->limit = fail(ErrorCode::LimitExceeded,
            QCoreApplication::translate("ChipTrace::Git::Transfer",
                "The transfer exceeded the size limit of %1. Raise the size limit if "
                "you trust this repository, or clone with a depth.")
                .arg(mib(limits.maxTotalBytes)));
        return -1;
    }
    TransferProgress &p = ctx->progress;
    p.stage = stats->received_objects < stats->total_objects ? TransferProgress::Stage::Receiving
                                                             : TransferProgress::Stage::Resolving;
    p.receivedObjects = stats->received_objects;
    p.totalObjects = stats->total_objects;
    p.indexedDeltas = stats->indexed_deltas;
    p.totalDeltas = stats->total_deltas;
    p.receivedBytes = stats->received_bytes;
    return ctx->report() ? 0 : -1;
}

int onSideband(const char *, int, void *payload)
{
    auto *ctx = static_cast<Context *>(payload);
    return ctx->report() ? 0 : -1;
}

int onUpdateTips(const char *, const git_oid *, const git_oid *, void *payload)
{
    auto *ctx = static_cast<Context *>(payload);
    ctx->progress.stage = TransferProgress::Stage::Updating;
    return 0;
}

// SSH: the agent only (ChipTrace never reads key files). HTTPS: the URL's own credential, then
// the lookup (system keychain). Each is tried once; then libgit2 gets an auth error.
int onCredentials(git_credential **out, const char *url, const char *userFromUrl,
    unsigned int allowed, void *payload)
{
    auto *ctx = static_cast<Context *>(payload);
    ++ctx->credentialAttempts;
    if ((allowed & GIT_CREDENTIAL_SSH_KEY) && !ctx->triedAgent) {
        ctx->triedAgent = true;
        return git_credential_ssh_key_from_agent(out, userFromUrl ? userFromUrl : "git");
    }
    if ((allowed & GIT_CREDENTIAL_USERNAME)
        && ctx->credentialAttempts < 3) // ssh asks for the user first
        return git_credential_username_new(out, userFromUrl ? userFromUrl : "git");
    if ((allowed & GIT_CREDENTIAL_USERPASS_PLAINTEXT) && !ctx->triedUserPass) {
        ctx->triedUserPass = true;
        std::optional<Credential> cred = ctx->request->urlCredential;
        if (!cred && ctx->request->credentials)
            cred = ctx->request->credentials(QString::fromUtf8(url));
        if (cred) {
            return git_credential_userpass_plaintext_new(
                out, cred->username.toUtf8().constData(), cred->secret.toUtf8().constData());
        }
    }
    ctx->authRequired = true;
    git_error_set_str(
        GIT_ERROR_NET, "authentication required but no (working) credentials are known");
    return GIT_EAUTH;
}

bool mentions(const QString &text, std::initializer_list<const char *> needles)
{
    for (const char *n : needles) {
        if (text.contains(QLatin1String(n), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// Turns a failed libgit2 transfer into an error the analyst can act on. `detail` is libgit2's
// text, captured immediately after the failing call.
Error classify(const QString &url, int code, const QString &detail, const Context &ctx)
{
    const QString suffix = QStringLiteral(" (libgit2: ") + detail + QLatin1Char(')');
    if (ctx.limit)
        return Error(ErrorCode::LimitExceeded, ctx.limit->message + suffix);
    if (ctx.cancelled)
        return fail(ErrorCode::Cancelled,
            QCoreApplication::translate("ChipTrace::Git::Transfer",
                "Transfer from %1 cancelled; no reference in the store was changed.")
                    .arg(url)
                + suffix);
    if (mentions(detail, {"too many objects"}))
        return fail(ErrorCode::LimitExceeded,
            QCoreApplication::translate("ChipTrace::Git::Transfer",
                "%1 has more objects than the limit of %2. Raise the object limit if you "
                "trust this repository, or clone with a depth.")
                    .arg(url)
                    .arg(ctx.request->limits.maxObjects)
                + suffix);
    if (mentions(detail, {"object extends past", "too large", "exceeds", "maximum"}))
        return fail(ErrorCode::LimitExceeded,
            QCoreApplication::translate("ChipTrace::Git::Transfer",
                "%1 holds an object or pack larger than the configured limits. Raise the "
                "limits if you trust this repository.")
                    .arg(url)
                + suffix);
    if (ctx.authRequired || code == GIT_EAUTH
        || mentions(detail, {"401", "authentication", "credentials"}))
        return fail(ErrorCode::AuthRequired,
            QCoreApplication::translate("ChipTrace::Git::Transfer",
                "%1 requires authentication. Store a token for this host in the system "
                "keychain (see README) or load your SSH key into ssh-agent.")
                    .arg(url)
                + suffix);
    if (mentions(detail,
            {"resolve address", "name or service not known", "name resolution",
                "no address associated", "could not resolve", "getaddrinfo"}))
        return fail(ErrorCode::HostNotFound,
            QCoreApplication::translate("ChipTrace::Git::Transfer",
                "The host of %1 could not be found. Check the URL, your network and proxy "
                "settings.")
                    .arg(url)
                + suffix);
    if (mentions(detail, {"no space left", "disk full", "quota"}))
        return fail(ErrorCode::DiskFull,
            QCoreApplication::translate("ChipTrace::Git::Transfer",
                "The disk holding the repository store is full. Free space or prune the "
                "store (chiptrace store prune).")
                + suffix);
    if (!url.contains(QLatin1String("://")) && url.startsWith(QLatin1Char('/'))
        && !QFile::exists(url))
        return fail(ErrorCode::NotFound,
            QCoreApplication::translate(
                "ChipTrace::Git::Transfer", "No repository at %1: the folder does not exist.")
                    .arg(url)
                + suffix);
    if (code == GIT_ENOTFOUND
        || mentions(detail,
            {"404", "not found", "no such repository", "not exported", "does not appear",
                "could not find repository", "no such file", "not a git repository"}))
        return fail(ErrorCode::NotFound,
            QCoreApplication::translate("ChipTrace::Git::Transfer",
                "No repository at %1. Check the URL; a private repository may also answer "
                "like this without credentials.")
                    .arg(url)
                + suffix);
    if (const git_error *e = git_error_last(); e
        && (e->klass == GIT_ERROR_NET || e->klass == GIT_ERROR_SSL || e->klass == GIT_ERROR_SSH
            || e->klass == GIT_ERROR_HTTP))
        return fail(ErrorCode::Network,
            QCoreApplication::translate("ChipTrace::Git::Transfer",
                "Network error while fetching %1. Check your network and proxy "
                "settings and retry.")
                    .arg(url)
                + suffix);
    if (mentions(detail, {"connect", "refused", "timed out", "unreachable", "socket", "eof"}))
        return fail(ErrorCode::Network,
            QCoreApplication::translate("ChipTrace::Git::Transfer",
                "Network error while fetching %1. Check your network and proxy "
                "settings and retry.")
                    .arg(url)
                + suffix);
    return fail(ErrorCode::Corrupt,
        QCoreApplication::translate("ChipTrace::Git::Transfer",
            "Fetching %1 failed; the remote sent something ChipTrace refuses.")
                .arg(url)
            + suffix);
}

QString lastText(int code)
{
    const git_error *e = git_error_last();
    return (e && e->message) ? QString::fromUtf8(e->message).trimmed()
                             : QStringLiteral("libgit2 error %1").arg(code);
}

} // namespace

QString TransferProgress::text() const
{
    const QString rate = mib(quint64(bytesPerSecond)) + QStringLiteral("/s");
    switch (stage) {
    case Stage::Connecting:
        return QCoreApplication::translate("ChipTrace::Git::Transfer", "Connecting…");
    case Stage::Receiving:
        return QCoreApplication::translate(
            "ChipTrace::Git::Transfer", "Receiving objects: %1/%2, %3 at %4")
            .arg(receivedObjects)
            .arg(totalObjects)
            .arg(mib(receivedBytes), rate);
    case Stage::Resolving:
        return QCoreApplication::translate("ChipTrace::Git::Transfer", "Resolving deltas: %1/%2")
            .arg(indexedDeltas)
            .arg(totalDeltas);
    case Stage::Updating:
        return QCoreApplication::translate("ChipTrace::Git::Transfer", "Updating references…");
    case Stage::CheckingOut:
        return QCoreApplication::translate("ChipTrace::Git::Transfer", "Writing files: %1")
            .arg(receivedObjects);
    }
    return {};
}

void applySafetyOptions(const Limits &limits)
{
    git_libgit2_opts(GIT_OPT_ENABLE_STRICT_OBJECT_CREATION, 1);
    git_libgit2_opts(GIT_OPT_ENABLE_STRICT_SYMBOLIC_REF_CREATION, 1);
    git_libgit2_opts(GIT_OPT_ENABLE_STRICT_HASH_VERIFICATION, 1);
    git_libgit2_opts(GIT_OPT_SET_PACK_MAX_OBJECTS, size_t(limits.maxObjects));
    git_libgit2_opts(GIT_OPT_SET_PACK_MAX_OBJECT_SIZE, size_t(limits.maxObjectBytes));
    // Both or neither: with only a connect timeout libgit2 1.9 leaves the socket non-blocking
    // and a slow server then fails reads with EAGAIN.
    git_libgit2_opts(GIT_OPT_SET_SERVER_CONNECT_TIMEOUT, 30000);
    git_libgit2_opts(GIT_OPT_SET_SERVER_TIMEOUT, 300000);
}

QString stripCredentials(const QString &url, std::optional<Credential> *credential)
{
    QUrl u(url);
    if (!u.isValid() || u.scheme().isEmpty() || u.password().isEmpty() || u.scheme().size() == 1)
        return url;
    if (credential)
        *credential = Credential{u.userName(), u.password()};
    u.setUserInfo({});
    return u.toString();
}

// Deletes local branches and tags that the remote no longer advertises (mirror prune). The
// caller has already preserved their targets under refs/chiptrace/.
static Status pruneRefs(git_repository *repo, const QSet<QString> &advertised)
{
    git_reference_iterator *rawIt = nullptr;
    if (int rc = git_reference_iterator_glob_new(&rawIt, repo, "refs/*"); rc < 0)
        return lastGitError(
            QCoreApplication::translate("ChipTrace::Git::Transfer", "Listing references"), rc);
    GitPtr<git_reference_iterator> it = adopt(rawIt);
    QStringList stale;
    const char *name = nullptr;
    while (git_reference_next_name(&name, it.get()) == 0) {
        const QString n = QString::fromUtf8(name);
        if ((n.startsWith(QLatin1String("refs/heads/"))
                || n.startsWith(QLatin1String("refs/tags/")))
            && !advertised.contains(n))
            stale << n;
    }
    for (const QString &n : std::as_const(stale)) {
        if (int rc = git_reference_remove(repo, n.toUtf8().constData()); rc < 0)
            return lastGitError(
                QCoreApplication::translate("ChipTrace::Git::Transfer", "Removing %1").arg(n), rc);
    }
    return {};
}

// libgit2 has no per-object size hook while receiving, so each pack this fetch added is read
// back (headers only) before any ref points into it; a pack with an oversized object is deleted.
static int collectIds(const git_oid *id, void *payload)
{
    static_cast<QList<git_oid> *>(payload)->append(*id);
    return 0;
}

static Status checkPack(const QString &idxPath, quint64 *largest)
{
    git_odb_backend *backend = nullptr;
    if (int rc = git_odb_backend_one_pack(&backend, QFile::encodeName(idxPath).constData()); rc < 0)
        return lastGitError(
            QCoreApplication::translate("ChipTrace::Git::Transfer", "Opening the received pack"),
            rc);
    git_odb *rawOdb = nullptr;
    git_odb_new(&rawOdb);
    GitPtr<git_odb> odb = adopt(rawOdb);
    if (int rc = git_odb_add_backend(odb.get(), backend, 1); rc < 0) {
        backend->free(backend);
        return lastGitError(
            QCoreApplication::translate("ChipTrace::Git::Transfer", "Opening the received pack"),
            rc);
    }
    QList<git_oid> ids;
    git_odb_foreach(odb.get(), collectIds, &ids);
    for (const git_oid &id : std::as_const(ids)) {
        size_t size = 0;
        git_object_t type = GIT_OBJECT_INVALID;
        if (git_odb_read_header(&size, &type, odb.get(), &id) == 0)
            *largest = qMax<quint64>(*largest, size);
    }
    return {};
}

static Status checkNewPacks(const QString &packDir, const QStringList &before, const Limits &limits)
{
    const QStringList now = QDir(packDir).entryList({QStringLiteral("*.pack")});
    for (const QString &pack : now) {
        if (before.contains(pack))
            continue;
        const QString stem = packDir + QLatin1Char('/') + pack.chopped(5);
        quint64 largest = 0;
        if (Status s = checkPack(stem + QStringLiteral(".idx"), &largest); !s)
            return s;
        if (largest > limits.maxObjectBytes) {
            for (const char *ext : {".pack", ".idx", ".rev", ".keep", ".promisor"})
                QFile::remove(stem + QLatin1String(ext));
            return fail(ErrorCode::LimitExceeded,
                QCoreApplication::translate("ChipTrace::Git::Transfer",
                    "The repository holds an object of %1, more than the limit of %2 per "
                    "object. Raise the limit if you trust this repository.")
                    .arg(mib(largest), mib(limits.maxObjectBytes)));
        }
    }
    return {};
}

static git_fetch_options fetchOptions(Context &ctx)
{
    git_fetch_options opts = GIT_FETCH_OPTIONS_INIT;
    opts.callbacks.transfer_progress = onTransfer;
    opts.callbacks.sideband_progress = onSideband;
    opts.callbacks.credentials = onCredentials;
    opts.callbacks.update_tips = onUpdateTips;
    opts.callbacks.payload = &ctx;
    opts.prune = GIT_FETCH_NO_PRUNE; // done by pruneRefs, once the new refs are known
    opts.download_tags = GIT_REMOTE_DOWNLOAD_TAGS_ALL;
    opts.update_fetchhead = 0;
    opts.proxy_opts.type = GIT_PROXY_AUTO; // http.proxy and the *_proxy environment variables
    opts.follow_redirects = GIT_REMOTE_REDIRECT_INITIAL;
    opts.depth = ctx.request->depth > 0 ? ctx.request->depth : 0;
    return opts;
}

// The refs the remote advertised in this session (peeled "^{}" entries folded); nullopt when
// libgit2 cannot say, so that nothing is pruned on a guess.
static std::optional<QSet<QString>> advertisedRefs(git_remote *remote)
{
    const git_remote_head **heads = nullptr;
    size_t count = 0;
    if (git_remote_ls(&heads, &count, remote) < 0)
        return std::nullopt;
    QSet<QString> names;
    for (size_t i = 0; i < count; ++i) {
        QString n = QString::fromUtf8(heads[i]->name);
        if (n.endsWith(QLatin1String("^{}")))
            n.chop(3);
        names.insert(n);
    }
    return names;
}

Result<FetchOutcome> fetchInto(git_repository *repo, const FetchRequest &request)
{
    applySafetyOptions(request.limits);
    Context ctx;
    ctx.request = &request;
    ctx.timer.start();
    if (!ctx.report())
        return classify(request.url, GIT_EUSER,
            QCoreApplication::translate("ChipTrace::Git::Transfer", "cancelled before connecting"),
            ctx);
    git_remote *rawRemote = nullptr;
    if (int rc = git_remote_create_anonymous(&rawRemote, repo, request.url.toUtf8().constData());
        rc < 0)
        return classify(request.url, rc, lastText(rc), ctx);
    GitPtr<git_remote> remote = adopt(rawRemote);
    git_fetch_options opts = fetchOptions(ctx);

    const char *specs[] = {"+refs/heads/*:refs/heads/*", "+refs/tags/*:refs/tags/*"};
    const git_strarray refspecs = {const_cast<char **>(specs), 2};
    const QString packDir =
        QString::fromUtf8(git_repository_path(repo)) + QStringLiteral("objects/pack");
    const QStringList packsBefore = QDir(packDir).entryList({QStringLiteral("*.pack")});
    int rc = git_remote_connect(
        remote.get(), GIT_DIRECTION_FETCH, &opts.callbacks, &opts.proxy_opts, nullptr);
    if (rc == 0)
        rc = git_remote_download(remote.get(), &refspecs, &opts);
    if (rc < 0) {
        const QString detail = lastText(rc); // captured before anything else touches libgit2
        return classify(request.url, rc, detail, ctx);
    }
    // Refs are only moved once every new object passed the size limit.
    if (Status s = checkNewPacks(packDir, packsBefore, request.limits); !s)
        return s.error();
    rc = git_remote_update_tips(
        remote.get(), &opts.callbacks, 0, GIT_REMOTE_DOWNLOAD_TAGS_ALL, "chiptrace: fetch");
    if (rc < 0) {
        const QString detail = lastText(rc);
        return classify(request.url, rc, detail, ctx);
    }

    FetchOutcome outcome;
    git_buf branch = GIT_BUF_INIT;
    if (git_remote_default_branch(&branch, remote.get()) == 0)
        outcome.defaultBranch = QString::fromUtf8(branch.ptr);
    git_buf_dispose(&branch);
    if (const std::optional<QSet<QString>> advertised = advertisedRefs(remote.get())) {
        outcome.advertisedRefs = QStringList(advertised->begin(), advertised->end());
        outcome.advertisedRefs.sort();
        if (Status s = pruneRefs(repo, *advertised); !s)
            return s.error();
    }
    return outcome;
}

} // namespace ChipTrace::Git
