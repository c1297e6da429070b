// SPDX-License-Identifier: GPL-3.0-or-later
// `chiptrace catalog [CHIP...] [--format text|json|csv]`: the accelerator catalog, whole or for
// the named chips, with every figure's provenance (logic in core/catalog).

#include "catalog/catalog.h"
#include "catalog/catalogformat.h"
#include "commandregistry.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace ChipTrace::Cli {


// "1940~" for an unverified figure, "?" unknown, "n/a".
static QString figureText(const Catalog::Figure &f, int decimals = -1)
{
    if (f.availability == Catalog::Availability::Unknown)
        return u"?"_s;
    if (f.availability == Catalog::Availability::NotApplicable)
        return u"n/a"_s;
    const QString v =
        decimals < 0 ? QString::number(f.value, 'g', 8) : QString::number(f.value, 'f', decimals);
    return f.unverified ? v + u'~' : v;
}

static void printTable(const QList<const Catalog::Accelerator *> &chips)
{
    out() << u"%1 %2 %3 %4 %5 %6 %7 %8"_s.arg(QCoreApplication::translate("Cli", "Name"), -26)
                 .arg(QCoreApplication::translate("Cli", "Vendor"), -14)
                 .arg(QCoreApplication::translate("Cli", "Arch"), -10)
                 .arg(QCoreApplication::translate("Cli", "CC"), -6)
                 .arg(QCoreApplication::translate("Cli", "Segment"), -12)
                 .arg(QCoreApplication::translate("Cli", "Mem GB"), -7)
                 .arg(QCoreApplication::translate("Cli", "TPP"), -9)
                 .arg(QCoreApplication::translate("Cli", "PD"))
          << Qt::endl;
    for (const auto *a : chips) {
        const auto tpp = Catalog::totalProcessingPerformance(*a);
        const auto pd = Catalog::performanceDensity(*a);
        out() << u"%1 %2 %3 %4 %5 %6 %7 %8"_s.arg(a->name, -26)
                     .arg(a->vendor, -14)
                     .arg(a->architecture, -10)
                     .arg(figureText(a->computeCapability), -6)
                     .arg(Catalog::segmentName(a->segment), -12)
                     .arg(figureText(a->memoryGb), -7)
                     .arg(tpp.known ? QString::number(tpp.value, 'f', 0)
                                 + (tpp.unverified ? u"~"_s : QString())
                                    : u"?"_s,
                         -9)
                     .arg(pd ? QString::number(*pd, 'f', 2) : u"?"_s)
              << Qt::endl;
    }
    out()
        << Qt::endl
        << QCoreApplication::translate("Cli",
               "~ unverified figure, ? unknown. 'chiptrace catalog CHIP' shows one entry with its sources.")
        << Qt::endl;
}

