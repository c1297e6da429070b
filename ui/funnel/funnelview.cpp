// SPDX-License-Identifier: GPL-3.0-or-later
#include "funnelview.h"

#include "chipcardmodel.h"
#include "funnelstepmodel.h"
#include "hypothesismatrixmodel.h"
#include "mfuchartwidget.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QScrollArea>
#include <QSlider>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

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
    , m_answer(new QLabel(this))
    , m_storyOnly(new QCheckBox(tr("Only steps that narrow"), this))
    , m_matrix(new HypothesisMatrixModel(this))
    , m_matrixView(new QTableView(this))
    , m_tabs(new QTabWidget(this))
    , m_compute(new MfuChartWidget(this))
    , m_detail(new QTextBrowser(this))
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
    m_stepList->setWordWrap(true); // a step leads with its constraint; the rest wraps, never "…"
    m_stepList->setAccessibleDescription(
        tr("Check a step to apply it; drag it, or press Alt+Up or Alt+Down, to move it."));
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
    // Each bar says its count; the axis names the step's constraint.
    m_series->setLabelsVisible(true);
    m_series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
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

    // The answer, then how it was reached: long texts wrap, never widen the window or clip.
    m_answer->setObjectName(QStringLiteral("answerStrip"));
    m_answer->setWordWrap(true);
    m_answer->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_answer->setAccessibleName(tr("Answer"));
    QFont strong = m_answer->font();
    strong.setBold(true);
    if (strong.pointSizeF() > 0)
        strong.setPointSizeF(strong.pointSizeF() * 1.1);
    m_answer->setFont(strong);
    m_answer->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Minimum);
    m_status->setObjectName(QStringLiteral("funnelStatus"));
    m_status->setWordWrap(true);
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Minimum);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("funnelSplit"));
    split->addWidget(createStepColumn());
    split->addWidget(createResults());
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_answer);
    layout->addWidget(createControls());
    layout->addWidget(m_status);
    layout->addWidget(split, 1);
    setDate(QDate::currentDate());
    updateStatus();
    updateAnswer();
}

QWidget *FunnelView::createStepColumn()
{
    // The evidence switches sit over the steps they change (in the control bar they would
    // widen the view, and so the window's minimum size).
    m_reviewedOnly->setObjectName(QStringLiteral("funnelReviewedOnly"));
    m_reviewedOnly->setToolTip(
        tr("Count only evidence accepted in review, as the briefing does. "
           "Otherwise proposed evidence counts too."));
    connect(m_reviewedOnly, &QCheckBox::toggled, this, &FunnelView::reviewedOnlyChanged);
    m_storyOnly->setObjectName(QStringLiteral("funnelStoryOnly"));
    m_storyOnly->setChecked(true);
    m_storyOnly->setToolTip(
        tr("Hide the steps that eliminate nothing and merge steps with the same constraint. "
           "Uncheck to see (and reorder or disable) every step."));
    connect(m_storyOnly, &QCheckBox::toggled, this, [this] {
        applyStory();
        updateChart();
    });
    auto *broad = new QToolButton(this);
    broad->setObjectName(QStringLiteral("funnelBroadFirst"));
    broad->setText(tr("Broad to narrow"));
    broad->setToolTip(
        tr("Order the steps vendor first, then generation, then segment, then the rest "
           "(one undo step), so the replay shows the narrowing."));
    connect(broad, &QToolButton::clicked, this, &FunnelView::broadToNarrowRequested);
    auto *left = new QWidget(this);
    auto *column = new QVBoxLayout(left);
    column->setContentsMargins(0, 0, 0, 0);
    // One control a row: side by side they would widen the window's minimum size.
    column->addWidget(m_reviewedOnly);
    column->addWidget(m_storyOnly);
    column->addWidget(broad, 0, Qt::AlignLeft);
    column->addWidget(m_stepList, 1);
    return left;
}

