// SPDX-License-Identifier: GPL-3.0-or-later
// `chiptrace funnel --constraint "..." [--strength proof|strong|hint]... [--explain CHIP]
// [--format text|json]`: quick what-ifs with the elimination funnel over the built-in catalog
// (logic in core/funnel).

#include "catalog/catalog.h"
#include "commandregistry.h"
#include "funnel/funnel.h"
#include "plausibility/plausibility.h"
#include "rules/exportrules.h"
#include "trainingoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace ChipTrace::Cli {


static QString chipNames(const Funnel::Funnel &funnel, const QStringList &ids)
{
    QStringList names;
    for (const QString &id : ids)
        names.append(funnel.candidate(id) ? funnel.candidate(id)->name : id);
    return names.join(u", "_s);
}

// Export status of each remaining candidate on `date` (when given): chip id -> classification.
static QHash<QString, Rules::Classification> exportStatus(const Funnel::FunnelResult &r,
    const Funnel::Funnel &funnel, const QDate &date, const QString &destination)
{
    QHash<QString, Rules::Classification> status;
    if (!date.isValid())
        return status;
    for (const Funnel::Candidate &c : r.remaining)
        status.insert(c.chipId,
            Rules::ExportRules::builtin().classify(*funnel.candidate(c.chipId), date, destination));
    return status;
}

static void printText(const Funnel::Funnel &funnel, const Funnel::FunnelResult &r,
    const QHash<QString, Rules::Classification> &status)
{
    out() << QCoreApplication::translate("Cli", "Candidates: %1").arg(funnel.candidates().size())
          << Qt::endl;
    for (const Funnel::StepOutcome &o : r.steps) {
        const Funnel::Step &s = funnel.steps().at(o.stepIndex);
        out() << QCoreApplication::translate("Cli", "Step %1 [%2] %3: %4, %5 -> %6")
                     .arg(o.stepIndex + 1)
                     .arg(ChipTrace::strengthName(s.strength), s.constraint.text(),
                         Funnel::stepStatusName(o.status))
                     .arg(o.remainingBefore)
                     .arg(o.remainingAfter)
              << Qt::endl;
        if (!o.eliminated.isEmpty())
            out() << QCoreApplication::translate("Cli", "  eliminated (%1): %2")
                         .arg(o.eliminated.size())
                         .arg(chipNames(funnel, o.eliminated))
                  << Qt::endl;
        if (!o.undecided.isEmpty())
            out() << QCoreApplication::translate("Cli", "  kept, data cannot decide (%1): %2")
                         .arg(o.undecided.size())
                         .arg(chipNames(funnel, o.undecided))
                  << Qt::endl;
        if (o.status == Funnel::StepStatus::Conflict)
            out() << QCoreApplication::translate("Cli",
                "  CONFLICT: this step would eliminate every remaining candidate; it was not applied.")
                  << Qt::endl;
    }
    out() << QCoreApplication::translate("Cli", "Remaining (%1):").arg(r.remaining.size())
          << Qt::endl;
    for (const Funnel::Candidate &c : r.remaining) {
        out() << "  " << funnel.candidate(c.chipId)->name;
        if (c.hintScore != 0)
            out() << "  "
                  << QCoreApplication::translate("Cli", "(hints %1%2)")
                         .arg(c.hintScore > 0 ? u"+"_s : QString())
                         .arg(c.hintScore);
        if (!c.undecided.isEmpty())
            out() << "  "
                  << QCoreApplication::translate("Cli", "(undecided: %1)")
                         .arg(c.undecided.join(u"; "_s));
        if (const auto it = status.constFind(c.chipId); it != status.cend())
            out() << "  [" << controlStatusName(it->controlled) << ": " << it->classification
                  << ']';
        out() << Qt::endl;
    }
}

// Builds the steps from the options; returns false (after printing why) on a bad constraint.
static bool buildSteps(const QCommandLineParser &parser, Funnel::Funnel *funnel)
{
    const QStringList constraints = parser.values(u"constraint"_s);
    const QStringList strengths = parser.values(u"strength"_s);
    const QStringList labels = parser.values(u"label"_s);
    for (qsizetype i = 0; i < constraints.size(); ++i) {
        int column = 0;
        auto c = Funnel::Constraint::parse(constraints.at(i), &column);
        if (!c) {
            err() << c.message() << Qt::endl
                  << "  " << constraints.at(i) << Qt::endl
                  << "  " << QString(qMax(0, column - 1), u' ') << '^' << Qt::endl;
            return false;
        }
        const auto strength = ChipTrace::strengthFromName(strengths.value(i, u"strong"_s));
        if (!strength) {
            err() << QCoreApplication::translate(
                "Cli", "--strength takes proof, strong or hint, not \"%1\".")
                         .arg(strengths.value(i))
                  << Qt::endl;
            return false;
        }
        const QString label = labels.value(i, constraints.at(i));
        funnel->addStep(Funnel::Step{*c, *strength, u"cli-%1"_s.arg(i + 1), label, true});
    }
    return true;
}

