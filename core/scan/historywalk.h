// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the history scan's walk collects and its later phases share (internal to the history
// scanner): every reachable commit oldest first, with its parents and its changes against its
// first parent; every blob once, with every path it was seen at and, after the scan phase, its
// findings per path (a file's path decides its syntax, the rules that apply and whether claims
// are read, so the same content at two paths is scanned for each).

#include "scan/finding.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <git2.h>

#include <vector>

namespace ChipTrace::Scan::History {

struct Delta
{
    int path; // interned
    int oldBlob; // index into Walk::blobs, or -1
    int newBlob;
};

struct Commit
{
    git_oid oid;
    CommitRef ref; // commit, date, author, subject (path empty)
    std::vector<Delta> deltas; // against the first parent (a root: everything added)
    std::vector<int> parents; // indexes into Walk::commits; always earlier (-1: not walked)
};

struct Blob
{
    git_oid oid;
    std::vector<int> paths; // distinct, in the order first seen
    std::vector<QList<Finding>> findings; // per entry of `paths`, filled by the scan phase
    std::vector<std::vector<int>> keys; // per entry of `paths`: finding key ids (lifecycle)

    int slot(int path) const
    {
        for (size_t i = 0; i < paths.size(); ++i)
            if (paths[i] == path)
                return int(i);
        return -1;
    }
};

// A commit that some reference points at and HEAD does not contain, with its tree's changes
// against HEAD's tree and the names of the references there. Branches (local and
// remote-tracking) are kept apart from other references (pull requests, tags): only lines that
// never reached HEAD's history are said to be alive on those, since every stale pull request
// still holds lines that HEAD removed long after it was opened.
struct BranchTip
{
    int commit = -1;
    QStringList branches; // short names: "feature", "origin/feature"
    QStringList refs; // short names of other references: "pull/1/head", "v1.0"
    std::vector<Delta> fromHead;
};

struct Walk
{
    std::vector<Commit> commits;
    QHash<QByteArray, int> commitIndex;
    std::vector<Blob> blobs;
    QHash<QByteArray, int> blobIndex;
    QStringList paths;
    QHash<QString, int> pathIndex;
    int head = -1; // index of HEAD's commit
    std::vector<BranchTip> tips; // one per commit that references point at, HEAD not containing it

    int internPath(const char *path)
    {
        const QString p = QString::fromUtf8(path);
        const auto it = pathIndex.constFind(p);
        if (it != pathIndex.cend())
            return *it;
        paths.append(p);
        pathIndex.insert(p, int(paths.size() - 1));
        return int(paths.size() - 1);
    }
};

// Phase 3: findings with first appearance, presence at HEAD, the removing commit (and the
// merge that brought a branch's removal in), branches that still have them, moves.
QList<Finding> attribute(Walk &w);

} // namespace ChipTrace::Scan::History
