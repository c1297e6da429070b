// SPDX-License-Identifier: GPL-3.0-or-later
#include "casefile/pgdatabase.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrlQuery>

#include <libpq-fe.h>

#include <vector>

using namespace Qt::StringLiterals;

namespace ChipTrace::Case {

namespace {

// Type oids of the built-in types a case uses (server/catalog/pg_type_d.h, stable since 7.x).
constexpr Oid BoolOid = 16, Int8Oid = 20, Int2Oid = 21, Int4Oid = 23, Float4Oid = 700,
              Float8Oid = 701, NumericOid = 1700;

QString tr(const char *text)
{
    return QCoreApplication::translate("ChipTrace::Case::PgDatabase", text);
}

// The server's error as an Error: the review rule and role rights are AuthRequired (the
// role signed in is not allowed this),
// a lost connection "network", and constraint failures are named as SQLite names them, so the
// case writer's messages (casewriter.cpp) read the same for both kinds of case.
Error errorOf(const PGresult *res, const PGconn *conn)
{
    const char *state = res ? PQresultErrorField(res, PG_DIAG_SQLSTATE) : nullptr;
    const char *primary = res ? PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY) : nullptr;
    QString message = QString::fromUtf8(primary ? primary : PQerrorMessage(conn)).trimmed();
    const QByteArray code(state ? state : "");
    if (code == "42501")
        return fail(ErrorCode::AuthRequired, message);
    if (code.startsWith("08") || PQstatus(conn) != CONNECTION_OK)
        return fail(ErrorCode::Network, tr("The case server is unreachable: %1").arg(message));
    if (code == "23503")
        message = u"FOREIGN KEY constraint failed: "_s + message;
    else if (code == "23502")
        message = u"NOT NULL constraint failed: "_s + message;
    else if (code == "40001" || code == "40P01")
        return fail(ErrorCode::Conflict, message);
    return fail(ErrorCode::Io, message);
}

// SQLite's numbered parameters (?1) as PostgreSQL's ($1), outside quoted text.
QByteArray renumber(const QString &sql)
{
    QString out;
    out.reserve(sql.size());
    QChar quote;
    for (qsizetype i = 0; i < sql.size(); ++i) {
        const QChar c = sql[i];
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == u'\'' || c == u'"') {
            quote = c;
        } else if (c == u'?' && i + 1 < sql.size() && sql[i + 1].isDigit()) {
            out += u'$';
            continue;
        }
        out += c;
    }
    return out.toUtf8();
}

class PgStatement final : public StatementBackend
{
public:
    PgStatement(PGconn *conn, QByteArray sql)
        : m_conn(conn)
        , m_sql(std::move(sql))
    { }
    ~PgStatement() override { PQclear(m_res); }

