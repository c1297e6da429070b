// SPDX-License-Identifier: GPL-3.0-or-later
#include "acquirecli.h"

#include <QCommandLineParser>

namespace ChipTrace::Cli {

static int runClone(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Cli",
        "Clone a repository into the ChipTrace store (full history unless --depth); "
        "an already stored one is fetched instead."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("url"),
        QCoreApplication::translate("Cli", "https, ssh, git:// URL or local path"));
    const QCommandLineOption depth(QStringLiteral("depth"),
        QCoreApplication::translate("Cli", "Only the last N commits"), QStringLiteral("N"));
    const QCommandLineOption noCheckout(QStringLiteral("no-checkout"),
        QCoreApplication::translate("Cli", "Keep only the git data, write no files"));
    const QCommandLineOption quiet({QStringLiteral("q"), QStringLiteral("quiet")},
        QCoreApplication::translate("Cli", "No progress output"));
    parser.addOptions({depth, noCheckout, quiet});
    if (!parser.parse(args)) {
        err() << parser.errorText() << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return ExitOk;
    }
    bool ok = true;
    Git::AcquireOptions options;
    options.depth = parser.isSet(depth) ? parser.value(depth).toInt(&ok) : 0;
    if (parser.positionalArguments().size() != 1 || !ok || options.depth < 0) {
        err() << parser.helpText();
        return ExitUsage;
    }
    options.checkout = !parser.isSet(noCheckout);
    Git::RepositoryStore store;
    int code = ExitOk;
    if (auto a = acquireWithProgress(
            store, parser.positionalArguments().constFirst(), options, parser.isSet(quiet), &code))
        printAcquisition(*a);
    return code;
}

static const CommandRegistration registration({
    QStringLiteral("clone"),
    QT_TRANSLATE_NOOP("Cli", "Clone a repository into the ChipTrace store"),
    runClone,
});

} // namespace ChipTrace::Cli