QWidget *FunnelView::createResults()
{
    m_matrixView->setObjectName(QStringLiteral("hypothesisMatrix"));
    m_matrixView->setAccessibleName(tr("Evidence against competing hypotheses"));
    m_matrixView->setModel(m_matrix);
    m_matrixView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_matrixView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_matrixView, &QTableView::activated, this, [this](const QModelIndex &i) {
        Q_EMIT evidenceLinkActivated(i.data(HypothesisMatrixModel::EvidenceIdRole).toString());
    });
    m_tabs->setObjectName(QStringLiteral("funnelTabs"));
    m_tabs->setAccessibleName(tr("Funnel chart and hypotheses"));
    m_tabs->addTab(m_chartView, tr("Funnel"));
    m_tabs->addTab(m_matrixView, tr("Hypotheses"));
    auto *compute = new QScrollArea(this);
    compute->setWidgetResizable(true);
    compute->setAccessibleName(tr("Compute plausibility"));
    compute->setWidget(m_compute);
    m_tabs->addTab(compute, tr("Compute"));

    m_detail->setObjectName(QStringLiteral("candidateDetail"));
    m_detail->setAccessibleName(tr("Selected candidate"));
    m_detail->setOpenLinks(false);
    m_detail->setPlaceholderText(
        tr("Select a card to see the steps it passed, the evidence naming it, "
           "what eliminated its neighbours and its export reasoning."));
    connect(m_detail, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == u"evidence")
            Q_EMIT evidenceLinkActivated(url.path());
    });
    connect(m_cardList, &QListView::clicked, this, [this](const QModelIndex &i) {
        if (i.data(ChipCardModel::ToggleRole).toBool())
            m_cards->setEliminatedShown(!m_cards->eliminatedShown());
    });
    connect(m_cardList->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex &i) {
            const QString id = i.data(ChipCardModel::IdRole).toString();
            if (!id.isEmpty() && id != m_selectedChip)
                selectChip(id);
        });
    // A reset (stepping reorders the cards) clears the selection; the chosen chip stays chosen.
    connect(m_cards, &QAbstractItemModel::modelReset, this, [this] {
        const QModelIndex i = m_cards->indexOf(m_selectedChip);
        if (i.isValid()) {
            const QSignalBlocker block(m_cardList->selectionModel());
            m_cardList->setCurrentIndex(i);
        }
    });

    auto *cards = new QSplitter(Qt::Horizontal, this);
    cards->addWidget(m_cardList);
    cards->addWidget(m_detail);
    cards->setStretchFactor(0, 3);
    cards->setStretchFactor(1, 2);
    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(m_tabs);
    right->addWidget(cards);
    right->setStretchFactor(0, 2);
    right->setStretchFactor(1, 3);
    return right;
}

