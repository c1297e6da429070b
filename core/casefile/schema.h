// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The case file's schema: DDL for every version, forward migrations and the list of audited
// tables with their dependencies (internal to core/casefile). The file format contract is
// documented in README.md ("case files"): PRAGMA application_id identifies a ChipTrace case,
// PRAGMA user_version is the schema version.

#include "util/result.h"

#include <QString>
#include <QStringList>

namespace ChipTrace::Case {

class Database;

namespace Schema {

constexpr int ApplicationId = 0x43547263; // "CTrc"
constexpr int Current = 6;

// Every table whose rows the audit trail covers, parents before children (insert order).
const QStringList &auditedTables();
// Tables whose rows point at a row of `table` through `column`: {childTable, column}.
QList<QPair<QString, QString>> dependents(const QString &table);

QString ddl(int version); // the whole schema of that version (for tests and creation)
Status create(Database &db); // a new, current file (or server case: Database::dialect)
// The connection settings of every writable open of a file: WAL so readers never block the
// writer and a crash never leaves a half-written transaction; FULL sync because a case must
// never lose data.
Status configureFile(Database &db);
// Upgrades an open file from `from` to Current inside the caller's transaction. Every row
// whose stored form changes gets a "migrate" audit entry so that verify() still holds.
Status migrate(Database &db, int from, const QString &actor);

} // namespace Schema
} // namespace ChipTrace::Case
