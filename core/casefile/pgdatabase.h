// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A case on a PostgreSQL server, through libpq (internal to core/casefile). One server database
// holds many cases: each is a schema "ct_NAME" (the tables of the case file, in PostgreSQL's
// types) listed in the registry chiptrace.cases; the connection's search_path is the case's
// schema, so the SQL written for the SQLite file runs unchanged. A case is addressed by a libpq
// URI with one more parameter, the case's name:
//   postgresql://[user@]host[:port]/database?case=NAME[&sslmode=verify-full...]
// Everything else follows libpq's conventions (service files, PGPASSFILE, PGHOST, TLS). The
// actor of every change is the role the server authenticated (session_user); the server's
// triggers (server.cpp) refuse a change recorded under another name.

#include "casefile/database.h"

#include <QByteArray>
#include <QHash>

struct pg_conn;

namespace ChipTrace::Case {

struct ServerAddress
{
    QString conninfo; // the URI libpq gets (without case=)
    QString caseName; // empty when the URI names no case (server init, listing)
    QString display; // the URI without a password, for messages, anchors and recent cases
    QString schema() const { return QStringLiteral("ct_") + caseName; }
};

class PgDatabase final : public Database
{
public:
    static bool isUri(const QString &text); // postgresql:// or postgres://
    static Result<ServerAddress> parse(const QString &uri);
    // Connects; with a case name, also checks it exists and works inside it.
    static Result<std::unique_ptr<PgDatabase>> connect(const ServerAddress &address);
    ~PgDatabase() override;

    Kind kind() const override { return Kind::Server; }
    QString lastError() const override;
    Result<Statement> prepare(const QString &sql) const override;
    Status exec(const QString &sql) const override;
    QStringList columns(const QString &table) const override;
    Result<int> schemaVersion() const override;
    Status setSchemaVersion(int version) override;
    QString dialect(const QString &sqliteDdl) const override;
    QString integrityProblem() const override { return {}; } // the server keeps its own pages sound
    bool connectionLost() const override { return !isConnected(); }

    const ServerAddress &address() const { return m_address; }
    QString role() const { return m_role; } // session_user: who the server authenticated
    QString quoted(const QString &identifier) const; // "identifier", escaped
    // Works inside another schema (a case being created); empty: the address's case.
    Status useSchema(const QString &schema);

    // Captured copies live in the case's captured_copies table (content-addressed).
    Status putCopy(const QString &sha256, const QByteArray &content);
    Result<QByteArray> copy(const QString &sha256) const;

    // Live updates (livefeed.h). Every audit entry of a case is announced by the server on the
    // channel named after the case's schema (a trigger, server.cpp); listen() subscribes this
    // connection. consumeInput() reads what the socket holds without waiting and returns false
    // when the connection is lost; takeNotifications() then hands over the payloads received.
    int socket() const;
    bool isConnected() const;
    Status listen();
    bool consumeInput();
    QList<QByteArray> takeNotifications();
    // Takes over `other`'s connection to the same case (a reconnect made on a worker thread);
    // `other` is left without one.
    void replaceConnection(PgDatabase &other);

protected:
    Status beginWrite() override;

private:
    PgDatabase(pg_conn *conn, ServerAddress address);
    pg_conn *m_conn;
    ServerAddress m_address;
    QString m_role;
    mutable QHash<QString, QStringList> m_columns;
};

} // namespace ChipTrace::Case
