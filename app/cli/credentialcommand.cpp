// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandregistry.h"
#include "git/keychain.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

namespace ChipTrace::Cli {


// The token is read from standard input, never from the command line, so it stays out of the
// shell history and the process list.
static int runCredential(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Cli",
        "Keep a token for private https repositories of HOST in the system "
        "keychain (read from standard input), or remove it."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("action"),
        QCoreApplication::translate("Cli", "set HOST USER | remove HOST"));
    if (!parser.parse(args)) {
        err() << parser.errorText() << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return ExitOk;
    }
    const QStringList pos = parser.positionalArguments();
    Status status;
    if (pos.size() == 3 && pos[0] == QLatin1String("set")) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return ExitError;
        const QString token = QString::fromUtf8(in.readLine()).trimmed();
        if (token.isEmpty()) {
            err() << QCoreApplication::translate("Cli", "No token on standard input.") << Qt::endl;
            return ExitUsage;
        }
        status = Git::storeKeychainCredential(pos[1], {pos[2], token});
    } else if (pos.size() == 2 && pos[0] == QLatin1String("remove")) {
        status = Git::removeKeychainCredential(pos[1]);
    } else {
        err() << parser.helpText();
        return ExitUsage;
    }
    if (!status) {
        err() << status.message() << Qt::endl;
        return ExitError;
    }
    return ExitOk;
}

static const CommandRegistration registration({
    QStringLiteral("credential"),
    QT_TRANSLATE_NOOP(
        "Cli", "Store or remove a token for private repositories in the system keychain"),
    runCredential,
});

} // namespace ChipTrace::Cli
