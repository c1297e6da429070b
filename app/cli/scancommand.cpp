// SPDX-License-Identifier: GPL-3.0-or-later
// chiptrace scan PATH|URL [--history] [--pack FILE]... [--format text|json|sarif] [--output FILE]
// Thin front end over Scan::Scanner and Scan::renderReport; exit codes in commandregistry.h.
// A URL is first cloned (or updated) in the repository store (acquirecli.h).

#include "acquirecli.h"
#include "commandregistry.h"
#include "report/scanreport.h"
#include "scan/scanner.h"

#include <QCommandLineParser>
#include <QFile>
#include <QSaveFile>

namespace ChipTrace::Cli {

using namespace Qt::StringLiterals;

static int printPatterns(const QStringList &packs, bool builtin)
{
    Scan::ScanOptions options;
    options.packFiles = packs;
    options.builtinPacks = builtin;
    auto scanner = Scan::Scanner::create(options);
    if (!scanner) {
        err() << scanner.message() << Qt::endl;
        return ExitError;
    }
    for (const auto &rule : (*scanner)->rules())
        for (const QString &pattern : rule.patterns)
            out() << (rule.caseInsensitive ? u"(?i)"_s : QString()) << pattern << u'\n';
    out().flush();
    return ExitOk;
}

static int runScan(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Cli", "Scan a repository for hardware signatures and chip claims."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"path|url"_s,
        QCoreApplication::translate("Cli",
            "The repository's folder, or a URL to clone (or update) into the store and scan."));
    const QCommandLineOption history(u"history"_s,
        QCoreApplication::translate(
            "Cli", "Scan every commit of the git history, not only the working tree."));
    const QCommandLineOption pack(u"pack"_s,
        QCoreApplication::translate("Cli", "Also load the signature pack FILE (repeatable)."),
        u"file"_s);
    const QCommandLineOption noBuiltin(u"no-builtin-packs"_s,
        QCoreApplication::translate(
            "Cli", "Do not load the signature packs shipped with ChipTrace."));
    const QCommandLineOption format(u"format"_s,
        QCoreApplication::translate("Cli", "Output format: text, json or sarif."), u"format"_s,
        u"text"_s);
    const QCommandLineOption output(u"output"_s,
        QCoreApplication::translate("Cli", "Write the report to FILE instead of standard output."),
        u"file"_s);
    const QCommandLineOption listPatterns(u"list-patterns"_s,
        QCoreApplication::translate(
            "Cli", "Print every loaded pattern, one per line (for other tools), and exit."));
    parser.addOptions({history, pack, noBuiltin, format, output, listPatterns});
    if (!parser.parse(args)) {
        err() << parser.errorText() << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(u"help"_s)) {
        out() << parser.helpText();
        return ExitOk;
    }
    const auto reportFormat = Scan::reportFormatFromName(parser.value(format));
    if (parser.isSet(listPatterns))
        return printPatterns(parser.values(pack), !parser.isSet(noBuiltin));
    if (parser.positionalArguments().size() != 1 || !reportFormat) {
        err() << (reportFormat ? QCoreApplication::translate("Cli", "Give exactly one PATH.")
                               : QCoreApplication::translate(
                                     "Cli", "Unknown format \"%1\": use text, json or sarif.")
                                     .arg(parser.value(format)))
              << Qt::endl;
        return ExitUsage;
    }
    Scan::ScanOptions options;
    options.history = parser.isSet(history);
    options.packFiles = parser.values(pack);
    options.builtinPacks = !parser.isSet(noBuiltin);
    auto scanner = Scan::Scanner::create(options);
    if (!scanner) {
        err() << scanner.message() << Qt::endl;
        return ExitError;
    }
    QString target = parser.positionalArguments().constFirst();
    Git::RepositoryStore store;
    const bool remote = looksLikeUrl(target);
    if (remote) {
        int code = ExitOk;
        const std::optional<QString> path = acquireForScan(store, target, false, &code);
        if (!path)
            return code;
        target = *path;
    }
    auto result = (*scanner)->scan(target);
    if (!result) {
        err() << result.message() << Qt::endl;
        return result.code() == ErrorCode::Cancelled ? ExitCancelled : ExitError;
    }
    if (remote) {
        if (Status marked = store.markScanned(target); !marked)
            err() << QCoreApplication::translate("Cli", "warning: %1").arg(marked.message())
                  << Qt::endl;
    }
    for (const QString &warning : std::as_const(result->warnings))
        err() << QCoreApplication::translate("Cli", "warning: %1").arg(warning) << Qt::endl;
    const QByteArray report = Scan::renderReport(*result, *reportFormat);
    if (parser.isSet(output)) {
        QSaveFile file(parser.value(output));
        if (!file.open(QIODevice::WriteOnly) || file.write(report) != report.size()
            || !file.commit()) {
            err() << QCoreApplication::translate("Cli", "Cannot write %1: %2")
                         .arg(parser.value(output), file.errorString())
                  << Qt::endl;
            return ExitError;
        }
    } else {
        out() << QString::fromUtf8(report);
        out().flush();
    }
    return result->findings.isEmpty() ? ExitOk : ExitFindings;
}

static const CommandRegistration registration({
    u"scan"_s,
    QT_TRANSLATE_NOOP("Cli",
        "Scan a repository (working tree or whole history) for hardware signatures and claims"),
    runScan,
});

} // namespace ChipTrace::Cli
