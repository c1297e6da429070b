#include "evidencepanel.h"

#include "models/evidencemodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace ChipTrace::Ui {

EvidencePanel::EvidencePanel(EvidenceModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_view(new QTreeView(this))
{
    setObjectName(QStringLiteral("evidencePanel"));
    m_view->setObjectName(QStringLiteral("evidenceBoard"));
    m_view->setAccessibleName(tr("Evidence board"));
    m_view->setModel(model);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(EvidenceModel::ItemCol, QHeaderView::Stretch);
    connect(model, &QAbstractItemModel::modelReset, m_view, &QTreeView::expandAll);

    auto *bar = new QHBoxLayout;
    auto add = [&](const QString &text, const QString &tip, auto slot) {
        auto *b = new QToolButton(this);
        b->setText(text);
        b->setToolTip(tip);
        b->setAccessibleName(tip);
        connect(b, &QToolButton::clicked, this, slot);
        bar->addWidget(b);
        m_buttons << b;
    };
    add(tr("Accept"), tr("Accept the selected evidence"), [this] { Q_EMIT reviewRequested(currentId(), Case::Verdict::Accept); });
    add(tr("Dispute"), tr("Dispute the selected evidence"), [this] { Q_EMIT reviewRequested(currentId(), Case::Verdict::Dispute); });
    add(tr("Reject"), tr("Reject the selected evidence"), [this] { Q_EMIT reviewRequested(currentId(), Case::Verdict::Reject); });
    add(tr("Comment…"), tr("Comment on the selected evidence"), [this] { Q_EMIT commentRequested(currentId()); });
    bar->addStretch(1);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        updateButtons();
        Q_EMIT currentChanged(currentId());
    });
    connect(m_view, &QTreeView::activated, this, [this] {
        if (!currentId().isEmpty())
            Q_EMIT openRequested(currentId());
    });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    updateButtons();
}

QString EvidencePanel::currentId() const
{
    const QModelIndex i = m_view->currentIndex();
    return i.isValid() ? m_model->index(i.row(), 0, i.parent()).data(EvidenceModel::EvidenceIdRole).toString() : QString();
}

void EvidencePanel::selectId(const QString &evidenceId)
{
    const QModelIndex i = m_model->indexOf(evidenceId);
    if (i.isValid()) {
        m_view->setCurrentIndex(i);
        m_view->scrollTo(i);
    }
}

void EvidencePanel::updateButtons()
{
    const bool item = !currentId().isEmpty();
    for (QToolButton *b : std::as_const(m_buttons))
        b->setEnabled(item);
}

} // namespace ChipTrace::Ui
