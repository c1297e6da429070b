// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Fills the report model from a case file: the model's evidence with full citations (source,
// locator, captured copy and hash), Admiralty grading, review state and dissent; the funnel run
// over the accelerator catalog with the accepted evidence's constraints; the remaining
// candidates classified by the export-control rules at the training date; a bottom line whose
// confidence is stated in estimative language and explained; the timeline (training period,
// when code appeared and was removed, rule changes); and an appendix with every finding and
// source. Evidence gets short display ids (E1, E2, ...) in the order it was recorded, so the
// same case always gives the same briefing. Nothing here depends on the clock: the generation
// time is the settings' or the case's last modification.

#include "report/briefing.h"
#include "util/result.h"

#include <QDateTime>
#include <QString>

namespace ChipTrace::Case {
class CaseFile;
}
namespace ChipTrace::Catalog {
class Catalog;
}
namespace ChipTrace::Rules {
class ExportRules;
}

namespace ChipTrace::Report {

struct BuildSettings
{
    QString modelId; // the model to brief on; empty: the case's first model (by name)
    QString marking; // banner; empty: the renderer's default
    QDateTime generatedAt; // invalid: the case's last modification time
    QString generatedBy; // empty: the case file's actor
    QString destination; // ISO country for export rules; empty: the lab's country, else CN
    int eliminatedListed = 10; // names listed per funnel step before "and N more"
};

class BriefingBuilder
{
public:
    // Uses the built-in catalog and export rules unless given others (tests, pinned versions).
    BriefingBuilder();
    BriefingBuilder(const Catalog::Catalog &catalog, const Rules::ExportRules &rules);

    Result<Briefing> build(
        const Case::CaseFile &caseFile, const BuildSettings &settings = {}) const;

    // Version strings recorded in the provenance: "<n> entries, sha256 <12 hex>" of the data.
    static QString catalogVersion(const Catalog::Catalog &catalog);
    static QString rulesVersion(const Rules::ExportRules &rules);

private:
    const Catalog::Catalog &m_catalog;
    const Rules::ExportRules &m_rules;
};

} // namespace ChipTrace::Report
