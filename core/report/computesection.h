// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One compute-plausibility check as the briefing and the workbench show it (ComputeSection):
// its inputs, the items they came from, and each chip's required share of its peak for the
// candidates the funnel left and the chips the check removed.

#include "briefing.h"
#include "casefile/computestep.h"

#include <QHash>

namespace ChipTrace::Report {

// `displayIds` maps evidence ids to what the reader sees ("E3"); ids without one stay as they
// are. `plan` and `result` are the funnel the check ran in.
ComputeSection computeSection(const Funnel::ComputeCheck &check, const Funnel::CaseSteps &plan,
    const Funnel::FunnelResult &result, const QHash<QString, QString> &displayIds = {});

} // namespace ChipTrace::Report
