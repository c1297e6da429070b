#include "scan/historyscanner.h"

#include "git/gitptr.h"
#include "scan/batchstreamer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>
#include <QHash>
#include <QMutex>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <optional>
#include <vector>

namespace ChipTrace::Scan {

using namespace Git;

namespace {


QByteArray rawId(const git_oid *oid)
{
    return QByteArray(reinterpret_cast<const char *>(oid->id), GIT_OID_SHA1_SIZE);
}

QString hexId(const git_oid *oid)
{
    char buf[GIT_OID_SHA1_HEXSIZE + 1] = {};
    git_oid_tostr(buf, sizeof buf, oid);
    return QString::fromLatin1(buf);
}

struct Delta
{
    int path;     // interned
    int oldBlob;  // index into blobs, or -1
    int newBlob;
};

struct CommitInfo
{
    git_oid oid;
    CommitRef ref;          // commit, date, author (path empty)
    std::vector<Delta> deltas;
};

struct BlobInfo
{
    git_oid oid;
    int firstPath;
};

struct KeyState
{
    Finding sample;
    CommitRef firstSeen;
    int headCount = 0;
    std::optional<CommitRef> removedIn;
};

bool isBlobMode(uint16_t mode)
{
    return mode == GIT_FILEMODE_BLOB || mode == GIT_FILEMODE_BLOB_EXECUTABLE;
}

// Everything the sequential phases share.
struct Walk
{
    git_repository *repo = nullptr;
    std::vector<CommitInfo> commits;
    QHash<QByteArray, int> commitIndex;
    std::vector<BlobInfo> blobs;
    QHash<QByteArray, int> blobIndex;
    QStringList paths;
    QHash<QString, int> pathIndex;
    std::vector<QList<Finding>> blobFindings;
    ScanResult *result = nullptr;

    int internPath(const char *path)
    {
        const QString p = QString::fromUtf8(path);
        const auto it = pathIndex.constFind(p);
        if (it != pathIndex.cend())
            return *it;
        paths.append(p);
        pathIndex.insert(p, int(paths.size() - 1));
        return int(paths.size() - 1);
    }

    int internBlob(const git_diff_file &file, int path)
    {
        if (!(file.flags & GIT_DIFF_FLAG_EXISTS) || !isBlobMode(file.mode)) {
            if (file.mode == GIT_FILEMODE_LINK)
                ++result->stats.symlinksSkipped;
            return -1;
        }
        const QByteArray key = rawId(&file.id);
        const auto it = blobIndex.constFind(key);
        if (it != blobIndex.cend())
            return *it;
        blobs.push_back({file.id, path});
        blobIndex.insert(key, int(blobs.size() - 1));
        return int(blobs.size() - 1);
    }

