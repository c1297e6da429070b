// SPDX-License-Identifier: GPL-3.0-or-later
#include "acquirecli.h"

#include <QCommandLineParser>

namespace ChipTrace::Cli {

static int runFetch(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Cli",
        "Fetch a stored repository (by its URL or its folder in the store) and report what "
        "changed: new commits, force-pushed or deleted branches and tags."));
    parser.addHelpOption();
    parser.addPositionalArgument(
        QStringLiteral("url|path"), QCoreApplication::translate("Cli", "URL or store folder"));
    const QCommandLineOption quiet({QStringLiteral("q"), QStringLiteral("quiet")},
        QCoreApplication::translate("Cli", "No progress output"));
    parser.addOption(quiet);
    if (!parser.parse(args)) {
        err() << parser.errorText() << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return ExitOk;
    }
    if (parser.positionalArguments().size() != 1) {
        err() << parser.helpText();
        return ExitUsage;
    }
    Git::RepositoryStore store;
    Result<Git::StoreEntry> entry = store.find(parser.positionalArguments().constFirst());
    if (!entry) {
        err() << entry.message() << Qt::endl;
        return ExitError;
    }
    Git::AcquireOptions options;
    options.mustExist = true;
    options.depth = entry->depth;
    int code = ExitOk;
    if (auto a = acquireWithProgress(store, entry->url, options, parser.isSet(quiet), &code))
        printAcquisition(*a);
    return code;
}

static const CommandRegistration registration({
    QStringLiteral("fetch"),
    QT_TRANSLATE_NOOP("Cli", "Update a stored repository and report what changed"),
    runFetch,
});

} // namespace ChipTrace::Cli
