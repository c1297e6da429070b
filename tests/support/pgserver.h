// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A real, throw-away PostgreSQL server for tests: the distribution's binaries, initdb into a
// temporary folder, listening on a Unix socket there only (no TCP), password (SCRAM)
// authentication through a PGPASSFILE the tests' processes inherit, stopped and removed at the
// end. PostgreSQL refuses to run as root, so under root (the build root's tests) the server
// runs as the `postgres` system user.

#include "testsupport.h"

#include <QString>
#include <QTemporaryDir>

namespace ChipTrace::Test {

class PgServer
{
public:
    PgServer();
    ~PgServer(); // stops the server
    PgServer(const PgServer &) = delete;
    PgServer &operator=(const PgServer &) = delete;

    // Starts the server with one database "chiptrace" owned by the superuser "ctadmin".
    // False with skipReason() when PostgreSQL is not installed, with error() when it failed.
    bool start(bool durable = false);
    QString skipReason() const { return m_skip; }
    QString error() const { return m_error; }

    // postgresql://USER@/chiptrace?host=SOCKETDIR[&case=NAME]
    QString uri(const QString &user, const QString &caseName = {}) const;
    // A login role `user` with a password, known to the PGPASSFILE.
    bool addLogin(const QString &user);
    // Runs SQL through psql as `user` (ctadmin: the superuser) on the chiptrace database.
    ProcessResult psql(const QString &user, const QString &sql) const;
    QString socketDir() const { return m_dir.path(); }
    // Stops the server (its clients lose their connections) and starts it again on the same
    // socket and data, for tests of a connection that drops and comes back.
    bool stop();
    bool resume();

private:
    ProcessResult asServerUser(const QString &program, const QStringList &args) const;
    bool writePassFile();

    QTemporaryDir m_dir;
    QString m_bin;
    QString m_skip;
    QString m_error;
    QStringList m_logins;
    QString m_options; // the server's command-line settings, kept for resume()
    bool m_running = false;
};

} // namespace ChipTrace::Test
