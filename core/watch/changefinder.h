// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What changed in one watched repository since the watch last looked, in hardware terms. The
// refs the watch saw last time are compared with the refs now (git/changereport.h does the ref
// arithmetic and names the refs under which ChipTrace kept force-pushed or deleted history):
//  - every new commit (reachable now, from none of the old tips) is diffed against its first
//    parent, and only the files it touched are compared, by finding fingerprint: lines added
//    that the case does not know yet, lines removed (with the removing commit) that no branch
//    holding the commit has any more, and claims whose chips or scope changed;
//  - every commit a force-push or a branch deletion dropped is diffed the same way, and the
//    hardware lines it had introduced that no branch has any more are "rewritten", with the
//    preserved ref that keeps them scannable.
// Merge commits are skipped: what they bring in was reported at the commits that made it.
// The first look at a repository is a baseline: the files of every branch tip are scanned and
// cached, nothing is reported.

#include "casefile/watchlist.h"
#include "scan/contentscanner.h"
#include "util/result.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QSet>

namespace ChipTrace::Watch {

struct AnalysisInput
{
    QString repositoryPath; // the store entry (files + .git)
    QString url;
    QJsonObject refsBefore; // ref -> id as the watch last saw them; empty: make the baseline
    QSet<QString> known; // fingerprints the case already holds (not "added" again)
    QHash<QString, QByteArray> cache; // Case::WatchList::blobCache
    const Scan::ContentScanner *content = nullptr;
    qint64 maxBlobSize = 8 * 1024 * 1024;
    QDateTime now;
};

struct Analysis
{
    bool baseline = false;
    QJsonObject refsAfter;
    QList<Case::WatchChange> changes;
    QList<Case::WatchBlob> newBlobs; // for the case's cache
    int commits = 0; // new and dropped commits diffed
    int blobsScanned = 0;
    qint64 bytesScanned = 0;
};

Result<Analysis> analyseRepository(const AnalysisInput &input);

} // namespace ChipTrace::Watch
