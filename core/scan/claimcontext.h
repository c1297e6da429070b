// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What surrounds a chip mention, for ClaimExtractor: the table cell it sits in (Markdown or
// HTML) with the header of its column and the text before the table; whether it is part of a
// path, a host name or a scheduler partition; whether its line is captured tool output
// (nvidia-smi); whether the text speaks of GPUs at all (which short, ambiguous spellings such as
// "L4" or "H20" need before they count). Pure functions of the text.

#include "scan/claimextractor.h"

#include <QString>

#include <optional>

namespace ChipTrace::Scan::ClaimContext {

// [begin, end) of the line holding `offset` (end excludes the line break).
struct Span
{
    qsizetype begin = 0;
    qsizetype end = 0;
};
Span lineAt(const QString &text, qsizetype offset);

struct TableCell
{
    QString cell; // the cell's text
    QString row; // the whole row
    QString headerCell; // the header of the cell's column (Markdown), empty if unknown
    QString header; // the header row (Markdown) or every <th> of the table (HTML)
    QString before; // up to three non-empty lines before the table: its heading, its caption
    bool isHeader = false;
};
// The table cell at `offset`, if the offset is inside a Markdown table (a block of '|' lines with
// a '---' separator under its header) or an HTML <table>.
std::optional<TableCell> tableCellAt(const QString &text, qsizetype offset);

// Path, host or partition, from the characters around the mention at [offset, offset+length).
std::optional<ClaimForm> infrastructureForm(
    const QString &text, qsizetype offset, qsizetype length);

// An nvidia-smi row ("|   0  NVIDIA A800-SXM4-80GB   On |") or listing ("GPU 0: NVIDIA ...").
bool isToolOutput(const QString &line);

// A mention glued to a preceding word by '-', '_' or '.' ("Spotlight-V100", "T4Rec" is refused by
// the pattern itself); brand, host and cluster words ("nvidia_a100", "gpu-a100-12") are allowed.
bool gluedToWord(const QString &text, qsizetype offset);

// The mention is part of a URL ("https://www.nvidia.com/.../a10/pdf/"): a link, not a claim.
bool insideUrl(const QString &text, qsizetype offset);

// The mention sits in a long run of base64 ("iVBORw0KGgo...+T4/..."), an image or blob embedded in
// a notebook or a data file: bytes, not words.
bool insideBase64(const QString &text, qsizetype offset, qsizetype length);

// The sentence says the chip is NOT supported or cannot be used ("V100 and older GPUs are not
// supported", "不支持V100"): the opposite of a claim. A threshold ("A100以上", "A100 or newer")
// is not negated by a clause about older cards that follows it.
bool negated(const QString &text, qsizetype offset, qsizetype length);

// Words that make a text speak of GPUs or accelerators (English, Chinese, Japanese).
bool speaksOfGpus(const QString &text);

// Spellings that also name other things (an "L4" engine, "H20" water, the "A10" road) and count
// only where the text speaks of GPUs; a brand or memory suffix written with them disambiguates.
bool isAmbiguous(const QString &spelling);

} // namespace ChipTrace::Scan::ClaimContext
