// SPDX-License-Identifier: GPL-3.0-or-later
// CaseFile: the reading half (values out of the stored rows).

#include "casefile/audit.h"
#include "casefile/casefile.h"
#include "casefile/database.h"
#include "casefile/findingreader.h"
#include "casefile/rows.h"
#include "casefile/schema.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace ChipTrace::Case {

static QList<QJsonObject> select(
    const Database &db, const QString &sql, const QList<QJsonValue> &args = {})
{
    auto rows = db.rows(sql, args);
    if (!rows) {
        db.noteReadFailure(rows.message());
        return {};
    }
    return *rows;
}

template<typename T, typename F>
static QList<T> mapRows(const QList<QJsonObject> &rows, F convert)
{
    QList<T> out;
    out.reserve(rows.size());
    for (const QJsonObject &r : rows)
        out.append(convert(r));
    return out;
}

// All rows of a table, or those whose `column` equals `key` when given.
static QList<QJsonObject> rowsWhere(const Database &db, const QString &table, const QString &column,
    const QString &key, const QString &order)
{
    if (key.isEmpty())
        return select(db, u"SELECT * FROM %1 ORDER BY %2"_s.arg(table, order));
    return select(
        db, u"SELECT * FROM %1 WHERE %2 = ?1 ORDER BY %3"_s.arg(table, column, order), {key});
}

static std::optional<QJsonObject> rowById(
    const Database &db, const QString &table, const QString &id)
{
    const auto rows = select(db, u"SELECT * FROM %1 WHERE id = ?1"_s.arg(table), {id});
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first();
}

CaseInfo CaseFile::info() const
{
    const auto rows = select(*m_db, u"SELECT * FROM case_info LIMIT 1"_s);
    CaseInfo v = rows.isEmpty() ? CaseInfo() : Rows::caseInfo(rows.first());
    const auto last = select(*m_db, u"SELECT max(at) AS at FROM audit"_s);
    v.modified = last.isEmpty() ? v.created : Rows::timeFrom(last.first().value(u"at"_s));
    v.schemaVersion = m_db->schemaVersion().value_or(0);
    return v;
}

CaseStats CaseFile::stats() const
{
    CaseStats s;
    auto count = [this](const QString &sql) {
        const Result<qint64> n = m_db->scalar(sql);
        if (!n)
            m_db->noteReadFailure(n.message());
        return int(n.value_or(0));
    };
    s.labs = count(u"SELECT count(*) FROM labs"_s);
    s.models = count(u"SELECT count(*) FROM models"_s);
    s.sources = count(u"SELECT count(*) FROM sources"_s);
    s.findings = count(u"SELECT count(*) FROM findings"_s);
    s.comments = count(u"SELECT count(*) FROM comments"_s);
    s.conclusions = count(u"SELECT count(*) FROM conclusions"_s);
    s.openConflicts = count(u"SELECT count(*) FROM conflicts WHERE resolved IS NULL"_s);
    s.auditEntries = count(u"SELECT count(*) FROM audit"_s);
    for (const Evidence &e : evidence()) {
        ++s.evidence;
        switch (e.status) {
        case ReviewStatus::Proposed:
            ++s.proposed;
            break;
        case ReviewStatus::Accepted:
            ++s.accepted;
            break;
        case ReviewStatus::Disputed:
            ++s.disputed;
            break;
        case ReviewStatus::Rejected:
            ++s.rejected;
            break;
        }
    }
    return s;
}

QList<Lab> CaseFile::labs() const
{
    return mapRows<Lab>(rowsWhere(*m_db, u"labs"_s, {}, {}, u"name, id"_s), Rows::lab);
}

std::optional<Lab> CaseFile::lab(const QString &id) const
{
    const auto r = rowById(*m_db, u"labs"_s, id);
    return r ? std::optional<Lab>(Rows::lab(*r)) : std::nullopt;
}

QList<Model> CaseFile::models(const QString &labId) const
{
    return mapRows<Model>(
        rowsWhere(*m_db, u"models"_s, u"lab_id"_s, labId, u"name, id"_s), Rows::model);
}

