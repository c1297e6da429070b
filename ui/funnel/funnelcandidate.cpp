// SPDX-License-Identifier: GPL-3.0-or-later
// FunnelController: the answer half. What a step is called, the order broad to narrow, one
// candidate's evidence, and the assessment the answer strip leads with.

#include "assess/assessment.h"
#include "casefile/casefile.h"
#include "catalog/catalog.h"
#include "funnel/constraint.h"
#include "funnelcontroller.h"
#include "funnelview.h"
#include "mainwindow/workbench.h"
#include "models/findingsmodel.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ChipTrace::Ui {

// The rule's title for a finding ("NCCL backend selected"); for a quote, the analyst's rationale.
QString FunnelController::stepTitle(const Case::Evidence &evidence) const
{
    if (const auto row = m_findingIndex.constFind(evidence.findingId);
        row != m_findingIndex.cend()) {
        const QList<Case::FindingRecord> &findings = m_workbench->findingsModel()->findings();
        if (*row < findings.size() && !findings.at(*row).title.isEmpty())
            return findings.at(*row).title;
    }
    return evidence.rationale.section(u'\n', 0, 0).left(80);
}

// Broad to narrow, as the paper narrows: who made it, then which generation, then which class
// of part, then everything more specific. A constraint ranks by the narrowest thing it reads.
static int breadth(const QString &constraint)
{
    static const QStringList vendor{
        u"vendor"_s, u"collective"_s, u"stack"_s, u"origin"_s, u"prc_domestic"_s};
    static const QStringList generation{u"arch"_s, u"cc"_s, u"family"_s, u"die"_s, u"bf16"_s,
        u"fp8"_s, u"fp4"_s, u"tf32"_s, u"release_year"_s, u"memory_type"_s};
    static const QStringList segment{u"segment"_s, u"datacenter"_s, u"gpudirect_rdma"_s,
        u"interconnect"_s, u"io_bw"_s, u"nvlink"_s};
    const Result<Funnel::Constraint> parsed = Funnel::Constraint::parse(constraint);
    if (!parsed)
        return 4;
    int tier = 0;
    for (const QString &p : parsed->properties()) {
        const int t = vendor.contains(p) ? 0
            : generation.contains(p)     ? 1
            : segment.contains(p)        ? 2
                                         : 3;
        tier = qMax(tier, t);
    }
    return tier;
}

void FunnelController::orderBroadToNarrow()
{
    Case::CaseFile *c = m_workbench->caseFile();
    if (!c || m_plan.entries.isEmpty())
        return;
    QList<const Funnel::CaseStepEntry *> entries;
    for (const Funnel::CaseStepEntry &e : m_plan.entries)
        entries << &e;
    std::stable_sort(entries.begin(), entries.end(),
        [](const Funnel::CaseStepEntry *a, const Funnel::CaseStepEntry *b) {
            return breadth(a->evidence.constraint) < breadth(b->evidence.constraint);
        });
    Case::FunnelState state = c->funnelState(m_modelId);
    QStringList order;
    for (const Funnel::CaseStepEntry *e : std::as_const(entries))
        order << e->evidence.id;
    for (const QString &id : std::as_const(state.order)) // ids not shown keep their place after
        if (!order.contains(id))
            order << id;
    if (order == state.order)
        return;
    state.order = order;
    (void)saveState(
        state, tr("Order funnel steps broad to narrow")); // errors: reported by the workbench
}

CandidateEvidence FunnelController::candidate(const QString &chipId) const
{
    Case::CaseFile *c = m_workbench->caseFile();
    if (!c || chipId.isEmpty())
        return {};
    CandidateContext context;
    context.plan = &m_plan;
    context.result = &m_result;
    context.evidence = c->evidence(m_modelId);
    const QList<Case::FindingRecord> &findings = m_workbench->findingsModel()->findings();
    for (const Case::Evidence &e : std::as_const(context.evidence))
        if (const auto row = m_findingIndex.constFind(e.findingId);
            row != m_findingIndex.cend() && *row < findings.size())
            context.findings.insert(e.findingId, findings.at(*row));
    context.catalog = Catalog::Catalog::builtin().all();
    context.cards = m_cards;
    for (const RankedCandidate &r : m_assessment.ranked)
        if (r.chipId == chipId)
            context.rankReason = r.reason;
    return candidateEvidence(chipId, context);
}

void FunnelController::showCandidate(const QString &chipId)
{
    m_shownChip = chipId;
    const CandidateEvidence e = candidate(chipId);
    if (chipId.isEmpty() || e.chipName.isEmpty()) {
        m_shownChip.clear();
        Q_EMIT candidateShown({}, {}, {});
        return;
    }
    m_funnel->setCandidateDetail(e.html);
    Q_EMIT candidateShown(e.chipName, e.forIds, e.againstIds);
}

static Consistency uiConsistency(Assess::Consistency c)
{
    switch (c) {
    case Assess::Consistency::Consistent:
        return Consistency::Consistent;
    case Assess::Consistency::Inconsistent:
        return Consistency::Inconsistent;
    case Assess::Consistency::Neutral:
        break;
    }
    return Consistency::Neutral;
}

// The assessment engine (core/assess) over the evidence the funnel counts, as the answer strip
// (confidence and statement), the candidates' reasons and the hypothesis matrix need it. The
// same function the briefing's bottom line uses, so screen and paper agree.
AssessmentInfo FunnelController::assessment(const FunnelPresentation &) const
{
    AssessmentInfo info;
    if (!m_workbench->caseFile() || m_plan.entries.isEmpty())
        return info;
    QList<Case::Evidence> counted;
    for (const Funnel::CaseStepEntry &e : m_plan.entries)
        counted << e.evidence;
    QList<Case::FindingRecord> findings;
    const QList<Case::FindingRecord> &all = m_workbench->findingsModel()->findings();
    for (const Case::Evidence &e : std::as_const(counted))
        if (const auto row = m_findingIndex.constFind(e.findingId);
            row != m_findingIndex.cend() && *row < all.size())
            findings << all.at(*row);
    const Assess::Assessment a = Assess::assess(Assess::fromCaseEvidence(counted, findings));
    info.confidence = Assess::likelihoodName(a.answer.likelihood);
    info.headline = a.answer.statement;
    for (const Assess::RankedCandidate &r : a.candidates)
        info.ranked << RankedCandidate{r.chipId, r.reason};
    for (const Assess::Item &item : a.items) {
        info.matrix.evidence << item.label;
        info.matrix.evidenceIds << item.id;
    }
    info.matrix.cells.resize(a.items.size());
    for (const Assess::Hypothesis &h : a.hypotheses) {
        info.matrix.hypotheses << h.label;
        info.matrix.inconsistency << h.inconsistency;
        for (qsizetype i = 0; i < a.items.size(); ++i)
            info.matrix.cells[i] << uiConsistency(h.cells.value(i, Assess::Consistency::Neutral));
    }
    return info;
}

} // namespace ChipTrace::Ui
