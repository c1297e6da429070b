// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidencepanel.h"

#include "models/evidencemodel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace ChipTrace::Ui {

EvidencePanel::EvidencePanel(EvidenceModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_view(new QTreeView(this))
    , m_note(new QLineEdit(this))
    , m_reviewer(new QLabel(this))
    , m_banner(new QWidget(this))
    , m_bannerText(new QLabel(m_banner))
{
    setObjectName(QStringLiteral("evidencePanel"));
    m_view->setObjectName(QStringLiteral("evidenceBoard"));
    m_view->setAccessibleName(tr("Evidence board"));
    m_view->setModel(model);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(EvidenceModel::ItemCol, QHeaderView::Stretch);
    m_view->header()->setMinimumSectionSize(40);
    m_view->header()->resizeSection(EvidenceModel::ItemCol, 420);
    // The view resets itself first (it connected in setModel), then the board restores the
    // analyst's place: a reset clears the selection without any signal.
    connect(
        model, &QAbstractItemModel::modelAboutToBeReset, this, &EvidencePanel::rememberSelection);
    connect(model, &QAbstractItemModel::modelReset, m_view, &QTreeView::expandAll);
    connect(model, &QAbstractItemModel::modelReset, this, &EvidencePanel::applyFilter);
    connect(model, &QAbstractItemModel::modelReset, this, &EvidencePanel::restoreSelection);

    auto *bar = new QHBoxLayout;
    const auto alt = [](Qt::Key key) { return QKeySequence(Qt::CTRL | Qt::ALT | key); };
    m_accept = addAction(
        bar, tr("&Accept"), tr("Accept the selected evidence"), "actionAccept", alt(Qt::Key_A));
    m_dispute =
        addAction(bar, tr("&Dispute"), tr("Dispute the selected evidence (with the note, if any)"),
            "actionDispute", alt(Qt::Key_D));
    m_reject = addAction(bar, tr("Re&ject"),
        tr("Reject the selected evidence (with the note, if any)"), "actionReject", alt(Qt::Key_J));
    m_comment = addAction(bar, tr("&Comment…"), tr("Comment on the selected evidence"),
        "actionComment", alt(Qt::Key_C));
    m_delete = addAction(bar, tr("De&lete"), tr("Delete the selected evidence"),
        "actionDeleteEvidence", QKeySequence::Delete);
    // Delete only where it cannot surprise: with the board focused (a line edit keeps its key).
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    // Right-click on the board offers the same actions (the view's actions are its menu).
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    m_view->addActions({m_accept, m_dispute, m_reject, m_comment, separator, m_delete});
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_accept, &QAction::triggered, this, [this] { requestReview(Case::Verdict::Accept); });
    connect(
        m_dispute, &QAction::triggered, this, [this] { requestReview(Case::Verdict::Dispute); });
    connect(m_reject, &QAction::triggered, this, [this] { requestReview(Case::Verdict::Reject); });
    connect(m_comment, &QAction::triggered, this, [this] { Q_EMIT commentRequested(currentId()); });
    connect(m_delete, &QAction::triggered, this, [this] { Q_EMIT deleteRequested(currentId()); });
    m_note->setObjectName(QStringLiteral("reviewNote"));
    m_note->setPlaceholderText(tr("Note for the verdict (optional)"));
    m_note->setAccessibleName(tr("Review note"));
    m_note->setClearButtonEnabled(true);
    bar->addWidget(m_note, 1);
    m_reviewer->setObjectName(QStringLiteral("reviewingAs"));
    m_reviewer->setToolTip(
        tr("Verdicts and comments are recorded under this name (Settings: "
           "review/identity, else the system user)."));
    bar->addWidget(m_reviewer);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        updateActions();
        Q_EMIT currentChanged(currentId());
    });
    connect(m_view, &QTreeView::activated, this, [this] {
        if (!currentId().isEmpty())
            Q_EMIT openRequested(currentId());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &EvidencePanel::updateActions);

    m_banner->setObjectName(QStringLiteral("evidenceFilter"));
    m_bannerText->setWordWrap(true);
    m_bannerText->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Minimum);
    auto *showAll = new QToolButton(m_banner);
    showAll->setObjectName(QStringLiteral("evidenceFilterClear"));
    showAll->setText(tr("Show all"));
    connect(showAll, &QToolButton::clicked, this, &EvidencePanel::clearFilter);
    auto *bannerRow = new QHBoxLayout(m_banner);
    bannerRow->setContentsMargins(0, 0, 0, 0);
    bannerRow->addWidget(m_bannerText, 1);
    bannerRow->addWidget(showAll);
    m_banner->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(bar);
    layout->addWidget(m_banner);
    layout->addWidget(m_view, 1);
    updateActions();
}

QAction *EvidencePanel::addAction(QLayout *bar, const QString &text, const QString &tip,
    const char *objectName, const QKeySequence &key)
{
    auto *action = new QAction(text, this);
    action->setObjectName(QString::fromLatin1(objectName));
    action->setToolTip(tip);
    action->setShortcut(key);
    auto *button = new QToolButton(this);
    button->setDefaultAction(action);
    button->setAccessibleName(tip);
    button->setObjectName(
        QString::fromLatin1(objectName).replace(QLatin1String("action"), QLatin1String("button")));
    bar->addWidget(button);
    return action;
}

void EvidencePanel::setReviewer(const QString &name)
{
    m_reviewer->setText(
        name.isEmpty() ? QString() : tr("Reviewing as <b>%1</b>").arg(name.toHtmlEscaped()));
}

QString EvidencePanel::reviewerText() const
{
    return m_reviewer->text();
}

