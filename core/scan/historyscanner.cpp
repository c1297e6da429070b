// SPDX-License-Identifier: GPL-3.0-or-later
#include "scan/historyscanner.h"

#include "git/gitptr.h"
#include "git/packreader.h"
#include "scan/batchstreamer.h"
#include "scan/contextclassifier.h"
#include "scan/fanout.h"
#include "scan/historywalk.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QTimeZone>

#include <algorithm>
#include <optional>

namespace ChipTrace::Scan {

using namespace Git;
using namespace History;

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

bool isBlobMode(uint16_t mode)
{
    return mode == GIT_FILEMODE_BLOB || mode == GIT_FILEMODE_BLOB_EXECUTABLE;
}

// The walk's state while it runs: the shared Walk plus the repository and the result.
struct Walker
{
    git_repository *repo = nullptr;
    Walk &w;
    ScanResult &result;

    void warn(const QString &message)
    {
        if (result.warnings.size() < kMaxWarnings)
            result.warnings.append(message);
    }

    int internBlob(const git_diff_file &file, int path)
    {
        if (!(file.flags & GIT_DIFF_FLAG_EXISTS) || !isBlobMode(file.mode)) {
            if (file.mode == GIT_FILEMODE_LINK)
                ++result.stats.symlinksSkipped;
            return -1;
        }
        const QByteArray key = rawId(&file.id);
        auto it = w.blobIndex.constFind(key);
        if (it == w.blobIndex.cend()) {
            w.blobs.push_back({file.id, {}, {}, {}});
            it = w.blobIndex.insert(key, int(w.blobs.size() - 1));
        }
        Blob &b = w.blobs[*it];
        if (b.slot(path) < 0)
            b.paths.push_back(path);
        return *it;
    }

    // The changes from tree `from` (null: empty) to tree `to`, or false with a warning.
    bool diff(git_tree *from, git_tree *to, std::vector<Delta> &out, const QString &what)
    {
        git_diff_options opts = GIT_DIFF_OPTIONS_INIT;
        opts.flags = GIT_DIFF_IGNORE_SUBMODULES;
        git_diff *rawDiff = nullptr;
        if (git_diff_tree_to_tree(&rawDiff, repo, from, to, &opts) < 0) {
            ++result.stats.missingObjects;
            warn(lastGitError(QCoreApplication::translate("ChipTrace::Scan::HistoryScanner",
                                  "Cannot compare %1 with its parent; its changes are skipped")
                                  .arg(what))
                    .message);
            return false;
        }
        GitPtr<git_diff> d = adopt(rawDiff);
        const size_t n = git_diff_num_deltas(d.get());
        for (size_t i = 0; i < n; ++i) {
            const git_diff_delta *delta = git_diff_get_delta(d.get(), i);
            const int path =
                w.internPath(delta->new_file.path ? delta->new_file.path : delta->old_file.path);
            out.push_back(
                {path, internBlob(delta->old_file, path), internBlob(delta->new_file, path)});
        }
        return true;
    }

