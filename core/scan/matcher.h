// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The multi-pattern matcher: every pattern of every loaded rule compiled into ONE Vectorscan
// (Hyperscan) database, so a file is read once whatever the number of rules. Hits come back
// with leftmost start offsets (HS_FLAG_SOM_LEFTMOST). A Matcher is immutable after compile()
// and scan() may be called from many threads at once: each call borrows its own scratch space.

#include "signatures/rule.h"
#include "util/result.h"

#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QRegularExpression>

#include <memory>
#include <vector>

struct hs_database;
struct hs_scratch;

namespace ChipTrace::Scan {

struct RawHit
{
    int rule = -1; // index into Matcher::rules()
    qsizetype start = 0; // byte offsets into the scanned data
    qsizetype end = 0;
};

class Matcher
{
public:
    // Compiles all patterns; an invalid pattern fails with the rule id and pack file named.
    static Result<std::shared_ptr<const Matcher>> compile(QList<Signatures::Rule> rules);
    ~Matcher();
    Matcher(const Matcher &) = delete;
    Matcher &operator=(const Matcher &) = delete;

    const QList<Signatures::Rule> &rules() const { return m_rules; }
    int ruleIndex(const QString &id) const;

    // All hits in `data`, at most one per (rule, start); capped at `maxHits`.
    QList<RawHit> scan(QByteArrayView data, int maxHits = 20000) const;

    // Rule's `files:` globs, precompiled (Rule::appliesToPath without recompiling).
    bool appliesToPath(int rule, const QString &path) const;

private:
    Matcher() = default;
    void addStartFinder(int expression, const QByteArray &pattern);
    static Status compileDatabase(Matcher &m, const std::vector<QByteArray> &expressions,
        std::vector<unsigned int> &flags, const std::vector<unsigned int> &ids);
    static QString cachePath(
        const std::vector<QByteArray> &expressions, const std::vector<unsigned int> &flags);
    static bool loadCached(Matcher &m, const QString &file,
        const std::vector<QByteArray> &expressions, std::vector<unsigned int> &flags);
    static void saveCached(
        const Matcher &m, const QString &file, const std::vector<unsigned int> &flags);
    hs_scratch *takeScratch() const;
    void giveScratch(hs_scratch *scratch) const;

    QList<Signatures::Rule> m_rules;
    std::vector<int> m_patternRule; // Vectorscan expression id -> rule index
    std::vector<std::vector<QRegularExpression>> m_globs;
    QHash<int, QRegularExpression>
        m_startFinder; // expression id -> regex, for patterns without SOM
    hs_database *m_db = nullptr;
    hs_scratch *m_prototype = nullptr;
    mutable QMutex m_scratchLock;
    mutable std::vector<hs_scratch *> m_freeScratch;
};

} // namespace ChipTrace::Scan