    void bindNull(int index) override { param(index) = std::nullopt; }
    void bindText(int index, const QByteArray &utf8) override { param(index) = utf8; }
    void bindInteger(int index, qint64 value) override { param(index) = QByteArray::number(value); }
    void bindReal(int index, double value) override
    {
        param(index) = QByteArray::number(value, 'g', 17);
    }
    bool next(Error &error) override
    {
        if (!m_res && !run(error))
            return false;
        return ++m_row < PQntuples(m_res);
    }
    void reset() override
    {
        PQclear(m_res);
        m_res = nullptr;
        m_row = -1;
        m_params.clear();
    }
    int columnCount() const override { return m_res ? PQnfields(m_res) : 0; }
    QString columnName(int i) const override { return QString::fromUtf8(PQfname(m_res, i)); }
    QJsonValue value(int i) const override
    {
        if (PQgetisnull(m_res, m_row, i))
            return QJsonValue(QJsonValue::Null);
        switch (PQftype(m_res, i)) {
        case Int8Oid:
        case Int4Oid:
        case Int2Oid:
            return QJsonValue(integer(i));
        case Float4Oid:
        case Float8Oid:
        case NumericOid:
            return QJsonValue(QByteArray(PQgetvalue(m_res, m_row, i)).toDouble());
        case BoolOid:
            return QJsonValue(*PQgetvalue(m_res, m_row, i) == 't');
        default:
            return QJsonValue(text(i));
        }
    }
    QString text(int i) const override
    {
        if (PQgetisnull(m_res, m_row, i))
            return {};
        return QString::fromUtf8(PQgetvalue(m_res, m_row, i), PQgetlength(m_res, m_row, i));
    }
    qint64 integer(int i) const override
    {
        return QByteArray(PQgetvalue(m_res, m_row, i)).toLongLong();
    }

private:
    std::optional<QByteArray> &param(int index)
    {
        if (m_params.size() < index)
            m_params.resize(index);
        return m_params[index - 1];
    }
    bool run(Error &error)
    {
        std::vector<const char *> values;
        for (const auto &p : m_params)
            values.push_back(p ? p->constData() : nullptr);
        m_res = PQexecParams(m_conn, m_sql.constData(), int(values.size()), nullptr, values.data(),
            nullptr, nullptr, 0);
        const ExecStatusType st = PQresultStatus(m_res);
        if (st == PGRES_TUPLES_OK || st == PGRES_COMMAND_OK)
            return true;
        error = errorOf(m_res, m_conn);
        PQclear(m_res);
        m_res = PQmakeEmptyPGresult(m_conn, PGRES_COMMAND_OK); // no rows: next() stays false
        return false;
    }

    PGconn *m_conn;
    QByteArray m_sql;
    QList<std::optional<QByteArray>> m_params;
    PGresult *m_res = nullptr;
    int m_row = -1;
};

// Runs one command that returns no rows.
Status command(PGconn *conn, const QByteArray &sql)
{
    PGresult *res = PQexec(conn, sql.constData());
    const ExecStatusType st = PQresultStatus(res);
    Status s;
    if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK && st != PGRES_EMPTY_QUERY)
        s = errorOf(res, conn);
    else if (sql == "COMMIT" && qstrcmp(PQcmdStatus(res), "ROLLBACK") == 0)
        s = fail(ErrorCode::Conflict, tr("The change failed on the server and was undone."));
    PQclear(res);
    return s;
}

} // namespace

bool PgDatabase::isUri(const QString &text)
{
    return text.startsWith(u"postgresql://"_s) || text.startsWith(u"postgres://"_s);
}

Result<ServerAddress> PgDatabase::parse(const QString &uri)
{
    if (!isUri(uri))
        return fail(ErrorCode::InvalidArgument,
            tr("%1 is not a case server address (postgresql://host[:port]/database?case=NAME).")
                .arg(uri));
    ServerAddress a;
    const qsizetype q = uri.indexOf(u'?');
    QStringList kept;
    if (q >= 0) {
        for (const QString &item : uri.mid(q + 1).split(u'&', Qt::SkipEmptyParts)) {
            if (item.startsWith(u"case="_s))
                a.caseName = QUrl::fromPercentEncoding(item.mid(5).toUtf8());
            else
                kept << item;
        }
    }
    if (!a.caseName.isEmpty()
        && !QRegularExpression(u"^[a-z0-9_]{1,48}$"_s).match(a.caseName).hasMatch())
        return fail(ErrorCode::InvalidArgument,
            tr("The case name \"%1\" may hold only lower-case letters, digits and _ (at most "
               "48).")
                .arg(a.caseName));
    const QString base = q >= 0 ? uri.left(q) : uri;
    const QString options = kept.join(u'&');
    a.conninfo = base + (options.isEmpty() ? QString() : u"?"_s + options);
    // user:password@ loses its password wherever the address is shown or stored.
    static const QRegularExpression password(u"^(postgres(?:ql)?://[^:@/]*):[^@/]*@"_s);
    QString shown = QString(a.conninfo).replace(password, u"\\1@"_s);
    if (!a.caseName.isEmpty())
        shown += (options.isEmpty() ? u"?"_s : u"&"_s) + u"case="_s + a.caseName;
    a.display = shown;
    return a;
}

