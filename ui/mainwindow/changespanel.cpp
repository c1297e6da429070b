// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow/changespanel.h"

#include "models/watchchangesmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace ChipTrace::Ui {

ChangesPanel::ChangesPanel(WatchChangesModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_view(new QTreeView(this))
    , m_summary(new QLabel(this))
    , m_check(new QPushButton(tr("Check now"), this))
    , m_seen(new QPushButton(tr("Mark all seen"), this))
{
    m_view->setObjectName(QStringLiteral("watchChanges"));
    m_view->setAccessibleName(tr("Changes in watched repositories"));
    m_view->setModel(model);
    m_view->setUniformRowHeights(true);
    m_view->header()->setSectionResizeMode(WatchChangesModel::TextColumn, QHeaderView::Stretch);
    m_check->setToolTip(tr("Fetch every watched repository now and record what changed"));
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_check);
    bar->addWidget(m_seen);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    connect(m_check, &QPushButton::clicked, this, &ChangesPanel::checkRequested);
    connect(m_seen, &QPushButton::clicked, this, &ChangesPanel::markSeenRequested);
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (const std::optional<Case::WatchChange> c = m_model->change(index))
            Q_EMIT openRequested(*c);
    });
    connect(model, &QAbstractItemModel::modelReset, this, &ChangesPanel::refreshSummary);
    connect(model, &QAbstractItemModel::rowsInserted, this, [this] {
        m_view->expandAll();
        refreshSummary();
    });
    refreshSummary();
}

void ChangesPanel::setBusy(bool busy, const QString &text)
{
    m_check->setEnabled(!busy);
    if (busy)
        m_summary->setText(text);
    else
        refreshSummary();
}

void ChangesPanel::refreshSummary()
{
    const int unseen = m_model->unseenCount();
    m_summary->setText(unseen > 0 ? tr("%n change(s) not looked at yet", nullptr, unseen)
            : m_model->rowCount() > 0
            ? tr("Nothing new")
            : tr("No changes recorded. Watch a lab's repository with File › Watch Repository…."));
    m_seen->setEnabled(unseen > 0);
}

} // namespace ChipTrace::Ui
