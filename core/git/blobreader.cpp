#include "blobreader.h"

#include "gitptr.h"

#include <QCoreApplication>
#include <QFile>

namespace ChipTrace::Git {


static Result<GitPtr<git_repository>> openRepository(const QString &path)
{
    git_repository *raw = nullptr;
    if (int rc = git_repository_open_ext(&raw, QFile::encodeName(path).constData(), GIT_REPOSITORY_OPEN_NO_SEARCH, nullptr); rc < 0)
        return lastGitError(QCoreApplication::translate("Git", "Cannot open the repository %1").arg(path), rc);
    return adopt(raw);
}

static QByteArray content(git_blob *blob)
{
    return QByteArray(static_cast<const char *>(git_blob_rawcontent(blob)), qsizetype(git_blob_rawsize(blob)));
}

Result<QByteArray> readBlob(const QString &repositoryPath, const QString &blobId)
{
    GitLibrary lib;
    Result<GitPtr<git_repository>> repo = openRepository(repositoryPath);
    if (!repo)
        return repo.error();
    git_oid id;
    if (git_oid_fromstr(&id, blobId.toLatin1().constData()) < 0)
        return fail(ErrorCode::InvalidArgument, QCoreApplication::translate("Git", "%1 is not an object id").arg(blobId));
    git_blob *raw = nullptr;
    if (int rc = git_blob_lookup(&raw, repo->get(), &id); rc < 0)
        return lastGitError(QCoreApplication::translate("Git", "The blob %1 is not in %2").arg(blobId, repositoryPath), rc);
    GitPtr<git_blob> blob = adopt(raw);
    return content(blob.get());
}

Result<QByteArray> readFileAt(const QString &repositoryPath, const QString &commit, const QString &path)
{
    GitLibrary lib;
    Result<GitPtr<git_repository>> repo = openRepository(repositoryPath);
    if (!repo)
        return repo.error();
    const QByteArray spec = (commit + u':' + path).toUtf8();
    git_object *raw = nullptr;
    if (int rc = git_revparse_single(&raw, repo->get(), spec.constData()); rc < 0)
        return lastGitError(QCoreApplication::translate("Git", "%1 does not exist at %2").arg(path, commit.left(10)), rc);
    GitPtr<git_object> obj = adopt(raw);
    if (git_object_type(obj.get()) != GIT_OBJECT_BLOB)
        return fail(ErrorCode::InvalidArgument, QCoreApplication::translate("Git", "%1 is not a file at %2").arg(path, commit.left(10)));
    return content(reinterpret_cast<git_blob *>(obj.get()));
}

} // namespace ChipTrace::Git
