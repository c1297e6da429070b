// SPDX-License-Identifier: GPL-3.0-or-later
#include "funnelcontroller.h"

#include "casefile/casefile.h"
#include "casefile/computestep.h"
#include "catalog/catalog.h"
#include "funnel/funnel.h"
#include "funnelview.h"
#include "mainwindow/workbench.h"
#include "report/computesection.h"
#include "rules/exportrules.h"

#include <algorithm>

namespace ChipTrace::Ui {

FunnelController::FunnelController(
    Workbench *workbench, FunnelView *funnel, TimelineView *timeline, QObject *parent)
    : QObject(parent)
    , m_workbench(workbench)
    , m_funnel(funnel)
    , m_timeline(timeline)
{
    auto reopen = [this] {
        m_modelId.clear(); // the stored date of the (new) case's model applies
        rebuildSpans();
        rebuild();
        updateTimeline(true);
    };
    connect(workbench, &Workbench::caseOpened, this, reopen);
    connect(workbench, &Workbench::caseClosed, this, reopen);
    // Reviews and comments change the funnel but never the findings: the timeline's spans (a
    // pass over up to 100,000 findings) are rebuilt only when the findings changed.
    connect(workbench, &Workbench::caseChanged, this, [this] {
        rebuild();
        updateTimeline(false);
    });
    connect(workbench, &Workbench::findingsChanged, this, [this] {
        rebuildSpans();
        updateTimeline(true);
    });
    connect(funnel, &FunnelView::moveRequested, this, &FunnelController::move);
    connect(funnel, &FunnelView::enableRequested, this, &FunnelController::setEnabled);
    connect(funnel, &FunnelView::dateChanged, this, &FunnelController::setDate);
    connect(funnel, &FunnelView::reviewedOnlyChanged, this, &FunnelController::setReviewedOnly);
    connect(
        funnel, &FunnelView::broadToNarrowRequested, this, &FunnelController::orderBroadToNarrow);
    connect(funnel, &FunnelView::candidateSelected, this, &FunnelController::showCandidate);
}

QString FunnelController::destination() const
{
    // The lab's country is the destination that matters; China when unknown, as in the paper.
    Case::CaseFile *c = m_workbench->caseFile();
    if (c) {
        if (const auto model = c->model(m_workbench->currentModelId()))
            if (const auto lab = c->lab(model->labId); lab && lab->country.size() == 2)
                return lab->country.toUpper();
    }
    return QStringLiteral("CN");
}

QDate FunnelController::defaultDate() const
{
    Case::CaseFile *c = m_workbench->caseFile();
    if (const auto model = c ? c->model(m_workbench->currentModelId()) : std::nullopt) {
        if (model->trainingEnd.isValid())
            return model->trainingEnd;
        if (model->releaseDate.isValid())
            return model->releaseDate;
    }
    return QDate::currentDate();
}

QDate FunnelController::storedDate() const
{
    Case::CaseFile *c = m_workbench->caseFile();
    return c ? c->funnelState(m_modelId).asOf : QDate();
}

void FunnelController::rebuild()
{
    m_modelId = m_workbench->currentModelId();
    // The case holds the date (undo may have changed it); without one, the model's own date.
    const QDate stored = storedDate();
    m_date = stored.isValid() ? stored : defaultDate();
    m_funnel->setPresentation(compute());
    m_timeline->setCursorDate(m_date);
    if (!m_shownChip.isEmpty())
        showCandidate(m_shownChip); // its evidence may have changed
}

Funnel::EvidencePolicy FunnelController::policy() const
{
    return m_reviewedOnly ? Funnel::EvidencePolicy::ReviewedOnly
                          : Funnel::EvidencePolicy::IncludeProposed;
}

static StepState stepState(Funnel::StepStatus s)
{
    switch (s) {
    case Funnel::StepStatus::Conflict:
        return StepState::Conflict;
    case Funnel::StepStatus::Ranked:
        return StepState::Ranked;
    case Funnel::StepStatus::Disabled:
        return StepState::Disabled;
    case Funnel::StepStatus::Applied:
        break;
    }
    return StepState::Applied;
}

// One row per entry of the plan; an entry whose constraint does not parse is shown (flagged,
// with the parse error) but applies nothing, so the candidate counts carry over it.
QList<FunnelStepInfo> FunnelController::stepRows(
    const Funnel::FunnelResult &result, const QStringList &disabled, int catalogSize) const
{
    const Funnel::CaseSteps &plan = m_plan;
    QList<FunnelStepInfo> rows;
    int remaining = catalogSize;
    for (const Funnel::CaseStepEntry &entry : plan.entries) {
        const Case::Evidence &e = entry.evidence;
        const QString label = e.locator.isEmpty() ? e.quote.left(60) : e.locator.toDisplayString();
        FunnelStepInfo info{e.id, label, e.constraint, strengthName(e.strength), StepState::Invalid,
            !disabled.contains(e.id), remaining, remaining, {}, stepTitle(e), {}};
        if (Funnel::isComputeStep(e.id)) { // says what it found; its figures are in the items
            info.label = e.quote;
            info.title = entry.stepIndex < 0 ? entry.error : e.rationale;
        }
        if (entry.stepIndex < 0 && Funnel::isComputeStep(e.id)) {
            info.note = entry.error; // "cannot assess: ..." or "eliminates nothing: ..."
        } else if (entry.stepIndex < 0) {
            info.note = FunnelController::tr(
                "The constraint cannot be read, so this step applies nothing: %1")
                            .arg(entry.error);
        } else {
            const Funnel::StepOutcome &o = result.steps.at(entry.stepIndex);
            info.canonical = plan.steps.at(entry.stepIndex).constraint.canonical();
            info.state = stepState(o.status);
            info.remainingBefore = o.remainingBefore;
            info.remainingAfter = remaining = o.remainingAfter;
            if (!o.undecided.isEmpty())
                info.note = FunnelController::tr("%n chip(s) kept because a figure is unknown",
                    nullptr, int(o.undecided.size()));
        }
        rows.append(info);
    }
    return rows;
}

// An empty funnel says why, so the analyst knows what to do next.
QString FunnelController::emptyNote(const Case::CaseFile &c, bool constrains) const
{
    if (m_modelId.isEmpty())
        return tr(
            "No model in this case yet: double-click the case in the navigator (or File › "
            "Case Properties) to name the lab, the model and its training period.");
    const int items = int(c.evidence(m_modelId).size());
    if (constrains || items == 0)
        return {};
    return tr(
        "%n evidence item(s); none constrains the catalog. Give an item a constraint in "
        "the inspector%1.",
        nullptr, items)
        .arg(m_reviewedOnly ? tr(", or accept it (only reviewed evidence is shown)") : QString());
}

FunnelPresentation FunnelController::compute()
{
    FunnelPresentation p;
    p.date = m_date;
    p.destination = destination();
    Case::CaseFile *c = m_workbench->caseFile();
    if (!c) {
        m_plan = {};
        m_result = {};
        m_cards.clear();
        return p;
    }
    p.modelName = m_workbench->modelName(m_modelId);
    const Case::FunnelState state = c->funnelState(m_modelId);
    const QList<Case::Evidence> evidence = c->evidence(m_modelId);
    m_plan = Funnel::caseSteps(
        evidence, state, policy(), Catalog::Catalog::builtin(), Plausibility::PeakTable::builtin());
    Funnel::Funnel funnel(Catalog::Catalog::builtin());
    funnel.setSteps(m_plan.steps);
    m_result = funnel.run();
    p.steps = stepRows(m_result, state.disabled, int(funnel.candidates().size()));
    // The board shows an item by the first characters of its id; so does the compute page.
    QHash<QString, QString> shortIds;
    for (const Case::Evidence &e : evidence)
        shortIds.insert(e.id, e.id.left(8));
    for (const Funnel::ComputeCheck &check : m_plan.compute)
        p.compute << Report::computeSection(check, m_plan, m_result, shortIds);
    p.emptyNote = emptyNote(*c,
        std::any_of(p.steps.cbegin(), p.steps.cend(),
            [](const FunnelStepInfo &s) { return s.state != StepState::Invalid; }));
    const Rules::ExportRules &rules = Rules::ExportRules::builtin();
    // The survivors first, in the funnel's ranking; then the others in catalog order. Every
    // chip gets its export status, so the answer strip can count at any step.
    QList<const Catalog::Accelerator *> order;
    for (const Funnel::Candidate &candidate : m_result.remaining)
        order << funnel.candidate(candidate.chipId);
    for (const Catalog::Accelerator &chip : funnel.candidates())
        if (m_result.eliminated.contains(chip.id))
            order << &chip;
    for (const Catalog::Accelerator *chip : std::as_const(order)) {
        ChipCardInfo card{chip->id, chip->name, chip->vendor};
        const Rules::Classification cls = rules.classify(*chip, m_date, p.destination);
        card.exportState = cls.controlled;
        card.exportText = cls.classification + QStringLiteral(" — ") + cls.reason;
        if (const auto out = m_result.eliminated.constFind(chip->id);
            out != m_result.eliminated.cend()) {
            card.eliminatedAtStep = m_plan.entryOfStep(out->stepIndex); // a row of the step list
            card.reason = out->why;
        } else {
            card.reason = funnel.explain(chip->id, m_result);
        }
        p.chips.append(card);
    }
    p.assessment = m_assessment = assessment(p);
    m_cards = p.chips;
    return p;
}

Status FunnelController::saveState(const Case::FunnelState &state, const QString &label)
{
    // On success the case's change signal re-runs the funnel (rebuild); on failure the
    // workbench reports the error.
    Case::CaseFile *c = m_workbench->caseFile();
    return m_workbench->pushChange(c->saveFunnelState(state, label));
}

void FunnelController::move(int from, int to)
{
    Case::CaseFile *c = m_workbench->caseFile();
    const QStringList shown = m_plan.ids();
    if (!c || from < 0 || from >= shown.size() || to < 0 || to >= shown.size() || from == to)
        return;
    (void)saveState(Funnel::movedStep(c->funnelState(m_modelId), shown, from, to),
        tr("Move funnel step")); // errors: reported by the workbench
}

void FunnelController::setEnabled(int index, bool enabled)
{
    Case::CaseFile *c = m_workbench->caseFile();
    if (!c || index < 0 || index >= m_plan.entries.size())
        return;
    const QString id = m_plan.entries.at(index).evidence.id;
    (void)saveState(
        Funnel::withStepEnabled(c->funnelState(m_modelId), id, enabled), // errors: reported
        enabled ? tr("Enable funnel step") : tr("Disable funnel step"));
}

void FunnelController::setDate(const QDate &date)
{
    Case::CaseFile *c = m_workbench->caseFile();
    if (!date.isValid() || date == m_date)
        return;
    m_date = date;
    m_timeline->setCursorDate(date);
    if (!c || m_modelId.isEmpty()) {
        m_funnel->setPresentation(compute());
        return;
    }
    Case::FunnelState state = c->funnelState(m_modelId);
    state.asOf = date;
    if (!saveState(state, tr("Set funnel date to %1").arg(date.toString(Qt::ISODate))))
        m_funnel->setPresentation(compute()); // not stored, but shown for this session
}

void FunnelController::setReviewedOnly(bool reviewedOnly)
{
    if (reviewedOnly == m_reviewedOnly)
        return;
    m_reviewedOnly = reviewedOnly;
    m_funnel->setReviewedOnly(reviewedOnly);
    m_funnel->setPresentation(compute());
}

} // namespace ChipTrace::Ui
