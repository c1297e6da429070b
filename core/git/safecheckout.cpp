// SPDX-License-Identifier: GPL-3.0-or-later
#include "safecheckout.h"

#include "gitptr.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace ChipTrace::Git {

namespace {


// HFS+ ignores these code points when comparing names, so ".g\u200Cit" is ".git" there.
bool isHfsIgnorable(char32_t c)
{
    return (c >= 0x200C && c <= 0x200F) || (c >= 0x202A && c <= 0x202E)
        || (c >= 0x206A && c <= 0x206F) || c == 0xFEFF;
}

QString foldForComparison(const QByteArray &component)
{
    QString folded;
    for (char32_t c : QStringView(QString::fromUtf8(component)).toUcs4()) {
        if (!isHfsIgnorable(c))
            folded += QString::fromUcs4(&c, 1);
    }
    while (folded.endsWith(QLatin1Char('.')) || folded.endsWith(QLatin1Char(' ')))
        folded.chop(1); // NTFS drops trailing dots and spaces
    return folded.toLower();
}

struct Walk
{
    git_repository *repo = nullptr;
    QByteArray root;
    const Limits *limits = nullptr;
    const std::function<bool(int)> *cancelled = nullptr;
    CheckoutReport report;
    quint64 totalBytes = 0;
    std::optional<Error> error;
};

bool writeAll(int fd, const char *data, size_t size)
{
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        data += n;
        size -= size_t(n);
    }
    return true;
}

Error ioError(const QByteArray &path, int err)
{
    const QString reason = QString::fromLocal8Bit(std::strerror(err));
    if (err == ENOSPC || err == EDQUOT)
        return fail(ErrorCode::DiskFull,
            QCoreApplication::translate("ChipTrace::Git::SafeCheckout",
                "The disk is full while writing %1 (%2). Free space or prune the store.")
                .arg(QString::fromUtf8(path), reason));
    return fail(ErrorCode::Io,
        QCoreApplication::translate("ChipTrace::Git::SafeCheckout", "Could not write %1: %2")
            .arg(QString::fromUtf8(path), reason));
}

int writeBlob(Walk &w, const QByteArray &rel, const git_tree_entry *entry)
{
    git_blob *raw = nullptr;
    if (int rc = git_blob_lookup(&raw, w.repo, git_tree_entry_id(entry)); rc < 0) {
        w.error =
            lastGitError(QCoreApplication::translate("ChipTrace::Git::SafeCheckout", "Reading %1")
                             .arg(QString::fromUtf8(rel)),
                rc);
        return -1;
    }
    GitPtr<git_blob> blob = adopt(raw);
    const auto size = quint64(git_blob_rawsize(blob.get()));
    const auto *data = static_cast<const char *>(git_blob_rawcontent(blob.get()));
    if (size > w.limits->maxObjectBytes) {
        w.report.refusedPaths << QString::fromUtf8(rel)
                + QCoreApplication::translate(
                    "ChipTrace::Git::SafeCheckout", " (larger than the file size limit)");
        return 0;
    }
    const QByteArray path = w.root + '/' + rel;
    if (git_tree_entry_filemode(entry) == GIT_FILEMODE_LINK) {
        const QByteArray target(data, qsizetype(size));
        if (target.isEmpty() || target.contains('\0')
            || ::symlink(target.constData(), path.constData()) < 0) {
            w.report.refusedPaths << QString::fromUtf8(rel)
                    + QCoreApplication::translate(
                        "ChipTrace::Git::SafeCheckout", " (unusable symbolic link)");
            return 0;
        }
        ++w.report.symlinks;
        return 0;
    }
    const mode_t mode =
        git_tree_entry_filemode(entry) == GIT_FILEMODE_BLOB_EXECUTABLE ? 0755 : 0644;
    const int fd =
        ::open(path.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode);
    if (fd < 0 || !writeAll(fd, data, size)) {
        const int err = errno;
        if (fd >= 0)
            ::close(fd);
        w.error = ioError(path, err);
        return -1;
    }
    ::close(fd);
    ++w.report.files;
    return 0;
}

