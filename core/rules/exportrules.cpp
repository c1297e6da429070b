// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/exportrules.h"

#include "rules/ruledata.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;
using ChipTrace::Catalog::Accelerator;

namespace ChipTrace::Rules {

namespace {


// Reads one rule object; `where` labels errors ("us-ai-chips.json: rule 3 (us-2023-10-17)").
Result<RuleData> readRule(const QJsonObject &o, const QString &where)
{
    RuleData r;
    r.version.id = o[u"id"].toString();
    r.version.kind = o[u"kind"].toString();
    r.version.title = o[u"title"].toString();
    r.version.citation = o[u"citation"].toString();
    r.version.summary = o[u"summary"].toString();
    r.version.published = QDate::fromString(o[u"published"].toString(), Qt::ISODate);
    r.version.effective = QDate::fromString(o[u"effective"].toString(), Qt::ISODate);
    if (o.contains(u"until"))
        r.version.until = QDate::fromString(o[u"until"].toString(), Qt::ISODate);
    static const QStringList kinds = {
        u"3a090-2022"_s, u"3a090-2023"_s, u"bandwidth-letter"_s, u"review-zone"_s, u"notice"_s};
    if (r.version.id.isEmpty())
        return fail(ErrorCode::Corrupt,
            QCoreApplication::translate("Rules", "%1: field 'id' is missing").arg(where));
    if (!kinds.contains(r.version.kind))
        return fail(ErrorCode::Corrupt,
            QCoreApplication::translate("Rules", "%1: field 'kind': '%2' is not one of %3")
                .arg(where, r.version.kind, kinds.join(u", "_s)));
    if (!r.version.effective.isValid() || (r.version.until && !r.version.until->isValid()))
        return fail(ErrorCode::Corrupt,
            QCoreApplication::translate(
                "Rules", "%1: field 'effective'/'until' is not a YYYY-MM-DD date")
                .arg(where));
    for (const QJsonValue &d : o[u"destinations"].toArray()) {
        const QJsonObject dest =
            d.isObject() ? d.toObject() : QJsonObject{{u"code"_s, d.toString()}};
        r.destinations.append({dest[u"code"].toString().toUpper(),
            QDate::fromString(dest[u"since"].toString(), Qt::ISODate),
            dest[u"citation"].toString()});
    }
    r.otherDestinations = o[u"otherDestinations"].toString(u"undecidable"_s);
    r.otherDestinationsNote = o[u"otherDestinationsNote"].toString();
    const QJsonObject thresholds = o[u"thresholds"].toObject();
    for (auto it = thresholds.begin(); it != thresholds.end(); ++it)
        r.thresholds.insert(it.key(), it.value().toDouble());
    for (const QJsonValue &v : o[u"vendors"].toArray())
        r.vendors.append(v.toString());
    const QJsonObject vendorEffective = o[u"vendorEffective"].toObject();
    for (auto it = vendorEffective.begin(); it != vendorEffective.end(); ++it) {
        r.vendorEffective.insert(it.key(), QDate::fromString(it.value().toString(), Qt::ISODate));
        r.vendors.append(it.key());
    }
    for (const QJsonValue &v : o[u"named"].toArray())
        r.named.append(v.toString());
    r.scope = o[u"scope"].toString();
    r.note = o[u"note"].toString();
    r.thresholdsSource = o[u"thresholdsSource"].toString();
    return r;
}

} // namespace

Result<ExportRules> ExportRules::parse(const QByteArray &json, const QString &fileName)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (doc.isNull())
        return fail(ErrorCode::Corrupt,
            QCoreApplication::translate("Rules", "%1: offset %2: %3")
                .arg(fileName)
                .arg(error.offset)
                .arg(error.errorString()));
    auto data = std::make_shared<Data>();
    for (const QJsonValue &v : doc[u"tier1"].toArray())
        data->tier1.append(v.toString());
    const QJsonArray rules = doc[u"rules"].toArray();
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const QJsonObject o = rules.at(i).toObject();
        auto rule = readRule(o,
            QCoreApplication::translate("Rules", "%1: rule %2 (%3)")
                .arg(fileName)
                .arg(i + 1)
                .arg(o[u"id"].toString()));
        if (!rule)
            return rule.error();
        data->versions.append(rule->version);
        data->rules.append(std::move(*rule));
    }
    if (data->rules.isEmpty())
        return fail(ErrorCode::Corrupt,
            QCoreApplication::translate("Rules", "%1: field 'rules': no rule versions")
                .arg(fileName));
    ExportRules result;
    result.m_data = std::move(data);
    return result;
}

namespace {
struct BuiltinRules
{
    ExportRules rules;
    QString error;
    BuiltinRules()
    {
        QFile f(u":/data/rules/us-ai-chips.json"_s);
        if (!f.open(QIODevice::ReadOnly)) {
            error = QCoreApplication::translate(
                "Rules", "The built-in export-control rules are missing: %1")
                        .arg(f.errorString());
            return;
        }
        auto parsed = ExportRules::parse(f.readAll(), u"us-ai-chips.json"_s);
        if (parsed)
            rules = std::move(*parsed);
        else
            error = parsed.message();
    }
};
const BuiltinRules &builtinRules()
{
    static const BuiltinRules rules;
    return rules;
}
} // namespace

const ExportRules &ExportRules::builtin()
{
    return builtinRules().rules;
}

QString ExportRules::builtinError()
{
    return builtinRules().error;
}

const QList<RuleVersion> &ExportRules::versions() const
{
    static const QList<RuleVersion> none;
    return m_data ? m_data->versions : none;
}

QList<QDate> ExportRules::changeDates() const
{
    QList<QDate> dates;
    if (!m_data)
        return dates;
    for (const RuleData &r : m_data->rules) {
        dates.append(r.version.effective);
        if (r.version.until)
            dates.append(*r.version.until);
        for (const DestinationEntry &d : r.destinations) {
            if (d.since.isValid())
                dates.append(d.since);
        }
        for (const QDate &d : r.vendorEffective)
            dates.append(d);
    }
    std::sort(dates.begin(), dates.end());
    dates.erase(std::unique(dates.begin(), dates.end()), dates.end());
    return dates;
}

} // namespace ChipTrace::Rules
