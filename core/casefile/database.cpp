// SPDX-License-Identifier: GPL-3.0-or-later
#include "casefile/database.h"

#include <QCoreApplication>
#include <QFile>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace ChipTrace::Case {


Statement::Statement(Statement &&other) noexcept
    : m_db(other.m_db)
    , m_stmt(other.m_stmt)
    , m_error(std::move(other.m_error))
{
    other.m_stmt = nullptr;
}

Statement::~Statement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

Statement &Statement::bind(int index, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        sqlite3_bind_int64(m_stmt, index, value.toBool() ? 1 : 0);
        break;
    case QJsonValue::Double: {
        // Integral numbers are stored as INTEGER so that a row read back equals what was written.
        const double d = value.toDouble();
        const qint64 i = value.toInteger();
        if (double(i) == d)
            sqlite3_bind_int64(m_stmt, index, i);
        else
            sqlite3_bind_double(m_stmt, index, d);
        break;
    }
    case QJsonValue::String:
        return bind(index, value.toString().isNull() ? QString(u""_s) : value.toString());
    case QJsonValue::Array:
    case QJsonValue::Object:
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        sqlite3_bind_null(m_stmt, index);
        break;
    }
    return *this;
}

Statement &Statement::bind(int index, const QString &value)
{
    if (value.isNull()) {
        sqlite3_bind_null(m_stmt, index);
        return *this;
    }
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

bool Statement::next()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    return false;
}

Status Statement::exec()
{
    while (next()) { }
    if (!ok())
        return fail(ErrorCode::Io, m_error);
    return {};
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_error.clear();
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

QString Statement::columnName(int i) const
{
    return QString::fromUtf8(sqlite3_column_name(m_stmt, i));
}

QJsonValue Statement::value(int i) const
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

QString Statement::text(int i) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, i));
    return p ? QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, i)) : QString();
}

qint64 Statement::integer(int i) const
{
    return sqlite3_column_int64(m_stmt, i);
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
    return std::unique_ptr<Database>(new Database(db, path));
}

Database::~Database()
{
    if (m_db)
        sqlite3_close_v2(m_db);
}

QString Database::lastError() const
{
    return QString::fromUtf8(sqlite3_errmsg(m_db));
}

Result<Statement> Database::prepare(const QString &sql) const
{
    sqlite3_stmt *stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &stmt, nullptr) != SQLITE_OK) {
        const int code = sqlite3_errcode(m_db);
        const ErrorCode ec =
            (code == SQLITE_CORRUPT || code == SQLITE_NOTADB) ? ErrorCode::Corrupt : ErrorCode::Io;
        return fail(ec, lastError());
    }
    return Statement(m_db, stmt);
}

Status Database::exec(const QString &sql) const
{
    char *msg = nullptr;
    if (sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &msg) != SQLITE_OK) {
        const QString why = QString::fromUtf8(msg ? msg : "unknown error");
        sqlite3_free(msg);
        const int code = sqlite3_errcode(m_db) & 0xff;
        if (code == SQLITE_FULL)
            return fail(ErrorCode::DiskFull,
                QCoreApplication::translate("ChipTrace::Case::Database", "The disk is full: %1")
                    .arg(why));
        const ErrorCode ec =
            (code == SQLITE_CORRUPT || code == SQLITE_NOTADB) ? ErrorCode::Corrupt : ErrorCode::Io;
        return fail(ec, why);
    }
    return {};
}

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

QStringList Database::columns(const QString &table) const
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

Status Database::begin()
{
    if (m_depth++ > 0)
        return {};
    Status s = exec(u"BEGIN IMMEDIATE"_s);
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
