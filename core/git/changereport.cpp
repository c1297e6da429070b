// SPDX-License-Identifier: GPL-3.0-or-later
#include "changereport.h"

#include "gitptr.h"

#include <QCoreApplication>

#include <git2.h>

namespace ChipTrace::Git {

namespace {


QString hex(const git_oid *id)
{
    char buf[GIT_OID_MAX_HEXSIZE + 1] = {};
    git_oid_tostr(buf, sizeof buf, id);
    return QString::fromLatin1(buf);
}

RefSnapshot refsMatching(git_repository *repo, const char *glob)
{
    RefSnapshot refs;
    git_reference_iterator *raw = nullptr;
    if (git_reference_iterator_glob_new(&raw, repo, glob) < 0)
        return refs;
    GitPtr<git_reference_iterator> it = adopt(raw);
    git_reference *ref = nullptr;
    while (git_reference_next(&ref, it.get()) == 0) {
        GitPtr<git_reference> owned = adopt(ref);
        if (const git_oid *id = git_reference_target(ref))
            refs.insert(QString::fromUtf8(git_reference_name(ref)), hex(id));
    }
    return refs;
}

// Commits reachable from `include` and from none of `exclude`, at most `cap` ids listed.
QStringList walk(git_repository *repo, const QStringList &include, const QStringList &exclude,
    int *count, int cap = 1000)
{
    QStringList ids;
    *count = 0;
    git_revwalk *raw = nullptr;
    if (git_revwalk_new(&raw, repo) < 0)
        return ids;
    GitPtr<git_revwalk> walker = adopt(raw);
    git_oid oid;
    bool any = false;
    for (const QString &id : include) {
        if (peelToCommit(repo, id, &oid) && git_revwalk_push(walker.get(), &oid) == 0)
            any = true;
    }
    for (const QString &id : exclude) {
        if (peelToCommit(repo, id, &oid))
            git_revwalk_hide(walker.get(), &oid);
    }
    if (!any)
        return ids;
    while (git_revwalk_next(&oid, walker.get()) == 0) {
        if (++*count <= cap)
            ids << hex(&oid);
    }
    return ids;
}

bool isAncestor(git_repository *repo, const QString &oldId, const QString &newId)
{
    git_oid o, n;
    if (!peelToCommit(repo, oldId, &o) || !peelToCommit(repo, newId, &n))
        return false;
    return git_oid_equal(&o, &n) || git_graph_descendant_of(repo, &n, &o) == 1;
}

Status preserve(git_repository *repo, RefChange &change, const QString &stamp)
{
    change.preservedAs = QStringLiteral("refs/chiptrace/preserved/") + stamp + QLatin1Char('/')
        + change.ref.mid(int(qstrlen("refs/")));
    git_oid oid;
    git_oid_fromstr(&oid, change.oldId.toLatin1().constData());
    git_reference *raw = nullptr;
    const int rc = git_reference_create(&raw, repo, change.preservedAs.toUtf8().constData(), &oid,
        1, "chiptrace: keep history the remote dropped");
    if (rc < 0)
        return lastGitError(
            QCoreApplication::translate("ChipTrace::Git::ChangeReport", "Keeping %1 reachable")
                .arg(change.ref),
            rc);
    git_reference_free(raw);
    return {};
}

QString headId(git_repository *repo)
{
    git_oid oid;
    return git_reference_name_to_id(&oid, repo, "HEAD") == 0 ? hex(&oid) : QString();
}

} // namespace

bool peelToCommit(git_repository *repo, const QString &id, git_oid *out)
{
    git_oid oid;
    if (git_oid_fromstr(&oid, id.toLatin1().constData()) < 0)
        return false;
    git_object *raw = nullptr;
    if (git_object_lookup(&raw, repo, &oid, GIT_OBJECT_ANY) < 0)
        return false;
    GitPtr<git_object> obj = adopt(raw);
    git_object *peeled = nullptr;
    if (git_object_peel(&peeled, obj.get(), GIT_OBJECT_COMMIT) < 0)
        return false;
    git_oid_cpy(out, git_object_id(peeled));
    git_object_free(peeled);
    return true;
}

RefSnapshot snapshotRefs(git_repository *repo)
{
    RefSnapshot refs = refsMatching(repo, "refs/heads/*");
    refs.insert(refsMatching(repo, "refs/tags/*"));
    return refs;
}

RefSnapshot preservedRefs(git_repository *repo)
{
    return refsMatching(repo, "refs/chiptrace/*");
}

// The ref an earlier fetch kept `change.oldId` reachable under, if any (newest first): the
// kept tip may be a descendant when the branch moved on before it was rewritten.
QString findPreserved(git_repository *repo, const RefChange &change)
{
    const RefSnapshot kept = preservedRefs(repo);
    const QString suffix = QLatin1Char('/') + change.ref.mid(int(qstrlen("refs/")));
    for (auto it = kept.cend(); it != kept.cbegin();) {
        --it;
        if (it.key().endsWith(suffix) && isAncestor(repo, change.oldId, it.value()))
            return it.key();
    }
    return {};
}

Result<ChangeReport> recordChanges(
    git_repository *repo, const RefSnapshot &before, const QString &stamp)
{
    ChangeReport report;
    report.freshClone = before.isEmpty();
    report.headAfter = headId(repo);
    const RefSnapshot after = snapshotRefs(repo);
    QStringList lost;
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        const QString now = after.value(it.key());
        if (now == it.value())
            continue;
        RefChange c{now.isEmpty() ? RefChange::Kind::Deleted : RefChange::Kind::FastForward,
            it.key(), it.value(), now};
        if (!now.isEmpty()
            && (it.key().startsWith(QLatin1String("refs/tags/"))
                || !isAncestor(repo, c.oldId, now)))
            c.kind = RefChange::Kind::Rewritten;
        if (!now.isEmpty())
            walk(repo, {now}, {c.oldId}, &c.newCommits, 0);
        if (c.kind != RefChange::Kind::FastForward) {
            if (stamp.isEmpty())
                c.preservedAs = findPreserved(repo, c);
            else if (Status s = preserve(repo, c, stamp); !s)
                return s.error();
            walk(repo, {c.oldId}, now.isEmpty() ? QStringList() : QStringList{now},
                &c.droppedCommits, 0);
            lost << c.oldId;
        }
        report.refs << c;
    }
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        if (before.contains(it.key()))
            continue;
        RefChange c{RefChange::Kind::Added, it.key(), {}, it.value()};
        walk(repo, {it.value()}, before.values(), &c.newCommits, 0);
        if (!report.freshClone)
            report.refs << c;
    }
    walk(repo, after.values(), before.values(), &report.newCommits, 0);
    int dropped = 0;
    report.droppedCommits = walk(repo, lost, after.values(), &dropped);
    return report;
}

