// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The append-only, hash-chained audit trail (internal to core/casefile). Each entry's hash is
// SHA-256 over the previous entry's hash and the entry's own fields, so editing, removing or
// reordering any entry breaks the chain from there on; and each row's current content must
// equal the `after` of its last entry, so editing a row outside ChipTrace shows too.

#include "casefile/casetypes.h"
#include "casefile/database.h"
#include "util/result.h"

#include <QByteArray>
#include <QJsonObject>

#include <optional>

namespace ChipTrace::Case {

class AuditLog
{
public:
    explicit AuditLog(Database &db); // reads the chain head
    Status status() const { return m_status; }
    Status append(const QString &actor, const QString &action, const QString &table,
        const QString &id, const QJsonObject &before, const QJsonObject &after);

    // The stored text of a row state: compact JSON with sorted keys; empty for "absent".
    static QString canonical(const QJsonObject &row);
    static QString entryHash(const QString &prevHash, qint64 seq, const QString &at,
        const QString &actor, const QString &action, const QString &table, const QString &id,
        const QString &before, const QString &after);
    static AuditEntry fromRow(const QJsonObject &row);
    qint64 headSeq() const { return m_seq; }
    QString headHash() const { return m_hash; }

private:
    Database &m_db;
    std::optional<Statement> m_insert;
    qint64 m_seq = 0;
    QString m_hash;
    Status m_status;
};

} // namespace ChipTrace::Case
