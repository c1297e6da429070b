// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The claim step of an import: finds hardware claims ("trained on 2,048 H800 GPUs") in the
// imported text and in structured metadata, with scope, and narrows each claim's locator to
// the match (PDF word boxes). It is one call so that the same claim rules as repository scans
// apply; see claimstep.cpp for which extractor it delegates to.

#include "evidence/evidencetypes.h"

#include <QList>

namespace ChipTrace::Evidence {

QList<DocumentClaim> extractClaims(
    const QList<TextSegment> &segments, const QList<StructuredClaim> &structured);

} // namespace ChipTrace::Evidence
