#pragma once

// Reads one object's content from a repository on disk: a blob by id (what a history finding
// points at) or a file at a commit. Used to show historical versions of a file in the code
// viewer; cheap enough for the GUI thread for source files (one object lookup, no walk).

#include "util/result.h"

#include <QByteArray>
#include <QString>

namespace ChipTrace::Git {

Result<QByteArray> readBlob(const QString &repositoryPath, const QString &blobId);
Result<QByteArray> readFileAt(const QString &repositoryPath, const QString &commit, const QString &path);

} // namespace ChipTrace::Git
