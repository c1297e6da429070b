// SPDX-License-Identifier: GPL-3.0-or-later
// FunnelController: the timeline half. Lanes come from what the workbench already holds in
// memory (FindingsModel, the case's evidence), never from a new query over the findings; the
// finding lanes are rebuilt only when the findings changed.

#include "casefile/casefile.h"
#include "funnelcontroller.h"
#include "funnelview.h"
#include "mainwindow/workbench.h"
#include "models/findingsmodel.h"
#include "rules/exportrules.h"
#include "timeline/timelinebuilder.h"

namespace ChipTrace::Ui {

void FunnelController::rebuildSpans()
{
    m_spans.clear();
    m_findingIndex.clear();
    if (!m_workbench->caseFile())
        return;
    const QList<Case::FindingRecord> &findings = m_workbench->findingsModel()->findings();
    m_findingIndex.reserve(findings.size());
    for (qsizetype i = 0; i < findings.size(); ++i)
        m_findingIndex.insert(findings.at(i).id, i);
    m_spans = TimelineBuilder::findingLanes(findings);
}

// Evidence lanes of the current model, then the finding lanes; its dates and the rules in force
// over its period (or, with no model dates, over the evidence's). `sliderStart`: the earliest
// day the funnel's date slider should reach.
TimelinePresentation FunnelController::timelinePresentation(QDate *sliderStart) const
{
    TimelinePresentation t;
    const Case::CaseFile *c = m_workbench->caseFile();
    const Rules::ExportRules &rules = Rules::ExportRules::builtin();
    *sliderStart = QDate::currentDate();
    for (const Rules::RuleVersion &r : rules.versions())
        *sliderStart = qMin(*sliderStart, r.effective);
    if (!c)
        return t;
    const QString modelId = m_workbench->currentModelId();
    const auto model = modelId.isEmpty() ? std::nullopt : c->model(modelId);
    TimelineBuilder::EvidenceLanes lanes;
    if (model)
        lanes = TimelineBuilder::evidenceLanes(c->evidence(modelId),
            m_workbench->findingsModel()->findings(), m_findingIndex, c->sources());
    t.undated = lanes.undated;
    t.markers = TimelineBuilder::modelMarkers(model ? QList<Case::Model>{*model} : c->models());
    auto [from, to] = TimelineBuilder::period(lanes.spans, t.markers);
    if (t.markers.isEmpty() && lanes.spans.isEmpty())
        std::tie(from, to) = TimelineBuilder::period(m_spans, {});
    if (from.isValid())
        *sliderStart = qMin(*sliderStart, from);
    t.markers += TimelineBuilder::ruleMarkers(rules, from, to);
    t.spans = lanes.spans + m_spans;
    return t;
}

// `force`: the finding lanes changed. Otherwise only evidence, its review state or a model's
// dates can have changed, and the chart (many bars in a large case) is redrawn only if one did.
void FunnelController::updateTimeline(bool force)
{
    QDate sliderStart;
    const TimelinePresentation t = timelinePresentation(&sliderStart);
    m_funnel->setDateRange(sliderStart, QDate::currentDate());
    QStringList keys{QString::number(t.undated)};
    for (qsizetype i = 0; i < t.spans.size() - m_spans.size(); ++i) {
        const TimelineSpan &s = t.spans.at(i);
        keys << s.label + u'|' + s.start.toString(Qt::ISODate) + u'|' + s.end.toString(Qt::ISODate)
                + u'|' + QString::number(int(s.tone));
    }
    for (const TimelineMarker &m : t.markers)
        keys << m.at.toString(Qt::ISODate) + u'|' + QString::number(int(m.kind)) + u'|' + m.label;
    if (!force && keys == m_timelineKeys)
        return;
    m_timelineKeys = keys;
    m_timeline->setPresentation(t);
}

} // namespace ChipTrace::Ui
