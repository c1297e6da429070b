// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the commands that work on one case share: argument parsing with --as, opening the case
// (a file or a server URI) with the identity rule of its kind, and error reporting.

#include "casefile/casefile.h"
#include "util/result.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QStringList>

#include <memory>

namespace ChipTrace::Cli {

// Prints the error; returns the exit code its kind maps to (usage 2, refused by a case server
// for the role signed in 6, else 3).
int failWith(const Error &e);

struct Parsed
{
    QStringList positional;
    QCommandLineParser parser;
};

// Parses `args` (args[0] = the command's name) with the positional names given; --as sets the
// identity for a file case. Returns -1 to go on, or the exit code when the command is done
// (help shown, bad arguments).
int parse(Parsed &p, const QStringList &args, const QStringList &names, const QString &description,
    const QList<QCommandLineOption> &extra = {});

// Runs the sub-command args[1] of the command args[0] ("case", "server") from `subs`; prints
// `usage` and returns ExitUsage (ExitOk for --help) when there is none.
using SubCommand = int (*)(const QStringList &);
int dispatch(
    const QStringList &args, const QList<QPair<QString, SubCommand>> &subs, const QString &usage);

// Opens CASE (a name, a path or a postgresql:// URI). On a server case the identity is the
// database role and --as is ignored, with a note on stderr saying so.
Result<std::unique_ptr<Case::CaseFile>> openCase(const Parsed &p, const QString &nameOrUri);

// "alice (self-asserted)" on a file case, "alice" on a server case.
QString identityText(const Case::CaseFile &cf, const QString &name);

} // namespace ChipTrace::Cli
