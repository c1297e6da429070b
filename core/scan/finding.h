// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A Finding is one piece of evidence the scanner found in a repository: either a signature (a
// rule from a signature pack matched code, a config or a comment) or a claim (prose names a
// chip, e.g. "2.788M H800 GPU hours"). It is a plain value shared by the scanner, the case
// file, the UI and the report. For history scans it also says where the text first appeared
// (commit, date, author, path), whether it is still present at HEAD and, if not, which commit
// removed it (and, for a removal made on a branch, the merge that brought it into HEAD's line).
// A line keeps its identity when its file moves: `path` is its last path, `movedFrom` the
// earlier ones. For a working-tree scan `atHead` is true and the git fields are empty.

#include "domain/vocabulary.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ChipTrace::Scan {

enum class FindingKind {
    Signature,
    Claim
};

// What the sentence around a claim says the chips were used for.
enum class ClaimScope {
    Unknown,
    Training,
    FineTuning,
    Inference,
    Deployment,
    Benchmark
};

// A commit as the findings refer to it.
struct CommitRef
{
    QString commit; // full hex id
    QDateTime date; // committer date, UTC
    QString author; // "Name <email>"
    QString path; // the file's path in that commit (for first_seen)
    QString subject; // the first line of the commit message
};

struct Finding
{
    FindingKind kind = FindingKind::Signature;
    QString ruleId; // signature rule id; for claims "claim"
    QString family; // rule family ("nccl", "cuda-arch", "ascend", ...); for claims "claim"
    QString title; // the rule's title (claims: the chip spelling as written)

    QString path; // repository-relative, '/'-separated
    int line = 0; // 1-based
    int column = 0; // 1-based, in UTF-16 code units of `text`
    int length = 0; // of the match, UTF-16 code units
    QString text; // the whole line holding the match (trimmed of its newline)
    QString match; // the matched text itself

    HitContext context = HitContext::Code;
    bool vendored = false; // under third_party/, vendor/, external/, ... (see Scan::isVendoredPath)

    QStringList chips; // catalog names a claim resolves to (empty for signatures)
    ClaimScope scope = ClaimScope::Unknown;
    Strength strength = Strength::Hint;
    QString implies; // funnel constraint text, e.g. "vendor != AMD"

    bool atHead = true;
    std::optional<CommitRef> firstSeen; // history scans only
    std::optional<CommitRef>
        removedIn; // history scans only, when !atHead: the commit that deleted the line
    std::optional<CommitRef> mergedIn; // when removedIn is off HEAD's first-parent line: the commit
                                       // of that line that brought the removal in (a merge)
    // A line no commit of HEAD's history ever held (it lived only on branches, pull requests or
    // tags HEAD does not contain): aliveOn names the references whose tip still has it, and
    // removedIn is set only when none does (the commit of its own branch that deleted it).
    bool unmerged = false;
    QStringList aliveOn; // !atHead: references HEAD does not contain whose tip still has the line
                         // (branches only, for lines HEAD's history once held)
    QStringList movedFrom; // earlier paths of a line whose file moved, oldest first
    QString blob; // git blob id holding the text (history scans)
};

// Identity of a finding across scans and commits: rule, path and the trimmed line text (the
// history scan's notion of "the same signature"). findingKey is its text form, for sets and
// maps within one run (`path` stands in for the finding's own where a caller already holds
// the file's path); findingFingerprint a hex SHA-256 prefix of it, stable across versions.
QString findingKey(const Finding &finding);
QString findingKey(const Finding &finding, const QString &path);
QString findingFingerprint(const Finding &finding);

QString kindName(FindingKind kind); // "signature" | "claim"
QString scopeName(ClaimScope scope); // "training" | "fine-tuning" | ... | "unknown"
std::optional<ClaimScope> scopeFromName(const QString &name);

} // namespace ChipTrace::Scan
