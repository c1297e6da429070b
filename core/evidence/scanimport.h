// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Turning scanner output into case items. A repository scan becomes one Source (the repository
// at the scanned commit), one FindingRecord per Scan::Finding, and proposed Evidence for the
// findings worth an analyst's review: claims, and strong or proof signatures outside vendored
// code. Ids are derived from content (UUID v5), so importing the same repository at the same
// commit again, or by two analysts, yields the same items instead of duplicates.

#include "casefile/casetypes.h"
#include "scan/finding.h"

namespace ChipTrace::Case {

FindingRecord fromScanFinding(
    const Scan::Finding &finding, const QString &sourceId, const QString &commit);

// Whether a finding is proposed as evidence on import.
bool proposesEvidence(const Scan::Finding &finding);

// `modelId` empty: findings only, no proposed evidence.
ImportBatch batchFromScan(const QString &uri, const QString &title, const QString &commit,
    const QList<Scan::Finding> &findings, const QString &modelId);

} // namespace ChipTrace::Case
