// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/exportrules.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace ChipTrace::Rules {

static QJsonValue optionalString(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

static QJsonValue optionalDate(const std::optional<QDate> &d)
{
    return d && d->isValid() ? QJsonValue(d->toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonObject toJson(const Classification &c)
{
    QJsonObject o;
    o[u"chip"] = c.chipName;
    o[u"chip_id"] = c.chipId;
    o[u"date"] = c.date.toString(Qt::ISODate);
    o[u"destination"] = c.destination;
    o[u"controlled"] = c.controlled == ControlStatus::Undecidable
        ? QJsonValue(QJsonValue::Null)
        : QJsonValue(c.controlled == ControlStatus::Controlled);
    o[u"status"] = controlStatusName(c.controlled);
    o[u"classification"] = c.classification;
    o[u"rule"] = optionalString(c.ruleId);
    o[u"rule_title"] = optionalString(c.ruleTitle);
    o[u"rule_effective"] = optionalDate(
        c.ruleEffective.isValid() ? std::optional<QDate>(c.ruleEffective) : std::nullopt);
    o[u"reason"] = c.reason;
    o[u"license_exception"] = optionalString(c.licenseException);
    o[u"review_policy"] = optionalString(c.reviewPolicy);
    o[u"parameters_only"] = c.parametersOnly;
    o[u"notes"] = QJsonArray::fromStringList(c.notes);
    o[u"tpp"] = c.tpp ? QJsonValue(*c.tpp) : QJsonValue(QJsonValue::Null);
    o[u"performance_density"] =
        c.performanceDensity ? QJsonValue(*c.performanceDensity) : QJsonValue(QJsonValue::Null);
    return o;
}

QJsonObject toJson(const LegalWindow &w)
{
    QJsonObject o;
    o[u"from"] =
        w.from.isValid() ? QJsonValue(w.from.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
    o[u"until"] = optionalDate(w.until);
    o[u"rule"] = optionalString(w.untilRuleId);
    o[u"undecidable_from"] = optionalDate(w.undecidableFrom);
    o[u"summary"] = w.summary;
    o[u"avenues"] = QJsonArray::fromStringList(w.avenues);
    return o;
}

} // namespace ChipTrace::Rules
