// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The one way a scan spreads work over its worker pool (working tree: files; history: blobs).
// Kate's find-in-files shape: one worker per pool thread pulls the next items from a shared
// counter (`chunk` consecutive items at a time, so a history worker reads neighbouring pack
// entries), counts into its own tally and merges it into the result once, under a lock.
//
// Each worker first runs `setup` (e.g. opens its own repository handle, since libgit2 objects
// must not be shared between threads). A set-up that fails stops every worker and is returned:
// a scan never "succeeds" with the items a failed worker would have read.

#include "scan/scanner.h"
#include "util/result.h"

#include <QPromise>
#include <QThreadPool>

#include <functional>

namespace ChipTrace::Scan {

struct WorkerTally
{
    ScanStats stats;
    QStringList warnings;
    QList<Finding> findings;
};

// Handles item `index`; called on the worker's thread only.
using ItemHandler = std::function<void(qsizetype index, WorkerTally &tally)>;
// Prepares one worker and returns its handler, or why the worker cannot run.
using WorkerSetup = std::function<Result<ItemHandler>()>;

struct FanOut
{
    qsizetype count = 0;
    qsizetype chunk = 1;
    int progressEvery = 64;
    std::function<QString(qsizetype index)> progressText; // shown with the progress value
};

// Runs the items on `pool` (maxThreadCount workers) and merges stats, warnings (at most
// kMaxWarnings, then one line saying how many more) and findings into `into`. Stops early when
// the promise is cancelled. Fails with the first worker set-up error.
Status fanOut(QThreadPool &pool, QPromise<ScanResult> &promise, const FanOut &plan,
    const WorkerSetup &setup, ScanResult &into);

inline constexpr int kMaxWarnings = 200;

} // namespace ChipTrace::Scan
