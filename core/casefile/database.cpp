// SPDX-License-Identifier: GPL-3.0-or-later
#include "casefile/database.h"

#include "casefile/schema.h"

#include <QCoreApplication>
#include <QFile>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace ChipTrace::Case {

namespace {

ErrorCode codeOf(int rc)
{
    switch (rc & 0xff) {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return ErrorCode::Corrupt;
    case SQLITE_FULL:
        return ErrorCode::DiskFull;
    default:
        return ErrorCode::Io;
    }
}

class SqliteStatement final : public StatementBackend
{
public:
    SqliteStatement(sqlite3 *db, sqlite3_stmt *stmt)
        : m_db(db)
        , m_stmt(stmt)
    { }
    ~SqliteStatement() override { sqlite3_finalize(m_stmt); }

    void bindNull(int index) override { sqlite3_bind_null(m_stmt, index); }
    void bindText(int index, const QByteArray &utf8) override
    {
        sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    void bindInteger(int index, qint64 value) override { sqlite3_bind_int64(m_stmt, index, value); }
    void bindReal(int index, double value) override { sqlite3_bind_double(m_stmt, index, value); }
    bool next(Error &error) override
    {
        const int rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_ROW)
            return true;
        if (rc != SQLITE_DONE)
            error = fail(codeOf(sqlite3_errcode(m_db)), QString::fromUtf8(sqlite3_errmsg(m_db)));
        return false;
    }
    void reset() override
    {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
    int columnCount() const override { return sqlite3_column_count(m_stmt); }
    QString columnName(int i) const override
    {
        return QString::fromUtf8(sqlite3_column_name(m_stmt, i));
    }
    QJsonValue value(int i) const override
    {
        switch (sqlite3_column_type(m_stmt, i)) {
        case SQLITE_INTEGER:
            return QJsonValue(qint64(sqlite3_column_int64(m_stmt, i)));
        case SQLITE_FLOAT:
            return QJsonValue(sqlite3_column_double(m_stmt, i));
        case SQLITE_TEXT:
            return QJsonValue(text(i));
        case SQLITE_BLOB: // the case file stores no blobs; show what is there rather than lose it
            return QJsonValue(QString::fromLatin1(
                QByteArray(static_cast<const char *>(sqlite3_column_blob(m_stmt, i)),
                    sqlite3_column_bytes(m_stmt, i))
                    .toHex()));
        default:
            return QJsonValue(QJsonValue::Null);
        }
    }
    QString text(int i) const override
    {
        const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, i));
        return p ? QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, i)) : QString();
    }
    qint64 integer(int i) const override { return sqlite3_column_int64(m_stmt, i); }

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt;
};

class SqliteDatabase final : public Database
{
public:
    SqliteDatabase(sqlite3 *db, const QString &path)
        : Database(path)
        , m_db(db)
    { }
    ~SqliteDatabase() override { sqlite3_close_v2(m_db); }

    Kind kind() const override { return Kind::File; }
    QString lastError() const override { return QString::fromUtf8(sqlite3_errmsg(m_db)); }

    Result<Statement> prepare(const QString &sql) const override
    {
        sqlite3_stmt *stmt = nullptr;
        const QByteArray utf8 = sql.toUtf8();
        if (sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &stmt, nullptr)
            != SQLITE_OK)
            return fail(codeOf(sqlite3_errcode(m_db)), lastError());
        return Statement(std::make_unique<SqliteStatement>(m_db, stmt));
    }

    Status exec(const QString &sql) const override
    {
        char *msg = nullptr;
        if (sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &msg) == SQLITE_OK)
            return {};
        const QString why = QString::fromUtf8(msg ? msg : "unknown error");
        sqlite3_free(msg);
        const ErrorCode code = codeOf(sqlite3_errcode(m_db));
        if (code == ErrorCode::DiskFull)
            return fail(code,
                QCoreApplication::translate("ChipTrace::Case::Database", "The disk is full: %1")
                    .arg(why));
        return fail(code, why);
    }

    QStringList columns(const QString &table) const override
    {
        QStringList out;
        auto st = prepare(u"SELECT name FROM pragma_table_info(?1) ORDER BY cid"_s);
        if (!st)
            return out;
        st->bind(1, table);
        while (st->next())
            out.append(st->text(0));
        return out;
    }

    Result<int> schemaVersion() const override
    {
        auto v = scalar(u"PRAGMA user_version"_s);
        if (!v)
            return v.error();
        return int(*v);
    }

    Status setSchemaVersion(int version) override
    {
        return exec(
            u"PRAGMA application_id = %1; PRAGMA user_version = %2;"_s.arg(Schema::ApplicationId)
                .arg(version));
    }

    QString integrityProblem() const override
    {
        auto check = rows(u"PRAGMA integrity_check"_s);
        if (!check)
            return check.message();
        if (check->size() != 1 || check->first().begin().value().toString() != u"ok"_s)
            return check->value(0).begin().value().toString();
        return {};
    }

