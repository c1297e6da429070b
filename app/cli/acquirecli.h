#pragma once

// Shared by `clone`, `fetch` and `scan URL`: runs RepositoryStore::acquire with progress on
// stderr (at most once a second), Ctrl+C as a clean cancel, and prints what changed.

#include "commandregistry.h"
#include "git/repositorystore.h"

namespace ChipTrace::Cli {

// Returns the acquisition, or prints the error and sets `exitCode` (ExitError/ExitCancelled).
std::optional<Git::Acquisition> acquireWithProgress(Git::RepositoryStore &store, const QString &url,
                                                    const Git::AcquireOptions &options, bool quiet,
                                                    int *exitCode);

void printAcquisition(const Git::Acquisition &a);

} // namespace ChipTrace::Cli