PgDatabase::PgDatabase(PGconn *conn, ServerAddress address)
    : Database(address.display)
    , m_conn(conn)
    , m_address(std::move(address))
{ }

PgDatabase::~PgDatabase()
{
    if (m_conn)
        PQfinish(m_conn);
}

Result<std::unique_ptr<PgDatabase>> PgDatabase::connect(const ServerAddress &address)
{
    const QByteArray conninfo = address.conninfo.toUtf8();
    const char *names[] = {"dbname", "client_encoding", "fallback_application_name", nullptr};
    const char *values[] = {conninfo.constData(), "UTF8", "chiptrace", nullptr};
    // expand_dbname: the URI's settings apply; the later client_encoding wins over the URI's.
    PGconn *conn = PQconnectdbParams(names, values, 1);
    if (PQstatus(conn) != CONNECTION_OK) {
        const QString why = QString::fromUtf8(PQerrorMessage(conn)).trimmed();
        PQfinish(conn);
        return fail(ErrorCode::Network,
            tr("Cannot connect to the case server %1: %2").arg(address.display, why));
    }
    PQsetNoticeProcessor(conn, [](void *, const char *) { }, nullptr); // "already exists", ...
    std::unique_ptr<PgDatabase> db(new PgDatabase(conn, address));
    auto role = db->rows(u"SELECT session_user AS role"_s);
    if (!role)
        return role.error();
    db->m_role = role->value(0).value(u"role"_s).toString();
    if (address.caseName.isEmpty())
        return db;
    auto known = db->rows(u"SELECT to_regclass('chiptrace.cases') IS NOT NULL AS prepared"_s);
    if (!known)
        return known.error();
    if (!known->value(0).value(u"prepared"_s).toBool())
        return fail(ErrorCode::NotFound,
            tr("The server %1 is not prepared for ChipTrace cases: its owner runs "
               "`chiptrace server init URI` once.")
                .arg(address.display));
    if (!db->schemaVersion())
        return fail(ErrorCode::NotFound,
            tr("There is no case \"%1\" on %2 (or your role may not read it). Put one there with "
               "`chiptrace case push FILE URI`.")
                .arg(address.caseName, address.display));
    if (Status s = db->useSchema({}); !s)
        return s.error();
    return db;
}

QString PgDatabase::lastError() const
{
    return QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
}

QString PgDatabase::quoted(const QString &identifier) const
{
    const QByteArray utf8 = identifier.toUtf8();
    char *q = PQescapeIdentifier(m_conn, utf8.constData(), size_t(utf8.size()));
    const QString out = QString::fromUtf8(q);
    PQfreemem(q);
    return out;
}

Status PgDatabase::useSchema(const QString &schema)
{
    return exec(u"SET search_path TO "_s + quoted(schema.isEmpty() ? m_address.schema() : schema));
}

Result<Statement> PgDatabase::prepare(const QString &sql) const
{
    if (PQstatus(m_conn) != CONNECTION_OK)
        return errorOf(nullptr, m_conn);
    return Statement(std::make_unique<PgStatement>(m_conn, renumber(sql)));
}

Status PgDatabase::exec(const QString &sql) const
{
    return command(m_conn, sql.toUtf8());
}

QStringList PgDatabase::columns(const QString &table) const
{
    // Every edit asks (casewriter.cpp): the catalog, not information_schema's slow views, and
    // once per table for a case's connection (its tables change only under `server init`).
    if (const auto it = m_columns.constFind(table); it != m_columns.cend())
        return *it;
    QStringList out;
    auto rows = this->rows(
        u"SELECT attname::text AS name FROM pg_attribute WHERE attrelid = "
        "to_regclass(?1) AND attnum > 0 AND NOT attisdropped ORDER BY attnum"_s,
        {table});
    if (rows)
        for (const QJsonObject &r : std::as_const(*rows))
            out << r.value(u"name"_s).toString();
    if (!m_address.caseName.isEmpty() && !out.isEmpty())
        m_columns.insert(table, out);
    return out;
}

