// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A PostgreSQL server that holds cases a team shares (see pgdatabase.h for how a case is laid
// out and addressed). init() prepares a server database once (idempotent): the registry, the
// group roles chiptrace_admin > chiptrace_analyst > chiptrace_reviewer > chiptrace_reader, the
// triggers that enforce the audit chain and the review rule, and every case's grants. push()
// and pull() move a case between a file and the server row for row, audit trail included, so
// `verify` holds on both sides.

#include "util/result.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace ChipTrace::Case::Server {

enum class Role {
    Reader, // reads
    Reviewer, // reads, reviews and comments
    Analyst, // and proposes and edits evidence, sources, models, conclusions
    Admin // and puts cases on the server (push), migrates them (init)
};
std::optional<Role> roleFromName(const QString &name); // "reader", "reviewer", "analyst", "admin"

// Prepares the server database named by `uri` (case= ignored). Returns what it did, one line
// each. Run by the database's owner or a superuser; running it again changes nothing, except
// that cases in an older format are migrated and new tables get their triggers and grants.
Result<QStringList> init(const QString &uri);
// Creates the login role `user` if it does not exist (it authenticates as the server's
// pg_hba.conf says) and makes it a member of `role`'s group.
Status grant(const QString &uri, const QString &user, Role role);
// The cases on the server and their format versions ("name version").
Result<QStringList> cases(const QString &uri);

// Puts a case file on the server as the case the URI names (which must not exist yet).
Status push(const QString &filePath, const QString &uri);
// Writes the server case the URI names into a new case file (with its captured copies).
Status pull(const QString &uri, const QString &filePath);

} // namespace ChipTrace::Case::Server
