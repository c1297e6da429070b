// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// From a candidate to its evidence: for one chip of the funnel, the steps it passed, the
// evidence naming it (claims), the evidence for and against it (items whose constraint it
// satisfies or fails, whether or not they count in the funnel), what eliminated its neighbours
// (the chips of its family) and its export reasoning, as HTML for the funnel's detail pane and
// as evidence ids for the evidence board's filter. Pure: the controller passes what it has.

#include "casefile/casefunnel.h"
#include "casefile/casetypes.h"
#include "catalog/accelerator.h"
#include "funnelpresentation.h"

#include <QHash>

namespace ChipTrace::Ui {

struct CandidateEvidence
{
    QString chipId;
    QString chipName;
    QStringList forIds; // evidence consistent with the chip (or a claim naming it, supporting)
    QStringList againstIds; // evidence the chip fails (or a claim naming it, contradicting)
    QStringList namingIds; // claims and quotes that name the chip
    QString html;
    QStringList ids() const { return forIds + againstIds; }
};

struct CandidateContext
{
    const Funnel::CaseSteps *plan = nullptr;
    const Funnel::FunnelResult *result = nullptr;
    QList<Case::Evidence> evidence; // the model's items, every review state
    QHash<QString, Case::FindingRecord> findings; // finding id -> finding, for claims' chips
    QList<Catalog::Accelerator> catalog;
    QList<ChipCardInfo> cards;
    QString rankReason; // from the assessment, when there is one
};

CandidateEvidence candidateEvidence(const QString &chipId, const CandidateContext &context);

// Whether `text` names the chip (its name or an alias, as a whole word, ignoring case).
bool namesChip(const QString &text, const Catalog::Accelerator &chip);

} // namespace ChipTrace::Ui
