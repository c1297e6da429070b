// SPDX-License-Identifier: GPL-3.0-or-later
#include "casefile/casewriter.h"

#include "casefile/anchor.h"
#include "casefile/casefile.h"
#include "casefile/schema.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ChipTrace::Case {

CaseWriter::CaseWriter(Database &db, QString actor, QString label, CaseFile *notify)
    : m_db(db)
    , m_actor(std::move(actor))
    , m_action(label)
    , m_notify(notify)
    , m_tx(db)
    , m_log(db)
{
    m_changes.label = std::move(label);
}

Status CaseWriter::status() const
{
    if (!m_tx.status())
        return m_tx.status();
    if (!m_readStatus)
        return m_readStatus;
    return m_log.status();
}

Statement *CaseWriter::statement(const QString &key, const QString &sql)
{
    auto it = m_statements.find(key);
    if (it == m_statements.end()) {
        auto st = m_db.prepare(sql);
        if (!st)
            return nullptr;
        it = m_statements.emplace(key, std::move(*st)).first;
    }
    it->second.reset();
    return &it->second;
}

const QStringList &CaseWriter::columns(const QString &table)
{
    auto it = m_columns.find(table);
    if (it == m_columns.end())
        it = m_columns.insert(table, m_db.columns(table));
    return *it;
}

QJsonObject CaseWriter::read(const QString &table, const QString &id)
{
    // A read that fails must fail the edit, not pass for "no such row" (put would insert).
    Statement *st = statement(u"read:"_s + table, u"SELECT * FROM %1 WHERE id = ?1"_s.arg(table));
    if (!st) {
        m_readStatus = fail(ErrorCode::Io, m_db.lastError());
        return {};
    }
    st->bind(1, id);
    if (st->next())
        return st->row();
    if (!st->ok())
        m_readStatus = fail(ErrorCode::Io, st->error());
    return {};
}

Status CaseWriter::write(
    const QString &table, const QString &id, const QJsonObject &after, bool exists)
{
    if (after.isEmpty()) {
        Statement *st =
            statement(u"delete:"_s + table, u"DELETE FROM %1 WHERE id = ?1"_s.arg(table));
        if (!st)
            return fail(ErrorCode::Io, m_db.lastError());
        st->bind(1, id);
        return st->exec();
    }
    // Only columns this version knows: a row from a newer copy may carry more.
    QStringList cols;
    for (const QString &c : columns(table))
        if (c != u"id"_s && after.contains(c))
            cols << c;
    QStringList params, updates;
    for (int i = 0; i < cols.size(); ++i) {
        params << u"?%1"_s.arg(i + 2);
        updates << u"%1 = ?%2"_s.arg(cols[i]).arg(i + 2);
    }
    if (exists && cols.isEmpty())
        return {};
    // A row that exists is updated, not upserted: a server's INSERT triggers would take an
    // upsert of a colleague's item for an insert under their name (server.cpp).
    const QString sql = exists
        ? u"UPDATE %1 SET %2 WHERE id = ?1"_s.arg(table, updates.join(u", "_s))
        : u"INSERT INTO %1 (id%2) VALUES (?1%3)"_s.arg(table,
              cols.isEmpty() ? QString() : u", "_s + cols.join(u", "_s),
              params.isEmpty() ? QString() : u", "_s + params.join(u", "_s));
    Statement *st =
        statement((exists ? u"update:"_s : u"insert:"_s) + table + u':' + cols.join(u','), sql);
    if (!st)
        return fail(ErrorCode::Io, m_db.lastError());
    st->bind(1, id);
    for (int i = 0; i < cols.size(); ++i)
        st->bind(i + 2, after.value(cols[i]));
    return st->exec();
}

Status CaseWriter::put(const QString &table, const QString &id, const QJsonObject &after)
{
    if (Status s = status(); !s)
        return s;
    const QJsonObject before = read(table, id);
    if (Status s = status(); !s)
        return s;
    if (before.isEmpty() && after.isEmpty())
        return {};
    if (Status s = write(table, id, after, !before.isEmpty()); !s)
        return describeWriteError(s.error(), table);
    const QJsonObject stored = after.isEmpty() ? QJsonObject() : read(table, id);
    if (stored == before)
        return {};
    if (Status s = m_log.append(m_actor, m_action, table, id, before, stored); !s)
        return s;
    m_changes.changes.append({table, id, before, stored});
    return {};
}

Status CaseWriter::removeTree(const QString &table, const QString &id)
{
    for (const auto &[child, column] : Schema::dependents(table)) {
        auto ids = m_db.rows(u"SELECT id FROM %1 WHERE %2 = ?1"_s.arg(child, column), {id});
        if (!ids)
            return ids.error();
        for (const QJsonObject &r : *ids)
            if (Status s = removeTree(child, r.value(u"id"_s).toString()); !s)
                return s;
    }
    return put(table, id, {});
}

Result<ChangeSet> CaseWriter::commit()
{
    if (Status s = status(); !s)
        return s.error();
    const bool outermost = m_db.transactionDepth() == 1;
    if (Status s = m_tx.commit(); !s)
        return s.error();
    if (outermost && !m_changes.isEmpty())
        Anchor::record(m_db.path(), {m_log.headSeq(), m_log.headHash()});
    if (m_notify && !m_changes.isEmpty()) {
        // One audit entry per change, the last at the head. Only a server case has a live
        // feed to tell its own changes from others'.
        if (m_db.kind() == Database::Kind::Server)
            m_notify->m_ownWrites.append(
                {m_log.headSeq() - m_changes.changes.size() + 1, m_log.headSeq()});
        Q_EMIT m_notify->changed(m_changes);
    }
    return m_changes;
}

Error describeWriteError(const Error &error, const QString &table)
{
    if (error.message.contains(u"FOREIGN KEY"_s))
        return fail(ErrorCode::InvalidArgument,
            QCoreApplication::translate("ChipTrace::Case::CaseFile",
                "This %1 item refers to a lab, model, source, finding or evidence item "
                "that is not in the case. Add that first.")
                .arg(table));
    if (error.message.contains(u"NOT NULL"_s))
        return fail(ErrorCode::InvalidArgument,
            QCoreApplication::translate(
                "ChipTrace::Case::CaseFile", "A required field of this %1 item is empty (%2).")
                .arg(table, error.message));
    return error;
}

} // namespace ChipTrace::Case
