// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Sub-commands of `chiptrace <command> ...`. Each command lives in its own file in app/cli/ and
// registers itself with a static CommandRegistration; main() dispatches by name. Commands run
// under QCoreApplication (or, with needsGui, QGuiApplication on the offscreen platform), so none
// of them needs a display.

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>

namespace ChipTrace::Cli {

// Exit codes shared by every command (documented in the README).
enum ExitCode : int {
    ExitOk = 0,
    ExitFindings = 1, // scan: findings were reported (like grep)
    ExitUsage = 2, // bad arguments
    ExitError = 3, // the operation failed; the message says why
    ExitCancelled = 4,
    ExitVerifyFailed = 5, // case verify: tampering detected
    ExitRefused = 6, // a case server refused the change (the review rule, the role's rights)
};

struct Command
{
    QString name;
    const char *summary =
        nullptr; // one line for `chiptrace --help`, marked QT_TRANSLATE_NOOP("Cli", ...)
    // Receives the arguments after the command name, with the command name as args[0]
    // so it can be handed to QCommandLineParser::process directly.
    std::function<int(const QStringList &args)> run;
    // Runs under a QGuiApplication on the offscreen platform (still no display needed), for
    // commands that lay out text or paint, e.g. `report`.
    bool needsGui = false;
};

class CommandRegistry
{
public:
    static void add(Command command);
    static const Command *find(const QString &name);
    static QList<Command> all(); // sorted by name
    // The command names nearest to a mistyped word (fewest edits; ties all returned, sorted),
    // for "did you mean ...?". Empty only when no command is registered.
    static QStringList closest(const QString &word);
};

struct CommandRegistration
{
    explicit CommandRegistration(Command command) { CommandRegistry::add(std::move(command)); }
};

// UTF-8 streams for command output; results go to out(), diagnostics to err().
QTextStream &out();
QTextStream &err();

} // namespace ChipTrace::Cli
