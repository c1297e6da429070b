// SPDX-License-Identifier: GPL-3.0-or-later
#include "repositorystore.h"

#include "gitptr.h"
#include "keychain.h"
#include "util/paths.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QUrl>
#include <QtConcurrent>

namespace ChipTrace::Git {

namespace {


const QString metaName = QStringLiteral("chiptrace.json");

QString metaPath(const QString &entryPath)
{
    return entryPath + QStringLiteral("/.git/") + metaName;
}

QJsonObject readMeta(const QString &entryPath)
{
    QFile f(metaPath(entryPath));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

// Written whole or not at all (a crash mid-write must not leave an entry without its URL);
// callers hold the entry's lock, so two processes do not interleave read-modify-write.
Status writeMeta(const QString &entryPath, const QJsonObject &meta)
{
    QSaveFile f(metaPath(entryPath));
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(meta).toJson()) < 0 || !f.commit())
        return fail(ErrorCode::Io,
            QCoreApplication::translate("ChipTrace::Git::RepositoryStore", "Could not write %1: %2")
                .arg(f.fileName(), f.errorString()));
    return {};
}

// The lock an entry's writers take (acquire, markScanned, remove, prune), next to the entry.
QString lockPath(const QString &entryPath)
{
    return entryPath + QStringLiteral(".lock");
}

QString stamp()
{
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmsszzz'Z'"));
}

QString hex(const git_oid *id)
{
    char buf[GIT_OID_MAX_HEXSIZE + 1] = {};
    git_oid_tostr(buf, sizeof buf, id);
    return QString::fromLatin1(buf);
}

// Defence in depth for anyone who later runs real git inside the store: no hooks, no fsmonitor,
// strict path protections, objects checked on transfer, no submodule recursion.
Status hardenConfig(git_repository *repo)
{
    git_config *raw = nullptr;
    if (int rc = git_repository_config(&raw, repo); rc < 0)
        return lastGitError(QCoreApplication::translate("ChipTrace::Git::RepositoryStore",
                                "Opening the repository configuration"),
            rc);
    GitPtr<git_config> cfg = adopt(raw);
    const std::pair<const char *, bool> flags[] = {{"core.protectNTFS", true},
        {"core.protectHFS", true}, {"core.symlinks", true}, {"core.fsmonitor", false},
        {"core.autocrlf", false}, {"transfer.fsckObjects", true},
        {"fetch.recurseSubmodules", false}, {"submodule.recurse", false}};
    for (const auto &[key, value] : flags) {
        if (int rc = git_config_set_bool(cfg.get(), key, value); rc < 0)
            return lastGitError(QCoreApplication::translate("ChipTrace::Git::RepositoryStore",
                                    "Writing the repository configuration"),
                rc);
    }
    if (int rc = git_config_set_string(cfg.get(), "core.hooksPath", "/dev/null"); rc < 0)
        return lastGitError(QCoreApplication::translate("ChipTrace::Git::RepositoryStore",
                                "Writing the repository configuration"),
            rc);
    return {};
}

// Points HEAD at the remote's default branch, or a likely one when the remote does not say.
void chooseHead(git_repository *repo, const QString &defaultBranch)
{
    QStringList candidates{
        defaultBranch, QStringLiteral("refs/heads/main"), QStringLiteral("refs/heads/master")};
    git_reference_iterator *raw = nullptr;
    if (git_reference_iterator_glob_new(&raw, repo, "refs/heads/*") == 0) {
        GitPtr<git_reference_iterator> it = adopt(raw);
        const char *name = nullptr;
        while (git_reference_next_name(&name, it.get()) == 0)
            candidates << QString::fromUtf8(name);
    }
    for (const QString &c : std::as_const(candidates)) {
        git_oid oid;
        if (!c.isEmpty() && git_reference_name_to_id(&oid, repo, c.toUtf8().constData()) == 0) {
            git_repository_set_head(repo, c.toUtf8().constData());
            return;
        }
    }
}

// Removes everything in the entry except .git, without following links.
void clearWorkingFiles(const QString &entryPath)
{
    const QFileInfoList items = QDir(entryPath).entryInfoList(
        QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    for (const QFileInfo &fi : items) {
        if (fi.fileName() == QLatin1String(".git"))
            continue;
        if (fi.isDir() && !fi.isSymLink())
            QDir(fi.absoluteFilePath()).removeRecursively();
        else
            QFile::remove(fi.absoluteFilePath());
    }
}

Result<CheckoutReport> checkoutHead(git_repository *repo, const QString &entryPath,
    const Limits &limits, const ProgressCallback &progress)
{
    git_oid head;
    if (git_reference_name_to_id(&head, repo, "HEAD") < 0)
        return CheckoutReport{}; // empty repository: nothing to write
    clearWorkingFiles(entryPath);
    TransferProgress p;
    p.stage = TransferProgress::Stage::CheckingOut;
    const auto cancelled = [&](int written) {
        p.receivedObjects = quint64(written);
        return progress && !progress(p);
    };
    return safeCheckout(repo, &head, entryPath, limits, cancelled);
}

Result<GitPtr<git_repository>> openEntry(const QString &entryPath)
{
    git_repository *raw = nullptr;
    const QByteArray path = QFile::encodeName(entryPath);
    if (int rc =
            git_repository_open_ext(&raw, path.constData(), GIT_REPOSITORY_OPEN_NO_SEARCH, nullptr);
        rc < 0)
        return lastGitError(
            QCoreApplication::translate("ChipTrace::Git::RepositoryStore", "Opening %1")
                .arg(entryPath),
            rc);
    return adopt(raw);
}

QString headOf(git_repository *repo)
{
    git_oid oid;
    return git_reference_name_to_id(&oid, repo, "HEAD") == 0 ? hex(&oid) : QString();
}

FetchRequest makeRequest(const QString &url, const AcquireOptions &options,
    const ProgressCallback &progress, const std::optional<Credential> &urlCredential)
{
    FetchRequest r;
    r.url = url;
    r.depth = options.depth;
    r.limits = options.limits;
    r.credentials =
        options.credentials ? options.credentials : CredentialLookup(keychainCredential);
    r.urlCredential = urlCredential;
    r.progress = progress;
    return r;
}

// A new repository in `dir` (no templates, so no sample hooks) filled by one fetch of `url`;
// the repository handle is closed again before the caller moves `dir`.
Result<Acquisition> populate(const QString &dir, const QString &url, const AcquireOptions &options,
    const ProgressCallback &progress)
{
    git_repository_init_options init = GIT_REPOSITORY_INIT_OPTIONS_INIT;
    init.flags = GIT_REPOSITORY_INIT_MKPATH | GIT_REPOSITORY_INIT_NO_REINIT;
    init.initial_head = "main";
    git_repository *raw = nullptr;
    if (int rc = git_repository_init_ext(&raw, QFile::encodeName(dir).constData(), &init); rc < 0)
        return lastGitError(QCoreApplication::translate(
                                "ChipTrace::Git::RepositoryStore", "Creating the repository in %1")
                                .arg(dir),
            rc);
    GitPtr<git_repository> repo = adopt(raw);
    if (Status s = hardenConfig(repo.get()); !s)
        return s.error();
    Result<FetchOutcome> fetched =
        fetchInto(repo.get(), makeRequest(url, options, progress, std::nullopt));
    if (!fetched)
        return fetched.error();
    chooseHead(repo.get(), fetched->defaultBranch);
    Result<ChangeReport> changes = recordChanges(repo.get(), {}, stamp());
    if (!changes)
        return changes.error();
    Acquisition result;
    result.changes = *changes;
    result.head = headOf(repo.get());
    if (options.checkout) {
        Result<CheckoutReport> written = checkoutHead(repo.get(), dir, options.limits, progress);
        if (!written)
            return written.error();
        result.checkout = *written;
    }
    return result;
}

qint64 diskUsage(const QString &path)
{
    qint64 total = 0;
    QDirIterator it(path, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks,
        QDirIterator::Subdirectories);
    while (it.hasNext())
        total += it.nextFileInfo().size();
    return total;
}

} // namespace

RepositoryStore::RepositoryStore(const QString &root)
    : m_root(root.isEmpty() ? Paths::repositoryStore() : QDir(root).absolutePath())
{ }

QString RepositoryStore::normalizeUrl(const QString &urlOrPath)
{
    QString url = stripCredentials(urlOrPath.trimmed(), nullptr);
    const bool scp =
        QRegularExpression(QStringLiteral("^[\\w.-]+@[\\w.-]+:")).match(url).hasMatch();
    const QUrl parsed(url);
    if (!scp
        && (parsed.scheme().isEmpty() || parsed.scheme().size() == 1
            || parsed.scheme() == QLatin1String("file"))) {
        const QString local = parsed.scheme() == QLatin1String("file") ? parsed.toLocalFile() : url;
        url = QFileInfo(local).absoluteFilePath();
        if (const QString canon = QFileInfo(url).canonicalFilePath(); !canon.isEmpty())
            url = canon;
    }
    while (url.size() > 1 && url.endsWith(QLatin1Char('/')))
        url.chop(1);
    return url;
}

QString RepositoryStore::pathFor(const QString &urlOrPath) const
{
    const QString url = normalizeUrl(urlOrPath);
    QString base = url.section(QLatin1Char('/'), -1);
    if (base.endsWith(QLatin1String(".git")))
        base.chop(4);
    const QString host = QUrl(url).host();
    QString name = (host.isEmpty() ? QString() : host + QLatin1Char('-')) + base;
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    while (name.startsWith(QLatin1Char('.')))
        name.remove(0, 1);
    const QByteArray digest =
        QCryptographicHash::hash(url.toUtf8(), QCryptographicHash::Sha256).toHex().left(12);
    return m_root + QLatin1Char('/') + name.left(80) + QLatin1Char('-')
        + QString::fromLatin1(digest);
}

Result<Acquisition> RepositoryStore::acquire(
    const QString &urlOrPath, const AcquireOptions &options, const ProgressCallback &progress)
{
    GitLibrary lib;
    std::optional<Credential> urlCredential;
    stripCredentials(urlOrPath.trimmed(), &urlCredential);
    const QString url = normalizeUrl(urlOrPath);
    const QString entryPath = pathFor(url);
    if (!QDir().mkpath(m_root))
        return fail(ErrorCode::Io,
            QCoreApplication::translate(
                "ChipTrace::Git::RepositoryStore", "Cannot create the repository store at %1.")
                .arg(m_root));
    QLockFile lock(lockPath(entryPath));
    lock.setStaleLockTime(0); // a clone can take hours: stale only when its process is gone
    if (!lock.tryLock(2000))
        return fail(ErrorCode::Conflict,
            QCoreApplication::translate("ChipTrace::Git::RepositoryStore",
                "%1 is being fetched by another ChipTrace; try again when it is done.")
                .arg(url));
    const bool exists = QFileInfo::exists(metaPath(entryPath));
    if (!exists && options.mustExist)
        return fail(ErrorCode::NotFound,
            QCoreApplication::translate("ChipTrace::Git::RepositoryStore",
                "%1 is not in the repository store yet; clone it first.")
                .arg(url));
    if (exists && !options.updateExisting)
        return fail(ErrorCode::Conflict,
            QCoreApplication::translate(
                "ChipTrace::Git::RepositoryStore", "%1 is already in the store at %2.")
                .arg(url, entryPath));
    AcquireOptions effective = options;
    if (!options.credentials)
        effective.credentials = keychainCredential;
    if (urlCredential) {
        effective.credentials = [cred = *urlCredential](
                                    const QString &) { return std::optional<Credential>(cred); };
    }
    return exists ? updateExisting(url, entryPath, effective, progress)
                  : cloneNew(url, entryPath, effective, progress);
}

Result<Acquisition> RepositoryStore::cloneNew(const QString &url, const QString &entryPath,
    const AcquireOptions &options, const ProgressCallback &progress)
{
    const QString incoming = m_root + QStringLiteral("/.incoming");
    QDir().mkpath(incoming);
    // We hold the entry's lock, so any staging folder of this entry is a crashed run's leftover.
    const QString name = QFileInfo(entryPath).fileName();
    for (const QString &stale :
        QDir(incoming).entryList({name + QStringLiteral("-*")}, QDir::Dirs | QDir::NoDotAndDotDot))
        QDir(incoming + QLatin1Char('/') + stale).removeRecursively();
    QTemporaryDir staging(incoming + QLatin1Char('/') + name + QStringLiteral("-XXXXXX"));
    if (!staging.isValid())
        return fail(ErrorCode::Io,
            QCoreApplication::translate(
                "ChipTrace::Git::RepositoryStore", "Cannot create a folder in %1: %2")
                .arg(incoming, staging.errorString()));

    Result<Acquisition> populated = populate(staging.path(), url, options, progress);
    if (!populated)
        return populated.error();
    Acquisition &result = *populated;
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    if (Status s = writeMeta(staging.path(),
            {{QStringLiteral("url"), url}, {QStringLiteral("created"), now},
                {QStringLiteral("lastUpdated"), now}, {QStringLiteral("depth"), options.depth},
                {QStringLiteral("checkoutHead"), options.checkout ? result.head : QString()}});
        !s)
        return s.error();
    if (!QDir().rename(staging.path(), entryPath))
        return fail(ErrorCode::Io,
            QCoreApplication::translate(
                "ChipTrace::Git::RepositoryStore", "Could not move the new clone into %1.")
                .arg(entryPath));
    staging.setAutoRemove(false);
    result.url = url;
    result.path = entryPath;
    result.cloned = true;
    return result;
}

Result<Acquisition> RepositoryStore::updateExisting(const QString &url, const QString &entryPath,
    const AcquireOptions &options, const ProgressCallback &progress)
{
    Result<GitPtr<git_repository>> opened = openEntry(entryPath);
    if (!opened)
        return opened.error();
    git_repository *repo = opened->get();
    if (Status s = hardenConfig(repo); !s)
        return s.error();
    Acquisition result;
    result.url = url;
    result.path = entryPath;
    const RefSnapshot before = snapshotRefs(repo);
    const QString headBefore = headOf(repo);
    Result<FetchOutcome> fetched =
        fetchInto(repo, makeRequest(url, options, progress, std::nullopt));
    if (!fetched)
        return fetched.error();
    Result<ChangeReport> changes = recordChanges(repo, before, stamp());
    if (!changes)
        return changes.error();
    chooseHead(repo, fetched->defaultBranch);
    result.changes = *changes;
    result.changes.headBefore = headBefore;
    result.head = result.changes.headAfter = headOf(repo);

    QJsonObject meta = readMeta(entryPath);
    meta[QStringLiteral("lastUpdated")] = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    const bool stale = meta.value(QStringLiteral("checkoutHead")).toString() != result.head;
    if (options.checkout && stale) {
        meta[QStringLiteral("checkoutHead")] = QString(); // marks a checkout in progress
        if (Status s = writeMeta(entryPath, meta); !s)
            return s.error();
        Result<CheckoutReport> written = checkoutHead(repo, entryPath, options.limits, progress);
        if (!written)
            return written.error();
        result.checkout = *written;
        meta[QStringLiteral("checkoutHead")] = result.head;
    }
    if (Status s = writeMeta(entryPath, meta); !s)
        return s.error();
    return result;
}

void RepositoryStore::acquire(
    QPromise<Result<Acquisition>> &promise, const QString &urlOrPath, const AcquireOptions &options)
{
    const auto progress = [&promise](const TransferProgress &p) {
        if (p.totalObjects > 0)
            promise.setProgressRange(0, int(qMin<quint64>(p.totalObjects, INT_MAX)));
        promise.setProgressValueAndText(int(qMin<quint64>(p.receivedObjects, INT_MAX)), p.text());
        return !promise.isCanceled();
    };
    promise.addResult(acquire(urlOrPath, options, progress));
}

QFuture<Result<Acquisition>> RepositoryStore::acquireAsync(
    const QString &urlOrPath, const AcquireOptions &options)
{
    return QtConcurrent::run(
        &m_pool, [this, urlOrPath, options](QPromise<Result<Acquisition>> &promise) {
            acquire(promise, urlOrPath, options);
        });
}

Result<StoreEntry> RepositoryStore::find(const QString &urlOrEntryPath) const
{
    QString path = urlOrEntryPath;
    if (!QFileInfo::exists(metaPath(path)))
        path = pathFor(urlOrEntryPath);
    const QJsonObject meta = readMeta(path);
    if (meta.isEmpty())
        return fail(ErrorCode::NotFound,
            QCoreApplication::translate("ChipTrace::Git::RepositoryStore",
                "%1 is not in the repository store (%2); clone it first.")
                .arg(urlOrEntryPath, m_root));
    StoreEntry e;
    e.url = meta.value(QStringLiteral("url")).toString();
    e.path = QFileInfo(path).absoluteFilePath();
    e.created =
        QDateTime::fromString(meta.value(QStringLiteral("created")).toString(), Qt::ISODate);
    e.lastUpdated =
        QDateTime::fromString(meta.value(QStringLiteral("lastUpdated")).toString(), Qt::ISODate);
    e.lastScanned =
        QDateTime::fromString(meta.value(QStringLiteral("lastScanned")).toString(), Qt::ISODate);
    e.depth = meta.value(QStringLiteral("depth")).toInt();
    return e; // no size: a lookup must not walk the clone (see sizeOf)
}

qint64 RepositoryStore::sizeOf(const StoreEntry &entry)
{
    return diskUsage(entry.path);
}

Status RepositoryStore::markScanned(const QString &urlOrEntryPath)
{
    GitLibrary lib;
    Result<StoreEntry> e = find(urlOrEntryPath);
    if (!e)
        return e.error();
    QLockFile lock(lockPath(e->path));
    lock.setStaleLockTime(0); // a clone can take hours: stale only when its process is gone
    if (!lock.tryLock(2000))
        return fail(ErrorCode::Conflict,
            QCoreApplication::translate("ChipTrace::Git::RepositoryStore",
                "%1 is being fetched by another ChipTrace; try again when it is done.")
                .arg(e->url));
    Result<GitPtr<git_repository>> repo = openEntry(e->path);
    if (!repo)
        return repo.error();
    QJsonObject refs;
    const RefSnapshot now = snapshotRefs(repo->get());
    for (auto it = now.cbegin(); it != now.cend(); ++it)
        refs.insert(it.key(), it.value());
    QJsonObject meta = readMeta(e->path);
    meta[QStringLiteral("lastScanned")] = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    meta[QStringLiteral("scannedRefs")] = refs;
    return writeMeta(e->path, meta);
}

Result<ChangeReport> RepositoryStore::changesSinceScan(const QString &urlOrEntryPath) const
{
    GitLibrary lib;
    Result<StoreEntry> e = find(urlOrEntryPath);
    if (!e)
        return e.error();
    Result<GitPtr<git_repository>> repo = openEntry(e->path);
    if (!repo)
        return repo.error();
    RefSnapshot before;
    const QJsonObject scanned = readMeta(e->path).value(QStringLiteral("scannedRefs")).toObject();
    for (auto it = scanned.constBegin(); it != scanned.constEnd(); ++it)
        before.insert(it.key(), it.value().toString());
    return recordChanges(repo->get(), before, QString());
}

QList<StoreEntry> RepositoryStore::entries(bool withSize) const
{
    QList<StoreEntry> list;
    const QFileInfoList dirs =
        QDir(m_root).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo &d : dirs) {
        if (Result<StoreEntry> e = find(d.absoluteFilePath())) {
            if (withSize)
                e->sizeBytes = sizeOf(*e);
            list << *e;
        }
    }
    return list;
}

