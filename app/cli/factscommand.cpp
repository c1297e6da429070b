// SPDX-License-Identifier: GPL-3.0-or-later
// `chiptrace facts CASE [--model M] --text FILE` proposes a model's training figures from a
// model card, paper text or README, one evidence item per sentence that states any (the sentence
// is the item's quote); `chiptrace facts CASE [--model M] --quote TEXT --tokens 14.8T ...` adds
// one item with the figures an analyst read. Either way the items are proposals: reviewed like
// any evidence (`chiptrace review`), and only accepted ones feed the briefing's compute step.

#include "caseargs.h"
#include "casefile/computestep.h"
#include "commandregistry.h"
#include "plausibility/factextractor.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace ChipTrace::Cli {

namespace {

QString factsCli(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

// The figure options and the TrainingFacts field each fills.
const QList<QPair<QString, QString Case::TrainingFacts::*>> &figureOptions()
{
    static const QList<QPair<QString, QString Case::TrainingFacts::*>> options{
        {u"phase"_s, &Case::TrainingFacts::phase},
        {u"active-params"_s, &Case::TrainingFacts::activeParams},
        {u"params"_s, &Case::TrainingFacts::totalParams},
        {u"tokens"_s, &Case::TrainingFacts::tokens},
        {u"gpu-hours"_s, &Case::TrainingFacts::deviceHours},
        {u"gpus"_s, &Case::TrainingFacts::devices}, {u"days"_s, &Case::TrainingFacts::days},
        {u"precision"_s, &Case::TrainingFacts::precision}};
    return options;
}

Result<QString> modelOf(const Case::CaseFile &cf, const QString &wanted)
{
    const QList<Case::Model> models = cf.models();
    for (const Case::Model &m : models)
        if (m.id == wanted || m.name.compare(wanted, Qt::CaseInsensitive) == 0)
            return m.id;
    if (wanted.isEmpty() && models.size() == 1)
        return models.first().id;
    return fail(ErrorCode::InvalidArgument,
        wanted.isEmpty()
            ? QCoreApplication::translate("Cli", "The case has %n model(s): name one with --model.",
                  nullptr, int(models.size()))
            : factsCli("No model \"%1\" in this case.").arg(wanted));
}

// The TrainingFacts field a fact fills.
QString Case::TrainingFacts::*fieldOf(Plausibility::FactKind kind)
{
    for (const Funnel::TrainingFigureField &f : Funnel::trainingFigureFields())
        if (f.kind == kind)
            return f.member;
    return &Case::TrainingFacts::precision; // the one kind that is not a figure
}

// One proposed item per sentence with figures, in text order; a sentence that gives two figures
// of a kind, or figures of two phases ("pre-training took 1.9M hours, the whole run 2.1M"),
// gives one item each, so that no figure overwrites another.
QList<Case::Evidence> proposalsFromText(const QString &text, const QString &label)
{
    QList<Case::Evidence> items;
    using Plausibility::FactKind;
    for (const Plausibility::TrainingFact &f : Plausibility::extractTrainingFacts(text)) {
        // Parameters and precision describe the model, not a phase ("671B total parameters"
        // names no training phase even though the sentence says "total").
        const bool phased = f.kind != FactKind::ActiveParams && f.kind != FactKind::TotalParams
            && f.kind != FactKind::Precision;
        const QString phase = phased && f.phase ? Plausibility::phaseName(*f.phase) : QString();
        QString Case::TrainingFacts::*field = fieldOf(f.kind);
        const QString value = f.kind == FactKind::Precision
            ? Plausibility::precisionName(*f.precision)
            : f.value.text();
        if (!items.isEmpty() && items.last().quote == f.sentence
            && items.last().facts.*field == value)
            continue; // the sentence says it twice ("FP8 ... FP8 training")
        const bool fits = !items.isEmpty() && items.last().quote == f.sentence
            && (items.last().facts.*field).isEmpty()
            && (phase.isEmpty() || items.last().facts.phase.isEmpty()
                || items.last().facts.phase == phase);
        if (!fits) {
            Case::Evidence e;
            e.quote = f.sentence;
            e.rationale = factsCli("Training figures proposed from %1").arg(label);
            items << e;
        }
        Case::TrainingFacts &facts = items.last().facts;
        facts.*field = value;
        if (!phase.isEmpty())
            facts.phase = phase;
    }
    return items;
}

QString factsText(const Case::TrainingFacts &f)
{
    QStringList parts;
    for (const auto &[name, member] : figureOptions())
        if (!(f.*member).isEmpty())
            parts << u"%1 %2"_s.arg(name, f.*member);
    return parts.join(u", "_s);
}

Result<QList<Case::Evidence>> itemsFromArgs(const Parsed &p)
{
    const bool figures = std::any_of(figureOptions().cbegin(), figureOptions().cend(),
        [&](const auto &o) { return p.parser.isSet(o.first); });
    if (p.parser.isSet(u"text"_s) == figures)
        return fail(ErrorCode::InvalidArgument,
            factsCli("Give either --text FILE (figures proposed from it) or the figures with "
                     "--quote TEXT, not both."));
    if (p.parser.isSet(u"text"_s)) {
        const QString path = p.parser.value(u"text"_s);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(
                ErrorCode::Io, factsCli("Cannot read %1: %2").arg(path, file.errorString()));
        constexpr qint64 kMaxText = 8 * 1024 * 1024; // a model card, not a dataset
        return proposalsFromText(
            QString::fromUtf8(file.read(kMaxText)), QFileInfo(path).fileName());
    }
    Case::Evidence e;
    e.quote = p.parser.value(u"quote"_s);
    for (const auto &[name, member] : figureOptions())
        e.facts.*member = p.parser.value(name);
    return QList<Case::Evidence>{e};
}

int runFacts(const QStringList &args)
{
    Parsed p;
    QList<QCommandLineOption> options{
        {u"model"_s, factsCli("The model (name or id); may be left out when there is one."),
            u"model"_s},
        {u"text"_s, factsCli("Propose the figures a model card, paper or README states."),
            u"file"_s},
        {u"quote"_s, factsCli("The text the figures come from (with the figure options)."),
            u"text"_s},
        {u"source"_s, factsCli("The id of the case source the text comes from."), u"id"_s}};
    for (const auto &[name, member] : figureOptions())
        options << QCommandLineOption(
            name, factsCli("Training figure (see `plausibility`)."), u"value"_s);
    if (const int done = parse(p, args, {u"CASE"_s},
            factsCli("Add a model's training figures to a case as evidence to review."), options);
        done >= 0)
        return done;
    auto cf = openCase(p, p.positional[0]);
    if (!cf)
        return failWith(cf.error());
    auto model = modelOf(**cf, p.parser.value(u"model"_s));
    if (!model)
        return failWith(model.error());
    auto items = itemsFromArgs(p);
    if (!items)
        return failWith(items.error());
    if (items->isEmpty())
        out() << factsCli("No training figures found.") << Qt::endl;
    for (Case::Evidence &e : *items) {
        e.modelId = *model;
        e.sourceId = p.parser.value(u"source"_s);
        e.strength = ChipTrace::Strength::Strong;
        if (auto saved = (*cf)->saveEvidence(e); !saved)
            return failWith(saved.error());
        out()
            << factsCli("%1: proposed (%2) \"%3\"").arg(e.id, factsText(e.facts), e.quote.left(120))
            << Qt::endl;
    }
    return ExitOk;
}

} // namespace

static const CommandRegistration factsRegistration({
    u"facts"_s,
    QT_TRANSLATE_NOOP("Cli", "Add a model's training figures (tokens, GPU-hours, ...) to a case"),
    runFacts,
});

} // namespace ChipTrace::Cli
