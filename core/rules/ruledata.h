// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal: the parsed rule file and the per-rule criteria (3A090 in its 2022 and 2023 forms,
// the April 2025 bandwidth letters). Kept apart from exportrules.cpp so each stays readable.

#include "rules/exportrules.h"

#include <QHash>

namespace ChipTrace::Rules {

struct DestinationEntry
{
    QString code;
    QDate since; // invalid = from the rule's effective date
    QString citation;
};

struct RuleData
{
    RuleVersion version;
    QList<DestinationEntry> destinations;
    QString otherDestinations; // "not-covered" | "undecidable"
    QString otherDestinationsNote;
    QHash<QString, double> thresholds;
    QStringList vendors;
    QHash<QString, QDate> vendorEffective;
    QStringList named; // catalog ids
    QString scope; // for notices
    QString note; // for notices
    QString thresholdsSource;

    bool inForce(const QDate &date) const
    {
        return date >= version.effective && (!version.until || date < *version.until);
    }
    double t(const char *key) const { return thresholds.value(QLatin1String(key)); }
};

struct ExportRules::Data
{
    QList<RuleData> rules;
    QList<RuleVersion> versions;
    QStringList tier1;
};

// What a rule's technical criteria say about a chip, before destinations and origin.
struct Verdict
{
    ControlStatus inScope = ControlStatus::NotControlled;
    QString classification;
    QString reason;
    QStringList notes;
    bool nonDatacenter = false; // 3A090.a part not designed or marketed for datacenters
};

struct ChipFigures
{
    Catalog::Tpp tpp;
    std::optional<double> pd;
};

Verdict evaluate2022(const RuleData &rule, const Catalog::Accelerator &chip, const ChipFigures &f);
Verdict evaluate2023(const RuleData &rule, const Catalog::Accelerator &chip, const ChipFigures &f);
Verdict evaluateBandwidthLetter(const RuleData &rule, const Catalog::Accelerator &chip);

QString formatNumber(double value);

} // namespace ChipTrace::Rules