static void printDetail(const Catalog::Accelerator &a)
{
    auto line = [](const QString &label, const QString &value) {
        out() << u"%1 "_s.arg(label, -22) << value << Qt::endl;
    };
    auto fig = [](const Catalog::Figure &f) {
        QString s = figureText(f);
        if (!f.sources.isEmpty()) {
            QStringList refs;
            for (int i : f.sources)
                refs.append(QString::number(i + 1));
            s += u" [" + refs.join(u',') + u']';
        }
        return s;
    };
    out() << a.name << " (" << a.id << ")" << Qt::endl;
    line(QCoreApplication::translate("Cli", "Vendor / family"), a.vendor + u" / "_s + a.family);
    line(QCoreApplication::translate("Cli", "Architecture / die"),
        a.architecture + u" / "_s + a.die);
    line(QCoreApplication::translate("Cli", "Aliases"), a.aliases.join(u", "_s));
    line(QCoreApplication::translate("Cli", "Compute capability"), fig(a.computeCapability));
    line(QCoreApplication::translate("Cli", "Segment"), Catalog::segmentName(a.segment));
    line(QCoreApplication::translate("Cli", "Released"), a.releasedText);
    line(QCoreApplication::translate("Cli", "Memory"),
        fig(a.memoryGb) + u" GB " + a.memoryType + u", " + fig(a.memoryBandwidthGBs) + u" GB/s");
    line(QCoreApplication::translate("Cli", "Dense TOPS fp16/fp8/int8/fp4"),
        QStringList{fig(a.dense(Catalog::NumberFormat::FP16)),
            fig(a.dense(Catalog::NumberFormat::FP8)), fig(a.dense(Catalog::NumberFormat::INT8)),
            fig(a.dense(Catalog::NumberFormat::FP4))}
            .join(u" / "_s));
    line(QCoreApplication::translate("Cli", "Formats bf16/fp8/fp4/tf32"),
        QStringList{Catalog::flagCell(a.bf16), Catalog::flagCell(a.fp8), Catalog::flagCell(a.fp4),
            Catalog::flagCell(a.tf32)}
            .join(u" / "_s));
    line(QCoreApplication::translate("Cli", "Features"), a.features.join(u' '));
    line(QCoreApplication::translate("Cli", "Interconnect"),
        a.interconnect + u" (" + fig(a.ioBandwidthGBs) + u" GB/s)");
    line(QCoreApplication::translate("Cli", "GPUDirect RDMA"), Catalog::flagCell(a.gpudirectRdma));
    line(QCoreApplication::translate("Cli", "Die area mm2"), fig(a.dieAreaMm2));
    line(QCoreApplication::translate("Cli", "Collective / stack"), a.collective + u" / " + a.stack);
    line(QCoreApplication::translate("Cli", "China-specific / origin"),
        Catalog::chinaSpecificName(a.chinaSpecific) + u" / " + Catalog::originName(a.origin));
    const auto tpp = Catalog::totalProcessingPerformance(a);
    const auto pd = Catalog::performanceDensity(a);
    line(QCoreApplication::translate("Cli", "TPP / PD (computed)"),
        (tpp.known ? QString::number(tpp.value, 'f', 1) + u" (" + Catalog::formatName(tpp.format)
                    + u')'
                   : u"?"_s)
            + u" / " + (pd ? QString::number(*pd, 'f', 3) : u"?"_s));
    line(QCoreApplication::translate("Cli", "Notes"), a.notes);
    out() << QCoreApplication::translate("Cli", "Sources:") << Qt::endl;
    for (int i = 0; i < a.sources.size(); ++i)
        out() << "  [" << (i + 1) << "] " << a.sources.at(i).text << Qt::endl;
    out() << Qt::endl;
}

static int runCatalog(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Cli", "List the accelerator catalog, or show the named accelerators."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"chip"_s,
        QCoreApplication::translate("Cli", "Optional names or aliases to show."), u"[CHIP...]"_s);
    const QCommandLineOption format(u"format"_s,
        QCoreApplication::translate("Cli", "text, json or csv."), u"format"_s, u"text"_s);
    parser.addOption(format);
    if (!parser.parse(args)) {
        err() << parser.errorText() << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(u"help"_s)) {
        out() << parser.helpText();
        return ExitOk;
    }
    const QString fmt = parser.value(format);
    if (fmt != u"text" && fmt != u"json" && fmt != u"csv") {
        err() << QCoreApplication::translate("Cli", "--format takes text, json or csv.")
              << Qt::endl;
        return ExitUsage;
    }
    if (!Catalog::Catalog::builtinError().isEmpty()) {
        err() << Catalog::Catalog::builtinError() << Qt::endl;
        return ExitError;
    }
    const auto &catalog = Catalog::Catalog::builtin();
    QList<const Catalog::Accelerator *> chips;
    for (const QString &name : parser.positionalArguments()) {
        const auto matches = catalog.resolve(name);
        if (matches.isEmpty()) {
            err() << QCoreApplication::translate("Cli", "Unknown accelerator \"%1\".").arg(name)
                  << Qt::endl;
            return ExitUsage;
        }
        chips += matches;
    }
    const bool all = parser.positionalArguments().isEmpty();
    if (all) {
        for (const auto &a : catalog.all())
            chips.append(&a);
    }
    if (fmt == u"csv") {
        out() << QString::fromUtf8(Catalog::catalogToCsv(catalog));
    } else if (fmt == u"json") {
        QJsonArray list;
        for (const auto *a : std::as_const(chips))
            list.append(Catalog::acceleratorToJson(*a));
        out() << QJsonDocument(
            QJsonObject{{u"count"_s, int(list.size())}, {u"accelerators"_s, list}})
                     .toJson(QJsonDocument::Indented);
    } else if (all) {
        printTable(chips);
    } else {
        for (const auto *a : std::as_const(chips))
            printDetail(*a);
    }
    return ExitOk;
}

static const CommandRegistration registration({
    u"catalog"_s,
    QT_TRANSLATE_NOOP(
        "Cli", "List the accelerator catalog, or show accelerators with their sources"),
    runCatalog,
});

} // namespace ChipTrace::Cli
