// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// US export controls on AI accelerators as dated data (:/data/rules/us-ai-chips.json): each
// rule version has an effective date, the destinations it covers and the criteria it applies
// (ECCN 3A090 in its 2022 and 2023 forms, the April 2025 H20-class "is-informed" letters, the
// January 2026 licence-review zone, ...). classify() computes the status of a catalog chip on a
// date from the catalog's figures (TPP = max over formats of dense TOPS x bit length;
// performance density = TPP / die area) and says why in words. Where the data cannot decide
// (an unknown die area, a destination group the data does not enumerate, a part the EAR reaches
// only indirectly) the answer is Undecidable, never a guess. Research aid, not legal advice.

#include "catalog/accelerator.h"
#include "domain/vocabulary.h"
#include "util/result.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace ChipTrace::Rules {

// A classification is NotControlled, Controlled or Undecidable (domain/vocabulary.h; text form
// controlStatusName: "no", "yes", "undecidable").
using ChipTrace::ControlStatus;

struct Classification
{
    QString chipId;
    QString chipName;
    QDate date;
    QString destination; // ISO 3166 alpha-2, upper case
    ControlStatus controlled = ControlStatus::NotControlled;
    QString
        classification; // "3A090.a.1", "3A090.b", "H20-class licence requirement", "not 3A090", ...
    QString ruleId; // rule version that decides, e.g. "us-2023-10-17"
    QString ruleTitle; // "ECCN 3A090 as revised 17 Oct 2023 (88 FR 73458)"
    QDate ruleEffective; // since when that rule applies
    QString reason; // sentences: which threshold, which figure, which rule, since when
    QString licenseException; // "NAC", "NAC/ACA", or empty
    QString reviewPolicy; // "presumption of denial", "case-by-case", or empty
    bool parametersOnly = false; // PRC-domestic or cloud-only part: classified by its parameters
    QStringList notes; // caveats: unverified figures, letters ahead of the rule, ...
    // Figures used, for display
    std::optional<double> tpp;
    std::optional<double> performanceDensity;
};

// When the chip could be exported to a destination without a licence: from its release to the
// first date a licence became required (if ever).
struct LegalWindow
{
    QDate from; // release
    std::optional<QDate> until; // first day a licence was required; none = never (so far)
    QString untilRuleId;
    std::optional<QDate> undecidableFrom; // the data cannot decide from this date on
    QString summary; // one sentence
    // How the chip could have reached the destination, for a briefing to weigh: bought while
    // legal and stockpiled, bought after controls through intermediaries, rented in a cloud
    // abroad, or a compliant part. Sentences, in that order, only those that apply.
    QStringList avenues;
};

struct RuleVersion
{
    QString id;
    QString title;
    QString citation; // "88 FR 73458; FR Doc 2023-23055"
    QString kind; // "3a090-2022", "3a090-2023", "bandwidth-letter", "review-zone", "notice"
    QDate published;
    QDate effective;
    std::optional<QDate> until; // rescinded / superseded
    QString summary;
};

class ExportRules
{
public:
    static Result<ExportRules> parse(const QByteArray &json, const QString &fileName);
    static const ExportRules &builtin(); // :/data/rules/us-ai-chips.json
    static QString builtinError();

    const QList<RuleVersion> &versions() const;
    // Dates on which some rule version starts or stops applying, ascending.
    QList<QDate> changeDates() const;

    Classification classify(const Catalog::Accelerator &chip, const QDate &date,
        const QString &destination = QStringLiteral("CN")) const;
    LegalWindow legalWindow(
        const Catalog::Accelerator &chip, const QString &destination = QStringLiteral("CN")) const;

    struct Data; // parsed rule file (exportrules.cpp)
private:
    std::shared_ptr<const Data> m_data;
};

// JSON forms used by `chiptrace classify --format json` and reports (keys documented in the
// README): chip, chip_id, date, destination, controlled (true/false/null), status,
// classification, rule, rule_title, rule_effective, reason, license_exception, review_policy,
// parameters_only, notes, tpp, performance_density.
QJsonObject toJson(const Classification &c);
QJsonObject toJson(const LegalWindow &w); // from, until, rule, undecidable_from, summary, avenues

} // namespace ChipTrace::Rules
