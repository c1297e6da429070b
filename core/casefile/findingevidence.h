// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A finding becoming evidence for a model. One rule whichever path makes it (the scan's
// proposals on import, an analyst's "Make Evidence" in the workbench), so that the same hit is
// the same evidence item: a stable id over (finding, model), so making it by hand and importing
// the scan again meet instead of duplicating; the finding's claim scope; the lab's own
// repository as a usually reliable source (B); probably true (2) for a proof signature,
// possibly true (3) otherwise, for the reviewer to confirm or change.

#include "casefile/casetypes.h"
#include "util/result.h"

namespace ChipTrace::Case {

class CaseFile;

Evidence evidenceFromFinding(const FindingRecord &finding, const QString &modelId);

struct MadeEvidence
{
    ChangeSet change; // one undo step for all of it
    QStringList ids; // the evidence items made, in the order of the findings asked for
    int skipped = 0; // findings that already were evidence for the model
};

// Makes each finding evidence for `modelId` in one transaction: all of it or none of it.
// Findings that already are evidence for the model are skipped (the funnel would count the
// same hit twice); ids that are not findings of the case are ignored.
Result<MadeEvidence> makeEvidence(
    CaseFile &caseFile, const QStringList &findingIds, const QString &modelId);

} // namespace ChipTrace::Case
