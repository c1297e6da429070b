// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "funnelpresentation.h"

#include <QAbstractListModel>

namespace ChipTrace::Ui {

// The funnel's steps as a list, each led by its constraint, the rule's title and what it did
// ("vendor = NVIDIA — NCCL backend · 53 → 20"): checkable to enable/disable, draggable to reorder,
// conflicts and unreadable constraints flagged with a warning colour (and icon) and the reason in
// the tooltip. Edits are not applied here: the model emits moveRequested/enableRequested and the
// controller re-runs the funnel.
class FunnelStepModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles {
        KeyRole = Qt::UserRole + 1,
        StateRole,
        RemainingRole,
        NarrowsRole,
        SameAsRole
    };

    explicit FunnelStepModel(QObject *parent = nullptr);

    void setSteps(const QList<FunnelStepInfo> &steps);
    const QList<FunnelStepInfo> &steps() const { return m_steps; }
    void setCurrentStep(int applied); // steps [0, applied) are shown as done
    // Whether the step eliminated at least one chip.
    bool narrows(int row) const;
    // The earlier row with the same constraint, or -1: the story view shows the two as one.
    int sameAs(int row) const { return m_sameAs.value(row, -1); }
    // Whether the story view shows the row: it narrows or needs the analyst's attention
    // (a conflict, an unreadable constraint) and does not repeat an earlier row's constraint.
    bool inStory(int row) const;

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
    QString displayText(int row) const;

    QList<FunnelStepInfo> m_steps;
    QList<int> m_sameAs; // per row: earlier row with the same constraint, or -1
    QList<int> m_mergedIn; // per row: how many later rows repeat its constraint
    int m_current = 0;
};

} // namespace ChipTrace::Ui
