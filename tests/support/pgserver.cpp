// SPDX-License-Identifier: GPL-3.0-or-later
#include "pgserver.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ChipTrace::Test {

// Debian keeps the server's programs in /usr/lib/postgresql/VERSION/bin; others on PATH.
static QString serverBinDir()
{
    QStringList versions =
        QDir(u"/usr/lib/postgresql"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(),
        [](const QString &a, const QString &b) { return a.toInt() > b.toInt(); });
    for (const QString &v : std::as_const(versions))
        if (QFile::exists(u"/usr/lib/postgresql/%1/bin/initdb"_s.arg(v)))
            return u"/usr/lib/postgresql/%1/bin"_s.arg(v);
    const QString initdb = QStandardPaths::findExecutable(u"initdb"_s);
    return initdb.isEmpty() ? QString() : QFileInfo(initdb).absolutePath();
}

PgServer::PgServer()
    : m_dir(u"/tmp/ct-pg-XXXXXX"_s) // short: a Unix socket path has ~100 bytes
{ }

PgServer::~PgServer()
{
    if (m_running)
        asServerUser(m_bin + u"/pg_ctl"_s,
            {u"-D"_s, m_dir.filePath(u"data"_s), u"-m"_s, u"fast"_s, u"-w"_s, u"stop"_s});
}

ProcessResult PgServer::asServerUser(const QString &program, const QStringList &args) const
{
    if (geteuid() != 0)
        return run(program, args, m_dir.path());
    return run(
        u"runuser"_s, QStringList{u"-u"_s, u"postgres"_s, u"--"_s, program} + args, m_dir.path());
}

bool PgServer::writePassFile()
{
    QFile f(m_dir.filePath(u"pgpass"_s));
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write("*:*:*:ctadmin:admin-secret\n");
    for (const QString &user : std::as_const(m_logins))
        f.write(u"*:*:*:%1:%1-secret\n"_s.arg(user).toUtf8());
    f.close();
    f.setPermissions(QFile::ReadOwner | QFile::WriteOwner); // libpq ignores a readable one
    qputenv("PGPASSFILE", f.fileName().toUtf8());
    return true;
}

bool PgServer::start(bool durable)
{
    m_bin = serverBinDir();
    if (m_bin.isEmpty()) {
        m_skip = u"PostgreSQL's server programs (initdb, pg_ctl) are not installed"_s;
        return false;
    }
    if (!m_dir.isValid() || !writePassFile()) {
        m_error = u"cannot make the server's temporary folder"_s;
        return false;
    }
    const QString pw = m_dir.filePath(u"initpw"_s);
    QFile f(pw);
    if (!f.open(QIODevice::WriteOnly) || f.write("admin-secret\n") < 0)
        return false;
    f.close();
    if (geteuid() == 0) {
        const passwd *pg = getpwnam("postgres");
        if (!pg) {
            m_skip = u"tests run as root and there is no postgres user to run the server"_s;
            return false;
        }
        for (const QString &p : {m_dir.path(), pw})
            if (chown(QFile::encodeName(p).constData(), pg->pw_uid, pg->pw_gid) != 0) {
                m_error = u"cannot hand %1 to the postgres user"_s.arg(p);
                return false;
            }
    }
    const QString data = m_dir.filePath(u"data"_s);
    auto init = asServerUser(m_bin + u"/initdb"_s,
        {u"-D"_s, data, u"-U"_s, u"ctadmin"_s, u"--pwfile"_s, pw, u"--auth"_s, u"scram-sha-256"_s,
            u"-E"_s, u"UTF8"_s, u"--no-locale"_s, u"--no-sync"_s});
    if (init.exitCode != 0) {
        m_error = u"initdb failed: "_s + QString::fromUtf8(init.err + init.out);
        return false;
    }
    m_options = u"-k %1 -c listen_addresses= -c max_connections=40"_s.arg(m_dir.path());
    if (!durable)
        m_options += u" -c fsync=off -c synchronous_commit=off"_s; // tests: speed over safety
    if (!resume())
        return false;
    auto created = psql(u"ctadmin"_s, u"CREATE DATABASE chiptrace"_s);
    if (created.exitCode != 0) {
        m_error = u"CREATE DATABASE failed: "_s + QString::fromUtf8(created.err);
        return false;
    }
    return true;
}

bool PgServer::resume()
{
    auto started = asServerUser(m_bin + u"/pg_ctl"_s,
        {u"-D"_s, m_dir.filePath(u"data"_s), u"-o"_s, m_options, u"-l"_s, m_dir.filePath(u"log"_s),
            u"-w"_s, u"start"_s});
    if (started.exitCode != 0) {
        m_error = u"pg_ctl start failed: "_s + QString::fromUtf8(started.err + started.out);
        return false;
    }
    m_running = true;
    return true;
}

bool PgServer::stop()
{
    auto stopped = asServerUser(m_bin + u"/pg_ctl"_s,
        {u"-D"_s, m_dir.filePath(u"data"_s), u"-m"_s, u"fast"_s, u"-w"_s, u"stop"_s});
    m_running = stopped.exitCode != 0;
    return !m_running;
}

QString PgServer::uri(const QString &user, const QString &caseName) const
{
    QString u = u"postgresql://%1@/chiptrace?host=%2"_s.arg(user, m_dir.path());
    if (!caseName.isEmpty())
        u += u"&case="_s + caseName;
    return u;
}

bool PgServer::addLogin(const QString &user)
{
    m_logins << user;
    if (!writePassFile())
        return false;
    return psql(u"ctadmin"_s,
               u"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%1') THEN "
               "CREATE ROLE %1 LOGIN; END IF; END $$; ALTER ROLE %1 LOGIN PASSWORD '%1-secret';"_s
                   .arg(user))
               .exitCode
        == 0;
}

ProcessResult PgServer::psql(const QString &user, const QString &sql) const
{
    return run(m_bin + u"/psql"_s,
        {u"-X"_s, u"-q"_s, u"-v"_s, u"ON_ERROR_STOP=1"_s, u"-At"_s, u"-h"_s, m_dir.path(), u"-U"_s,
            user, u"-d"_s, sql.startsWith(u"CREATE DATABASE"_s) ? u"postgres"_s : u"chiptrace"_s,
            u"-c"_s, sql});
}

} // namespace ChipTrace::Test
