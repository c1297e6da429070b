// SPDX-License-Identifier: GPL-3.0-or-later
#include "watch/changefinder.h"

#include "git/changereport.h"
#include "git/gitptr.h"
#include "watch/blobfindings.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace ChipTrace::Watch {

namespace {

using Git::adopt;
using Git::GitPtr;

// One file a commit touched, with the findings on each side.
struct FileChange
{
    QString path;
    QList<WatchFinding> before;
    QList<WatchFinding> after;
};

struct CommitMeta
{
    QString id;
    QDateTime date;
};

// A removal is kept only when no branch tip holding the commit has the line any more: a line
// deleted and put back within one fetch is no news.
struct RemovalCandidate
{
    WatchFinding finding;
    QString path;
    CommitMeta commit;
    git_oid oid;
};

QSet<QString> fingerprintsOf(const QList<WatchFinding> &findings)
{
    QSet<QString> out;
    for (const WatchFinding &f : findings)
        out.insert(f.fingerprint);
    return out;
}

QString claimSummary(const WatchFinding &f)
{
    return f.chips.join(u", "_s) + u" ("_s + (f.scope.isEmpty() ? u"unknown"_s : f.scope) + u')';
}

class ChangeFinder
{
public:
    ChangeFinder(git_repository *repo, const AnalysisInput &in, Analysis &out)
        : m_repo(repo)
        , m_in(in)
        , m_out(out)
        , m_blobs(repo, *in.content, in.cache, in.maxBlobSize)
    { }

    Status run()
    {
        const Git::RefSnapshot after = Git::snapshotRefs(m_repo);
        for (auto it = after.cbegin(); it != after.cend(); ++it)
            m_out.refsAfter.insert(it.key(), it.value());
        loadTips(after);
        if (m_in.refsBefore.isEmpty()) {
            m_out.baseline = true;
            for (const Tip &tip : m_tips)
                m_blobs.addTree(tip.tree.get());
        } else {
            Git::RefSnapshot before;
            for (auto it = m_in.refsBefore.begin(); it != m_in.refsBefore.end(); ++it)
                before.insert(it.key(), it.value().toString());
            Result<Git::ChangeReport> report = Git::recordChanges(m_repo, before, {});
            if (!report)
                return report.error();
            newCommits(before, after);
            rewrites(*report, after);
        }
        m_out.newBlobs = m_blobs.takeNew();
        m_out.blobsScanned = m_blobs.scanned();
        m_out.bytesScanned = m_blobs.bytesScanned();
        return {};
    }

private:
    struct Tip
    {
        QString ref;
        git_oid oid;
        GitPtr<git_tree> tree;
    };

    // Branch tips only: a tag is a snapshot, a line living on in an old tag was still removed.
    void loadTips(const Git::RefSnapshot &after)
    {
        for (auto it = after.cbegin(); it != after.cend(); ++it) {
            if (!it.key().startsWith(u"refs/heads/"_s))
                continue;
            Tip tip{it.key(), {}, nullptr};
            git_commit *raw = nullptr;
            if (!Git::peelToCommit(m_repo, it.value(), &tip.oid)
                || git_commit_lookup(&raw, m_repo, &tip.oid) < 0)
                continue;
            GitPtr<git_commit> commit = adopt(raw);
            git_tree *tree = nullptr;
            if (git_commit_tree(&tree, commit.get()) == 0) {
                tip.tree = adopt(tree);
                m_tips.push_back(std::move(tip));
            }
        }
    }

    // Commits reachable from `include` and from none of `exclude`, oldest first.
    std::vector<git_oid> commitsBetween(const QStringList &include, const QStringList &exclude)
    {
        std::vector<git_oid> out;
        git_revwalk *raw = nullptr;
        if (git_revwalk_new(&raw, m_repo) < 0)
            return out;
        GitPtr<git_revwalk> walk = adopt(raw);
        git_revwalk_sorting(walk.get(), GIT_SORT_TOPOLOGICAL | GIT_SORT_REVERSE);
        git_oid oid;
        bool any = false;
        for (const QString &id : include)
            if (Git::peelToCommit(m_repo, id, &oid) && git_revwalk_push(walk.get(), &oid) == 0)
                any = true;
        for (const QString &id : exclude)
            if (Git::peelToCommit(m_repo, id, &oid))
                git_revwalk_hide(walk.get(), &oid);
        while (any && git_revwalk_next(&oid, walk.get()) == 0)
            out.push_back(oid);
        return out;
    }

