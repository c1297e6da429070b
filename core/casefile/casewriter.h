// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One user action on a case (internal to core/casefile): a transaction, the rows it writes
// with their audit entries, and the ChangeSet handed back for undo. Destroying a writer
// without commit() rolls everything back.

#include "casefile/audit.h"
#include "casefile/casetypes.h"
#include "casefile/database.h"

#include <QHash>

#include <map>

namespace ChipTrace::Case {

class CaseFile;

class CaseWriter
{
public:
    CaseWriter(Database &db, QString actor, QString label, CaseFile *notify = nullptr);
    Status status() const;

    QJsonObject read(const QString &table, const QString &id);
    // Writes `after` (all or some columns; empty = delete) and audits it if anything changed.
    Status put(const QString &table, const QString &id, const QJsonObject &after);
    // Deletes a row after everything that refers to it, children first.
    Status removeTree(const QString &table, const QString &id);
    Result<ChangeSet> commit();

    const QString &actor() const { return m_actor; }
    Database &db() { return m_db; }
    void setAction(const QString &action) { m_action = action; }

private:
    Statement *statement(const QString &key, const QString &sql);
    const QStringList &columns(const QString &table);
    Status write(const QString &table, const QString &id, const QJsonObject &after, bool exists);

    Database &m_db;
    QString m_actor;
    QString m_action;
    CaseFile *m_notify;
    Transaction m_tx;
    AuditLog m_log;
    Status m_readStatus; // a read that failed: the edit fails with it
    ChangeSet m_changes;
    std::map<QString, Statement> m_statements;
    QHash<QString, QStringList> m_columns;
};

// Maps a SQLite constraint failure to a message a user can act on.
Error describeWriteError(const Error &error, const QString &table);

} // namespace ChipTrace::Case
