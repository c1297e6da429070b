// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the watch knows of one blob at one path: its hardware findings in a compact form, read
// from the case's cache (watch_blobs) when the blob was scanned before and scanned otherwise.
// This is what makes a rescan cost in proportion to the new objects: a fetch's new commits
// bring new blobs, and the old side of each change is a blob an earlier run (or the baseline)
// already scanned. Used on one worker thread per repository.

#include "casefile/watchlist.h"
#include "scan/contentscanner.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <git2.h>

namespace ChipTrace::Watch {

// One finding as the watch compares it: by fingerprint (rule, path, line text).
struct WatchFinding
{
    QString fingerprint;
    QString kind; // "signature" | "claim"
    QString ruleId;
    int line = 0;
    QString text;
    QStringList chips; // claims
    QString scope; // claims
};

QByteArray encodeFindings(const QList<WatchFinding> &findings);
QList<WatchFinding> decodeFindings(const QByteArray &json);

class BlobFindings
{
public:
    BlobFindings(git_repository *repo, const Scan::ContentScanner &content,
        QHash<QString, QByteArray> cache, qint64 maxBlobSize);

    // The findings of `blob` read at `path`; none for a zero id (no file on that side), a
    // missing object, a binary, an LFS pointer or an oversized blob.
    QList<WatchFinding> of(const git_oid &blob, const QString &path);
    // True when the file at `path` in `tree` holds a finding with `fingerprint`.
    bool presentIn(git_tree *tree, const QString &path, const QString &fingerprint);
    // Every blob of `tree` (the baseline of a new watch): scanned and cached, nothing reported.
    void addTree(git_tree *tree);

    QList<Case::WatchBlob> takeNew(); // blobs scanned by this object, for the case's cache
    int scanned() const { return m_scanned; }
    qint64 bytesScanned() const { return m_bytes; }

private:
    QList<WatchFinding> scan(const git_oid &blob, const QString &path);

    git_repository *m_repo;
    const Scan::ContentScanner &m_content;
    QHash<QString, QByteArray> m_cache; // as stored
    QHash<QString, QList<WatchFinding>> m_decoded;
    QList<Case::WatchBlob> m_new;
    qint64 m_maxBlobSize;
    int m_scanned = 0;
    qint64 m_bytes = 0;
};

QString oidHex(const git_oid *id);

} // namespace ChipTrace::Watch
