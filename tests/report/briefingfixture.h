// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A briefing built directly in the report model, for the renderer's tests and the export
// benchmark: a small but complete investigation (every section, a CJK and a Japanese quote,
// disputed evidence with dissent, a removed finding) padded to `evidenceCount` evidence items
// and `findingCount` findings.

#include "report/briefing.h"

namespace ChipTrace::Test {

Report::Briefing sampleBriefing(int evidenceCount = 6, int findingCount = 40);

} // namespace ChipTrace::Test
