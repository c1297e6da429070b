// SPDX-License-Identifier: GPL-3.0-or-later
#include "blobreader.h"

#include "gitptr.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace ChipTrace::Git {


static Result<GitPtr<git_repository>> openRepository(const QString &path)
{
    git_repository *raw = nullptr;
    if (int rc = git_repository_open_ext(
            &raw, QFile::encodeName(path).constData(), GIT_REPOSITORY_OPEN_NO_SEARCH, nullptr);
        rc < 0)
        return lastGitError(
            QCoreApplication::translate("Git", "Cannot open the repository %1").arg(path), rc);
    return adopt(raw);
}

static Error tooLarge(const QString &what, qint64 maxBytes)
{
    return fail(ErrorCode::LimitExceeded,
        QCoreApplication::translate("Git", "%1 is larger than %2; it is not shown.")
            .arg(what, QLocale::system().formattedDataSize(maxBytes)));
}

static QByteArray content(git_blob *blob)
{
    return QByteArray(
        static_cast<const char *>(git_blob_rawcontent(blob)), qsizetype(git_blob_rawsize(blob)));
}

Result<QByteArray> readBlob(const QString &repositoryPath, const QString &blobId, qint64 maxBytes)
{
    GitLibrary lib;
    Result<GitPtr<git_repository>> repo = openRepository(repositoryPath);
    if (!repo)
        return repo.error();
    git_oid id;
    if (git_oid_fromstr(&id, blobId.toLatin1().constData()) < 0)
        return fail(ErrorCode::InvalidArgument,
            QCoreApplication::translate("Git", "%1 is not an object id").arg(blobId));
    git_blob *raw = nullptr;
    if (int rc = git_blob_lookup(&raw, repo->get(), &id); rc < 0)
        return lastGitError(QCoreApplication::translate("Git", "The blob %1 is not in %2")
                                .arg(blobId, repositoryPath),
            rc);
    GitPtr<git_blob> blob = adopt(raw);
    if (maxBytes >= 0 && qint64(git_blob_rawsize(blob.get())) > maxBytes)
        return tooLarge(blobId, maxBytes);
    return content(blob.get());
}

Result<QByteArray> readWorkingFile(
    const QString &repositoryPath, const QString &relativePath, qint64 maxBytes)
{
    const QString root = QFileInfo(repositoryPath).canonicalFilePath();
    if (root.isEmpty())
        return fail(ErrorCode::NotFound,
            QCoreApplication::translate("Git", "The repository %1 is not there.")
                .arg(repositoryPath));
    const auto unsafe = [&relativePath] {
        return fail(ErrorCode::Unsafe,
            QCoreApplication::translate("Git", "%1 points outside the repository; it is not read.")
                .arg(relativePath));
    };
    if (relativePath.isEmpty() || QDir::isAbsolutePath(relativePath) || relativePath.contains(u'\\')
        || relativePath.split(u'/').contains(QStringLiteral("..")))
        return unsafe();
    // The real file, links resolved: a link inside the repository may still lead out of it.
    const QString target = QFileInfo(root + u'/' + relativePath).canonicalFilePath();
    if (target.isEmpty())
        return fail(ErrorCode::NotFound,
            QCoreApplication::translate("Git", "%1 is not in the working tree.").arg(relativePath));
    if (!target.startsWith(root + u'/'))
        return unsafe();
    const QFileInfo info(target);
    if (!info.isFile()) // a device, FIFO or socket would hang or never end
        return fail(ErrorCode::Unsafe,
            QCoreApplication::translate("Git", "%1 is not a regular file; it is not read.")
                .arg(relativePath));
    if (maxBytes >= 0 && info.size() > maxBytes)
        return tooLarge(relativePath, maxBytes);
    QFile in(target);
    if (!in.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io,
            QCoreApplication::translate("Git", "Cannot read %1: %2")
                .arg(relativePath, in.errorString()));
    QByteArray data =
        in.read(maxBytes >= 0 ? maxBytes + 1 : info.size() + 1); // it may have grown meanwhile
    if (maxBytes >= 0 && data.size() > maxBytes)
        return tooLarge(relativePath, maxBytes);
    return data;
}

Result<QByteArray> readFileAt(
    const QString &repositoryPath, const QString &commit, const QString &path)
{
    GitLibrary lib;
    Result<GitPtr<git_repository>> repo = openRepository(repositoryPath);
    if (!repo)
        return repo.error();
    const QByteArray spec = (commit + u':' + path).toUtf8();
    git_object *raw = nullptr;
    if (int rc = git_revparse_single(&raw, repo->get(), spec.constData()); rc < 0)
        return lastGitError(QCoreApplication::translate("Git", "%1 does not exist at %2")
                                .arg(path, commit.left(10)),
            rc);
    GitPtr<git_object> obj = adopt(raw);
    if (git_object_type(obj.get()) != GIT_OBJECT_BLOB)
        return fail(ErrorCode::InvalidArgument,
            QCoreApplication::translate("Git", "%1 is not a file at %2")
                .arg(path, commit.left(10)));
    return content(reinterpret_cast<git_blob *>(obj.get()));
}

} // namespace ChipTrace::Git
