// SPDX-License-Identifier: GPL-3.0-or-later
// `chiptrace plausibility --active-params N --tokens D (--gpu-hours H | --gpus G --days T)
// [--precision fp8|bf16|fp16|tf32|fp32] [--phase P] [--overhead F] [--chip NAME]...
// [--format text|json]`: the model-FLOPs utilisation each catalog chip would need for a
// lab's training claim, and its band (logic in core/plausibility).

#include "catalog/catalog.h"
#include "commandregistry.h"
#include "plausibility/plausibility.h"
#include "trainingoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace ChipTrace::Cli {

namespace {

QString plausCli(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

void printText(const Plausibility::Assessment &a)
{
    out() << plausCli("Training compute: %1 FLOPs (6·N·D, up to +%2% for work it leaves out)")
                 .arg(a.flops.text())
                 .arg(a.claim.overhead * 100)
          << Qt::endl
          << plausCli("Device-hours: %1").arg(a.claim.deviceHours->text()) << Qt::endl
          << Qt::endl;
    out() << u"%1 %2 %3 %4 %5"_s.arg(plausCli("Chip"), -26)
                 .arg(plausCli("Format"), -7)
                 .arg(plausCli("Peak TFLOPS"), -13)
                 .arg(plausCli("Required MFU"), -14)
                 .arg(plausCli("Band"))
          << Qt::endl;
    for (const Plausibility::ChipVerdict &v : a.chips) {
        if (v.band == Plausibility::Band::CannotAssess) {
            out() << u"%1 %2"_s.arg(v.chipName, -26).arg(plausCli("cannot assess: ") + v.reason)
                  << Qt::endl;
            continue;
        }
        const QString peak =
            (v.peakLow < v.peakHigh ? QString::number(v.peakLow, 'g', 5) + u'-' : QString())
            + QString::number(v.peakHigh, 'g', 5) + (v.verified ? QString() : u"~"_s);
        QString band = Plausibility::bandName(v.band);
        if (v.fallback)
            band += plausCli(" (no %1 path)")
                        .arg(Plausibility::precisionName(*a.claim.precision).toUpper());
        out() << u"%1 %2 %3 %4 %5"_s.arg(v.chipName, -26)
                     .arg(Plausibility::precisionName(*v.precision).toUpper(), -7)
                     .arg(peak, -13)
                     .arg(Plausibility::mfuRangeText(v.mfuLow, v.mfuHigh), -14)
                     .arg(band)
              << Qt::endl;
    }
    out() << Qt::endl
          << plausCli(
                 "~ unverified peak (never eliminates on its own). Bands on the low end of the "
                 "range: impossible > 100%, implausible > 70%, low < 5% (a flag only).")
          << Qt::endl;
}

int runPlausibility(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        plausCli("The model-FLOPs utilisation each accelerator would need for a training claim."));
    parser.addHelpOption();
    addTrainingOptions(parser);
    parser.addOptions({
        {u"chip"_s, plausCli("Only this accelerator (repeatable)."), u"name"_s},
        {u"format"_s, plausCli("text or json."), u"format"_s, u"text"_s},
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
        err() << plausCli(
            "Usage: chiptrace plausibility --active-params N --tokens D "
            "(--gpu-hours H | --gpus G --days T) [--precision P] [--format text|json]")
              << Qt::endl;
        return ExitUsage;
    }
    for (const QString &error :
        {Catalog::Catalog::builtinError(), Plausibility::PeakTable::builtinError()})
        if (!error.isEmpty()) {
            err() << error << Qt::endl;
            return ExitError;
        }
    QList<Plausibility::TrainingFact> facts;
    const auto claim = claimFromOptions(parser, &facts);
    if (!claim)
        return ExitUsage;
    if (parser.isSet(u"text"_s) && fmt == u"text")
        printFacts(facts);
    if (const QString why = claim->cannotAssess(); !why.isEmpty()) {
        err() << plausCli("cannot assess: %1").arg(why) << Qt::endl;
        return ExitError;
    }
    Plausibility::Assessment a = Plausibility::assess(
        *claim, Catalog::Catalog::builtin(), Plausibility::PeakTable::builtin());
    if (parser.isSet(u"chip"_s)) {
        QSet<QString> wanted;
        for (const QString &name : parser.values(u"chip"_s)) {
            const auto matches = Catalog::Catalog::builtin().resolve(name);
            if (matches.isEmpty()) {
                err() << plausCli("Unknown accelerator \"%1\".").arg(name) << Qt::endl;
                return ExitUsage;
            }
            for (const auto *chip : matches)
                wanted.insert(chip->id);
        }
        a.chips.removeIf(
            [&wanted](const Plausibility::ChipVerdict &v) { return !wanted.contains(v.chipId); });
    }
    if (fmt == u"json")
        out() << QJsonDocument(Plausibility::toJson(a)).toJson(QJsonDocument::Indented);
    else
        printText(a);
    return ExitOk;
}

const CommandRegistration registration({
    u"plausibility"_s,
    QT_TRANSLATE_NOOP("Cli", "Which accelerators could have done a lab's stated training compute"),
    runPlausibility,
});

} // namespace

} // namespace ChipTrace::Cli
