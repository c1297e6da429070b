#pragma once

#include "funnelpresentation.h"

#include <QDate>
#include <QObject>
#include <QSet>
#include <QStringList>

namespace ChipTrace::Ui {

class FunnelView;
class TimelineView;
class Workbench;

// Feeds the funnel and timeline views from the case: the current model's evidence (all but the
// rejected) become funnel steps over the whole catalog, run by the funnel engine; the remaining
// candidates get their export-control status at the view's date from the export rules. The
// analyst's step order and disabled steps are kept by evidence id, so they survive new evidence.
class FunnelController : public QObject
{
    Q_OBJECT
public:
    FunnelController(Workbench *workbench, FunnelView *funnel, TimelineView *timeline, QObject *parent = nullptr);

    void rebuild();
    FunnelPresentation compute();
    QStringList order() const { return m_order; }
    QString destination() const;

private:
    void move(int from, int to);
    void setEnabled(int index, bool enabled);
    void rebuildTimeline();
    QDate defaultDate() const;

    Workbench *m_workbench;
    FunnelView *m_funnel;
    TimelineView *m_timeline;
    QStringList m_order;     // evidence ids in the analyst's order
    QSet<QString> m_disabled;
    QDate m_date;
    QString m_modelId;
};

} // namespace ChipTrace::Ui
