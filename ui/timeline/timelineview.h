#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QWidget>

class QChart;
class QChartView;

namespace ChipTrace::Ui {

// One piece of evidence over time: from the commit that added it to the commit that removed it
// (or to today when it is still there).
struct TimelineSpan
{
    QString label;   // "nccl.ib_hca — scripts/launch.sh"
    QDateTime start;
    QDateTime end;   // invalid = still present at HEAD
    QString detail;  // tooltip: commits, authors
};

enum class MarkerKind { Release, TrainingStart, TrainingEnd, ExportRule };

struct TimelineMarker
{
    QDateTime at;
    QString label;   // "TinyLM-7B released", "3A090 revised (88 FR 73458)"
    MarkerKind kind = MarkerKind::Release;
};

struct TimelinePresentation
{
    QList<TimelineSpan> spans;
    QList<TimelineMarker> markers;
};

// When evidence appeared and disappeared in the repositories, against model release dates and
// export-control rule dates. Bars are green while present and red once removed; the markers are
// vertical lines with their label in the legend. Hovering a bar shows its detail.
class TimelineView : public QWidget
{
    Q_OBJECT
public:
    explicit TimelineView(QWidget *parent = nullptr);

    void setPresentation(const TimelinePresentation &presentation);
    const TimelinePresentation &presentation() const { return m_presentation; }
    QChart *chart() const { return m_chart; }

private:
    void rebuild();

    TimelinePresentation m_presentation;
    QChart *m_chart;
    QChartView *m_view;
};

} // namespace ChipTrace::Ui
