// SPDX-License-Identifier: GPL-3.0-or-later
// `chiptrace report CASE --output FILE.pdf [--marking TEXT]`: the PDF briefing of a case.
// Runs on the offscreen platform (needsGui), so it needs no display.

#include "casefile/casefile.h"
#include "commandregistry.h"
#include "report/briefingbuilder.h"
#include "report/pdfrenderer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>

namespace ChipTrace::Cli {


static void addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        QCoreApplication::translate("Cli", "Export the briefing of a case as a PDF."));
    parser.addHelpOption();
    parser.addPositionalArgument(
        QStringLiteral("case"), QCoreApplication::translate("Cli", "The case file (.chiptrace)."));
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
        QCoreApplication::translate("Cli", "Write the PDF to <file>."),
        QCoreApplication::translate("Cli", "file")});
    parser.addOption({QStringLiteral("marking"),
        QCoreApplication::translate("Cli", "Banner text at the top and bottom of every page."),
        QCoreApplication::translate("Cli", "text")});
    parser.addOption({QStringLiteral("model"),
        QCoreApplication::translate("Cli", "Brief on the model with this id (default: the first)."),
        QCoreApplication::translate("Cli", "id")});
    parser.addOption({QStringLiteral("destination"),
        QCoreApplication::translate(
            "Cli", "Country code the export rules are applied for (default: the lab's, else CN)."),
        QCoreApplication::translate("Cli", "code")});
    parser.addOption({QStringLiteral("generated-at"),
        QCoreApplication::translate("Cli",
            "Date and time recorded as the generation time, ISO 8601 (default: the case's last "
            "change, so the same case gives the same file)."),
        QCoreApplication::translate("Cli", "when")});
}

static int runReport(const QStringList &args)
{
    QCommandLineParser parser;
    addOptions(parser);
    parser.process(args);
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1 || !parser.isSet(QStringLiteral("output"))) {
        err() << QCoreApplication::translate(
            "Cli", "Usage: chiptrace report CASE --output FILE.pdf [--marking TEXT]")
              << Qt::endl;
        return ExitUsage;
    }
    QDateTime generatedAt;
    if (parser.isSet(QStringLiteral("generated-at"))) {
        generatedAt =
            QDateTime::fromString(parser.value(QStringLiteral("generated-at")), Qt::ISODate);
        if (!generatedAt.isValid()) {
            err() << QCoreApplication::translate(
                "Cli", "--generated-at needs an ISO 8601 date and time, e.g. 2026-11-23T12:00:00Z.")
                  << Qt::endl;
            return ExitUsage;
        }
    }
    auto caseFile = Case::CaseFile::open(positional.first());
    if (!caseFile) {
        err() << caseFile.message() << Qt::endl;
        return ExitError;
    }
    Report::BuildSettings settings;
    settings.modelId = parser.value(QStringLiteral("model"));
    settings.marking = parser.value(QStringLiteral("marking"));
    settings.destination = parser.value(QStringLiteral("destination"));
    settings.generatedAt = generatedAt;
    auto briefing = Report::BriefingBuilder().build(**caseFile, settings);
    if (!briefing) {
        err() << briefing.message() << Qt::endl;
        return ExitError;
    }
    const QString output = parser.value(QStringLiteral("output"));
    auto rendered = Report::PdfRenderer().renderToFile(*briefing, output);
    if (!rendered) {
        err() << rendered.message() << Qt::endl;
        return ExitError;
    }
    out() << QCoreApplication::translate("Cli", "Wrote %1: %2 pages, content sha256 %3")
                 .arg(output)
                 .arg(rendered->pageCount)
                 .arg(rendered->contentDigest)
          << Qt::endl;
    return ExitOk;
}

static const CommandRegistration registration({
    QStringLiteral("report"),
    QT_TRANSLATE_NOOP("Cli", "Export the PDF briefing of a case"),
    runReport,
    true,
});

} // namespace ChipTrace::Cli
