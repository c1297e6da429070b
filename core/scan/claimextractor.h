// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Claims are chips named in text: "2.788M H800 GPU hours", "用128张A800训练", "32xH100",
// "A100-80G", "昇腾910", a Markdown or HTML table cell under a "GPU" header, an nvidia-smi row
// kept in a log, a path or host or Slurm partition named after the chip (`/mnt/h800-pool/`,
// `gpu-a100-12`, `--partition=h800`). ClaimExtractor finds such mentions in any text (README,
// docs, model cards, configs, logs, script comments; the evidence importers reuse it on PDF, WARC
// and HTML text), resolves each spelling to catalog names through a ChipResolver, and reads the
// scope the sentence gives (training, fine-tuning, inference, deployment, benchmark, or
// unknown); a table cell takes its scope from its header and the text before the table. Every
// chip of one sentence is one claim ("16 H800 or H20 GPUs" names two chips).
// Refused: spellings that resolve to nothing ("B12", "A10 road"), chip tokens inside longer
// words ("MMLU", "GPT4", "T4Rec", ".Spotlight-V100"), and short spellings that are also other
// things (L4, T4, A10, H20, ...) unless the line or table speaks of GPUs. Thread-safe once
// constructed.

#include "scan/finding.h"

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

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

// How the chip was named: in a sentence, in a table cell, in a captured tool output (nvidia-smi),
// or as infrastructure (a path, host or partition name). Infrastructure names show the lab has
// the chip; they carry the scope of their line if it gives one, else `unknown`.
enum class ClaimForm {
    Prose,
    Table,
    Log,
    Path,
    Host,
    Partition
};

QString claimFormName(ClaimForm form); // "prose" | "table" | "log" | "path" | "host" | "partition"

// One chip spelling in the text.
struct ClaimMention
{
    qsizetype offset = 0; // UTF-16 code units into the text
    qsizetype length = 0;
    QString spelling; // as written, e.g. "A100-SXM4-80G"
    QStringList chips; // resolved catalog names
};

// Every chip named in one sentence (or one table cell, or one path / host / partition name).
struct Claim
{
    qsizetype offset = 0; // into the text given to extract(), UTF-16 code units: first mention ...
    qsizetype length = 0; // ... to the end of the last one
    QString spelling; // text.mid(offset, length): "A100-SXM4-80G", "H800 or H20"
    QStringList chips; // resolved catalog names of all mentions, in order, without repeats
    ClaimScope scope = ClaimScope::Unknown;
    QString sentence; // the sentence (or cell) the scope was read from
    ClaimForm form = ClaimForm::Prose;
    QList<ClaimMention> mentions;
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
    // The most specific of two scopes (fine-tuning, training, deployment, inference, benchmark).
    static ClaimScope preferredScope(ClaimScope a, ClaimScope b);

private:
    std::optional<ClaimMention> mentionAt(
        const QString &text, const QRegularExpressionMatch &m) const;

    ChipResolver m_resolver;
    QRegularExpression m_mention;
};

} // namespace ChipTrace::Scan