bool ChangeReport::historyRewritten() const
{
    for (const RefChange &c : refs) {
        if (c.kind == RefChange::Kind::Rewritten || c.kind == RefChange::Kind::Deleted)
            return true;
    }
    return false;
}

QString ChangeReport::summary() const
{
    QStringList lines;
    if (freshClone)
        lines << QCoreApplication::translate(
            "ChipTrace::Git::ChangeReport", "Cloned: %n commit(s).", nullptr, newCommits);
    else if (!hasChanges())
        lines << QCoreApplication::translate(
            "ChipTrace::Git::ChangeReport", "Up to date: nothing changed since the last fetch.");
    else
        lines << QCoreApplication::translate(
            "ChipTrace::Git::ChangeReport", "%n new commit(s).", nullptr, newCommits);
    for (const RefChange &c : refs) {
        switch (c.kind) {
        case RefChange::Kind::Added:
            lines << QCoreApplication::translate("ChipTrace::Git::ChangeReport", "  new      %1")
                         .arg(c.ref);
            break;
        case RefChange::Kind::FastForward:
            lines << QCoreApplication::translate("ChipTrace::Git::ChangeReport",
                "  updated  %1 (%n new commit(s))", nullptr, c.newCommits)
                         .arg(c.ref);
            break;
        case RefChange::Kind::Rewritten:
            lines << QCoreApplication::translate("ChipTrace::Git::ChangeReport",
                "  REWRITTEN %1: force-pushed, %n commit(s) dropped, kept as %2", nullptr,
                c.droppedCommits)
                         .arg(c.ref, c.preservedAs);
            break;
        case RefChange::Kind::Deleted:
            lines << QCoreApplication::translate("ChipTrace::Git::ChangeReport",
                "  DELETED  %1: %n commit(s) no longer on the branch, kept as %2", nullptr,
                c.droppedCommits)
                         .arg(c.ref, c.preservedAs);
            break;
        }
    }
    if (!droppedCommits.isEmpty())
        lines << QCoreApplication::translate("ChipTrace::Git::ChangeReport",
            "%n commit(s) the remote no longer has stay readable in the store.", nullptr,
            int(droppedCommits.size()));
    return lines.join(QLatin1Char('\n'));
}

} // namespace ChipTrace::Git
