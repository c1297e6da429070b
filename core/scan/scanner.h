// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The scanner: loads signature packs, compiles them into one matcher and scans a repository,
// either its working tree (files on disk, in parallel) or its whole git history (every unique
// blob of every reachable commit, once; see historyscanner.h). Runs on a member QThreadPool
// through QtConcurrent with QPromise progress and cancel; `scan()` is the blocking entry point
// for the command line and for other core code (e.g. scanning a freshly cloned URL).

#include "scan/contentscanner.h"
#include "scan/finding.h"
#include "signatures/signaturepack.h"
#include "util/result.h"

#include <QFuture>
#include <QPromise>
#include <QString>
#include <QStringList>
#include <QThreadPool>

#include <memory>

namespace ChipTrace::Scan {

struct ScanOptions
{
    bool history = false; // scan every reachable commit instead of the working tree
    bool builtinPacks = true; // the packs compiled into ChipTrace
    QStringList packFiles; // extra signature packs (YAML)
    bool claims = true; // read chip claims from prose and config files
    qint64 maxFileSize = 8 * 1024 * 1024; // larger files and blobs are skipped and counted
    int threads = 0; // 0: QThread::idealThreadCount()
    bool streamBatches = false; // also report partial results while scanning (batchstreamer.h)
    ChipResolver resolver; // empty: defaultChipResolver()
};

struct ScanStats
{
    int filesScanned = 0; // files or blobs whose content was scanned
    int binarySkipped = 0;
    int oversizeSkipped = 0;
    int lfsPointers = 0; // Git LFS pointer files: content not in the repository
    int symlinksSkipped = 0; // never followed
    int unreadable = 0;
    int commits = 0; // history: commits walked
    int missingObjects = 0; // history: objects missing from the object database
    qint64 bytesScanned = 0;
    // Where the time went, in milliseconds: walking commits and diffing trees, reading blobs
    // (summed over workers), scanning their content (summed over workers), attributing
    // findings to commits. Working-tree scans fill read and scan only.
    qint64 walkMs = 0, readMs = 0, scanMs = 0, attributeMs = 0;

    ScanStats &operator+=(const ScanStats &o);
};

struct ScanResult
{
    bool partial = false; // an early batch of findings only (see batchstreamer.h)
    QString root; // the scanned folder
    bool history = false;
    QString headCommit; // history: HEAD's commit id
    QList<Finding> findings; // sorted by path, line, rule
    ScanStats stats;
    QStringList warnings; // e.g. missing objects, unreadable files: never fatal
    QList<Signatures::Rule> rules; // the rules that were loaded (for SARIF and reports)
    QString error; // set when the scan could not run at all (e.g. not a git repository)
};

class Scanner
{
public:
    static Result<std::unique_ptr<Scanner>> create(const ScanOptions &options);
    ~Scanner();

    // Asynchronous scans on the scanner's pool; progress in files/blobs, cancel via the future.
    // The complete result is the future's last result (finalResult()); with
    // ScanOptions::streamBatches partial batches come before it.
    QFuture<ScanResult> scanWorkingTree(const QString &root);
    QFuture<ScanResult> scanHistory(const QString &repositoryPath);

    // Blocking: the working tree or the history per options; fails if `path` is unusable or
    // the scan was cancelled.
    Result<ScanResult> scan(const QString &path);

    const ScanOptions &options() const { return m_options; }
    const QList<Signatures::Rule> &rules() const { return m_rules; }
    const ContentScanner &contentScanner() const { return *m_content; }

private:
    Scanner() = default;
    void runWorkingTree(QPromise<ScanResult> &promise, const QString &root);
    void runHistory(QPromise<ScanResult> &promise, const QString &repositoryPath);

    ScanOptions m_options;
    QList<Signatures::Rule> m_rules;
    std::shared_ptr<const ContentScanner> m_content;
    QThreadPool m_pool; // the scan's controlling task
    QThreadPool m_workers; // file/blob workers
};

// Sorts findings by path, line, column and rule: the order every output uses.
void sortFindings(QList<Finding> &findings);

} // namespace ChipTrace::Scan
