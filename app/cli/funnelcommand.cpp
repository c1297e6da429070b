// `chiptrace funnel --constraint "..." [--strength proof|strong|hint]... [--explain CHIP]
// [--format text|json]`: quick what-ifs with the elimination funnel over the built-in catalog
// (logic in core/funnel).

#include "commandregistry.h"

#include "catalog/catalog.h"
#include "funnel/funnel.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace ChipTrace::Cli {

static QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

static QString chipNames(const Funnel::Funnel &funnel, const QStringList &ids)
{
    QStringList names;
    for (const QString &id : ids)
        names.append(funnel.candidate(id) ? funnel.candidate(id)->name : id);
    return names.join(u", "_s);
}

static void printText(const Funnel::Funnel &funnel, const Funnel::FunnelResult &r)
{
    out() << tr("Candidates: %1").arg(funnel.candidates().size()) << Qt::endl;
    for (const Funnel::StepOutcome &o : r.steps) {
        const Funnel::Step &s = funnel.steps().at(o.stepIndex);
        out() << tr("Step %1 [%2] %3: %4, %5 -> %6")
                     .arg(o.stepIndex + 1)
                     .arg(Funnel::strengthName(s.strength), s.constraint.text(), Funnel::stepStatusName(o.status))
                     .arg(o.remainingBefore)
                     .arg(o.remainingAfter)
              << Qt::endl;
        if (!o.eliminated.isEmpty())
            out() << tr("  eliminated (%1): %2").arg(o.eliminated.size()).arg(chipNames(funnel, o.eliminated)) << Qt::endl;
        if (!o.undecided.isEmpty())
            out() << tr("  kept, data cannot decide (%1): %2").arg(o.undecided.size()).arg(chipNames(funnel, o.undecided)) << Qt::endl;
        if (o.status == Funnel::StepStatus::Conflict)
            out() << tr("  CONFLICT: this step would eliminate every remaining candidate; it was not applied.") << Qt::endl;
    }
    out() << tr("Remaining (%1):").arg(r.remaining.size()) << Qt::endl;
    for (const Funnel::Candidate &c : r.remaining) {
        out() << "  " << funnel.candidate(c.chipId)->name;
        if (c.hintScore != 0)
            out() << "  " << tr("(hints %1%2)").arg(c.hintScore > 0 ? u"+"_s : QString()).arg(c.hintScore);
        if (!c.undecided.isEmpty())
            out() << "  " << tr("(undecided: %1)").arg(c.undecided.join(u"; "_s));
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
            err() << c.message() << Qt::endl << "  " << constraints.at(i) << Qt::endl
                  << "  " << QString(qMax(0, column - 1), u' ') << '^' << Qt::endl;
            return false;
        }
        const auto strength = Funnel::strengthFromName(strengths.value(i, u"strong"_s));
        if (!strength) {
            err() << tr("--strength takes proof, strong or hint, not \"%1\".").arg(strengths.value(i)) << Qt::endl;
            return false;
        }
        const QString label = labels.value(i, constraints.at(i));
        funnel->addStep(Funnel::Step{*c, *strength, u"cli-%1"_s.arg(i + 1), label, true});
    }
    return true;
}

static int runFunnel(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Apply constraints to the accelerator catalog, in order."));
    parser.addHelpOption();
    parser.addOptions({
        {u"constraint"_s, tr("A step's constraint, e.g. \"vendor != AMD\" (repeat for more steps)."), u"expr"_s},
        {u"strength"_s, tr("Strength of the step at the same position: proof, strong (default) or hint."), u"strength"_s},
        {u"label"_s, tr("Evidence label of the step at the same position."), u"text"_s},
        {u"explain"_s, tr("Explain why this chip is in or out (repeatable)."), u"chip"_s},
        {u"format"_s, tr("text or json."), u"format"_s, u"text"_s},
    });
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
        err() << tr("Usage: chiptrace funnel --constraint EXPR [--strength proof|strong|hint]... [--format text|json]") << Qt::endl;
        return ExitUsage;
    }
    if (!Catalog::Catalog::builtinError().isEmpty()) {
        err() << Catalog::Catalog::builtinError() << Qt::endl;
        return ExitError;
    }
    Funnel::Funnel funnel(Catalog::Catalog::builtin());
    if (!buildSteps(parser, &funnel))
        return ExitUsage;
    const Funnel::FunnelResult result = funnel.run();
    QJsonArray explanations;
    for (const QString &name : parser.values(u"explain"_s)) {
        const auto matches = Catalog::Catalog::builtin().resolve(name);
        if (matches.isEmpty()) {
            err() << tr("Unknown accelerator \"%1\".").arg(name) << Qt::endl;
            return ExitUsage;
        }
        for (const auto *chip : matches)
            explanations.append(QJsonObject{{u"id"_s, chip->id}, {u"text"_s, funnel.explain(chip->id, result)}});
    }
    if (fmt == u"json") {
        QJsonObject o = Funnel::toJson(funnel, result);
        if (!explanations.isEmpty())
            o[u"explanations"] = explanations;
        out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
    } else {
        printText(funnel, result);
        for (const QJsonValue &e : std::as_const(explanations))
            out() << Qt::endl << e[u"text"].toString() << Qt::endl;
    }
    return ExitOk;
}

static const CommandRegistration registration({
    u"funnel"_s,
    QT_TRANSLATE_NOOP("Cli", "Apply evidence constraints to the accelerator catalog and show what remains"),
    runFunnel,
});

} // namespace ChipTrace::Cli
