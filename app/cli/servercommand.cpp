// SPDX-License-Identifier: GPL-3.0-or-later
// `chiptrace server init|grant|list`: preparing a PostgreSQL server for shared cases
// (core/casefile/server.h).

#include "caseargs.h"
#include "casefile/server.h"
#include "commandregistry.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ChipTrace::Cli {

static int runInit(const QStringList &args)
{
    Parsed p;
    if (const int done = parse(p, args, {u"URI"_s},
            QCoreApplication::translate("Cli",
                "Prepare a PostgreSQL database for ChipTrace cases: roles, registry, triggers and "
                "grants (run by its owner; running it again is safe)."));
        done >= 0)
        return done;
    auto done = Case::Server::init(p.positional[0]);
    if (!done)
        return failWith(done.error());
    for (const QString &line : std::as_const(*done))
        out() << line << Qt::endl;
    return ExitOk;
}

static int runGrant(const QStringList &args)
{
    Parsed p;
    if (const int done = parse(p, args, {u"URI"_s, u"USER"_s, u"ROLE"_s},
            QCoreApplication::translate("Cli",
                "Let USER (a database login, created when missing) work on the server's cases as "
                "ROLE: reader, reviewer, analyst or admin."));
        done >= 0)
        return done;
    const auto role = Case::Server::roleFromName(p.positional[2]);
    if (!role)
        return failWith(fail(ErrorCode::InvalidArgument,
            QCoreApplication::translate(
                "Cli", "Unknown role %1; use reader, reviewer, analyst or admin.")
                .arg(p.positional[2])));
    if (Status s = Case::Server::grant(p.positional[0], p.positional[1], *role); !s)
        return failWith(s.error());
    out() << QCoreApplication::translate("Cli", "%1 is now a ChipTrace %2.")
                 .arg(p.positional[1], p.positional[2])
          << Qt::endl;
    return ExitOk;
}

static int runList(const QStringList &args)
{
    Parsed p;
    if (const int done = parse(p, args, {u"URI"_s},
            QCoreApplication::translate("Cli", "List the cases on a server and their formats."));
        done >= 0)
        return done;
    auto cases = Case::Server::cases(p.positional[0]);
    if (!cases)
        return failWith(cases.error());
    for (const QString &line : std::as_const(*cases))
        out() << line << Qt::endl;
    return ExitOk;
}

static int runServer(const QStringList &args)
{
    static const QList<QPair<QString, SubCommand>> subs{
        {u"init"_s, runInit}, {u"grant"_s, runGrant}, {u"list"_s, runList}};
    return dispatch(args, subs,
        QCoreApplication::translate("Cli",
            "Usage: chiptrace server init|grant|list ... (see chiptrace server <command> --help)"));
}

static const CommandRegistration registration({
    u"server"_s,
    QT_TRANSLATE_NOOP("Cli", "Prepare a PostgreSQL server for shared cases and grant roles"),
    runServer,
});

} // namespace ChipTrace::Cli
