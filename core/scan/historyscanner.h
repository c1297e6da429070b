#pragma once

// History scan through libgit2. Every commit reachable from any reference (branches, tags,
// remotes, HEAD) is walked oldest-first and diffed against its first parent (tree to tree, no
// blob content read); every blob that ever appeared is then scanned exactly once, in parallel.
// A finding is identified by (rule, path, line text): its first appearance is the earliest
// commit that added it; whether it is at HEAD and which commit removed it come from replaying
// HEAD's first-parent chain. Memory holds object ids, interned paths and findings, never blob
// content beyond the one blob each worker is reading. Missing objects are warnings, not errors.

#include "scan/scanner.h"

#include <QPromise>
#include <QThreadPool>

namespace ChipTrace::Scan {

class HistoryScanner
{
public:
    HistoryScanner(const ContentScanner &content, QThreadPool &workers, qint64 maxBlobSize, bool streamBatches = false);

    // Runs to completion (or until the promise is cancelled); failures to open the repository
    // are reported in ScanResult::error.
    ScanResult run(QPromise<ScanResult> &promise, const QString &repositoryPath);

private:
    const ContentScanner &m_content;
    QThreadPool &m_workers;
    qint64 m_maxBlobSize;
    bool m_stream;
};

} // namespace ChipTrace::Scan
