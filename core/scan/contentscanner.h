// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Scans the content of one file (a working-tree file or a git blob) for signatures and claims:
// one pass of the compiled Matcher, then per hit the rule's file globs, the hit's context
// (code/comment/string/prose) and the rule's co-signals (requires/vetoes another rule in the
// same file or within N lines). Prose, configs, logs and script comments also go through the
// ClaimExtractor, except where the file's Site may not claim (data, tests, templates, CI, vendored
// code: see Scan::mayClaim); claims on one line become one finding naming all their chips.
// Stateless after construction and safe to call from several threads at once.

#include "scan/claimextractor.h"
#include "scan/finding.h"
#include "scan/matcher.h"

#include <QByteArray>
#include <QHash>
#include <QSet>

#include <memory>

namespace ChipTrace::Scan {

class ContentScanner
{
public:
    ContentScanner(
        std::shared_ptr<const Matcher> matcher, std::shared_ptr<const ClaimExtractor> claims);

    // Findings in `data`, the content of the file at repository-relative `path`. Git fields of the
    // findings are left empty; `atHead` is true.
    QList<Finding> scan(const QString &path, const QByteArray &data) const;

    const Matcher &matcher() const { return *m_matcher; }

    // A NUL byte in the first 8 KiB: the same test git uses.
    static bool looksBinary(const QByteArray &data);
    // A Git LFS pointer file ("version https://git-lfs.github.com/spec/v1" ...): content elsewhere.
    static bool isLfsPointer(const QByteArray &data);

private:
    struct Candidate
    {
        int rule;
        int line; // 0-based
        int column; // 0-based UTF-16
        int length;
        QString lineText;
        QString match;
        HitContext context = HitContext::Code;
    };

    QList<Candidate> signatureCandidates(const QString &path, const QByteArray &data) const;
    bool coSignalsAllow(const Candidate &c, const QHash<int, QList<int>> &linesByRule) const;
    QList<Finding> claimFindings(const QString &path, const QByteArray &data) const;
    static void mergeIntoLine(
        Finding &f, const Claim &claim, const QString &text, qsizetype lineStart);
    static QSet<int> notebookMarkdownLines(const QString &path, const QString &text);

    // Which claims a file may yield: prose, configs and logs all; scripts and Python only in
    // comments and as infrastructure names (paths, hosts, partitions); other code none.
    enum class ClaimSource {
        None,
        CommentsAndInfrastructure,
        All
    };
    static ClaimSource claimSource(const QString &path);

    std::shared_ptr<const Matcher> m_matcher;
    std::shared_ptr<const ClaimExtractor> m_claims;
    QHash<QString, int> m_ruleIndex;
};

} // namespace ChipTrace::Scan
