#include "funnelview.h"

#include "chipcardmodel.h"
#include "funnelstepmodel.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QSlider>
#include <QSplitter>
#include <QTimer>
#include <QValueAxis>
#include <QToolButton>
#include <QVBoxLayout>

namespace ChipTrace::Ui {

FunnelView::FunnelView(QWidget *parent)
    : QWidget(parent)
    , m_steps(new FunnelStepModel(this))
    , m_cards(new ChipCardModel(this))
    , m_stepList(new QListView(this))
    , m_cardList(new QListView(this))
    , m_chart(new QChart)
    , m_chartView(new QChartView(m_chart, this))
    , m_series(new QBarSeries(m_chart))
    , m_bars(new QBarSet(tr("Candidates remaining")))
    , m_axisX(new QBarCategoryAxis(m_chart))
    , m_axisY(new QValueAxis(m_chart))
    , m_status(new QLabel(this))
    , m_dateEdit(new QDateEdit(this))
    , m_dateSlider(new QSlider(Qt::Horizontal, this))
    , m_reviewedOnly(new QCheckBox(tr("Reviewed evidence only"), this))
    , m_replayTimer(new QTimer(this))
    // Until the controller knows the case: the export-control era of AI chips, to today.
    , m_sliderStart(2022, 1, 1)
    , m_sliderEnd(QDate::currentDate())
{
    setObjectName(QStringLiteral("funnelView"));
    m_stepList->setModel(m_steps);
    m_stepList->setObjectName(QStringLiteral("funnelSteps"));
    m_stepList->setAccessibleName(tr("Funnel steps"));
    m_stepList->setDragDropMode(QAbstractItemView::InternalMove);
    m_stepList->setDefaultDropAction(Qt::MoveAction);
    m_stepList->setDragEnabled(true);
    m_stepList->setAcceptDrops(true);
    m_stepList->setDropIndicatorShown(true);
    m_stepList->installEventFilter(this);
    m_stepList->setAccessibleDescription(tr("Check a step to apply it; drag it, or press Alt+Up or Alt+Down, to move it."));
    m_cardList->setModel(m_cards);
    m_cardList->setObjectName(QStringLiteral("chipCards"));
    m_cardList->setAccessibleName(tr("Candidate accelerators"));
    m_cardList->setViewMode(QListView::IconMode);
    m_cardList->setResizeMode(QListView::Adjust);
    m_cardList->setMovement(QListView::Static);
    m_cardList->setUniformItemSizes(true);
    m_cardList->setSpacing(2);
    m_cardList->setItemDelegate(new ChipCardDelegate(m_cardList));

    m_bars->setColor(QColor(0x34, 0x98, 0xdb));
    m_bars->setSelectedColor(QColor(0xe6, 0x7e, 0x22));
    m_series->append(m_bars);
    m_chart->addSeries(m_series);
    m_chart->addAxis(m_axisX, Qt::AlignBottom);
    m_chart->addAxis(m_axisY, Qt::AlignLeft);
    m_series->attachAxis(m_axisX);
    m_series->attachAxis(m_axisY);
    m_axisY->setLabelFormat(QStringLiteral("%d"));
    m_chart->legend()->hide();
    m_chart->setAnimationOptions(QChart::SeriesAnimations);
    m_chart->setTitle(tr("Candidates remaining after each step"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setAccessibleName(tr("Candidates remaining chart"));
    m_chartView->setMinimumHeight(160);

    connect(m_steps, &FunnelStepModel::moveRequested, this, &FunnelView::moveRequested);
    connect(m_steps, &FunnelStepModel::enableRequested, this, &FunnelView::enableRequested);
    m_replayTimer->setInterval(700);
    connect(m_replayTimer, &QTimer::timeout, this, [this] {
        if (m_current >= int(m_presentation.steps.size()))
            m_replayTimer->stop();
        else
            stepForward();
    });

    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(m_chartView);
    right->addWidget(m_cardList);
    // The evidence switch sits over the steps it changes (in the control bar it would widen
    // the dock, and so the window's minimum size).
    m_reviewedOnly->setObjectName(QStringLiteral("funnelReviewedOnly"));
    m_reviewedOnly->setToolTip(tr("Count only evidence accepted in review, as the briefing does. "
                                  "Otherwise proposed evidence counts too."));
    connect(m_reviewedOnly, &QCheckBox::toggled, this, &FunnelView::reviewedOnlyChanged);
    auto *left = new QWidget(this);
    auto *column = new QVBoxLayout(left);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(m_reviewedOnly);
    column->addWidget(m_stepList, 1);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(createControls());
    layout->addWidget(split, 1);
    setDate(QDate::currentDate());
    updateStatus();
}

QWidget *FunnelView::createControls()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    auto button = [&](const QString &text, const QString &tip, const QKeySequence &key, auto slot) {
        auto *b = new QToolButton(bar);
        b->setText(text);
        b->setToolTip(tip + (key.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(key.toString(QKeySequence::NativeText))));
        b->setAccessibleName(tip);
        b->setShortcut(key);
        connect(b, &QToolButton::clicked, this, slot);
        row->addWidget(b);
        return b;
    };
    button(QStringLiteral("|◀"), tr("No step applied"), QKeySequence(Qt::ALT | Qt::Key_Home), [this] { setCurrentStep(0); });
    button(QStringLiteral("◀"), tr("Previous step"), QKeySequence(Qt::ALT | Qt::Key_Left), [this] { stepBack(); });
    button(QStringLiteral("▶"), tr("Next step"), QKeySequence(Qt::ALT | Qt::Key_Right), [this] { stepForward(); });
    button(QStringLiteral("▶|"), tr("All steps applied"), QKeySequence(Qt::ALT | Qt::Key_End),
           [this] { setCurrentStep(int(m_presentation.steps.size())); });
    button(QStringLiteral("↻"), tr("Replay the funnel"), QKeySequence(), [this] { replay(); });
    // Long status text must not widen the dock (and so the window's minimum size).
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    row->addWidget(m_status, 1);
    row->addWidget(new QLabel(tr("Status at:"), bar));
    m_dateEdit->setCalendarPopup(true);
    m_dateEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_dateEdit->setKeyboardTracking(false); // a typed date counts when complete, not per digit
    m_dateEdit->setAccessibleName(tr("Export-control date"));
    m_dateSlider->setObjectName(QStringLiteral("funnelDateSlider"));
    m_dateSlider->setRange(0, int(m_sliderStart.daysTo(m_sliderEnd)));
    m_dateSlider->setAccessibleName(tr("Export-control date slider"));
    m_dateSlider->setMinimumWidth(80);
    // Each date is stored in the case as one undo step: a drag sets the day it ends on.
    m_dateSlider->setTracking(false);
    connect(m_dateSlider, &QSlider::sliderMoved, this, [this](int days) {
        const QSignalBlocker block(m_dateEdit); // show the day while dragging, set it on release
        m_dateEdit->setDate(m_sliderStart.addDays(days));
    });
    connect(m_dateSlider, &QSlider::valueChanged, this, [this](int days) { setDate(m_sliderStart.addDays(days)); });
    connect(m_dateEdit, &QDateEdit::dateChanged, this, [this](QDate d) { setDate(d); });
    row->addWidget(m_dateSlider);
    row->addWidget(m_dateEdit);
    return bar;
}

void FunnelView::setDate(const QDate &date)
{
    if (!date.isValid())
        return;
    const bool changed = date != m_presentation.date;
    m_presentation.date = date;
    const QSignalBlocker block(m_dateEdit);
    m_dateEdit->setDate(date);
    syncSlider();
    if (changed)
        Q_EMIT dateChanged(date);
}

void FunnelView::setDateRange(const QDate &from, const QDate &to)
{
    if (!from.isValid() || !to.isValid() || from > to)
        return;
    m_sliderStart = from;
    m_sliderEnd = to;
    syncSlider();
}

// The slider shows the current date within its range (clamped when the editor went beyond).
void FunnelView::syncSlider()
{
    const QSignalBlocker block(m_dateSlider);
    m_dateSlider->setRange(0, int(m_sliderStart.daysTo(m_sliderEnd)));
    const QDate date = m_presentation.date.isValid() ? m_presentation.date : m_sliderEnd;
    m_dateSlider->setValue(int(m_sliderStart.daysTo(qBound(m_sliderStart, date, m_sliderEnd))));
}

bool FunnelView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_stepList && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const Qt::KeyboardModifiers mods = key->modifiers() & ~Qt::KeypadModifier;
        const bool chord = mods == Qt::AltModifier || mods == (Qt::ControlModifier | Qt::ShiftModifier);
        if (chord && (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down))
            return moveCurrentStep(key->key() == Qt::Key_Up ? -1 : 1);
    }
    return QWidget::eventFilter(watched, event);
}