    Status pushAllReferences(git_revwalk *walk);
    void addCommit(const git_oid &oid);
    Status walkCommits(QPromise<ScanResult> &promise);
    void collectTips();
    void findHeadAndBranches();
};

Status Walker::pushAllReferences(git_revwalk *walk)
{
    git_reference_iterator *rawIt = nullptr;
    if (int rc = git_reference_iterator_new(&rawIt, repo); rc < 0)
        return lastGitError(QCoreApplication::translate(
                                "ChipTrace::Scan::HistoryScanner", "Cannot list the references"),
            rc);
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

void Walker::addCommit(const git_oid &oid)
{
    git_commit *rawCommit = nullptr;
    if (git_commit_lookup(&rawCommit, repo, &oid) < 0) {
        ++result.stats.missingObjects;
        warn(QCoreApplication::translate(
            "ChipTrace::Scan::HistoryScanner", "Missing commit %1: skipped")
                .arg(hexId(&oid)));
        return;
    }
    GitPtr<git_commit> commit = adopt(rawCommit);
    Commit info{oid, {}, {}, {}};
    info.ref.commit = hexId(&oid);
    info.ref.date = QDateTime::fromSecsSinceEpoch(git_commit_time(commit.get()), QTimeZone::UTC);
    if (const git_signature *a = git_commit_author(commit.get()))
        info.ref.author = QString::fromUtf8(a->name) + u" <" + QString::fromUtf8(a->email) + u'>';
    if (const char *summary = git_commit_summary(commit.get()))
        info.ref.subject = QString::fromUtf8(summary);
    // Parents come earlier in the walk (topological order), so their indexes are known.
    for (unsigned i = 0; i < git_commit_parentcount(commit.get()); ++i)
        info.parents.push_back(
            w.commitIndex.value(rawId(git_commit_parent_id(commit.get(), i)), -1));

    git_tree *rawTree = nullptr, *rawParentTree = nullptr;
    if (git_commit_tree(&rawTree, commit.get()) < 0) {
        ++result.stats.missingObjects;
        warn(QCoreApplication::translate(
            "ChipTrace::Scan::HistoryScanner", "Missing tree of commit %1: its changes are skipped")
                .arg(info.ref.commit));
    } else {
        GitPtr<git_tree> tree = adopt(rawTree);
        GitPtr<git_tree> parentTree;
        git_commit *rawParent = nullptr;
        if (git_commit_parentcount(commit.get()) > 0
            && git_commit_parent(&rawParent, commit.get(), 0) == 0) {
            GitPtr<git_commit> parent = adopt(rawParent);
            if (git_commit_tree(&rawParentTree, parent.get()) == 0)
                parentTree = adopt(rawParentTree);
        }
        diff(parentTree.get(), tree.get(), info.deltas,
            QCoreApplication::translate("ChipTrace::Scan::HistoryScanner", "commit %1")
                .arg(info.ref.commit));
    }
    w.commitIndex.insert(rawId(&oid), int(w.commits.size()));
    w.commits.push_back(std::move(info));
}

// Phase 1: every reachable commit, oldest first, with its changes against its first parent.
Status Walker::walkCommits(QPromise<ScanResult> &promise)
{
    git_revwalk *rawWalk = nullptr;
    if (int rc = git_revwalk_new(&rawWalk, repo); rc < 0)
        return lastGitError(QCoreApplication::translate(
                                "ChipTrace::Scan::HistoryScanner", "Cannot walk the history"),
            rc);
    GitPtr<git_revwalk> walk = adopt(rawWalk);
    git_revwalk_sorting(walk.get(), GIT_SORT_TOPOLOGICAL | GIT_SORT_TIME | GIT_SORT_REVERSE);
    if (Status s = pushAllReferences(walk.get()); !s)
        return s;
    git_oid oid;
    while (!promise.isCanceled()) {
        const int rc = git_revwalk_next(&oid, walk.get());
        if (rc == GIT_ITEROVER)
            break;
        if (rc < 0) {
            ++result.stats.missingObjects;
            warn(lastGitError(QCoreApplication::translate(
                                  "ChipTrace::Scan::HistoryScanner", "History walk stopped early"),
                rc)
                    .message);
            break;
        }
        addCommit(oid);
        if (w.commits.size() % 256 == 0)
            promise.setProgressValueAndText(0,
                QCoreApplication::translate("ChipTrace::Scan::HistoryScanner", "Walked %1 commits")
                    .arg(w.commits.size()));
    }
    result.stats.commits = int(w.commits.size());
    findHeadAndBranches();
    return {};
}

// Which walked commits HEAD contains (HEAD and its ancestors), from the walk's parent links.
std::vector<bool> containedInHead(const Walk &w)
{
    std::vector<bool> in(w.commits.size(), false);
    std::vector<int> stack;
    if (w.head >= 0)
        stack.push_back(w.head);
    while (!stack.empty()) {
        const int c = stack.back();
        stack.pop_back();
        if (c < 0 || in[c])
            continue;
        in[c] = true;
        for (int p : w.commits[c].parents)
            stack.push_back(p);
    }
    return in;
}

// GitHub's refs/pull/N/merge are test merges it made into the base branch, not anyone's work:
// they would only repeat what refs/pull/N/head holds.
bool isSyntheticMergeRef(const char *name)
{
    const QByteArrayView n(name);
    return n.startsWith("refs/pull/") && n.endsWith("/merge");
}

// Every reference whose commit HEAD does not contain, grouped by that commit.
void Walker::collectTips()
{
    const std::vector<bool> inHead = containedInHead(w);
    QHash<int, size_t> byCommit;
    git_reference_iterator *rawIt = nullptr;
    if (git_reference_iterator_new(&rawIt, repo) < 0)
        return;
    GitPtr<git_reference_iterator> it = adopt(rawIt);
    git_reference *rawRef = nullptr;
    while (git_reference_next(&rawRef, it.get()) == 0) {
        GitPtr<git_reference> ref = adopt(rawRef);
        if (git_reference_type(ref.get()) != GIT_REFERENCE_DIRECT
            || isSyntheticMergeRef(git_reference_name(ref.get())))
            continue;
        git_object *peeled = nullptr;
        if (git_reference_peel(&peeled, ref.get(), GIT_OBJECT_COMMIT) < 0)
            continue;
        const int commit = w.commitIndex.value(rawId(git_object_id(peeled)), -1);
        git_object_free(peeled);
        if (commit < 0 || inHead[commit])
            continue;
        auto slot = byCommit.constFind(commit);
        if (slot == byCommit.cend()) {
            w.tips.push_back({commit, {}, {}, {}});
            slot = byCommit.insert(commit, w.tips.size() - 1);
        }
        const QString name = QString::fromUtf8(git_reference_shorthand(ref.get()));
        BranchTip &tip = w.tips[*slot];
        (git_reference_is_branch(ref.get()) || git_reference_is_remote(ref.get()) ? tip.branches
                                                                                  : tip.refs)
            .append(name);
    }
}

// HEAD, and the commits of references HEAD does not contain, with their trees' changes against
// HEAD's (the lifecycle phase asks which lines are still alive there).
void Walker::findHeadAndBranches()
{
    git_oid head;
    if (git_reference_name_to_id(&head, repo, "HEAD") < 0)
        return;
    result.headCommit = hexId(&head);
    w.head = w.commitIndex.value(rawId(&head), -1);
    git_commit *rawHead = nullptr;
    git_tree *rawHeadTree = nullptr;
    if (git_commit_lookup(&rawHead, repo, &head) < 0)
        return;
    GitPtr<git_commit> headCommit = adopt(rawHead);
    if (git_commit_tree(&rawHeadTree, headCommit.get()) < 0)
        return;
    GitPtr<git_tree> headTree = adopt(rawHeadTree);
    collectTips();
    std::vector<BranchTip> diffed;
    for (BranchTip &tip : w.tips) {
        git_commit *rawTip = nullptr;
        git_tree *rawTipTree = nullptr;
        if (git_commit_lookup(&rawTip, repo, &w.commits[tip.commit].oid) < 0)
            continue;
        GitPtr<git_commit> tipCommit = adopt(rawTip);
        if (git_commit_tree(&rawTipTree, tipCommit.get()) < 0)
            continue;
        GitPtr<git_tree> tipTree = adopt(rawTipTree);
        const QString what = (tip.branches + tip.refs).join(QStringLiteral(", "));
        if (diff(headTree.get(), tipTree.get(), tip.fromHead, what))
            diffed.push_back(std::move(tip));
    }
    w.tips = std::move(diffed);
}

// Phase 2: each unique blob read once, in pack order, and scanned for every path it was at.
class BlobScan
{
public:
    BlobScan(Walk &w, const QString &gitDir, const ContentScanner &content, qint64 maxSize,
        BatchStreamer &stream)
        : m_w(w)
        , m_gitDir(gitDir)
        , m_content(content)
        , m_maxSize(maxSize)
        , m_stream(stream)
    {
        m_packs = PackSet::open(gitDir);
        std::vector<std::pair<PackLocation, int>> located;
        std::vector<int> loose;
        for (int i = 0; i < int(w.blobs.size()); ++i) {
            if (auto where = m_packs->locate(w.blobs[i].oid.id))
                located.push_back({*where, i});
            else
                loose.push_back(i);
        }
        std::sort(located.begin(), located.end(),
            [](const auto &a, const auto &b) { return a.first < b.first; });
        for (const auto &[where, i] : located)
            m_order.push_back({i, where});
        for (int i : loose)
            m_order.push_back({i, std::nullopt});
    }

    Status run(QThreadPool &pool, QPromise<ScanResult> &promise, ScanResult &result)
    {
        FanOut plan;
        plan.count = qsizetype(m_order.size());
        plan.chunk = 64; // neighbours in the pack share delta bases
        plan.progressEvery = 256;
        plan.progressText = [this](qsizetype i) {
            return m_w.paths[m_w.blobs[m_order[i].blob].paths.front()];
        };
        return fanOut(pool, promise, plan, [this] { return worker(); }, result);
    }

private:
    struct Item
    {
        int blob;
        std::optional<PackLocation> where;
    };

    Result<ItemHandler> worker()
    {
        git_repository *raw = nullptr;
        if (int rc = git_repository_open(&raw, m_gitDir.toUtf8().constData()); rc < 0)
            return lastGitError(QCoreApplication::translate("ChipTrace::Scan::HistoryScanner",
                                    "Cannot open the repository %1 to read its files")
                                    .arg(m_gitDir),
                rc);
        auto repo = std::shared_ptr<git_repository>(raw, git_repository_free);
        // git's own delta base cache is 96 MiB; one of that size per worker.
        auto reader = std::make_shared<PackReader>(m_packs, 96 * 1024 * 1024);
        return ItemHandler([this, repo, reader](qsizetype i, WorkerTally &tally) {
            handle(m_order[i], *repo, *reader, tally);
        });
    }

    std::optional<QByteArray> read(const Item &item, git_repository *repo, PackReader &reader)
    {
        if (item.where)
            if (Result<PackReader::Object> object = reader.read(*item.where);
                object && object->type == GIT_OBJECT_BLOB)
                return std::move(object->data);
        // Loose objects, and anything the pack reader could not decode, through libgit2.
        git_blob *rawBlob = nullptr;
        if (git_blob_lookup(&rawBlob, repo, &m_w.blobs[item.blob].oid) < 0)
            return std::nullopt;
        GitPtr<git_blob> blob = adopt(rawBlob);
        return QByteArray(static_cast<const char *>(git_blob_rawcontent(blob.get())),
            qsizetype(git_blob_rawsize(blob.get())));
    }

    void handle(const Item &item, git_repository &repo, PackReader &reader, WorkerTally &tally)
    {
        Blob &b = m_w.blobs[item.blob]; // this worker's alone
        b.findings.assign(b.paths.size(), {});
        ScanStats &stats = tally.stats;
        QElapsedTimer clock;
        clock.start();
        const std::optional<QByteArray> data = read(item, &repo, reader);
        stats.readMs += clock.restart();
        if (!data) {
            ++stats.missingObjects;
            tally.warnings.append(QCoreApplication::translate(
                "ChipTrace::Scan::HistoryScanner", "Missing object %1 (%2): skipped")
                    .arg(hexId(&b.oid), m_w.paths[b.paths.front()]));
            return;
        }
        if (data->size() > m_maxSize) {
            ++stats.oversizeSkipped;
        } else if (ContentScanner::isLfsPointer(*data)) {
            ++stats.lfsPointers;
        } else if (ContentScanner::looksBinary(*data)) {
            ++stats.binarySkipped;
        } else {
            ++stats.filesScanned;
            stats.bytesScanned += data->size();
            // The path decides syntax, rules and claims: content seen at several paths is
            // scanned for each path that can yield something.
            const bool anyHit =
                b.paths.size() == 1 || !m_content.matcher().scan(*data, 1).isEmpty();
            for (size_t s = 0; s < b.paths.size(); ++s) {
                const QString &path = m_w.paths[b.paths[s]];
                if (anyHit || ContextClassifier::isProsePath(path)
                    || ContextClassifier::isConfigPath(path)) {
                    b.findings[s] = m_content.scan(path, *data);
                    m_stream.add(b.findings[s]);
                }
            }
        }
        stats.scanMs += clock.elapsed();
    }

    Walk &m_w;
    QString m_gitDir;
    const ContentScanner &m_content;
    qint64 m_maxSize;
    BatchStreamer &m_stream;
    std::shared_ptr<const PackSet> m_packs;
    std::vector<Item> m_order;
};

} // namespace

HistoryScanner::HistoryScanner(
    const ContentScanner &content, QThreadPool &workers, qint64 maxBlobSize, bool streamBatches)
    : m_content(content)
    , m_workers(workers)
    , m_maxBlobSize(maxBlobSize)
    , m_stream(streamBatches)
{ }

ScanResult HistoryScanner::run(QPromise<ScanResult> &promise, const QString &repositoryPath)
{
    GitLibrary lib;
    // Trees are read again for every commit that diffs against them: let libgit2 keep them.
    git_libgit2_opts(GIT_OPT_SET_CACHE_OBJECT_LIMIT, GIT_OBJECT_TREE, size_t(4 * 1024 * 1024));
    git_libgit2_opts(GIT_OPT_SET_CACHE_MAX_SIZE, ssize_t(512 * 1024 * 1024));
    ScanResult result;
    result.history = true;
    git_repository *rawRepo = nullptr;
    if (int rc = git_repository_open_ext(
            &rawRepo, repositoryPath.toUtf8().constData(), GIT_REPOSITORY_OPEN_NO_SEARCH, nullptr);
        rc < 0) {
        result.error = lastGitError(QCoreApplication::translate("ChipTrace::Scan::HistoryScanner",
                                        "%1 is not a git repository")
                                        .arg(repositoryPath),
            rc)
                           .message;
        return result;
    }
    GitPtr<git_repository> repo = adopt(rawRepo);
    const QString gitDir = QString::fromUtf8(git_repository_path(repo.get()));
    Walk w;
    Walker walker{repo.get(), w, result};
    QElapsedTimer clock;
    clock.start();
    if (Status s = walker.walkCommits(promise); !s) {
        result.error = s.message();
        return result;
    }
    result.stats.walkMs = clock.restart();
    BatchStreamer stream(promise, m_stream);
    if (Status s =
            BlobScan(w, gitDir, m_content, m_maxBlobSize, stream).run(m_workers, promise, result);
        !s) {
        result.error = s.message();
        return result;
    }
    if (promise.isCanceled())
        return result;
    stream.flush();
    clock.restart();
    result.findings = attribute(w);
    result.stats.attributeMs = clock.elapsed();
    result.root = repositoryPath;
    return result;
}

} // namespace ChipTrace::Scan
