// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One signature rule from a signature pack: what it matches (regular expressions, restricted to
// file names and to the contexts it counts in), what a match implies for the hardware (a funnel
// constraint in the text form of Funnel::Constraint, e.g. "vendor != AMD"), how strong that is,
// why (rationale, references, known false positives), and examples that must and must not
// match, which the test suite runs for every shipped rule. Co-signals let a rule require or veto
// another rule's hit in the same file or within a few lines: `hccl` counts as Ascend only beside
// `torch_npu`, and as Gaudi only beside `habana_frameworks`.

#include "domain/vocabulary.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ChipTrace::Signatures {

// Another rule whose hit must (requires) or must not (vetoes) be present for this rule to count.
struct CoSignal
{
    QString rule; // id of the other rule
    int withinLines = -1; // -1: anywhere in the same file; N: at most N lines away
};

struct RuleExample
{
    QString text;
    QString path; // file the example pretends to be in; empty: a name matching the rule's files
};

struct Rule
{
    QString id;
    QString title;
    QString family;
    QStringList patterns; // Vectorscan/PCRE syntax, one alternative each
    bool caseInsensitive = false;
    QStringList files; // globs on the file name, or on the path when they hold '/'; empty: all
    QList<ChipTrace::HitContext> contexts; // where a hit counts; empty: everywhere
    QString implies; // funnel constraint text; empty: records only
    Strength strength = Strength::Hint;
    QString rationale;
    QStringList references;
    QStringList falsePositives;
    QList<RuleExample> examplesMatch;
    QList<RuleExample> examplesNoMatch;
    QList<CoSignal> required; // all-of: each must be satisfied
    QList<CoSignal> vetoes; // any-of: one present drops the hit

    QString sourceFile; // the pack this rule came from
    int sourceLine = 0; // 1-based line of the rule in that pack

    // True when `path` (repository-relative) is one of the files this rule looks at.
    bool appliesToPath(const QString &path) const;
    bool countsIn(ChipTrace::HitContext context) const;
};

} // namespace ChipTrace::Signatures
