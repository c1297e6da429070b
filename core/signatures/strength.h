#pragma once

// How much a signature says about the hardware, on the team's three-step scale: `proof` (cannot
// run elsewhere: a compiled arch target, a vendor-only library that is required), `strong`
// (vendor-specific, rarely vestigial) and `hint` (portable, often copy-pasted, or a weak
// lead). Kept in its own header so that findings can carry it without pulling in the rule type.

#include <QString>

#include <optional>

namespace ChipTrace::Signatures {

enum class Strength { Hint, Strong, Proof };

QString strengthName(Strength strength);                       // "hint" | "strong" | "proof"
std::optional<Strength> strengthFromName(const QString &name); // case-insensitive

} // namespace ChipTrace::Signatures