QWidget *FunnelView::createControls()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    auto button = [&](const QString &text, const QString &tip, const QKeySequence &key, auto slot) {
        auto *b = new QToolButton(bar);
        b->setText(text);
        b->setToolTip(tip
            + (key.isEmpty()
                    ? QString()
                    : QStringLiteral(" (%1)").arg(key.toString(QKeySequence::NativeText))));
        b->setAccessibleName(tip);
        b->setShortcut(key);
        connect(b, &QToolButton::clicked, this, slot);
        row->addWidget(b);
        return b;
    };
    button(QStringLiteral("|◀"), tr("No step applied"), QKeySequence(Qt::ALT | Qt::Key_Home),
        [this] { setCurrentStep(0); });
    button(QStringLiteral("◀"), tr("Previous step"), QKeySequence(Qt::ALT | Qt::Key_Left),
        [this] { stepBack(); });
    button(QStringLiteral("▶"), tr("Next step"), QKeySequence(Qt::ALT | Qt::Key_Right),
        [this] { stepForward(); });
    button(QStringLiteral("▶|"), tr("All steps applied"), QKeySequence(Qt::ALT | Qt::Key_End),
        [this] { setCurrentStep(int(m_presentation.steps.size())); });
    button(QStringLiteral("↻"), tr("Replay the funnel"), QKeySequence(), [this] { replay(); });
    row->addStretch(1);
    row->addWidget(new QLabel(tr("Export status at:"), bar));
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
    connect(m_dateSlider, &QSlider::valueChanged, this,
        [this](int days) { setDate(m_sliderStart.addDays(days)); });
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
        const bool chord =
            mods == Qt::AltModifier || mods == (Qt::ControlModifier | Qt::ShiftModifier);
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
    // A re-run after an edit shows its outcome; stepping through stays where the analyst was.
    m_current = atEnd ? stepCount : qMin(m_current, stepCount);
    m_cards->setChips(presentation.chips, stepCount);
    m_cards->setCurrentStep(m_current);
    m_steps->setCurrentStep(m_current);
    m_matrix->setMatrix(presentation.assessment.matrix);
    m_tabs->setTabEnabled(1, !presentation.assessment.matrix.hypotheses.isEmpty());
    m_compute->setSections(presentation.compute);
    applyStory();
    setDate(m_presentation.date);
    updateChart();
    updateStatus();
    updateAnswer();
    if (!m_selectedChip.isEmpty() && !m_cards->indexOf(m_selectedChip).isValid()
        && !m_cards->eliminatedShown())
        m_cards->setEliminatedShown(true); // the chosen chip was eliminated: keep it in sight
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
    m_bars->selectBar(storyBar(applied));
    updateStatus();
    updateAnswer();
    Q_EMIT currentStepChanged(applied);
}

// In the story, a step forward goes to the next step shown; hidden steps change nothing.
void FunnelView::stepForward()
{
    const int n = int(m_presentation.steps.size());
    int next = m_current;
    while (next < n && m_stepList->isRowHidden(next))
        ++next;
    setCurrentStep(qMin(n, next + 1));
}

