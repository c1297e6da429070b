// SPDX-License-Identifier: GPL-3.0-or-later
#include "casefile/audit.h"

#include <QCryptographicHash>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace ChipTrace::Case {

AuditLog::AuditLog(Database &db)
    : m_db(db)
{
    auto head = db.prepare(u"SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1"_s);
    if (!head) {
        m_status = head.error();
        return;
    }
    if (head->next()) {
        m_seq = head->integer(0);
        m_hash = head->text(1);
    }
    auto insert = db.prepare(
        u"INSERT INTO audit (seq, at, actor, action, entity, entity_id, before, after, "
        "prev_hash, hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"_s);
    if (!insert) {
        m_status = insert.error();
        return;
    }
    m_insert.emplace(std::move(*insert));
}

QString AuditLog::canonical(const QJsonObject &row)
{
    if (row.isEmpty())
        return {};
    return QString::fromUtf8(QJsonDocument(row).toJson(QJsonDocument::Compact));
}

QString AuditLog::entryHash(const QString &prevHash, qint64 seq, const QString &at,
    const QString &actor, const QString &action, const QString &table, const QString &id,
    const QString &before, const QString &after)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    const QStringList fields{
        prevHash, QString::number(seq), at, actor, action, table, id, before, after};
    for (const QString &f : fields) {
        h.addData(f.toUtf8());
        h.addData(
            QByteArrayView("\x1f", 1)); // unit separator: field boundaries are part of the hash
    }
    return QString::fromLatin1(h.result().toHex());
}

Status AuditLog::append(const QString &actor, const QString &action, const QString &table,
    const QString &id, const QJsonObject &before, const QJsonObject &after)
{
    if (!m_status)
        return m_status;
    const qint64 seq = m_seq + 1;
    const QString at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    const QString b = canonical(before), a = canonical(after);
    const QString hash = entryHash(m_hash, seq, at, actor, action, table, id, b, a);
    Statement &st = *m_insert;
    st.reset();
    st.bind(1, seq).bind(2, at).bind(3, actor).bind(4, action).bind(5, table).bind(6, id);
    st.bind(7, b.isEmpty() ? QString() : b).bind(8, a.isEmpty() ? QString() : a);
    st.bind(9, m_hash.isNull() ? u""_s : m_hash).bind(10, hash);
    if (Status s = st.exec(); !s)
        return s;
    m_seq = seq;
    m_hash = hash;
    return {};
}

AuditEntry AuditLog::fromRow(const QJsonObject &row)
{
    AuditEntry e;
    e.seq = row.value(u"seq"_s).toInteger();
    e.at = QDateTime::fromString(row.value(u"at"_s).toString(), Qt::ISODateWithMs);
    e.actor = row.value(u"actor"_s).toString();
    e.action = row.value(u"action"_s).toString();
    e.table = row.value(u"entity"_s).toString();
    e.entityId = row.value(u"entity_id"_s).toString();
    e.before = QJsonDocument::fromJson(row.value(u"before"_s).toString().toUtf8()).object();
    e.after = QJsonDocument::fromJson(row.value(u"after"_s).toString().toUtf8()).object();
    e.prevHash = row.value(u"prev_hash"_s).toString();
    e.hash = row.value(u"hash"_s).toString();
    return e;
}

} // namespace ChipTrace::Case
