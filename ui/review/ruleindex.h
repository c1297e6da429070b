// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The shipped signature rules by id, for what the UI explains about a hit or a finding (code
// viewer tooltips, the inspector): rationale, references, known false positives. Loaded once
// on first use; a rule id the packs do not know gives nullptr (claims, rules from an older pack).

#include "signatures/rule.h"

namespace ChipTrace::Ui {

const Signatures::Rule *builtinRule(const QString &ruleId);

} // namespace ChipTrace::Ui