QString EvidencePanel::currentId() const
{
    const QModelIndex i = m_view->currentIndex();
    return i.isValid()
        ? m_model->index(i.row(), 0, i.parent()).data(EvidenceModel::EvidenceIdRole).toString()
        : QString();
}

QStringList EvidencePanel::selectedIds() const
{
    QStringList ids;
    for (const QModelIndex &i : m_view->selectionModel()->selectedRows()) {
        const QString id = i.data(EvidenceModel::EvidenceIdRole).toString();
        if (!id.isEmpty() && !m_view->isRowHidden(i.row(), i.parent()))
            ids << id;
    }
    if (ids.isEmpty() && !currentId().isEmpty())
        ids << currentId();
    return ids;
}

void EvidencePanel::showOnly(
    const QString &chipName, const QStringList &forIds, const QStringList &againstIds)
{
    m_model->setBearing(chipName, forIds, againstIds);
    m_filter = chipName.isEmpty() ? QStringList() : forIds + againstIds;
    m_filtering = !chipName.isEmpty();
    if (!m_filtering) {
        m_banner->hide();
    } else {
        m_bannerText->setText(
            tr("Evidence on %1: %n for", nullptr, int(forIds.size())).arg(chipName)
            + tr(", %n against", nullptr, int(againstIds.size())));
        m_banner->show();
    }
    applyFilter();
}

void EvidencePanel::clearFilter()
{
    showOnly({}, {}, {});
}

QString EvidencePanel::filterText() const
{
    return m_filtering ? m_bannerText->text() : QString();
}

// Rows are hidden in the view, not filtered by a proxy: indices stay the model's, which the
// review actions and the selection keeping rely on.
void EvidencePanel::applyFilter()
{
    const bool filtering = m_filtering;
    for (int g = 0; g < m_model->rowCount(); ++g) {
        const QModelIndex group = m_model->index(g, 0);
        int shown = 0;
        for (int i = 0; i < m_model->rowCount(group); ++i) {
            const bool show = !filtering
                || m_filter.contains(
                    m_model->index(i, 0, group).data(EvidenceModel::EvidenceIdRole).toString());
            m_view->setRowHidden(i, group, !show);
            shown += show;
        }
        m_view->setRowHidden(g, {}, shown == 0);
    }
}

QStringList EvidencePanel::visibleIds() const
{
    QStringList ids;
    for (int g = 0; g < m_model->rowCount(); ++g) {
        const QModelIndex group = m_model->index(g, 0);
        if (m_view->isRowHidden(g, {}))
            continue;
        for (int i = 0; i < m_model->rowCount(group); ++i)
            if (!m_view->isRowHidden(i, group))
                ids << m_model->index(i, 0, group).data(EvidenceModel::EvidenceIdRole).toString();
    }
    return ids;
}

void EvidencePanel::selectId(const QString &evidenceId)
{
    const QModelIndex i = m_model->indexOf(evidenceId);
    if (i.isValid()) {
        m_view->setCurrentIndex(i);
        m_view->scrollTo(i);
    }
}

void EvidencePanel::requestReview(Case::Verdict verdict)
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty())
        return;
    const QString note = m_note->text().trimmed();
    m_note->clear();
    if (ids.size() == 1)
        Q_EMIT reviewRequested(ids.constFirst(), verdict, note);
    else
        Q_EMIT reviewManyRequested(ids, verdict, note);
}

QStringList EvidencePanel::itemIds() const
{
    QStringList ids;
    for (int g = 0; g < m_model->rowCount(); ++g) {
        const QModelIndex group = m_model->index(g, 0);
        for (int i = 0; i < m_model->rowCount(group); ++i)
            ids << m_model->index(i, 0, group).data(EvidenceModel::EvidenceIdRole).toString();
    }
    return ids;
}

void EvidencePanel::rememberSelection()
{
    m_keptId = currentId();
    m_keptOrder = m_keptId.isEmpty() ? QStringList() : itemIds();
}

// After a reset: the same item if it is still there (a review, an edit that moved it to
// another group), else the next surviving one after it, else the one before (a deletion).
void EvidencePanel::restoreSelection()
{
    QString target;
    if (!m_keptId.isEmpty()) {
        const QStringList now = itemIds();
        const qsizetype at = m_keptOrder.indexOf(m_keptId);
        for (qsizetype i = at; i < m_keptOrder.size() && target.isEmpty(); ++i)
            if (now.contains(m_keptOrder.at(i)))
                target = m_keptOrder.at(i);
        for (qsizetype i = at - 1; i >= 0 && target.isEmpty(); --i)
            if (now.contains(m_keptOrder.at(i)))
                target = m_keptOrder.at(i);
    }
    const QString before = m_keptId;
    m_keptId.clear();
    m_keptOrder.clear();
    if (!target.isEmpty())
        selectId(target); // emits currentChanged through the selection model
    updateActions();
    if (target.isEmpty() && !before.isEmpty())
        Q_EMIT currentChanged(QString());
}

void EvidencePanel::updateActions()
{
    const qsizetype n = selectedIds().size();
    for (QAction *a : {m_accept, m_dispute, m_reject})
        a->setEnabled(n > 0);
    // Comments and deletion stay one item at a time.
    for (QAction *a : {m_comment, m_delete})
        a->setEnabled(!currentId().isEmpty());
    m_accept->setText(n > 1 ? tr("&Accept %1").arg(n) : tr("&Accept"));
    m_dispute->setText(n > 1 ? tr("&Dispute %1").arg(n) : tr("&Dispute"));
    m_reject->setText(n > 1 ? tr("Re&ject %1").arg(n) : tr("Re&ject"));
}

} // namespace ChipTrace::Ui