void FunnelView::stepBack()
{
    m_replayTimer->stop();
    int prev = m_current - 2; // the row before the last applied one
    while (prev >= 0 && m_stepList->isRowHidden(prev))
        --prev;
    setCurrentStep(prev + 1);
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

bool FunnelView::storyOnly() const
{
    return m_storyOnly->isChecked();
}

void FunnelView::setStoryOnly(bool on)
{
    m_storyOnly->setChecked(on);
}

void FunnelView::applyStory()
{
    const bool story = storyOnly();
    int hidden = 0;
    for (int row = 0; row < m_steps->rowCount(); ++row) {
        const bool hide = story && !m_steps->inStory(row);
        m_stepList->setRowHidden(row, hide);
        hidden += hide;
    }
    m_storyOnly->setText(hidden > 0 ? tr("Only steps that narrow (%n hidden)", nullptr, hidden)
                                    : tr("Only steps that narrow"));
}

QList<int> FunnelView::barSteps() const
{
    QList<int> rows;
    for (int row = 0; row < int(m_presentation.steps.size()); ++row)
        if (!m_stepList->isRowHidden(row))
            rows << row;
    return rows;
}

int FunnelView::storyBar(int applied) const
{
    const QList<int> rows = barSteps();
    return int(
        std::count_if(rows.begin(), rows.end(), [applied](int row) { return row < applied; }));
}

// One bar for the catalog and one per step shown, named by its constraint (short: the full
// text is in the step list) and labelled with its count.
void FunnelView::updateChart()
{
    QStringList categories{tr("Catalog")};
    QList<qreal> values{qreal(m_presentation.remainingAfter(0))};
    const QFontMetrics fm(m_chart->font());
    for (const int row : barSteps()) {
        const FunnelStepInfo &s = m_presentation.steps.at(row);
        const QString name = fm.elidedText(s.constraint.isEmpty() ? s.label : s.constraint,
            Qt::ElideMiddle, fm.horizontalAdvance(QLatin1Char('M')) * 12);
        categories << QStringLiteral("%1. %2").arg(row + 1).arg(name);
        values << m_presentation.remainingAfter(row + 1);
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
    m_bars->selectBar(storyBar(m_current));
}

QString FunnelView::statusText() const
{
    return m_status->text();
}

QString FunnelView::answerText() const
{
    return m_answer->text();
}

void FunnelView::updateStatus()
{
    const int n = int(m_presentation.steps.size());
    if (!m_presentation.emptyNote.isEmpty())
        return m_status->setText(m_presentation.emptyNote);
    if (n == 0) {
        m_status->setText(
            tr("No evidence in the funnel yet: make findings evidence to add steps."));
        return;
    }
    m_status->setText(tr("Step %1 of %2 — %3 candidate(s) remain")
            .arg(m_current)
            .arg(n)
            .arg(m_cards->remaining()));
}

// "7 candidates: 5 controlled, 2 not controlled at 2023-10-31", led by the assessment's
// confidence and headline when there is one.
void FunnelView::updateAnswer()
{
    const int left = m_cards->remaining();
    QString text;
    if (m_presentation.chips.isEmpty()) {
        m_answer->setText(tr("Open a case to see its answer."));
        return;
    }
    if (left == 0) {
        text = tr("No candidate left: the evidence conflicts.");
    } else {
        QStringList parts;
        const auto add = [&](ControlStatus state, const QString &name) {
            if (const int n = m_cards->remainingWith(state); n > 0)
                parts << QStringLiteral("%1 %2").arg(n).arg(name);
        };
        add(ControlStatus::Controlled, exportStateName(ControlStatus::Controlled));
        add(ControlStatus::NotControlled, exportStateName(ControlStatus::NotControlled));
        add(ControlStatus::Undecidable, exportStateName(ControlStatus::Undecidable));
        add(ControlStatus::Unknown, tr("of unknown status"));
        text =
            tr("%n candidate(s): %1 at %2", nullptr, left)
                .arg(parts.join(QStringLiteral(", ")), m_presentation.date.toString(Qt::ISODate));
        if (!m_presentation.destination.isEmpty())
            text += tr(" (export to %1)").arg(m_presentation.destination);
        if (left == int(m_presentation.chips.size())
            && m_current == int(m_presentation.steps.size()))
            text += tr(" — no evidence narrows the catalog yet");
    }
    // The assessment's bottom line (a sentence that carries its own estimative word) leads, at
    // the funnel's outcome; stepping through shows the counts alone.
    const AssessmentInfo &a = m_presentation.assessment;
    if (!a.isEmpty() && m_current == int(m_presentation.steps.size())) {
        QString lead = a.headline.isEmpty() ? a.confidence : a.headline;
        if (!lead.isEmpty())
            lead[0] = lead.at(0).toUpper();
        if (!lead.endsWith(u'.'))
            lead += u'.';
        text = lead + u' ' + text;
    }
    m_answer->setText(text);
    m_answer->setToolTip(a.confidence.isEmpty() ? text : tr("Confidence: %1").arg(a.confidence));
}

void FunnelView::selectChip(const QString &chipId)
{
    m_selectedChip = chipId;
    QModelIndex i = m_cards->indexOf(chipId);
    if (!i.isValid() && !chipId.isEmpty()) {
        m_cards->setEliminatedShown(true);
        i = m_cards->indexOf(chipId);
    }
    {
        const QSignalBlocker block(m_cardList->selectionModel());
        if (i.isValid())
            m_cardList->setCurrentIndex(i);
        else
            m_cardList->clearSelection();
    }
    if (chipId.isEmpty())
        m_detail->clear();
    Q_EMIT candidateSelected(chipId);
}

void FunnelView::setCandidateDetail(const QString &html)
{
    m_detail->setHtml(html);
}

QString FunnelView::candidateDetail() const
{
    return m_detail->toPlainText();
}

} // namespace ChipTrace::Ui
