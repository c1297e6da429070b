// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Case bundles (internal to core/casefile): one zip archive holding manifest.json, the
// database as case.chiptrace and the captured copies under files/.

#include "util/result.h"

#include <QString>

namespace ChipTrace::Case::Bundle {

// Writes `dbSnapshot` and every file under `filesDir` to `bundlePath` (atomically).
Status write(const QString &bundlePath, const QString &dbSnapshot, const QString &filesDir,
    const QString &caseId);
// Unpacks a bundle: the database to `casePath`, the copies to `casePath + ".files"`.
Status extract(const QString &bundlePath, const QString &casePath);

} // namespace ChipTrace::Case::Bundle
