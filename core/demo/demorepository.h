// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Creates the demo repository from its script (demoscript.h) with libgit2, commit by commit,
// with the script's dates and author, so every run produces the same commit ids. The product
// never shells out to git; this is also how a first run works offline. The repository is
// non-bare: its working tree is HEAD, for working-tree scans and the code viewer.

#include "demo/demoscript.h"
#include "util/result.h"

#include <QString>

namespace ChipTrace::Demo {

// Where the demo repository lives for this user: <data dir>/demo/<name>.
QString defaultRepositoryPath(const QString &name = QStringLiteral("tinylm"));

// Builds the repository in `dir` (which must not exist or be empty). Returns the HEAD commit id.
Result<QString> createRepository(const RepositoryScript &script, const QString &dir);

// Returns the path of the demo repository, creating it from the built-in script when missing.
Result<QString> ensureRepository(const QString &dir = {});

} // namespace ChipTrace::Demo