Result<int> PgDatabase::schemaVersion() const
{
    auto rows = this->rows(
        u"SELECT schema_version FROM chiptrace.cases WHERE name = ?1"_s, {m_address.caseName});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return fail(
            ErrorCode::NotFound, tr("No case \"%1\" on this server.").arg(m_address.caseName));
    return int(rows->first().value(u"schema_version"_s).toInteger());
}

Status PgDatabase::setSchemaVersion(int version)
{
    auto st = prepare(u"UPDATE chiptrace.cases SET schema_version = ?1 WHERE name = ?2"_s);
    if (!st)
        return st.error();
    st->bind(1, qint64(version)).bind(2, m_address.caseName);
    return st->exec();
}

QString PgDatabase::dialect(const QString &sqliteDdl) const
{
    // SQLite's triggers guard the file's trail; the server has its own (server.cpp).
    static const QRegularExpression trigger(
        u"CREATE TRIGGER .*? END;"_s, QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression integer(u"\\bINTEGER\\b"_s);
    return QString(sqliteDdl).remove(trigger).replace(integer, u"BIGINT"_s);
}

Status PgDatabase::beginWrite()
{
    // One writer per case at a time, as in the file: the audit chain has a single head.
    return exec(u"BEGIN; SELECT pg_advisory_xact_lock(hashtext(current_schema()));"_s);
}

Status PgDatabase::putCopy(const QString &sha256, const QByteArray &content)
{
    const QByteArray sha = sha256.toUtf8();
    const char *values[] = {sha.constData(), content.constData()};
    const int lengths[] = {int(sha.size()), int(content.size())};
    const int formats[] = {0, 1}; // the content travels as binary bytea
    PGresult *res = PQexecParams(m_conn,
        "INSERT INTO captured_copies (sha256, content) VALUES ($1, $2) "
        "ON CONFLICT (sha256) DO NOTHING",
        2, nullptr, values, lengths, formats, 0);
    Status s;
    if (PQresultStatus(res) != PGRES_COMMAND_OK)
        s = errorOf(res, m_conn);
    PQclear(res);
    return s;
}

Result<QByteArray> PgDatabase::copy(const QString &sha256) const
{
    const QByteArray sha = sha256.toUtf8();
    const char *values[] = {sha.constData()};
    PGresult *res = PQexecParams(m_conn, "SELECT content FROM captured_copies WHERE sha256 = $1", 1,
        nullptr, values, nullptr, nullptr, 1);
    Result<QByteArray> out =
        fail(ErrorCode::NotFound, tr("The captured copy %1 is not on the server.").arg(sha256));
    if (PQresultStatus(res) != PGRES_TUPLES_OK)
        out = errorOf(res, m_conn);
    else if (PQntuples(res) == 1)
        out = QByteArray(PQgetvalue(res, 0, 0), PQgetlength(res, 0, 0));
    PQclear(res);
    return out;
}

int PgDatabase::socket() const
{
    return PQsocket(m_conn);
}

bool PgDatabase::isConnected() const
{
    return m_conn && PQstatus(m_conn) == CONNECTION_OK;
}

Status PgDatabase::listen()
{
    return exec(u"LISTEN "_s + quoted(m_address.schema()));
}

bool PgDatabase::consumeInput()
{
    return PQconsumeInput(m_conn) == 1 && PQstatus(m_conn) == CONNECTION_OK;
}

QList<QByteArray> PgDatabase::takeNotifications()
{
    QList<QByteArray> out;
    while (PGnotify *n = PQnotifies(m_conn)) {
        out << QByteArray(n->extra);
        PQfreemem(n);
    }
    return out;
}

void PgDatabase::replaceConnection(PgDatabase &other)
{
    std::swap(m_conn, other.m_conn);
    PQfinish(other.m_conn);
    other.m_conn = nullptr;
}

} // namespace ChipTrace::Case