int visit(const char *parent, const git_tree_entry *entry, void *payload)
{
    auto &w = *static_cast<Walk *>(payload);
    if (*w.cancelled && (*w.cancelled)(w.report.files + w.report.symlinks)) {
        w.error = fail(ErrorCode::Cancelled,
            QCoreApplication::translate(
                "ChipTrace::Git::SafeCheckout", "Writing the files was cancelled."));
        return -1;
    }
    const QByteArray name = git_tree_entry_name(entry);
    const QByteArray rel = QByteArray(parent) + name;
    if (!isSafePathComponent(name)) {
        w.report.refusedPaths << QString::fromUtf8(rel);
        return 1; // skip this entry and, for a tree, everything below it
    }
    if (quint64(w.report.files + w.report.symlinks) >= w.limits->maxCheckoutFiles) {
        w.error = fail(ErrorCode::LimitExceeded,
            QCoreApplication::translate("ChipTrace::Git::SafeCheckout",
                "The tree has more than %1 files, the checkout limit.")
                .arg(w.limits->maxCheckoutFiles));
        return -1;
    }
    switch (git_tree_entry_type(entry)) {
    case GIT_OBJECT_TREE: {
        const QByteArray path = w.root + '/' + rel;
        if (::mkdir(path.constData(), 0755)
            < 0) { // fails on an existing link or file: never reused
            w.report.refusedPaths << QString::fromUtf8(rel);
            return 1;
        }
        return 0;
    }
    case GIT_OBJECT_COMMIT:
        w.report.submodules << QString::fromUtf8(rel);
        return 0;
    case GIT_OBJECT_BLOB:
        return writeBlob(w, rel, entry);
    default:
        w.report.refusedPaths << QString::fromUtf8(rel);
        return 0;
    }
}

} // namespace

bool isSafePathComponent(const QByteArray &component)
{
    if (component.isEmpty() || component == "." || component == "..")
        return false;
    for (char c : component) {
        if (c == '/' || c == '\\' || c == ':' || (c >= 0 && c < 0x20) || c == 0x7f)
            return false;
    }
    const QString folded = foldForComparison(component);
    return folded != QLatin1String(".git") && folded != QLatin1String("git~1") && !folded.isEmpty()
        && folded != QLatin1String(".") && folded != QLatin1String("..");
}

Result<CheckoutReport> safeCheckout(git_repository *repo, const git_oid *commitId,
    const QString &dir, const Limits &limits, const std::function<bool(int)> &cancelled)
{
    // A commit or tree libgit2 cannot parse is a malformed (possibly hostile) repository.
    const auto malformed = [](const char *what, int rc) {
        return Error(ErrorCode::Corrupt,
            lastGitError(QCoreApplication::translate("ChipTrace::Git::SafeCheckout", what), rc)
                    .message
                + QCoreApplication::translate("ChipTrace::Git::SafeCheckout",
                    " — the repository is malformed; ChipTrace refuses it."));
    };
    git_commit *rawCommit = nullptr;
    if (int rc = git_commit_lookup(&rawCommit, repo, commitId); rc < 0)
        return malformed("Reading the commit to check out", rc);
    GitPtr<git_commit> commit = adopt(rawCommit);
    git_tree *rawTree = nullptr;
    if (int rc = git_commit_tree(&rawTree, commit.get()); rc < 0)
        return malformed("Reading the tree to check out", rc);
    GitPtr<git_tree> tree = adopt(rawTree);

    Walk w;
    w.repo = repo;
    w.root = QFile::encodeName(QDir(dir).absolutePath());
    w.limits = &limits;
    w.cancelled = &cancelled;
    const int rc = git_tree_walk(tree.get(), GIT_TREEWALK_PRE, visit, &w);
    if (w.error)
        return *w.error;
    if (rc < 0)
        return lastGitError(QCoreApplication::translate(
                                "ChipTrace::Git::SafeCheckout", "Walking the tree to check out"),
            rc);
    return w.report;
}

} // namespace ChipTrace::Git
