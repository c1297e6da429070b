// SPDX-License-Identifier: GPL-3.0-or-later
// chiptrace import CASE PATH|URL|FILE... [--model NAME [--lab NAME]] [--no-history]
// Thin front end over Case::importRepository / importDocumentFile; URLs are cloned or updated
// in the repository store first (acquirecli.h). Each item is its own transaction.

#include "acquirecli.h"
#include "casefile/caselocation.h"
#include "commandregistry.h"
#include "evidence/caseimport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace ChipTrace::Cli {


static Result<Case::CaseImportSummary> importOne(Case::CaseFile &cf, const QString &item,
    const QString &modelId, bool history, bool quiet, int *exitCode)
{
    if (looksLikeUrl(item)) {
        Git::RepositoryStore store;
        auto a = acquireWithProgress(store, item, {}, quiet, exitCode);
        if (!a)
            return fail(ErrorCode::Network,
                QCoreApplication::translate("Cli", "%1 was not imported.").arg(item));
        return Case::importRepository(cf, a->path, a->url, modelId, history);
    }
    const QFileInfo fi(item);
    if (fi.isDir())
        return Case::importRepository(
            cf, fi.absoluteFilePath(), fi.absoluteFilePath(), modelId, history);
    if (fi.isFile())
        return Case::importDocumentFile(cf, fi.absoluteFilePath(), modelId);
    return fail(ErrorCode::NotFound,
        QCoreApplication::translate("Cli", "%1 is neither a folder, a file nor a URL.").arg(item));
}

static void printSummary(const Case::CaseImportSummary &s)
{
    out() << QCoreApplication::translate(
        "Cli", "Imported %1: %2 findings, %3 proposed evidence, %4 new items")
                 .arg(s.item)
                 .arg(s.findings)
                 .arg(s.evidence)
                 .arg(s.added);
    if (!s.commit.isEmpty())
        out() << QCoreApplication::translate("Cli", " (commit %1%2)")
                     .arg(s.commit.left(12),
                         s.history ? QCoreApplication::translate("Cli", ", whole history")
                                   : QString());
    out() << Qt::endl;
    for (const QString &w : s.warnings)
        err() << QCoreApplication::translate("Cli", "warning: %1").arg(w) << Qt::endl;
}

static int runImport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Cli",
        "Add repositories (folders or URLs, scanned with their history) and documents "
        "(papers, archived pages, web pages) to a case."));
    parser.addHelpOption();
    parser.addPositionalArgument(
        u"case"_s, QCoreApplication::translate("Cli", "The case file or name."));
    parser.addPositionalArgument(u"items"_s,
        QCoreApplication::translate("Cli", "Repository folders or URLs, and document files."),
        u"ITEM..."_s);
    const QCommandLineOption model(u"model"_s,
        QCoreApplication::translate("Cli", "Propose evidence for this model of the case."),
        u"name"_s);
    const QCommandLineOption lab(u"lab"_s,
        QCoreApplication::translate(
            "Cli", "With --model: the model's lab, to add the model when it is new."),
        u"name"_s);
    const QCommandLineOption noHistory(u"no-history"_s,
        QCoreApplication::translate("Cli", "Scan only the working tree of repositories."));
    const QCommandLineOption quiet(
        u"quiet"_s, QCoreApplication::translate("Cli", "No progress output."));
    const QCommandLineOption as(
        u"as"_s, QCoreApplication::translate("Cli", "Act as this reviewer."), u"name"_s);
    parser.addOptions({model, lab, noHistory, quiet, as});
    if (!parser.parse(args)) {
        err() << parser.errorText() << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(u"help"_s)) {
        out() << parser.helpText();
        return ExitOk;
    }
    const QStringList pos = parser.positionalArguments();
    if (pos.size() < 2) {
        err() << QCoreApplication::translate(
            "Cli", "Usage: chiptrace import CASE PATH|URL|FILE... [--model NAME [--lab NAME]]")
              << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(as))
        qputenv("CHIPTRACE_IDENTITY", parser.value(as).toUtf8());
    auto cf = Case::CaseFile::open(Case::resolveCasePath(pos[0]));
    if (!cf) {
        err() << cf.message() << Qt::endl;
        return ExitError;
    }
    QString modelId;
    if (parser.isSet(model)) {
        auto id = Case::findOrCreateModel(**cf, parser.value(model), parser.value(lab));
        if (!id) {
            err() << id.message() << Qt::endl;
            return ExitUsage;
        }
        modelId = *id;
    } else if ((*cf)->models().size() == 1) {
        modelId = (*cf)->models().constFirst().id;
    } else {
        err() << QCoreApplication::translate(
            "Cli", "No --model given: findings are added without proposed evidence.")
              << Qt::endl;
    }
    int exit = ExitOk;
    for (const QString &item : pos.mid(1)) {
        int itemExit = ExitOk;
        auto r = importOne(
            **cf, item, modelId, !parser.isSet(noHistory), parser.isSet(quiet), &itemExit);
        if (r) {
            printSummary(*r);
            continue;
        }
        err() << r.message() << Qt::endl;
        exit = r.code() == ErrorCode::Cancelled || itemExit == ExitCancelled ? ExitCancelled
                                                                             : ExitError;
    }
    return exit;
}

static const CommandRegistration registration({
    u"import"_s,
    QT_TRANSLATE_NOOP("Cli", "Add repositories (with history) and documents to a case"),
    runImport,
});

} // namespace ChipTrace::Cli
