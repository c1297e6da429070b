// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Writes the files of one commit into a directory without libgit2's checkout machinery, for
// trees from untrusted repositories: no filters (no CRLF, ident or LFS smudge), no hooks, no
// submodules (gitlinks are listed, never fetched), and every path checked before it touches the
// disk. Refused: empty, "." and ".." components, ".git" in any spelling that some file system
// folds to it (case, trailing dots and spaces, NTFS "git~1", HFS+ ignorable code points),
// backslashes, colons, control characters, and anything below a symbolic link. Symbolic links
// are written as links with their stored target and never followed; files are created with
// O_EXCL|O_NOFOLLOW so nothing is ever written through a link.

#include "transfer.h"

#include <QStringList>

struct git_repository;
struct git_oid;

namespace ChipTrace::Git {

struct CheckoutReport
{
    int files = 0;
    int symlinks = 0;
    QStringList refusedPaths; // hostile or unrepresentable, not written
    QStringList submodules; // gitlinks, not fetched or written
};

// True when `component` (one path segment) may be written on every file system we care about.
bool isSafePathComponent(const QByteArray &component);

// Writes the tree of `commit` into `dir`, which must exist and be empty of tracked files.
// `cancelled(filesWritten)` is polled between files (progress, and true to stop). Limits:
// maxObjectBytes per file, maxCheckoutFiles.
Result<CheckoutReport> safeCheckout(git_repository *repo, const git_oid *commit, const QString &dir,
    const Limits &limits, const std::function<bool(int)> &cancelled = {});

} // namespace ChipTrace::Git