    void warn(const QString &message)
    {
        if (result->warnings.size() < 200)
            result->warnings.append(message);
    }
};

Status pushAllReferences(git_repository *repo, git_revwalk *walk)
{
    git_reference_iterator *rawIt = nullptr;
    if (int rc = git_reference_iterator_new(&rawIt, repo); rc < 0)
        return lastGitError(QCoreApplication::translate("ChipTrace::Scan::HistoryScanner", "Cannot list the references"), rc);
    GitPtr<git_reference_iterator> it = adopt(rawIt);
    git_reference *rawRef = nullptr;
    while (git_reference_next(&rawRef, it.get()) == 0) {
        GitPtr<git_reference> ref = adopt(rawRef);
        git_object *peeled = nullptr;
        if (git_reference_peel(&peeled, ref.get(), GIT_OBJECT_COMMIT) == 0) {
            git_revwalk_push(walk, git_object_id(peeled));
            git_object_free(peeled);
        }
    }
    git_revwalk_push_head(walk); // a detached HEAD has no reference of its own
    return {};
}

// Phase 1: every reachable commit, oldest first, with its changes against its first parent.
Status walkCommits(Walk &w, QPromise<ScanResult> &promise)
{
    git_revwalk *rawWalk = nullptr;
    if (int rc = git_revwalk_new(&rawWalk, w.repo); rc < 0)
        return lastGitError(QCoreApplication::translate("ChipTrace::Scan::HistoryScanner", "Cannot walk the history"), rc);
    GitPtr<git_revwalk> walk = adopt(rawWalk);
    git_revwalk_sorting(walk.get(), GIT_SORT_TOPOLOGICAL | GIT_SORT_TIME | GIT_SORT_REVERSE);
    if (Status s = pushAllReferences(w.repo, walk.get()); !s)
        return s;
    git_oid oid;
    while (!promise.isCanceled()) {
        const int rc = git_revwalk_next(&oid, walk.get());
        if (rc == GIT_ITEROVER)
            break;
        if (rc < 0) {
            ++w.result->stats.missingObjects;
            w.warn(lastGitError(QCoreApplication::translate("ChipTrace::Scan::HistoryScanner", "History walk stopped early"), rc).message);
            break;
        }
        git_commit *rawCommit = nullptr;
        if (git_commit_lookup(&rawCommit, w.repo, &oid) < 0) {
            ++w.result->stats.missingObjects;
            w.warn(QCoreApplication::translate("ChipTrace::Scan::HistoryScanner", "Missing commit %1: skipped").arg(hexId(&oid)));
            continue;
        }
        GitPtr<git_commit> commit = adopt(rawCommit);
        CommitInfo info{oid, {}, {}};
        info.ref.commit = hexId(&oid);
        info.ref.date = QDateTime::fromSecsSinceEpoch(git_commit_time(commit.get()), QTimeZone::UTC);
        if (const git_signature *a = git_commit_author(commit.get()))
            info.ref.author = QString::fromUtf8(a->name) + u" <" + QString::fromUtf8(a->email) + u'>';

        git_tree *rawTree = nullptr, *rawParentTree = nullptr;
        if (git_commit_tree(&rawTree, commit.get()) < 0) {
            ++w.result->stats.missingObjects;
            w.warn(QCoreApplication::translate("ChipTrace::Scan::HistoryScanner", "Missing tree of commit %1: its changes are skipped").arg(info.ref.commit));
        } else {
            GitPtr<git_tree> tree = adopt(rawTree);
            GitPtr<git_tree> parentTree;
            if (git_commit_parentcount(commit.get()) > 0) {
                git_commit *rawParent = nullptr;
                if (git_commit_parent(&rawParent, commit.get(), 0) == 0) {
                    GitPtr<git_commit> parent = adopt(rawParent);
                    if (git_commit_tree(&rawParentTree, parent.get()) == 0)
                        parentTree = adopt(rawParentTree);
                }
            }
            git_diff_options opts = GIT_DIFF_OPTIONS_INIT;
            opts.flags = GIT_DIFF_IGNORE_SUBMODULES;
            git_diff *rawDiff = nullptr;
            if (git_diff_tree_to_tree(&rawDiff, w.repo, parentTree.get(), tree.get(), &opts) < 0) {
                ++w.result->stats.missingObjects;
                w.warn(lastGitError(QCoreApplication::translate("ChipTrace::Scan::HistoryScanner", "Cannot compare commit %1 with its parent; its changes are skipped").arg(info.ref.commit)).message);
            } else {
                GitPtr<git_diff> diff = adopt(rawDiff);
                const size_t n = git_diff_num_deltas(diff.get());
                for (size_t i = 0; i < n; ++i) {
                    const git_diff_delta *d = git_diff_get_delta(diff.get(), i);
                    const int path = w.internPath(d->new_file.path ? d->new_file.path : d->old_file.path);
                    info.deltas.push_back({path, w.internBlob(d->old_file, path), w.internBlob(d->new_file, path)});
                }
            }
        }
        w.commitIndex.insert(rawId(&oid), int(w.commits.size()));
        w.commits.push_back(std::move(info));
        if (w.commits.size() % 256 == 0)
            promise.setProgressValueAndText(0, QCoreApplication::translate("ChipTrace::Scan::HistoryScanner", "Walked %1 commits").arg(w.commits.size()));
    }
    w.result->stats.commits = int(w.commits.size());
    return {};
}

} // namespace

HistoryScanner::HistoryScanner(const ContentScanner &content, QThreadPool &workers, qint64 maxBlobSize, bool streamBatches)
    : m_content(content)
    , m_workers(workers)
    , m_maxBlobSize(maxBlobSize)
    , m_stream(streamBatches)
{
}

namespace {

// Phase 2: each unique blob read and scanned once; workers open their own repository handle,
// since libgit2 objects must not be shared between threads.
void scanBlobs(Walk &w, const QString &repoPath, const ContentScanner &content, QThreadPool &pool,
               qint64 maxSize, QPromise<ScanResult> &promise, BatchStreamer &stream)
{
    w.blobFindings.assign(w.blobs.size(), {});
    promise.setProgressRange(0, int(w.blobs.size()));
    std::atomic<qsizetype> next{0};
    std::atomic<int> done{0};
    QMutex lock;
    auto worker = [&] {
        GitLibrary lib;
        git_repository *rawRepo = nullptr;
        if (git_repository_open(&rawRepo, repoPath.toUtf8().constData()) < 0)
            return;
        GitPtr<git_repository> repo = adopt(rawRepo);
        ScanStats stats;
        QStringList warnings;
        for (qsizetype i = next++; i < qsizetype(w.blobs.size()) && !promise.isCanceled(); i = next++) {
            const BlobInfo &info = w.blobs[i];
            const QString &path = w.paths[info.firstPath];
            git_blob *rawBlob = nullptr;
            if (git_blob_lookup(&rawBlob, repo.get(), &info.oid) < 0) {
                ++stats.missingObjects;
                warnings.append(QCoreApplication::translate("ChipTrace::Scan::HistoryScanner", "Missing object %1 (%2): skipped").arg(hexId(&info.oid), path));
            } else {
                GitPtr<git_blob> blob = adopt(rawBlob);
                const qint64 size = qint64(git_blob_rawsize(blob.get()));
                if (size > maxSize) {
                    ++stats.oversizeSkipped;
                } else {
                    const QByteArray data(static_cast<const char *>(git_blob_rawcontent(blob.get())), size);
                    if (ContentScanner::isLfsPointer(data)) {
                        ++stats.lfsPointers;
                    } else if (ContentScanner::looksBinary(data)) {
                        ++stats.binarySkipped;
                    } else {
                        ++stats.filesScanned;
                        stats.bytesScanned += size;
                        w.blobFindings[i] = content.scan(path, data); // distinct index per worker
                        stream.add(w.blobFindings[i]);
                    }
                }
            }
            const int d = ++done;
            if (d % 256 == 0 || d == int(w.blobs.size()))
                promise.setProgressValueAndText(d, path);
        }
        QMutexLocker locker(&lock);
        ScanStats &s = w.result->stats;
        s.missingObjects += stats.missingObjects;
        s.oversizeSkipped += stats.oversizeSkipped;
        s.lfsPointers += stats.lfsPointers;
        s.binarySkipped += stats.binarySkipped;
        s.filesScanned += stats.filesScanned;
        s.bytesScanned += stats.bytesScanned;
        for (const QString &warning : std::as_const(warnings))
            w.warn(warning);
    };
    QList<QFuture<void>> workers;
    for (int i = 0; i < pool.maxThreadCount(); ++i)
        workers.append(QtConcurrent::run(&pool, worker));
    for (QFuture<void> &f : workers)
        f.waitForFinished();
}

// HEAD's first-parent chain, oldest first, as indexes into w.commits.
QList<int> headChain(const Walk &w, QString &headCommit)
{
    QList<int> chain;
    git_oid oid;
    if (git_reference_name_to_id(&oid, w.repo, "HEAD") < 0)
        return chain;
    headCommit = hexId(&oid);
    QSet<int> seen;
    for (;;) {
        const int index = w.commitIndex.value(rawId(&oid), -1);
        if (index < 0 || seen.contains(index))
            break;
        seen.insert(index);
        chain.prepend(index);
        git_commit *raw = nullptr;
        if (git_commit_lookup(&raw, w.repo, &oid) < 0)
            break;
        GitPtr<git_commit> commit = adopt(raw);
        if (git_commit_parentcount(commit.get()) == 0)
            break;
        oid = *git_commit_parent_id(commit.get(), 0);
    }
    return chain;
}

// Phase 3: first appearance over all commits; presence at HEAD and removal over HEAD's chain.
QList<Finding> attribute(Walk &w, QString &headCommit)
{
    QHash<QString, KeyState> keys;
    for (const CommitInfo &c : w.commits)
        for (const Delta &d : c.deltas) {
            if (d.newBlob < 0)
                continue;
            for (const Finding &f : w.blobFindings[d.newBlob]) {
                const QString key = findingKey(f, w.paths[d.path]);
                if (keys.contains(key))
                    continue;
                KeyState state;
                state.sample = f;
                state.sample.path = w.paths[d.path];
                state.sample.blob = hexId(&w.blobs[d.newBlob].oid);
                state.firstSeen = c.ref;
                state.firstSeen.path = w.paths[d.path];
                keys.insert(key, std::move(state));
            }
        }

    for (int index : headChain(w, headCommit)) {
        const CommitInfo &c = w.commits[index];
        QHash<QString, int> before; // count of each touched key before this commit
        auto touch = [&](const QString &key, KeyState &state, int by) {
            if (!before.contains(key))
                before.insert(key, state.headCount);
            state.headCount += by;
        };
        for (const Delta &d : c.deltas) {
            if (d.oldBlob >= 0)
                for (const Finding &f : w.blobFindings[d.oldBlob])
                    if (auto it = keys.find(findingKey(f, w.paths[d.path])); it != keys.end())
                        touch(it.key(), *it, -1);
            if (d.newBlob >= 0)
                for (const Finding &f : w.blobFindings[d.newBlob])
                    if (auto it = keys.find(findingKey(f, w.paths[d.path])); it != keys.end()) {
                        touch(it.key(), *it, +1);
                        it->sample = f; // the latest version on HEAD's line is the one to show
                        it->sample.path = w.paths[d.path];
                        it->sample.blob = hexId(&w.blobs[d.newBlob].oid);
                    }
        }
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            KeyState &state = keys[it.key()];
            if (state.headCount > 0)
                state.removedIn.reset();
            else if (it.value() > 0)
                state.removedIn = c.ref;
        }
    }