protected:
    Status beginWrite() override { return exec(u"BEGIN IMMEDIATE"_s); }

private:
    sqlite3 *m_db;
};

} // namespace

Statement &Statement::bind(int index, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        m_backend->bindInteger(index, value.toBool() ? 1 : 0);
        break;
    case QJsonValue::Double: {
        // Integral numbers are stored as INTEGER so that a row read back equals what was written.
        const double d = value.toDouble();
        const qint64 i = value.toInteger();
        if (double(i) == d)
            m_backend->bindInteger(index, i);
        else
            m_backend->bindReal(index, d);
        break;
    }
    case QJsonValue::String:
        return bind(index, value.toString().isNull() ? QString(u""_s) : value.toString());
    case QJsonValue::Array:
    case QJsonValue::Object:
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        m_backend->bindNull(index);
        break;
    }
    return *this;
}

Statement &Statement::bind(int index, const QString &value)
{
    if (value.isNull())
        m_backend->bindNull(index);
    else
        m_backend->bindText(index, value.toUtf8());
    return *this;
}

Statement &Statement::bind(int index, qint64 value)
{
    m_backend->bindInteger(index, value);
    return *this;
}

bool Statement::next()
{
    return m_backend->next(m_error);
}

Status Statement::exec()
{
    while (next()) { }
    if (!ok())
        return m_error;
    return {};
}

void Statement::reset()
{
    m_backend->reset();
    m_error = Error();
}

QJsonObject Statement::row() const
{
    QJsonObject o;
    for (int i = 0; i < columnCount(); ++i)
        o.insert(columnName(i), value(i));
    return o;
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, Mode mode)
{
    int flags = SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX;
    flags |= mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
    if (mode == Mode::Create)
        flags |= SQLITE_OPEN_CREATE;
    sqlite3 *db = nullptr;
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString why =
            db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_close(db);
        return fail(ErrorCode::Io,
            QCoreApplication::translate("ChipTrace::Case::Database", "Cannot open %1: %2")
                .arg(path, why));
    }
    sqlite3_extended_result_codes(db, 1);
    sqlite3_busy_timeout(db, 5000);
    return std::unique_ptr<Database>(new SqliteDatabase(db, path));
}

Database::~Database() = default;

Result<qint64> Database::scalar(const QString &sql) const
{
    auto st = prepare(sql);
    if (!st)
        return st.error();
    if (st->next())
        return st->integer(0);
    if (!st->ok())
        return fail(ErrorCode::Io, st->error());
    return qint64(0);
}

void Database::noteReadFailure(const QString &error) const
{
    if (m_readFailuresMuted || connectionLost())
        return;
    const bool first = m_readFailure.isEmpty();
    m_readFailure = error.isEmpty() ? QStringLiteral("unknown database error") : error;
    if (first && m_onReadFailure)
        m_onReadFailure(m_readFailure);
}

Result<QList<QJsonObject>> Database::rows(const QString &sql, const QList<QJsonValue> &args) const
{
    auto st = prepare(sql);
    if (!st)
        return st.error();
    for (int i = 0; i < args.size(); ++i)
        st->bind(i + 1, args[i]);
    QList<QJsonObject> out;
    while (st->next())
        out.append(st->row());
    if (!st->ok())
        return fail(ErrorCode::Io, st->error());
    return out;
}

Status Database::begin()
{
    if (m_depth++ > 0)
        return {};
    Status s = beginWrite();
    if (!s)
        m_depth = 0;
    return s;
}

Status Database::commit()
{
    if (m_depth == 0 || --m_depth > 0)
        return {};
    Status s = exec(u"COMMIT"_s);
    if (!s)
        (void)exec(u"ROLLBACK"_s);
    return s;
}

void Database::rollback()
{
    if (m_depth == 0)
        return;
    m_depth = 0;
    (void)exec(u"ROLLBACK"_s);
}

Transaction::Transaction(Database &db)
    : m_db(db)
    , m_status(db.begin())
{ }

Transaction::~Transaction()
{
    if (!m_done && m_status)
        m_db.rollback();
}

Status Transaction::commit()
{
    m_done = true;
    if (!m_status)
        return m_status;
    return m_db.commit();
}

} // namespace ChipTrace::Case
