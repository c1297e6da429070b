// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// History scan. Every commit reachable from any reference (branches, tags, remotes, HEAD) is
// walked oldest-first through libgit2 and diffed against its first parent (tree to tree, no
// blob content read). Every blob that ever appeared is then read once, in the order the packs
// store them (git/packreader.h: delta chains resolved once, not once per object), and scanned
// in parallel for each path it was seen at. Finally each line's lifecycle is worked out
// (historywalk.h, historylifecycle.cpp): first appearance, whether it is at HEAD, the commit that
// removed it (on a merged branch: that commit, and the merge as `mergedIn`), branches that still
// have it, and moves. Memory holds object ids, interned paths and findings, never blob content
// beyond what each worker is reading and its delta base cache. Missing objects are warnings;
// a worker that cannot open the repository fails the scan.

#include "scan/scanner.h"

#include <QPromise>
#include <QThreadPool>

namespace ChipTrace::Scan {

class HistoryScanner
{
public:
    HistoryScanner(const ContentScanner &content, QThreadPool &workers, qint64 maxBlobSize,
        bool streamBatches = false);

    // Runs to completion (or until the promise is cancelled); failures to open or read the
    // repository (the walk's or any worker's) are reported in ScanResult::error.
    ScanResult run(QPromise<ScanResult> &promise, const QString &repositoryPath);

private:
    const ContentScanner &m_content;
    QThreadPool &m_workers;
    qint64 m_maxBlobSize;
    bool m_stream;
};

} // namespace ChipTrace::Scan
