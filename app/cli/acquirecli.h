// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by `clone`, `fetch` and `scan URL`: runs RepositoryStore::acquire with progress on
// stderr (at most once a second), Ctrl+C as a clean cancel, and prints what changed.

#include "commandregistry.h"
#include "git/repositorystore.h"

namespace ChipTrace::Cli {

// Returns the acquisition, or prints the error and sets `exitCode` (ExitError/ExitCancelled).
std::optional<Git::Acquisition> acquireWithProgress(Git::RepositoryStore &store, const QString &url,
    const Git::AcquireOptions &options, bool quiet, int *exitCode);

void printAcquisition(const Git::Acquisition &a);

// True for scheme://... and scp-like user@host:path; local paths (existing or not) are not URLs.
bool looksLikeUrl(const QString &arg);

// For `scan URL`: clones or updates URL in the store and returns the entry's folder, printing
// what changed on stderr (stdout carries the report). Returns nullopt and sets `exitCode` when
// the acquisition failed.
std::optional<QString> acquireForScan(
    Git::RepositoryStore &store, const QString &url, bool quiet, int *exitCode);

} // namespace ChipTrace::Cli
