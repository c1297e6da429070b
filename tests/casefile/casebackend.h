// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The case-file tests run on both kinds of case: a SQLite file, and a case on a real PostgreSQL
// server (pgserver.h) that the same small case was pushed to. On a file a name is whatever
// setActor() says; on a server each name is a role that signs in, so a test that acts as "bob"
// asks for bob's own connection to the case with as(). The server starts on first use, once
// per test program.

#include "casefile/server.h"
#include "casefixture.h"
#include "pgserver.h"

#include <QTemporaryDir>

namespace ChipTrace::Test {

enum class Backend {
    File,
    Server
};

class CaseBackends
{
public:
    // Starts and prepares the server once (alice, bob and carol are analysts). False with
    // `why` set: `skip` tells whether PostgreSQL is merely not installed.
    bool serverReady(QString &why, bool &skip)
    {
        if (!m_started) {
            m_started = true;
            m_ready = startServer();
        }
        why = m_server.skipReason().isEmpty() ? m_error : m_server.skipReason();
        skip = !m_server.skipReason().isEmpty();
        return m_ready;
    }

    // The small case (casefixture.h) on `backend`, written by alice and opened as alice.
    SmallCase make(Backend backend, const QTemporaryDir &dir)
    {
        const QString file = dir.filePath(QStringLiteral("case%1.chiptrace").arg(++m_made));
        SmallCase c = makeSmallCase(file, QStringLiteral("alice"));
        if (backend == Backend::File)
            return c;
        c.file.reset();
        c.serverCase = QStringLiteral("t%1").arg(m_made);
        if (Status s =
                Case::Server::push(file, m_server.uri(QStringLiteral("ctadmin"), c.serverCase));
            !s)
            qFatal("cannot push the small case: %s", qPrintable(s.message()));
        c.location = m_server.uri(QStringLiteral("alice"), c.serverCase);
        auto opened = Case::CaseFile::open(c.location);
        if (!opened)
            qFatal("cannot open the pushed case: %s", qPrintable(opened.message()));
        c.file = std::move(*opened);
        return c;
    }

    // The case as `actor` works in it: on a file the same object under that name, on a server
    // a connection signed in as `actor` (kept in the SmallCase; alice's is c.file).
    Case::CaseFile &as(SmallCase &c, const QString &actor)
    {
        if (c.serverCase.isEmpty() || actor == QStringLiteral("alice")) {
            c.file->setActor(actor);
            return *c.file;
        }
        auto &slot = c.signedIn[actor];
        if (!slot) {
            auto opened = Case::CaseFile::open(m_server.uri(actor, c.serverCase));
            if (!opened)
                qFatal(
                    "%s cannot open the case: %s", qPrintable(actor), qPrintable(opened.message()));
            slot = std::move(*opened);
        }
        return *slot;
    }

    PgServer &server() { return m_server; }
    const PgServer &server() const { return m_server; }

private:
    bool startServer()
    {
        if (!m_server.start()) {
            m_error = m_server.error();
            return false;
        }
        const QString admin = m_server.uri(QStringLiteral("ctadmin"));
        if (auto done = Case::Server::init(admin); !done) {
            m_error = done.message();
            return false;
        }
        for (const QString &user :
            {QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("carol")}) {
            if (!m_server.addLogin(user)) {
                m_error = QStringLiteral("cannot add the login ") + user;
                return false;
            }
            if (Status s = Case::Server::grant(admin, user, Case::Server::Role::Analyst); !s) {
                m_error = s.message();
                return false;
            }
        }
        return true;
    }

    PgServer m_server;
    bool m_started = false;
    bool m_ready = false;
    QString m_error;
    int m_made = 0;
};

} // namespace ChipTrace::Test

// In a test slot: skips when PostgreSQL is not installed, fails when its server would not start.
#define CHIPTRACE_REQUIRE_SERVER(backends)                                                         \
    do {                                                                                           \
        QString why_;                                                                              \
        bool skip_ = false;                                                                        \
        if (!(backends).serverReady(why_, skip_)) {                                                \
            if (skip_)                                                                             \
                QSKIP(qPrintable(why_));                                                           \
            QFAIL(qPrintable(why_));                                                               \
        }                                                                                          \
    } while (false)

Q_DECLARE_METATYPE(ChipTrace::Test::Backend)
