// SPDX-License-Identifier: GPL-3.0-or-later
#include "trainingoptions.h"

#include "commandregistry.h"

#include <QCoreApplication>
#include <QFile>

using namespace Qt::StringLiterals;

namespace ChipTrace::Cli {

namespace {

QString trainingCli(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

// Reads one figure option into `target`; false (after saying why) when it does not parse.
bool readQuantity(const QCommandLineParser &parser, const QString &name,
    std::optional<Plausibility::Quantity> *target)
{
    if (!parser.isSet(name))
        return true;
    const auto q = Plausibility::parseQuantity(parser.value(name));
    if (!q) {
        err() << trainingCli("--%1: \"%2\" is not a figure (e.g. 37e9, 14.8T, ~2.8M, <=16K).")
                     .arg(name, parser.value(name))
              << Qt::endl;
        return false;
    }
    *target = *q;
    return true;
}

// --text FILE (or - for standard input): its facts as the starting claim.
bool readText(const QCommandLineParser &parser, Plausibility::Phase phase,
    Plausibility::TrainingClaim *claim, QList<Plausibility::TrainingFact> *facts)
{
    if (!parser.isSet(u"text"_s))
        return true;
    const QString path = parser.value(u"text"_s);
    QFile file;
    const bool opened = path == u"-" ? file.open(stdin, QIODevice::ReadOnly)
                                     : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened) {
        err() << trainingCli("--text: cannot read %1: %2").arg(path, file.errorString())
              << Qt::endl;
        return false;
    }
    // A model card is small; a cap keeps a mistaken path (a dataset) from filling memory.
    constexpr qint64 kMaxText = 8 * 1024 * 1024;
    *facts = Plausibility::extractTrainingFacts(QString::fromUtf8(file.read(kMaxText)));
    *claim = Plausibility::claimFromFacts(*facts, phase);
    return true;
}

} // namespace

void addTrainingOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {u"text"_s,
            trainingCli("A model card or README (- for standard input) whose training facts "
                        "are read; the options below override them."),
            u"file"_s},
        {u"active-params"_s, trainingCli("Active parameters per token (MoE), e.g. 37e9 or 37B."),
            u"n"_s},
        {u"params"_s,
            trainingCli("Parameters of a dense model (used when --active-params is absent)."),
            u"n"_s},
        {u"tokens"_s, trainingCli("Training tokens of the same phase, e.g. 14.8T."), u"n"_s},
        {u"gpu-hours"_s, trainingCli("Device-hours of the phase, e.g. 2.664M or ~7e6."), u"n"_s},
        {u"gpus"_s, trainingCli("Devices used (with --days, instead of --gpu-hours)."), u"n"_s},
        {u"days"_s, trainingCli("Days of training (with --gpus)."), u"n"_s},
        {u"precision"_s, trainingCli("Training format: fp8, bf16, fp16, tf32 or fp32."), u"p"_s},
        {u"phase"_s,
            trainingCli("pretraining (default), context-extension, post-training, rl or total."),
            u"phase"_s},
        {u"overhead"_s,
            trainingCli("FLOPs 6·N·D leaves out, as a fraction for the range's high end (0.125)."),
            u"f"_s},
    });
}

bool hasTrainingOptions(const QCommandLineParser &parser)
{
    for (const char *name : {"text", "active-params", "params", "tokens", "gpu-hours", "gpus",
             "days", "precision", "phase", "overhead"})
        if (parser.isSet(QString::fromLatin1(name)))
            return true;
    return false;
}

std::optional<Plausibility::TrainingClaim> claimFromOptions(
    const QCommandLineParser &parser, QList<Plausibility::TrainingFact> *facts)
{
    Plausibility::TrainingClaim claim;
    if (parser.isSet(u"phase"_s)) {
        const auto phase = Plausibility::phaseFromName(parser.value(u"phase"_s));
        if (!phase) {
            err() << trainingCli(
                "--phase takes pretraining, context-extension, post-training, rl or total.")
                  << Qt::endl;
            return std::nullopt;
        }
        claim.phase = *phase;
    }
    QList<Plausibility::TrainingFact> found;
    if (!readText(parser, claim.phase, &claim, &found))
        return std::nullopt;
    if (facts)
        *facts = found;
    std::optional<Plausibility::Quantity> params, gpus, days;
    if (!readQuantity(parser, u"active-params"_s, &claim.activeParams)
        || !readQuantity(parser, u"params"_s, &params)
        || !readQuantity(parser, u"tokens"_s, &claim.tokens)
        || !readQuantity(parser, u"gpu-hours"_s, &claim.deviceHours)
        || !readQuantity(parser, u"gpus"_s, &gpus) || !readQuantity(parser, u"days"_s, &days))
        return std::nullopt;
    // A dense model's active parameters are all of them.
    if (parser.isSet(u"params"_s) && !parser.isSet(u"active-params"_s))
        claim.activeParams = params;
    if (!parser.isSet(u"gpu-hours"_s) && gpus && days)
        claim.deviceHours = (*gpus * *days).scaled(24.0);
    if (parser.isSet(u"precision"_s)) {
        claim.precision = Plausibility::precisionFromName(parser.value(u"precision"_s));
        if (!claim.precision) {
            err() << trainingCli("--precision takes fp8, bf16, fp16, tf32 or fp32.") << Qt::endl;
            return std::nullopt;
        }
    }
    if (parser.isSet(u"overhead"_s)) {
        bool ok = false;
        claim.overhead = parser.value(u"overhead"_s).toDouble(&ok);
        if (!ok || claim.overhead < 0 || claim.overhead > 10) {
            err() << trainingCli("--overhead takes a fraction, e.g. 0.125.") << Qt::endl;
            return std::nullopt;
        }
    }
    return claim;
}

void printFacts(const QList<Plausibility::TrainingFact> &facts)
{
    out() << trainingCli("Training facts read from the text (%1):").arg(facts.size()) << Qt::endl;
    for (const Plausibility::TrainingFact &f : facts) {
        const QString value = f.kind == Plausibility::FactKind::Precision
            ? Plausibility::precisionName(*f.precision)
            : f.value.text();
        out() << u"  %1 %2 %3  \"%4\""_s.arg(Plausibility::factKindName(f.kind), -13)
                     .arg(value, -10)
                     .arg(f.phase ? Plausibility::phaseName(*f.phase) : u"-"_s, -17)
                     .arg(f.spelling)
              << Qt::endl;
    }
    out() << Qt::endl;
}

} // namespace ChipTrace::Cli