// The compute-plausibility step of the training options: chips that could not have done the
// stated training are removed. A claim that cannot be assessed says why and changes nothing.
static bool addPlausibilityStep(const QCommandLineParser &parser, Funnel::Funnel *funnel)
{
    if (!hasTrainingOptions(parser))
        return true;
    const auto claim = claimFromOptions(parser);
    if (!claim)
        return false;
    if (const QString why = claim->cannotAssess(); !why.isEmpty()) {
        err() << QCoreApplication::translate("Cli", "compute plausibility: cannot assess: %1")
                     .arg(why)
              << Qt::endl;
        return true;
    }
    if (!Plausibility::PeakTable::builtinError().isEmpty()) {
        err() << Plausibility::PeakTable::builtinError() << Qt::endl;
        return true;
    }
    const auto step = Plausibility::funnelStep(Plausibility::assess(
        *claim, Catalog::Catalog::builtin(), Plausibility::PeakTable::builtin()));
    if (step)
        funnel->addStep(*step);
    return true;
}

static int runFunnel(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Cli", "Apply constraints to the accelerator catalog, in order."));
    parser.addHelpOption();
    parser.addOptions({
        {u"constraint"_s,
            QCoreApplication::translate(
                "Cli", "A step's constraint, e.g. \"vendor != AMD\" (repeat for more steps)."),
            u"expr"_s},
        {u"strength"_s,
            QCoreApplication::translate("Cli",
                "Strength of the step at the same position: proof, strong (default) or hint."),
            u"strength"_s},
        {u"label"_s,
            QCoreApplication::translate("Cli", "Evidence label of the step at the same position."),
            u"text"_s},
        {u"explain"_s,
            QCoreApplication::translate("Cli", "Explain why this chip is in or out (repeatable)."),
            u"chip"_s},
        {u"date"_s,
            QCoreApplication::translate("Cli",
                "Also give each remaining chip's export-control status on this date (YYYY-MM-DD)."),
            u"date"_s},
        {u"destination"_s,
            QCoreApplication::translate("Cli", "Destination for --date (default CN)."), u"code"_s,
            u"CN"_s},
        {u"format"_s, QCoreApplication::translate("Cli", "text or json."), u"format"_s, u"text"_s},
    });
    addTrainingOptions(parser); // a training claim adds the compute-plausibility step
    if (!parser.parse(args)) {
        err() << parser.errorText() << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(u"help"_s)) {
        out() << parser.helpText();
        return ExitOk;
    }
    const QString fmt = parser.value(u"format"_s);
    if ((fmt != u"text" && fmt != u"json") || !parser.positionalArguments().isEmpty()) {
        err() << QCoreApplication::translate("Cli",
            "Usage: chiptrace funnel --constraint EXPR [--strength proof|strong|hint]... [--format text|json]")
              << Qt::endl;
        return ExitUsage;
    }
    if (!Catalog::Catalog::builtinError().isEmpty()) {
        err() << Catalog::Catalog::builtinError() << Qt::endl;
        return ExitError;
    }
    Funnel::Funnel funnel(Catalog::Catalog::builtin());
    if (!buildSteps(parser, &funnel) || !addPlausibilityStep(parser, &funnel))
        return ExitUsage;
    const Funnel::FunnelResult result = funnel.run();
    const QDate date = QDate::fromString(parser.value(u"date"_s), Qt::ISODate);
    if (parser.isSet(u"date"_s) && !date.isValid()) {
        err() << QCoreApplication::translate("Cli", "\"%1\" is not a date of the form YYYY-MM-DD.")
                     .arg(parser.value(u"date"_s))
              << Qt::endl;
        return ExitUsage;
    }
    const auto status = exportStatus(result, funnel, date, parser.value(u"destination"_s));
    QJsonArray explanations;
    for (const QString &name : parser.values(u"explain"_s)) {
        const auto matches = Catalog::Catalog::builtin().resolve(name);
        if (matches.isEmpty()) {
            err() << QCoreApplication::translate("Cli", "Unknown accelerator \"%1\".").arg(name)
                  << Qt::endl;
            return ExitUsage;
        }
        for (const auto *chip : matches)
            explanations.append(
                QJsonObject{{u"id"_s, chip->id}, {u"text"_s, funnel.explain(chip->id, result)}});
    }
    if (fmt == u"json") {
        QJsonObject o = Funnel::toJson(funnel, result);
        if (date.isValid()) {
            QJsonArray remaining = o[u"remaining"].toArray();
            for (qsizetype i = 0; i < remaining.size(); ++i) {
                QJsonObject entry = remaining.at(i).toObject();
                entry[u"export"] = Rules::toJson(status.value(entry[u"id"].toString()));
                remaining[i] = entry;
            }
            o[u"remaining"] = remaining;
        }
        if (!explanations.isEmpty())
            o[u"explanations"] = explanations;
        out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
    } else {
        printText(funnel, result, status);
        for (const QJsonValue &e : std::as_const(explanations))
            out() << Qt::endl << e[u"text"].toString() << Qt::endl;
    }
    return ExitOk;
}

static const CommandRegistration registration({
    u"funnel"_s,
    QT_TRANSLATE_NOOP(
        "Cli", "Apply evidence constraints to the accelerator catalog and show what remains"),
    runFunnel,
});

} // namespace ChipTrace::Cli