    QList<Finding> out;
    out.reserve(keys.size());
    for (auto it = keys.begin(); it != keys.end(); ++it) {
        Finding f = std::move(it->sample);
        f.atHead = it->headCount > 0;
        f.firstSeen = it->firstSeen;
        f.removedIn = f.atHead ? std::nullopt : it->removedIn;
        out.append(std::move(f));
    }
    return out;
}

} // namespace

ScanResult HistoryScanner::run(QPromise<ScanResult> &promise, const QString &repositoryPath)
{
    GitLibrary lib;
    ScanResult result;
    result.history = true;
    git_repository *rawRepo = nullptr;
    if (int rc = git_repository_open_ext(&rawRepo, repositoryPath.toUtf8().constData(), GIT_REPOSITORY_OPEN_NO_SEARCH, nullptr); rc < 0) {
        result.error = lastGitError(QCoreApplication::translate("ChipTrace::Scan::HistoryScanner", "%1 is not a git repository").arg(repositoryPath), rc).message;
        return result;
    }
    GitPtr<git_repository> repo = adopt(rawRepo);
    const QString gitDir = QString::fromUtf8(git_repository_path(repo.get()));
    Walk w;
    w.repo = repo.get();
    w.result = &result;
    if (Status s = walkCommits(w, promise); !s) {
        result.error = s.message();
        return result;
    }
    BatchStreamer stream(promise, m_stream);
    scanBlobs(w, gitDir, m_content, m_workers, m_maxBlobSize, promise, stream);
    if (promise.isCanceled())
        return result;
    stream.flush();
    result.findings = attribute(w, result.headCommit);
    result.root = repositoryPath;
    return result;
}

} // namespace ChipTrace::Scan
