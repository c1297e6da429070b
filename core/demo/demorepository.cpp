// SPDX-License-Identifier: GPL-3.0-or-later
#include "demorepository.h"

#include "git/gitptr.h"
#include "util/paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace ChipTrace::Demo {

using Git::adopt;
using Git::GitPtr;
using Git::lastGitError;


QString defaultRepositoryPath(const QString &name)
{
    return Paths::dataDir() + QStringLiteral("/demo/") + name;
}

static Status writeWorkFile(const QString &root, const QString &relPath, const QString &resource)
{
    QFile in(QStringLiteral(":/data/demo/files/") + resource);
    if (!in.open(QIODevice::ReadOnly))
        return fail(ErrorCode::NotFound,
            QCoreApplication::translate("Demo", "The demo file %1 is missing from the build")
                .arg(resource));
    const QString target = root + QLatin1Char('/') + relPath;
    QDir().mkpath(QFileInfo(target).absolutePath());
    QFile out(target);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(in.readAll()) < 0)
        return fail(ErrorCode::Io,
            QCoreApplication::translate("Demo", "Cannot write %1: %2")
                .arg(target, out.errorString()));
    return {};
}

// Stages the commit's writes and removes in the index and on disk.
static Status stage(git_index *index, const QString &root, const ScriptCommit &c)
{
    for (auto it = c.writes.begin(); it != c.writes.end(); ++it) {
        if (Status s = writeWorkFile(root, it.key(), it.value()); !s)
            return s;
        if (int rc = git_index_add_bypath(index, it.key().toUtf8().constData()); rc < 0)
            return lastGitError(
                QCoreApplication::translate("Demo", "Cannot stage %1").arg(it.key()), rc);
    }
    for (const QString &path : c.removes) {
        QFile::remove(root + QLatin1Char('/') + path);
        if (int rc = git_index_remove_bypath(index, path.toUtf8().constData()); rc < 0)
            return lastGitError(
                QCoreApplication::translate("Demo", "Cannot remove %1").arg(path), rc);
    }
    if (int rc = git_index_write(index); rc < 0)
        return lastGitError(QCoreApplication::translate("Demo", "Cannot write the index"), rc);
    return {};
}

static Result<git_oid> commitIndex(
    git_repository *repo, git_index *index, const RepositoryScript &script, const ScriptCommit &c)
{
    git_oid treeId;
    if (int rc = git_index_write_tree(&treeId, index); rc < 0)
        return lastGitError(QCoreApplication::translate("Demo", "Cannot write the tree"), rc);
    git_tree *rawTree = nullptr;
    if (int rc = git_tree_lookup(&rawTree, repo, &treeId); rc < 0)
        return lastGitError(QCoreApplication::translate("Demo", "Cannot read the tree"), rc);
    GitPtr<git_tree> tree = adopt(rawTree);

    git_signature *rawSig = nullptr;
    const QDateTime utc = c.date.toUTC();
    if (int rc = git_signature_new(&rawSig, script.authorName.toUtf8().constData(),
            script.authorEmail.toUtf8().constData(), utc.toSecsSinceEpoch(), 0);
        rc < 0)
        return lastGitError(QCoreApplication::translate("Demo", "Invalid demo author"), rc);
    GitPtr<git_signature> sig = adopt(rawSig);

    GitPtr<git_commit> parent;
    git_oid headId;
    if (git_reference_name_to_id(&headId, repo, "HEAD") == 0) {
        git_commit *rawParent = nullptr;
        if (int rc = git_commit_lookup(&rawParent, repo, &headId); rc < 0)
            return lastGitError(QCoreApplication::translate("Demo", "Cannot read HEAD"), rc);
        parent = adopt(rawParent);
    }
    const git_commit *parents[] = {parent.get()};
    git_oid id;
    if (int rc = git_commit_create(&id, repo, "HEAD", sig.get(), sig.get(), "UTF-8",
            c.message.toUtf8().constData(), tree.get(), parent ? 1 : 0, parents);
        rc < 0)
        return lastGitError(
            QCoreApplication::translate("Demo", "Cannot create the commit \"%1\"").arg(c.message),
            rc);
    return id;
}

static Status tagCommit(git_repository *repo, const git_oid &id, const QString &tag)
{
    git_object *raw = nullptr;
    if (int rc = git_object_lookup(&raw, repo, &id, GIT_OBJECT_COMMIT); rc < 0)
        return lastGitError(
            QCoreApplication::translate("Demo", "Cannot find the commit to tag"), rc);
    GitPtr<git_object> target = adopt(raw);
    git_oid tagId;
    if (int rc =
            git_tag_create_lightweight(&tagId, repo, tag.toUtf8().constData(), target.get(), 0);
        rc < 0)
        return lastGitError(
            QCoreApplication::translate("Demo", "Cannot create the tag %1").arg(tag), rc);
    return {};
}

Result<QString> createRepository(const RepositoryScript &script, const QString &dir)
{
    const QDir target(dir);
    if (target.exists() && !target.isEmpty())
        return fail(ErrorCode::Conflict,
            QCoreApplication::translate(
                "Demo", "%1 exists and is not empty; choose another folder for the demo repository")
                .arg(dir));
    QDir().mkpath(dir);
    Git::GitLibrary lib;
    git_repository_init_options opts = GIT_REPOSITORY_INIT_OPTIONS_INIT;
    opts.flags = GIT_REPOSITORY_INIT_MKPATH;
    const QByteArray head = script.branch.toUtf8();
    opts.initial_head = head.constData();
    git_repository *rawRepo = nullptr;
    if (int rc = git_repository_init_ext(&rawRepo, QFile::encodeName(dir).constData(), &opts);
        rc < 0)
        return lastGitError(
            QCoreApplication::translate("Demo", "Cannot create a repository in %1").arg(dir), rc);
    GitPtr<git_repository> repo = adopt(rawRepo);
    git_index *rawIndex = nullptr;
    if (int rc = git_repository_index(&rawIndex, repo.get()); rc < 0)
        return lastGitError(QCoreApplication::translate("Demo", "Cannot open the index"), rc);
    GitPtr<git_index> index = adopt(rawIndex);

    git_oid last{};
    for (const ScriptCommit &c : script.commits) {
        if (Status s = stage(index.get(), dir, c); !s)
            return s.error();
        Result<git_oid> id = commitIndex(repo.get(), index.get(), script, c);
        if (!id)
            return id.error();
        last = *id;
        if (!c.tag.isEmpty())
            if (Status s = tagCommit(repo.get(), last, c.tag); !s)
                return s.error();
    }
    char hex[GIT_OID_MAX_HEXSIZE + 1] = {};
    git_oid_tostr(hex, sizeof hex, &last);
    return QString::fromLatin1(hex);
}

Result<QString> ensureRepository(const QString &dir)
{
    Result<RepositoryScript> script = loadRepositoryScript();
    if (!script)
        return script.error();
    const QString path = dir.isEmpty() ? defaultRepositoryPath(script->name) : dir;
    if (QFileInfo::exists(path + QStringLiteral("/.git/HEAD")))
        return path;
    // A half-made repository (interrupted first run) is replaced, never reused.
    if (QFileInfo::exists(path))
        QDir(path).removeRecursively();
    Result<QString> head = createRepository(*script, path);
    if (!head)
        return head.error();
    return path;
}

} // namespace ChipTrace::Demo
