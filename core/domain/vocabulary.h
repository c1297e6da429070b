// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The words every part of ChipTrace shares: how much a piece of evidence weighs and where in a
// file a hit sits. One type each, used by the signature packs, the scanner, the funnel, the case
// file and the views alike, so that no layer converts between look-alike enums. The text forms
// are the ones stored in case files and signature packs and printed in reports. This module is a
// leaf: it includes nothing of ChipTrace's.

#include <QString>

#include <optional>

namespace ChipTrace {

// proof (cannot run elsewhere: a compiled arch target, a required vendor-only library),
// strong (vendor-specific, rarely vestigial) and hint (portable, often copy-pasted, a weak lead).
// Ordered: a stronger value compares greater. Proof and strong eliminate in the funnel; a hint
// only ranks.
enum class Strength {
    Hint,
    Strong,
    Proof
};

QString strengthName(Strength strength); // "hint" | "strong" | "proof"
std::optional<Strength> strengthFromName(const QString &name); // case-insensitive, trimmed

// Where in a file a hit sits, from KSyntaxHighlighting's tokeniser (prose = a documentation or
// plain-text file, where there is no code to speak of).
enum class HitContext {
    Code,
    Comment,
    String,
    Prose
};

QString contextName(HitContext context); // "code" | "comment" | "string" | "prose"
std::optional<HitContext> contextFromName(const QString &name); // case-insensitive, trimmed

} // namespace ChipTrace
