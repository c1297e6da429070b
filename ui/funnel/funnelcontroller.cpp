#include "funnelcontroller.h"

#include "funnelview.h"
#include "mainwindow/workbench.h"
#include "timeline/timelineview.h"

#include "casefile/casefile.h"
#include "catalog/catalog.h"
#include "funnel/funnel.h"
#include "rules/exportrules.h"

#include <QMap>
#include <QTimeZone>

namespace ChipTrace::Ui {

FunnelController::FunnelController(Workbench *workbench, FunnelView *funnel, TimelineView *timeline, QObject *parent)
    : QObject(parent)
    , m_workbench(workbench)
    , m_funnel(funnel)
    , m_timeline(timeline)
{
    connect(workbench, &Workbench::caseOpened, this, [this] {
        m_order.clear();
        m_disabled.clear();
        m_date = QDate();
        rebuild();
    });
    connect(workbench, &Workbench::caseClosed, this, &FunnelController::rebuild);
    connect(workbench, &Workbench::caseChanged, this, &FunnelController::rebuild);
    connect(funnel, &FunnelView::moveRequested, this, &FunnelController::move);
    connect(funnel, &FunnelView::enableRequested, this, &FunnelController::setEnabled);
    connect(funnel, &FunnelView::dateChanged, this, [this](const QDate &d) {
        if (d == m_date)
            return;
        m_date = d;
        m_funnel->setPresentation(compute());
    });
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

void FunnelController::rebuild()
{
    if (m_modelId != m_workbench->currentModelId()) {
        m_modelId = m_workbench->currentModelId();
        m_date = QDate();
    }
    if (!m_date.isValid())
        m_date = defaultDate();
    m_funnel->setPresentation(compute());
    rebuildTimeline();
}

static Funnel::Strength funnelStrength(Case::Strength s)
{
    switch (s) {
    case Case::Strength::Proof: return Funnel::Strength::Proof;
    case Case::Strength::Strong: return Funnel::Strength::Strong;
    case Case::Strength::Hint: break;
    }
    return Funnel::Strength::Hint;
}

static StepState stepState(Funnel::StepStatus s)
{
    switch (s) {
    case Funnel::StepStatus::Conflict: return StepState::Conflict;
    case Funnel::StepStatus::Ranked: return StepState::Ranked;
    case Funnel::StepStatus::Disabled: return StepState::Disabled;
    case Funnel::StepStatus::Applied: break;
    }
    return StepState::Applied;
}

static ExportState exportState(Rules::Controlled c)
{
    switch (c) {
    case Rules::Controlled::Yes: return ExportState::Controlled;
    case Rules::Controlled::No: return ExportState::NotControlled;
    case Rules::Controlled::Undecidable: break;
    }
    return ExportState::Undecidable;
}

FunnelPresentation FunnelController::compute()
{
    FunnelPresentation p;
    p.date = m_date;
    p.destination = destination();
    Case::CaseFile *c = m_workbench->caseFile();
    if (!c)
        return p;
    p.modelName = m_workbench->modelName(m_modelId);
    // Evidence in the analyst's order; new items go to the end.
    QHash<QString, Case::Evidence> byId;
    QStringList created; // the case's order: oldest first
    for (const Case::Evidence &e : c->evidence(m_modelId)) {
        if (e.status != Case::ReviewStatus::Rejected && !e.constraint.trimmed().isEmpty()) {
            byId.insert(e.id, e);
            created << e.id;
        }
    }
    QStringList order;
    for (const QString &id : std::as_const(m_order))
        if (byId.contains(id))
            order << id;
    for (const QString &id : std::as_const(created))
        if (!order.contains(id))
            order << id;
    m_order = order;

    const Catalog::Catalog &catalog = Catalog::Catalog::builtin();
    Funnel::Funnel funnel(catalog);
    for (const QString &id : order) {
        const Case::Evidence &e = byId[id];
        Result<Funnel::Constraint> constraint = Funnel::Constraint::parse(e.constraint);
        if (!constraint)
            continue; // an unparsable constraint is shown in the inspector, never guessed at
        Funnel::Step step;
        step.constraint = *constraint;
        step.strength = funnelStrength(e.strength);
        step.evidenceId = e.id;
        step.evidenceLabel = e.locator.isEmpty() ? e.quote.left(60) : e.locator.toDisplayString();
        step.enabled = !m_disabled.contains(e.id);
        funnel.addStep(step);
    }
    const Funnel::FunnelResult result = funnel.run();
    for (int i = 0; i < funnel.steps().size(); ++i) {
        const Funnel::Step &s = funnel.steps().at(i);
        const Funnel::StepOutcome &o = result.steps.at(i);
        FunnelStepInfo info{s.evidenceId, s.evidenceLabel, s.constraint.text(), Funnel::strengthName(s.strength),
                            stepState(o.status), s.enabled, o.remainingBefore, o.remainingAfter};
        if (!o.undecided.isEmpty())
            info.note = tr("%n chip(s) kept because a figure is unknown", nullptr, int(o.undecided.size()));
        p.steps.append(info);
    }
    const Rules::ExportRules &rules = Rules::ExportRules::builtin();
    for (const Catalog::Accelerator &chip : funnel.candidates()) {
        ChipCardInfo card{chip.id, chip.name, chip.vendor};
        if (const auto out = result.eliminated.constFind(chip.id); out != result.eliminated.cend()) {
            card.eliminatedAtStep = out->stepIndex;
            card.reason = out->why;
        } else {
            const Rules::Classification cls = rules.classify(chip, m_date, p.destination);
            card.exportState = exportState(cls.controlled);
            card.exportText = cls.classification + QStringLiteral(" — ") + cls.reason;
            card.reason = funnel.explain(chip.id, result);
        }
        p.chips.append(card);
    }
    return p;
}

void FunnelController::move(int from, int to)
{
    if (from < 0 || from >= m_order.size() || to < 0 || to >= m_order.size())
        return;
    m_order.move(from, to);
    m_funnel->setPresentation(compute());
}

void FunnelController::setEnabled(int index, bool enabled)
{
    if (index < 0 || index >= m_order.size())
        return;
    if (enabled)
        m_disabled.remove(m_order.at(index));
    else
        m_disabled.insert(m_order.at(index));
    m_funnel->setPresentation(compute());
}

} // namespace ChipTrace::Ui

namespace ChipTrace::Ui {

void FunnelController::rebuildTimeline()
{
    TimelinePresentation t;
    Case::CaseFile *c = m_workbench->caseFile();
    if (!c) {
        m_timeline->setPresentation(t);
        return;
    }
    // One lane per rule and file: from the first commit that had it to the last removal (or now).
    struct Lane { QDateTime start, end; bool present = false; QStringList commits; };
    QMap<QString, Lane> lanes;
    for (const Case::FindingRecord &f : c->findings()) {
        if (!f.firstDate.isValid())
            continue;
        Lane &l = lanes[f.ruleId + QStringLiteral(" — ") + f.locator.path];
        l.start = l.start.isValid() ? qMin(l.start, f.firstDate) : f.firstDate;
        l.present = l.present || f.atHead;
        if (!f.atHead && f.removedDate.isValid())
            l.end = qMax(l.end, f.removedDate);
        l.commits << tr("added %1 in %2").arg(f.firstDate.date().toString(Qt::ISODate), f.firstCommit.left(10));
        if (!f.atHead)
            l.commits << tr("removed %1 in %2").arg(f.removedDate.date().toString(Qt::ISODate), f.removedCommit.left(10));
    }
    for (auto it = lanes.cbegin(); it != lanes.cend(); ++it) {
        QStringList commits = it->commits;
        commits.removeDuplicates();
        t.spans.append({it.key(), it->start, it->present ? QDateTime() : it->end, commits.join(u'\n')});
    }
    std::stable_sort(t.spans.begin(), t.spans.end(), [](const TimelineSpan &a, const TimelineSpan &b) { return a.start < b.start; });
    auto at = [](const QDate &d) { return QDateTime(d, QTime(12, 0), QTimeZone::UTC); };
    for (const Case::Model &m : c->models()) {
        if (m.releaseDate.isValid())
            t.markers.append({at(m.releaseDate), tr("%1 released").arg(m.name), MarkerKind::Release});
        if (m.trainingStart.isValid())
            t.markers.append({at(m.trainingStart), tr("%1 training starts").arg(m.name), MarkerKind::TrainingStart});
        if (m.trainingEnd.isValid())
            t.markers.append({at(m.trainingEnd), tr("%1 training ends").arg(m.name), MarkerKind::TrainingEnd});
    }
    QDateTime lo, hi;
    for (const TimelineSpan &s : std::as_const(t.spans)) {
        lo = lo.isValid() ? qMin(lo, s.start) : s.start;
        hi = qMax(hi, s.end.isValid() ? s.end : QDateTime::currentDateTimeUtc());
    }
    for (const Rules::RuleVersion &r : Rules::ExportRules::builtin().versions()) {
        const QDateTime when = at(r.effective);
        // Only the rules inside the evidence's own period, so the chart stays readable.
        if (lo.isValid() && when >= lo.addMonths(-6) && when <= hi.addMonths(6))
            t.markers.append({when, r.title, MarkerKind::ExportRule});
    }
    m_timeline->setPresentation(t);
}

} // namespace ChipTrace::Ui
