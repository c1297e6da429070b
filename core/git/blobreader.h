// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reads one object's content from a repository on disk: a blob by id (what a history finding
// points at), a file at a commit, or a file of the working tree. Used to show a finding's file
// in the code viewer. The ids and paths come from case rows, and case rows can come from a
// colleague's bundle (case merge), so they are untrusted: reads stay inside the repository and
// are capped (maxBytes < 0: no cap).

#include "util/result.h"

#include <QByteArray>
#include <QString>

namespace ChipTrace::Git {

Result<QByteArray> readBlob(
    const QString &repositoryPath, const QString &blobId, qint64 maxBytes = -1);
// A working-tree file by its repository-relative path: confined to the canonical repository
// root (no absolute path, no "..", no symbolic link leading out), a regular file only (no
// device, FIFO or socket), at most maxBytes. Fails with ErrorCode::Unsafe, LimitExceeded or
// NotFound, reading nothing.
Result<QByteArray> readWorkingFile(
    const QString &repositoryPath, const QString &relativePath, qint64 maxBytes);
Result<QByteArray> readFileAt(
    const QString &repositoryPath, const QString &commit, const QString &path);

} // namespace ChipTrace::Git