Status RepositoryStore::remove(const QString &urlOrEntryPath)
{
    Result<StoreEntry> e = find(urlOrEntryPath);
    if (!e)
        return e.error();
    QLockFile lock(lockPath(e->path));
    lock.setStaleLockTime(0); // a clone can take hours: stale only when its process is gone
    if (!lock.tryLock(0))
        return fail(ErrorCode::Conflict,
            QCoreApplication::translate("ChipTrace::Git::RepositoryStore",
                "%1 is being fetched by another ChipTrace; it is not removed.")
                .arg(e->url));
    if (!QDir(e->path).removeRecursively())
        return fail(ErrorCode::Io,
            QCoreApplication::translate(
                "ChipTrace::Git::RepositoryStore", "Could not remove %1 completely.")
                .arg(e->path));
    return {};
}

QStringList RepositoryStore::prune(const QDateTime &cutoff)
{
    QStringList removed;
    // Staging folders (<entry name>-XXXXXX) of interrupted clones; one whose entry is locked is
    // another process's clone in progress and stays.
    const QString incoming = m_root + QStringLiteral("/.incoming");
    for (const QString &staging : QDir(incoming).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString entryName = staging.section(u'-', 0, -2);
        QLockFile lock(lockPath(m_root + u'/' + entryName));
        lock.setStaleLockTime(0);
        if (!entryName.isEmpty() && lock.tryLock(0))
            QDir(incoming + u'/' + staging).removeRecursively();
    }
    for (const StoreEntry &e : entries(false)) {
        if (e.lastUpdated < cutoff && remove(e.path))
            removed << e.url;
    }
    return removed;
}

} // namespace ChipTrace::Git