std::optional<Model> CaseFile::model(const QString &id) const
{
    const auto r = rowById(*m_db, u"models"_s, id);
    return r ? std::optional<Model>(Rows::model(*r)) : std::nullopt;
}

QList<Source> CaseFile::sources() const
{
    return mapRows<Source>(
        rowsWhere(*m_db, u"sources"_s, {}, {}, u"retrieved, id"_s), Rows::source);
}

std::optional<Source> CaseFile::source(const QString &id) const
{
    const auto r = rowById(*m_db, u"sources"_s, id);
    return r ? std::optional<Source>(Rows::source(*r)) : std::nullopt;
}

QList<FindingRecord> CaseFile::findings(const QString &sourceId) const
{
    Result<QList<FindingRecord>> rows = readFindings(*m_db, sourceId);
    if (!rows) {
        m_db->noteReadFailure(rows.message());
        return {};
    }
    return *rows;
}

std::optional<FindingRecord> CaseFile::finding(const QString &id) const
{
    const auto r = rowById(*m_db, u"findings"_s, id);
    return r ? std::optional<FindingRecord>(Rows::finding(*r)) : std::nullopt;
}

// Status is derived from the reviews each time, so merged reviews count without a recompute step.
static QList<Evidence> withStatus(const Database &db, QList<Evidence> items)
{
    QHash<QString, QList<Review>> byItem;
    const QList<QJsonObject> rows = select(db, u"SELECT * FROM reviews ORDER BY at, id"_s);
    for (const QJsonObject &r : rows)
        byItem[r.value(u"evidence_id"_s).toString()].append(Rows::review(r));
    for (Evidence &e : items)
        e.status = Rows::deriveStatus(e.author, byItem.value(e.id));
    return items;
}

QList<Evidence> CaseFile::evidence(const QString &modelId) const
{
    return withStatus(*m_db,
        mapRows<Evidence>(rowsWhere(*m_db, u"evidence"_s, u"model_id"_s, modelId, u"created, id"_s),
            Rows::evidence));
}

std::optional<Evidence> CaseFile::evidenceItem(const QString &id) const
{
    const auto r = rowById(*m_db, u"evidence"_s, id);
    if (!r)
        return std::nullopt;
    Evidence e = Rows::evidence(*r);
    e.status = Rows::deriveStatus(e.author, reviews(id));
    return e;
}

QList<Review> CaseFile::reviews(const QString &evidenceId) const
{
    return mapRows<Review>(
        rowsWhere(*m_db, u"reviews"_s, u"evidence_id"_s, evidenceId, u"at, id"_s), Rows::review);
}

QList<Comment> CaseFile::comments(const QString &evidenceId) const
{
    return mapRows<Comment>(
        rowsWhere(*m_db, u"comments"_s, u"evidence_id"_s, evidenceId, u"at, id"_s), Rows::comment);
}

QList<Conclusion> CaseFile::conclusions(const QString &modelId) const
{
    return mapRows<Conclusion>(
        rowsWhere(*m_db, u"conclusions"_s, u"model_id"_s, modelId, u"as_of, id"_s),
        Rows::conclusion);
}

FunnelState CaseFile::funnelState(const QString &modelId) const
{
    const auto r = rowById(*m_db, u"funnel_states"_s, modelId);
    FunnelState v = r ? Rows::funnelState(*r) : FunnelState();
    v.modelId = modelId;
    return v;
}

QList<AuditEntry> CaseFile::auditTrail(const QString &entityId) const
{
    return mapRows<AuditEntry>(
        rowsWhere(*m_db, u"audit"_s, u"entity_id"_s, entityId, u"seq"_s), AuditLog::fromRow);
}

QList<Conflict> CaseFile::conflicts(bool includeResolved) const
{
    const QString where = includeResolved ? QString() : u" WHERE resolved IS NULL"_s;
    return mapRows<Conflict>(
        select(*m_db, u"SELECT * FROM conflicts%1 ORDER BY detected, id"_s.arg(where)),
        Rows::conflict);
}

} // namespace ChipTrace::Case
