// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The words every part of ChipTrace shares: how much a piece of evidence weighs, where in a
// file a hit sits, what kind of source evidence comes from, how far its review has got and
// whether a chip was export-controlled. One type each, used by the signature packs, the scanner,
// the funnel, the case file and the views alike, so that no layer converts between look-alike
// enums. The text forms are the ones stored in case files and signature packs and printed in
// reports. This module is a leaf: it includes nothing of ChipTrace's.

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

// What a case's source is: a cloned repository (pinned by commit), a captured document or the
// analyst's own note. The briefing cites each kind in its own way.
enum class SourceKind {
    Repository,
    Paper,
    ArchivedPage,
    WebPage,
    NewsArticle,
    Dataset,
    Note
};

// "repository" | "paper" | "archived-page" | "web-page" | "news" | "dataset" | "note"
QString sourceKindName(SourceKind kind);
std::optional<SourceKind> sourceKindFromName(const QString &name); // case-insensitive, trimmed

// How far the review of a piece of evidence has got, derived from the reviewers' verdicts.
// Proposed: no verdict counts yet (the briefing prints it as "not reviewed").
enum class ReviewStatus {
    Proposed,
    Accepted,
    Disputed,
    Rejected
};

QString reviewStatusName(ReviewStatus status); // "proposed" | "accepted" | "disputed" | "rejected"
std::optional<ReviewStatus> reviewStatusFromName(const QString &name); // case-insensitive, trimmed

// Export-control status of a chip at a date, as the rules engine decides it. The rules engine
// itself answers NotControlled, Controlled or Undecidable (the rule data cannot decide: an unknown
// figure, a destination the data does not cover); LicenseException (controlled, but a licence
// exception applies), Mixed (the remaining candidates differ) and Unknown (not classified) come
// from summing up several classifications.
enum class ControlStatus {
    Unknown,
    NotControlled,
    Controlled,
    LicenseException,
    Mixed,
    Undecidable
};

// "unknown" | "no" | "yes" | "license-exception" | "mixed" | "undecidable" (no/yes: the JSON of
// `chiptrace funnel` and the rules printed them so before this type was shared)
QString controlStatusName(ControlStatus status);
std::optional<ControlStatus> controlStatusFromName(const QString &name); // case-insensitive

} // namespace ChipTrace
