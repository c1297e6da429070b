// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reading a case's findings fast (internal to core/casefile). A large repository's history can
// give 100,000 findings, and the workbench reads them all when a case opens and after every
// scan import. The generic row path (every row as a QJsonObject, every chips list parsed as
// JSON, every timestamp parsed) took 1.3 s for 100,000 rows; this reads the columns straight
// from the statement and shares repeated values (paths, rules, commits, dates) between records.

#include "casefile/casetypes.h"
#include "util/result.h"

namespace ChipTrace::Case {

class Database;

// All findings, or those of one source, ordered by path, line and id.
Result<QList<FindingRecord>> readFindings(const Database &db, const QString &sourceId = {});

} // namespace ChipTrace::Case
