// FunnelController: the timeline half. Spans come from the findings the workbench already holds
// in memory (FindingsModel), never from a new query, and only when the findings changed.

#include "funnelcontroller.h"

#include "mainwindow/workbench.h"
#include "models/findingsmodel.h"

#include "casefile/casefile.h"
#include "rules/exportrules.h"

#include <QMap>
#include <QTimeZone>

#include <algorithm>

namespace ChipTrace::Ui {

void FunnelController::rebuildSpans()
{
    m_spans.clear();
    if (!m_workbench->caseFile())
        return;
    // One lane per rule and file: from the first commit that had it to the last removal (or now).
    struct Lane { QDateTime start, end; bool present = false; QStringList commits; };
    QMap<QString, Lane> lanes;
    for (const Case::FindingRecord &f : m_workbench->findingsModel()->findings()) {
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
        m_spans.append({it.key(), it->start, it->present ? QDateTime() : it->end, commits.join(u'\n')});
    }
    std::stable_sort(m_spans.begin(), m_spans.end(), [](const TimelineSpan &a, const TimelineSpan &b) { return a.start < b.start; });
}

static QList<TimelineMarker> markers(const Case::CaseFile *c, const QList<TimelineSpan> &spans)
{
    QList<TimelineMarker> out;
    if (!c)
        return out;
    auto at = [](const QDate &d) { return QDateTime(d, QTime(12, 0), QTimeZone::UTC); };
    for (const Case::Model &m : c->models()) {
        if (m.releaseDate.isValid())
            out.append({at(m.releaseDate), FunnelController::tr("%1 released").arg(m.name), MarkerKind::Release});
        if (m.trainingStart.isValid())
            out.append({at(m.trainingStart), FunnelController::tr("%1 training starts").arg(m.name), MarkerKind::TrainingStart});
        if (m.trainingEnd.isValid())
            out.append({at(m.trainingEnd), FunnelController::tr("%1 training ends").arg(m.name), MarkerKind::TrainingEnd});
    }
    QDateTime lo, hi;
    for (const TimelineSpan &s : spans) {
        lo = lo.isValid() ? qMin(lo, s.start) : s.start;
        hi = qMax(hi, s.end.isValid() ? s.end : QDateTime::currentDateTimeUtc());
    }
    for (const Rules::RuleVersion &r : Rules::ExportRules::builtin().versions()) {
        const QDateTime when = at(r.effective);
        // Only the rules inside the evidence's own period, so the chart stays readable.
        if (lo.isValid() && when >= lo.addMonths(-6) && when <= hi.addMonths(6))
            out.append({when, r.title, MarkerKind::ExportRule});
    }
    return out;
}

// `force`: the spans changed. Otherwise only a model's dates can have moved a marker, and the
// chart (thousands of bars in a large case) is redrawn only if one did.
void FunnelController::updateTimeline(bool force)
{
    TimelinePresentation t;
    t.spans = m_spans;
    t.markers = markers(m_workbench->caseFile(), m_spans);
    QStringList keys;
    for (const TimelineMarker &m : std::as_const(t.markers))
        keys << m.at.toString(Qt::ISODate) + u'|' + QString::number(int(m.kind)) + u'|' + m.label;
    if (!force && keys == m_markerKeys)
        return;
    m_markerKeys = keys;
    m_timeline->setPresentation(t);
}

} // namespace ChipTrace::Ui
