#pragma once

#include "funnelpresentation.h"

#include <QAbstractListModel>

namespace ChipTrace::Ui {

// The funnel's steps as a list: checkable to enable/disable, draggable to reorder, conflicts and
// unreadable constraints flagged with a warning colour (and icon) and the reason in the tooltip. Edits are not applied here: the
// model emits moveRequested/enableRequested and the controller re-runs the funnel.
class FunnelStepModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles { KeyRole = Qt::UserRole + 1, StateRole, RemainingRole };

    explicit FunnelStepModel(QObject *parent = nullptr);

    void setSteps(const QList<FunnelStepInfo> &steps);
    const QList<FunnelStepInfo> &steps() const { return m_steps; }
    void setCurrentStep(int applied); // steps [0, applied) are shown as done

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

Q_SIGNALS:
    void moveRequested(int from, int to);
    void enableRequested(int index, bool enabled);

private:
    QList<FunnelStepInfo> m_steps;
    int m_current = 0;
};

} // namespace ChipTrace::Ui
