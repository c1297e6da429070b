// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Markdown to sections split at headings (ATX "## x" and setext underlines), with inline markup
// reduced to its text; and YAML front matter (a model card's metadata block) read into
// structured claims for the fields that name hardware.

#include "evidence/evidencetypes.h"
#include "util/result.h"

namespace ChipTrace::Evidence {

struct MarkdownText
{
    QString title; // front matter `model_name`/`title`, or the first heading
    bool hasFrontMatter = false;
    bool looksLikeModelCard = false; // front matter with model-card keys
    QList<TextSegment> sections;
    QList<StructuredClaim> structured;
    QStringList problems;
};

Result<MarkdownText> markdownToText(const QString &markdown);

} // namespace ChipTrace::Evidence