// Asks for the move exactly as a drop does; the controller stores it (one undo step) and the
// new steps arrive synchronously, so the moved step is selected again at its new row.
bool FunnelView::moveCurrentStep(int delta)
{
    const int from = m_stepList->currentIndex().row();
    const int to = from + delta;
    if (from < 0 || to < 0 || to >= m_steps->rowCount())
        return true; // at an end: nothing to do, but the key is ours
    const QString key = m_steps->steps().at(from).key;
    Q_EMIT moveRequested(from, to);
    for (int row = 0; row < m_steps->rowCount(); ++row)
        if (m_steps->steps().at(row).key == key)
            m_stepList->setCurrentIndex(m_steps->index(row));
    return true;
}

bool FunnelView::reviewedOnly() const
{
    return m_reviewedOnly->isChecked();
}

void FunnelView::setReviewedOnly(bool on)
{
    const QSignalBlocker block(m_reviewedOnly);
    m_reviewedOnly->setChecked(on);
}

void FunnelView::setPresentation(const FunnelPresentation &presentation)
{
    const int stepCount = int(presentation.steps.size());
    const bool atEnd = m_current >= int(m_presentation.steps.size());
    const QDate keepDate = m_presentation.date;
    m_presentation = presentation;
    if (!m_presentation.date.isValid())
        m_presentation.date = keepDate;
    m_steps->setSteps(presentation.steps);
    m_cards->setChips(presentation.chips, stepCount);
    // A re-run after an edit shows its outcome; stepping through stays where the analyst was.
    m_current = atEnd ? stepCount : qMin(m_current, stepCount);
    m_steps->setCurrentStep(m_current);
    m_cards->setCurrentStep(m_current);
    setDate(m_presentation.date);
    updateChart();
    updateStatus();
}