    // The files `commit` changed against its first parent that hold findings on either side;
    // nullopt for a merge (its changes were reported at the commits that made them).
    std::optional<QList<FileChange>> fileChanges(const git_oid &oid, CommitMeta *meta)
    {
        git_commit *rawCommit = nullptr;
        if (git_commit_lookup(&rawCommit, m_repo, &oid) < 0)
            return QList<FileChange>();
        GitPtr<git_commit> commit = adopt(rawCommit);
        *meta = {oidHex(&oid),
            QDateTime::fromSecsSinceEpoch(git_commit_time(commit.get()), QTimeZone::UTC)};
        if (git_commit_parentcount(commit.get()) > 1)
            return std::nullopt;
        ++m_out.commits;
        GitPtr<git_tree> tree, parentTree;
        git_tree *raw = nullptr;
        if (git_commit_tree(&raw, commit.get()) < 0)
            return QList<FileChange>();
        tree = adopt(raw);
        git_commit *rawParent = nullptr;
        if (git_commit_parentcount(commit.get()) == 1
            && git_commit_parent(&rawParent, commit.get(), 0) == 0) {
            GitPtr<git_commit> parent = adopt(rawParent);
            if (git_commit_tree(&raw, parent.get()) == 0)
                parentTree = adopt(raw);
        }
        git_diff *rawDiff = nullptr;
        if (git_diff_tree_to_tree(&rawDiff, m_repo, parentTree.get(), tree.get(), nullptr) < 0)
            return QList<FileChange>();
        GitPtr<git_diff> diff = adopt(rawDiff);
        QList<FileChange> out;
        for (size_t i = 0; i < git_diff_num_deltas(diff.get()); ++i) {
            const git_diff_delta *d = git_diff_get_delta(diff.get(), i);
            if (d->old_file.mode == GIT_FILEMODE_LINK || d->new_file.mode == GIT_FILEMODE_LINK
                || d->old_file.mode == GIT_FILEMODE_COMMIT
                || d->new_file.mode == GIT_FILEMODE_COMMIT)
                continue;
            FileChange fc{QString::fromUtf8(d->new_file.path),
                m_blobs.of(d->old_file.id, QString::fromUtf8(d->old_file.path)),
                m_blobs.of(d->new_file.id, QString::fromUtf8(d->new_file.path))};
            if (!fc.before.isEmpty() || !fc.after.isEmpty())
                out << fc;
        }
        return out;
    }

    Case::WatchChange makeChange(const QString &kind, const WatchFinding &f, const QString &path,
        const CommitMeta &commit, const QString &ref, const QString &detail = {}) const
    {
        Case::WatchChange c;
        c.at = m_in.now;
        c.repo = m_in.url;
        c.kind = kind;
        c.commit = commit.id;
        c.commitDate = commit.date;
        c.fingerprint = f.fingerprint;
        c.ruleId = f.ruleId;
        c.path = path;
        c.line = f.line;
        c.text = f.text;
        c.ref = ref;
        c.detail = detail;
        return c;
    }

    void addOnce(const Case::WatchChange &c)
    {
        if (!m_reported.contains(c.kind + c.fingerprint)) {
            m_reported.insert(c.kind + c.fingerprint);
            m_out.changes << c;
        }
    }

    // Removed and added claims of one file paired by nearest line (a reworded claim moves a few
    // lines at most): a pair whose chips or scope differ is one "claim-changed".
    void pairClaims(QList<WatchFinding> &removed, QList<WatchFinding> &added, const QString &path,
        const CommitMeta &commit)
    {
        constexpr int maxDistance = 5;
        for (qsizetype r = removed.size() - 1; r >= 0; --r) {
            if (removed[r].kind != u"claim"_s)
                continue;
            qsizetype best = -1;
            for (qsizetype a = 0; a < added.size(); ++a) {
                const int dist = qAbs(added[a].line - removed[r].line);
                if (added[a].kind == u"claim"_s && dist <= maxDistance
                    && (best < 0 || dist < qAbs(added[best].line - removed[r].line)))
                    best = a;
            }
            if (best < 0)
                continue;
            const WatchFinding was = removed.takeAt(r);
            const WatchFinding now = added.takeAt(best);
            if (QSet<QString>(was.chips.cbegin(), was.chips.cend())
                    != QSet<QString>(now.chips.cbegin(), now.chips.cend())
                || was.scope != now.scope)
                addOnce(makeChange(u"claim-changed"_s, now, path, commit, {},
                    claimSummary(was) + u" -> "_s + claimSummary(now)));
        }
    }

