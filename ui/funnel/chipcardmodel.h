#pragma once

#include "funnelpresentation.h"

#include <QAbstractListModel>
#include <QStyledItemDelegate>

namespace ChipTrace::Ui {

// The candidate chips as cards. A card is "out" once the funnel has applied the step that
// eliminated it; the tooltip gives the reason. Remaining candidates carry their export status.
class ChipCardModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles { EliminatedRole = Qt::UserRole + 1, VendorRole, ExportStateRole, ExportTextRole, IdRole };

    explicit ChipCardModel(QObject *parent = nullptr);

    void setChips(const QList<ChipCardInfo> &chips, int stepCount);
    void setCurrentStep(int applied);
    int currentStep() const { return m_current; }
    int remaining() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

private:
    bool eliminated(const ChipCardInfo &c) const;

    QList<ChipCardInfo> m_chips;
    int m_current = 0;
    int m_stepCount = 0;
};

// Paints a card: name and vendor, greyed and struck through when eliminated, with a coloured
// export-status badge for the candidates still standing.
class ChipCardDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

QString exportStateName(ExportState s);

} // namespace ChipTrace::Ui
