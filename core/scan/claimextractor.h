#pragma once

// Claims are chips named in prose: "2.788M H800 GPU hours", "16卡H800", "A100-80G", "昇腾910",
// "H100 80GB HBM3". ClaimExtractor finds such mentions in any text (README, docs, model cards,
// configs; the evidence importers reuse it on PDF, WARC and HTML text), resolves each spelling
// to catalog names through a ChipResolver, and reads the scope the sentence gives (training,
// fine-tuning, inference, deployment, benchmark, or unknown). Spellings that resolve to nothing
// are dropped, which is what keeps "B12" or "A10 road" out. Thread-safe once constructed.

#include "scan/finding.h"

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <functional>

namespace ChipTrace::Catalog {
class Catalog;
}

namespace ChipTrace::Scan {

// Maps an analyst's spelling ("A100-80G", "昇腾910B") to catalog entry names; empty = unknown.
using ChipResolver = std::function<QStringList(const QString &spelling)>;

// Resolves through `catalog` (which must outlive the resolver); names are Accelerator::name.
ChipResolver catalogChipResolver(const Catalog::Catalog &catalog);

// catalogChipResolver(Catalog::builtin()).
ChipResolver defaultChipResolver();

struct Claim
{
    qsizetype offset = 0;  // into the text given to extract(), UTF-16 code units
    qsizetype length = 0;
    QString spelling;      // as written, e.g. "A100-SXM4-80G"
    QStringList chips;     // resolved catalog names
    ClaimScope scope = ClaimScope::Unknown;
    QString sentence;      // the sentence the scope was read from
};

class ClaimExtractor
{
public:
    explicit ClaimExtractor(ChipResolver resolver = defaultChipResolver());

    QList<Claim> extract(const QString &text) const;

    // The scope a sentence gives its chip mentions, by keywords in English, Chinese, Japanese.
    static ClaimScope scopeOf(const QString &sentence);
    // The sentence around `offset` (bounded by sentence punctuation or a line break).
    static QString sentenceAt(const QString &text, qsizetype offset, qsizetype length);

private:
    ChipResolver m_resolver;
    QRegularExpression m_mention;
};

} // namespace ChipTrace::Scan