    void newCommits(const Git::RefSnapshot &before, const Git::RefSnapshot &after)
    {
        QList<RemovalCandidate> removals;
        for (const git_oid &oid : commitsBetween(after.values(), before.values())) {
            CommitMeta meta;
            const std::optional<QList<FileChange>> files = fileChanges(oid, &meta);
            for (const FileChange &fc : files.value_or(QList<FileChange>())) {
                const QSet<QString> was = fingerprintsOf(fc.before), now = fingerprintsOf(fc.after);
                QList<WatchFinding> removed, added;
                for (const WatchFinding &f : fc.before)
                    if (!now.contains(f.fingerprint))
                        removed << f;
                for (const WatchFinding &f : fc.after)
                    if (!was.contains(f.fingerprint))
                        added << f;
                pairClaims(removed, added, fc.path, meta);
                for (const WatchFinding &f : removed)
                    removals << RemovalCandidate{f, fc.path, meta, oid};
                for (const WatchFinding &f : added)
                    if (!m_in.known.contains(f.fingerprint))
                        addOnce(makeChange(u"added"_s, f, fc.path, meta, branchesHolding(oid)));
            }
        }
        for (const RemovalCandidate &r : removals)
            if (!presentOnTipsHolding(r.oid, r.path, r.finding.fingerprint))
                addOnce(
                    makeChange(u"removed"_s, r.finding, r.path, r.commit, branchesHolding(r.oid)));
    }

    bool holds(const Tip &tip, const git_oid &commit) const
    {
        return git_oid_equal(&tip.oid, &commit)
            || git_graph_descendant_of(m_repo, &tip.oid, &commit) == 1;
    }

    QString branchesHolding(const git_oid &commit) const
    {
        QStringList refs;
        for (const Tip &tip : m_tips)
            if (holds(tip, commit))
                refs << tip.ref;
        return refs.join(u' ');
    }

    bool presentOnTipsHolding(const git_oid &commit, const QString &path, const QString &fp)
    {
        for (const Tip &tip : m_tips)
            if (holds(tip, commit) && m_blobs.presentIn(tip.tree.get(), path, fp))
                return true;
        return false;
    }

    bool presentOnAnyTip(const QString &path, const QString &fp)
    {
        for (const Tip &tip : m_tips)
            if (m_blobs.presentIn(tip.tree.get(), path, fp))
                return true;
        return false;
    }

    void rewrites(const Git::ChangeReport &report, const Git::RefSnapshot &after)
    {
        QSet<QString> seen;
        for (const Git::RefChange &rc : report.refs) {
            if (rc.kind != Git::RefChange::Kind::Rewritten
                && rc.kind != Git::RefChange::Kind::Deleted)
                continue;
            const bool deleted = rc.kind == Git::RefChange::Kind::Deleted;
            const QString kept = rc.preservedAs.isEmpty() ? rc.ref : rc.preservedAs;
            const QString what = (deleted ? u"deleted %1"_s : u"force-pushed %1"_s).arg(rc.ref);
            Case::WatchChange history;
            history.at = m_in.now;
            history.repo = m_in.url;
            history.kind = u"history"_s;
            history.commit = rc.oldId;
            history.ref = kept;
            history.detail = what + u", %1 commit(s) dropped"_s.arg(rc.droppedCommits);
            m_out.changes << history;
            for (const git_oid &oid : commitsBetween({rc.oldId}, after.values())) {
                if (seen.contains(oidHex(&oid)))
                    continue;
                seen.insert(oidHex(&oid));
                CommitMeta meta;
                const std::optional<QList<FileChange>> files = fileChanges(oid, &meta);
                for (const FileChange &fc : files.value_or(QList<FileChange>())) {
                    const QSet<QString> was = fingerprintsOf(fc.before);
                    for (const WatchFinding &f : fc.after)
                        if (!was.contains(f.fingerprint)
                            && !presentOnAnyTip(fc.path, f.fingerprint))
                            addOnce(makeChange(u"rewritten"_s, f, fc.path, meta, kept, what));
                }
            }
        }
    }

    git_repository *m_repo;
    const AnalysisInput &m_in;
    Analysis &m_out;
    BlobFindings m_blobs;
    std::vector<Tip> m_tips;
    QSet<QString> m_reported;
};

} // namespace

Result<Analysis> analyseRepository(const AnalysisInput &input)
{
    Git::GitLibrary library;
    git_repository *raw = nullptr;
    if (int rc = git_repository_open_ext(&raw, input.repositoryPath.toUtf8().constData(),
            GIT_REPOSITORY_OPEN_NO_SEARCH, nullptr);
        rc < 0)
        return Git::lastGitError(
            QCoreApplication::translate("ChipTrace::Watch", "Opening %1").arg(input.repositoryPath),
            rc);
    GitPtr<git_repository> repo = adopt(raw);
    Analysis out;
    if (Status s = ChangeFinder(repo.get(), input, out).run(); !s)
        return s.error();
    return out;
}

} // namespace ChipTrace::Watch
