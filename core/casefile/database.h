// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A thin RAII layer over the case's database (internal to core/casefile): a SQLite file
// (sqlite3 directly) or a case on a PostgreSQL server (libpq directly, pgdatabase.h). Chosen
// over Qt Sql because the case file needs exact control of how a file is opened (read-only
// probing that never creates or changes a file, URI flags), the sqlite3 backup API for bundles,
// and no connection-name registry shared across threads; and because it measured faster (100k
// 8-column rows in one WAL transaction, Debian 13, Qt 6.8.2, SQLite 3.46: insert 0.5-0.7 s vs
// 1.1-1.2 s through QSqlQuery, reading them back 0.09-0.16 s vs 0.24-0.35 s). Rows travel as
// QJsonObject (column -> value) so the audit trail, undo and merge can treat every table, and
// both kinds of database, alike. SQL is written once, in SQLite's spelling with numbered
// parameters (?1, ?2): the server backend renumbers them.

#include "util/result.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace ChipTrace::Case {

// One prepared statement of a backend. Values are bound 1-based; next() steps one row.
class StatementBackend
{
public:
    virtual ~StatementBackend() = default;
    virtual void bindNull(int index) = 0;
    virtual void bindText(int index, const QByteArray &utf8) = 0;
    virtual void bindInteger(int index, qint64 value) = 0;
    virtual void bindReal(int index, double value) = 0;
    // True when a row is available; false when done or failed (then `error` is set).
    virtual bool next(Error &error) = 0;
    virtual void reset() = 0; // rewinds and clears the bindings
    virtual int columnCount() const = 0;
    virtual QString columnName(int i) const = 0;
    virtual QJsonValue value(int i) const = 0;
    virtual QString text(int i) const = 0; // null QString for NULL
    virtual qint64 integer(int i) const = 0;
};

class Statement
{
public:
    explicit Statement(std::unique_ptr<StatementBackend> backend)
        : m_backend(std::move(backend))
    { }
    Statement(Statement &&other) noexcept = default;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    ~Statement() = default;

    bool isValid() const { return m_backend != nullptr; }
    Statement &bind(int index, const QJsonValue &value); // 1-based
    Statement &bind(int index, const QString &value); // null QString binds NULL
    Statement &bind(int index, qint64 value);
    // Steps once: true when a row is available, false when done (check ok()).
    bool next();
    bool ok() const { return m_error.message.isEmpty(); }
    QString error() const { return m_error.message; }
    Status exec(); // steps until done
    void reset();

    int columnCount() const { return m_backend->columnCount(); }
    QString columnName(int i) const { return m_backend->columnName(i); }
    QJsonValue value(int i) const { return m_backend->value(i); }
    QString text(int i) const { return m_backend->text(i); }
    qint64 integer(int i) const { return m_backend->integer(i); }
    QJsonObject row() const;

private:
    std::unique_ptr<StatementBackend> m_backend;
    Error m_error;
};

class Database
{
public:
    enum class Mode {
        ReadOnly,
        ReadWrite,
        Create
    };
    enum class Kind {
        File, // SQLite: names are self-asserted
        Server // PostgreSQL: the actor is the authenticated database role
    };
    // Opens a SQLite case file.
    static Result<std::unique_ptr<Database>> open(const QString &path, Mode mode);
    virtual ~Database();

    virtual Kind kind() const = 0;
    QString path() const { return m_path; } // the file, or the server case's URI
    virtual QString lastError() const = 0;

    virtual Result<Statement> prepare(const QString &sql) const = 0;
    virtual Status exec(const QString &sql) const = 0; // one or more statements, no results
    Result<qint64> scalar(const QString &sql) const; // first column of first row (0 if none)
    Result<QList<QJsonObject>> rows(const QString &sql, const QList<QJsonValue> &args = {}) const;
    virtual QStringList columns(const QString &table) const = 0;

    // The case's schema version (SQLite: PRAGMA user_version; a server: its case registry).
    virtual Result<int> schemaVersion() const = 0;
    virtual Status setSchemaVersion(int version) = 0;
    // Schema DDL as written for SQLite (schema.cpp), in this database's dialect.
    virtual QString dialect(const QString &sqliteDdl) const { return sqliteDdl; }
    // The database's own consistency check: empty when sound, else what is wrong.
    virtual QString integrityProblem() const = 0;
    // A server case whose connection is gone: its failed reads are the lost connection (the
    // live feed reports it), not damage to keep as readFailure().
    virtual bool connectionLost() const { return false; }

    // A read that failed (a damaged file, a table gone) where the caller has no error to
    // return: kept, so the case can say it is unreadable instead of looking empty. The handler
    // hears of the first one.
    void noteReadFailure(const QString &error) const;
    QString readFailure() const { return m_readFailure; }
    void setReadFailureHandler(std::function<void(const QString &)> handler)
    {
        m_onReadFailure = std::move(handler);
    }
    // While a server case is offline (livefeed.h) a failed read is the lost connection, which
    // the feed reports itself: it is not kept as damage.
    void setReadFailuresMuted(bool muted) { m_readFailuresMuted = muted; }

    Status begin();
    Status commit();
    void rollback();
    bool inTransaction() const { return m_depth > 0; }
    int transactionDepth() const { return m_depth; }

protected:
    explicit Database(QString path)
        : m_path(std::move(path))
    { }
    // Starts a write transaction that excludes other writers of the same case until it ends.
    virtual Status beginWrite() = 0;

private:
    QString m_path;
    int m_depth = 0;
    mutable QString m_readFailure;
    bool m_readFailuresMuted = false;
    std::function<void(const QString &)> m_onReadFailure;
};

// Begins on construction, rolls back on destruction unless committed.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Status status() const { return m_status; }
    Status commit();

private:
    Database &m_db;
    Status m_status;
    bool m_done = false;
};

} // namespace ChipTrace::Case
