// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandregistry.h"

#include <algorithm>
#include <cstdio>

namespace ChipTrace::Cli {

static QList<Command> &registry()
{
    static QList<Command> commands; // function-local: safe against static init order
    return commands;
}

void CommandRegistry::add(Command command)
{
    registry().append(std::move(command));
}

const Command *CommandRegistry::find(const QString &name)
{
    for (const Command &c : registry()) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

QList<Command> CommandRegistry::all()
{
    QList<Command> sorted = registry();
    std::sort(sorted.begin(), sorted.end(),
        [](const Command &a, const Command &b) { return a.name < b.name; });
    return sorted;
}

// Optimal string alignment distance: insertions, deletions, substitutions and swaps of two
// neighbours each count one, so "scna" is one edit from "scan".
static qsizetype editDistance(const QString &a, const QString &b)
{
    const qsizetype n = a.size(), m = b.size();
    QList<QList<qsizetype>> d(n + 1, QList<qsizetype>(m + 1, 0));
    for (qsizetype i = 0; i <= n; ++i)
        d[i][0] = i;
    for (qsizetype j = 0; j <= m; ++j)
        d[0][j] = j;
    for (qsizetype i = 1; i <= n; ++i) {
        for (qsizetype j = 1; j <= m; ++j) {
            const qsizetype cost = a[i - 1] == b[j - 1] ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[n][m];
}

QStringList CommandRegistry::closest(const QString &word)
{
    QStringList best;
    qsizetype bestDistance = -1;
    const QString lower = word.toLower();
    for (const Command &c : all()) {
        const qsizetype distance = editDistance(lower, c.name);
        if (bestDistance < 0 || distance < bestDistance) {
            bestDistance = distance;
            best = {c.name};
        } else if (distance == bestDistance) {
            best.append(c.name);
        }
    }
    return best;
}

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

} // namespace ChipTrace::Cli
