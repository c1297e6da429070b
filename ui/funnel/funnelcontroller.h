// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "candidatedetail.h"
#include "casefile/casefunnel.h"
#include "funnelpresentation.h"
#include "timeline/timelineview.h"
#include "util/result.h"

#include <QDate>
#include <QHash>
#include <QObject>
#include <QStringList>

namespace ChipTrace::Case {
class CaseFile;
}

namespace ChipTrace::Ui {

class FunnelView;
class Workbench;

// Feeds the funnel and timeline views from the case. The current model's evidence becomes
// funnel steps through Funnel::caseSteps() (the same function the briefing uses), by default
// accepted and proposed items, or accepted only with "Reviewed evidence only"; the remaining
// candidates get their export-control status at the view's date. The analyst's step order,
// disabled steps and date belong to the case (Case::FunnelState): every edit is one undo step
// through Workbench::pushChange, and the views refresh from the case's change signal.
class FunnelController : public QObject
{
    Q_OBJECT
public:
    FunnelController(Workbench *workbench, FunnelView *funnel, TimelineView *timeline,
        QObject *parent = nullptr);

    void rebuild();
    FunnelPresentation compute();
    QStringList order() const { return m_plan.ids(); } // the steps shown, by evidence id
    QString destination() const;
    QDate date() const { return m_date; }
    // The last run: steps shown (one per counted evidence item) and candidates left.
    int stepCount() const { return int(m_plan.entries.size()); }
    int remainingCount() const { return int(m_result.remaining.size()); }

    // Analyst edits, each stored in the case as one undo step (indices into the shown steps).
    void move(int from, int to);
    void setEnabled(int index, bool enabled);
    void setDate(const QDate &date);

    bool reviewedOnly() const { return m_reviewedOnly; }
    void setReviewedOnly(bool reviewedOnly);

    // The steps ordered broad to narrow: vendor, then generation, then segment, then the rest
    // (stable within each), stored as the case's order in one undo step.
    void orderBroadToNarrow();
    // What the case says about one chip (the funnel view's selected card); "" for none.
    CandidateEvidence candidate(const QString &chipId) const;
    void showCandidate(const QString &chipId);
    QString shownCandidate() const { return m_shownChip; }

Q_SIGNALS:
    // A card was selected: its evidence for and against (the evidence board shows only these).
    // Empty ids and name: the selection was cleared.
    void candidateShown(
        const QString &chipName, const QStringList &forIds, const QStringList &againstIds);

private:
    Funnel::EvidencePolicy policy() const;
    Status saveState(const Case::FunnelState &state, const QString &label);
    QList<FunnelStepInfo> stepRows(
        const Funnel::FunnelResult &result, const QStringList &disabled, int catalogSize) const;
    QString stepTitle(const Case::Evidence &evidence) const;
    QString emptyNote(const Case::CaseFile &caseFile, bool constrains) const;
    AssessmentInfo assessment(const FunnelPresentation &presentation) const;
    QDate defaultDate() const;
    QDate storedDate() const;
    void rebuildSpans();
    void updateTimeline(bool force);
    TimelinePresentation timelinePresentation(QDate *sliderStart) const;

    Workbench *m_workbench;
    FunnelView *m_funnel;
    TimelineView *m_timeline;
    Funnel::CaseSteps m_plan; // what the view shows: maps its rows to evidence ids
    Funnel::FunnelResult m_result; // the last run, for the candidate details
    QList<ChipCardInfo> m_cards;
    AssessmentInfo m_assessment;
    QString m_shownChip;
    QDate m_date;
    QString m_modelId;
    bool m_reviewedOnly = false;
    QList<TimelineSpan> m_spans; // from the findings; rebuilt only when they change
    QHash<QString, qsizetype> m_findingIndex; // finding id -> row of the findings model
    QStringList m_timelineKeys; // what the evidence lanes and markers were last built from
};

} // namespace ChipTrace::Ui