void FunnelView::setCurrentStep(int applied)
{
    applied = qBound(0, applied, int(m_presentation.steps.size()));
    if (applied == m_current)
        return;
    m_current = applied;
    m_steps->setCurrentStep(applied);
    m_cards->setCurrentStep(applied);
    m_bars->deselectAllBars();
    m_bars->selectBar(applied);
    updateStatus();
    Q_EMIT currentStepChanged(applied);
}

void FunnelView::stepForward()
{
    setCurrentStep(m_current + 1);
}

void FunnelView::stepBack()
{
    m_replayTimer->stop();
    setCurrentStep(m_current - 1);
}

void FunnelView::replay()
{
    setCurrentStep(0);
    m_replayTimer->start();
}

bool FunnelView::isReplaying() const
{
    return m_replayTimer->isActive();
}

void FunnelView::updateChart()
{
    const int n = int(m_presentation.steps.size());
    QStringList categories{tr("Catalog")};
    QList<qreal> values{qreal(m_presentation.remainingAfter(0))};
    for (int i = 0; i < n; ++i) {
        categories << QString::number(i + 1);
        values << m_presentation.remainingAfter(i + 1);
    }
    m_axisX->setCategories(categories);
    m_axisY->setRange(0, qMax(1.0, values.first()));
    // Replacing values (not the set) lets the chart animate from the old heights.
    if (m_bars->count() == values.size()) {
        for (int i = 0; i < values.size(); ++i)
            m_bars->replace(i, values.at(i));
    } else {
        m_bars->remove(0, m_bars->count());
        m_bars->append(values);
    }
    m_bars->deselectAllBars();
    m_bars->selectBar(m_current);
}

void FunnelView::updateStatus()
{
    const int n = int(m_presentation.steps.size());
    if (n == 0) {
        m_status->setText(tr("No evidence in the funnel yet: make findings evidence to add steps."));
        return;
    }
    m_status->setText(tr("Step %1 of %2 — %3 candidate(s) remain").arg(m_current).arg(n).arg(m_cards->remaining()));
}

} // namespace ChipTrace::Ui
