// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandregistry.h"
#include "git/repositorystore.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace ChipTrace::Cli {


static int runStore(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Cli",
        "List the repository store (size, last update), remove an "
        "entry, or prune entries not updated for DAYS days."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("action"),
        QCoreApplication::translate("Cli", "list | remove URL|PATH | prune"));
    const QCommandLineOption olderThan(QStringLiteral("older-than"),
        QCoreApplication::translate("Cli", "prune: not updated for DAYS days (default 90)"),
        QStringLiteral("DAYS"), QStringLiteral("90"));
    parser.addOption(olderThan);
    if (!parser.parse(args)) {
        err() << parser.errorText() << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return ExitOk;
    }
    const QStringList pos = parser.positionalArguments();
    const QString action = pos.value(0, QStringLiteral("list"));
    Git::RepositoryStore store;
    if (action == QLatin1String("list") && pos.size() <= 1) {
        out() << QCoreApplication::translate("Cli", "Store: %1").arg(store.root()) << Qt::endl;
        for (const Git::StoreEntry &e : store.entries()) {
            out() << e.url << '\t' << QLocale::c().formattedDataSize(e.sizeBytes) << '\t'
                  << e.lastUpdated.toString(Qt::ISODate) << '\t' << e.path << Qt::endl;
        }
        return ExitOk;
    }
    if (action == QLatin1String("remove") && pos.size() == 2) {
        if (Status s = store.remove(pos[1]); !s) {
            err() << s.message() << Qt::endl;
            return ExitError;
        }
        return ExitOk;
    }
    if (action == QLatin1String("prune") && pos.size() == 1) {
        bool ok = false;
        const int days = parser.value(olderThan).toInt(&ok);
        if (!ok || days < 0)
            return ExitUsage;
        for (const QString &url : store.prune(QDateTime::currentDateTimeUtc().addDays(-days)))
            out() << QCoreApplication::translate("Cli", "Removed %1").arg(url) << Qt::endl;
        return ExitOk;
    }
    err() << parser.helpText();
    return ExitUsage;
}

static const CommandRegistration registration({
    QStringLiteral("store"),
    QT_TRANSLATE_NOOP("Cli", "List, remove or prune repositories in the ChipTrace store"),
    runStore,
});

} // namespace ChipTrace::Cli
