// SPDX-License-Identifier: GPL-3.0-or-later
// `chiptrace classify CHIP --date YYYY-MM-DD [--destination CN] [--format text|json]`: the
// export-control status of one catalog chip on a date (logic in core/rules).

#include "catalog/catalog.h"
#include "commandregistry.h"
#include "rules/exportrules.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace ChipTrace::Cli {


// Resolves CHIP or explains why not; exit code 2 when unknown or ambiguous.
static const Catalog::Accelerator *resolveChip(const QString &name, bool json, int *exitCode)
{
    const auto matches = Catalog::Catalog::builtin().resolve(name);
    if (matches.size() == 1)
        return matches.first();
    *exitCode = ExitUsage;
    if (matches.isEmpty()) {
        err() << QCoreApplication::translate(
            "Cli", "Unknown accelerator \"%1\"; 'chiptrace catalog' lists the names.")
                     .arg(name)
              << Qt::endl;
        return nullptr;
    }
    err() << QCoreApplication::translate("Cli", "\"%1\" is ambiguous; it matches:").arg(name)
          << Qt::endl;
    QJsonArray list;
    for (const auto *a : matches) {
        err() << "  " << a->name << "  (" << a->id << ')' << Qt::endl;
        list.append(QJsonObject{{u"id"_s, a->id}, {u"name"_s, a->name}});
    }
    if (json) {
        const QJsonObject o{{u"error"_s, u"ambiguous"_s}, {u"query"_s, name}, {u"matches"_s, list}};
        out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
    }
    return nullptr;
}

static QString statusText(ControlStatus c)
{
    switch (c) {
    case ControlStatus::Controlled:
        return QCoreApplication::translate("Cli", "controlled: a licence is required");
    case ControlStatus::NotControlled:
        return QCoreApplication::translate("Cli", "not controlled");
    case ControlStatus::Undecidable:
        return QCoreApplication::translate("Cli", "undecidable from the data");
    case ControlStatus::Unknown: // a classification is never one of these
    case ControlStatus::LicenseException:
    case ControlStatus::Mixed:
        break;
    }
    return {};
}

static void printText(const Rules::Classification &c, const Rules::LegalWindow &w)
{
    out() << c.chipName << " -> " << c.destination << ", " << c.date.toString(Qt::ISODate)
          << Qt::endl;
    out() << QCoreApplication::translate("Cli", "Status:          ") << statusText(c.controlled)
          << Qt::endl;
    out() << QCoreApplication::translate("Cli", "Classification:  ") << c.classification
          << Qt::endl;
    if (!c.ruleId.isEmpty())
        out() << QCoreApplication::translate("Cli", "Rule:            ") << c.ruleId << " - "
              << c.ruleTitle << " (" << QCoreApplication::translate("Cli", "since ")
              << c.ruleEffective.toString(Qt::ISODate) << ')' << Qt::endl;
    out() << QCoreApplication::translate("Cli", "TPP / PD:        ")
          << (c.tpp ? QString::number(*c.tpp, 'f', 1)
                    : QCoreApplication::translate("Cli", "unknown"))
          << " / "
          << (c.performanceDensity ? QString::number(*c.performanceDensity, 'f', 3)
                                   : QCoreApplication::translate("Cli", "unknown"))
          << Qt::endl;
    if (!c.licenseException.isEmpty())
        out() << QCoreApplication::translate("Cli", "Licence exception: ") << c.licenseException
              << Qt::endl;
    if (!c.reviewPolicy.isEmpty())
        out() << QCoreApplication::translate("Cli", "Review policy:   ") << c.reviewPolicy
              << Qt::endl;
    out() << QCoreApplication::translate("Cli", "Reason:          ") << c.reason << Qt::endl;
    for (const QString &n : c.notes)
        out() << QCoreApplication::translate("Cli", "Note:            ") << n << Qt::endl;
    out() << QCoreApplication::translate("Cli", "Legal window:    ") << w.summary << Qt::endl;
    for (const QString &a : w.avenues)
        out() << QCoreApplication::translate("Cli", "Avenue:          ") << a << Qt::endl;
}

static int runClassify(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("Cli", "Export-control status of an accelerator on a date."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"chip"_s,
        QCoreApplication::translate(
            "Cli", "Accelerator name or alias, e.g. H800, \"A100 80GB\", 4090D."));
    const QCommandLineOption date(u"date"_s,
        QCoreApplication::translate("Cli", "Date (YYYY-MM-DD); default today."), u"date"_s);
    const QCommandLineOption dest(u"destination"_s,
        QCoreApplication::translate("Cli", "Destination country code (default CN)."), u"code"_s,
        u"CN"_s);
    const QCommandLineOption format(
        u"format"_s, QCoreApplication::translate("Cli", "text or json."), u"format"_s, u"text"_s);
    parser.addOptions({date, dest, format});
    if (!parser.parse(args)) {
        err() << parser.errorText() << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(u"help"_s)) {
        out() << parser.helpText();
        return ExitOk;
    }
    const QString fmt = parser.value(format);
    if (parser.positionalArguments().size() != 1 || (fmt != u"text" && fmt != u"json")) {
        err() << QCoreApplication::translate("Cli",
            "Usage: chiptrace classify CHIP --date YYYY-MM-DD [--destination CN] [--format text|json]")
              << Qt::endl;
        return ExitUsage;
    }
    const QDate when = parser.isSet(date) ? QDate::fromString(parser.value(date), Qt::ISODate)
                                          : QDate::currentDate();
    if (!when.isValid()) {
        err() << QCoreApplication::translate("Cli", "\"%1\" is not a date of the form YYYY-MM-DD.")
                     .arg(parser.value(date))
              << Qt::endl;
        return ExitUsage;
    }
    for (const QString &e :
        {Catalog::Catalog::builtinError(), Rules::ExportRules::builtinError()}) {
        if (!e.isEmpty()) {
            err() << e << Qt::endl;
            return ExitError;
        }
    }
    int exitCode = ExitOk;
    const auto *chip = resolveChip(parser.positionalArguments().first(), fmt == u"json", &exitCode);
    if (!chip)
        return exitCode;
    const auto &rules = Rules::ExportRules::builtin();
    const Rules::Classification c = rules.classify(*chip, when, parser.value(dest));
    const Rules::LegalWindow w = rules.legalWindow(*chip, parser.value(dest));
    if (fmt == u"json") {
        QJsonObject o = Rules::toJson(c);
        o[u"legal_window"] = Rules::toJson(w);
        out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
    } else {
        printText(c, w);
    }
    return ExitOk;
}

static const CommandRegistration registration({
    u"classify"_s,
    QT_TRANSLATE_NOOP("Cli", "Export-control status of an accelerator on a date, with the reason"),
    runClassify,
});

} // namespace ChipTrace::Cli
