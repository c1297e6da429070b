// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "funnelpresentation.h"

#include <QAbstractTableModel>

namespace ChipTrace::Ui {

// The evidence x hypothesis matrix of the Analysis of Competing Hypotheses: one row per evidence
// item, one column per hypothesis, each cell consistent (C), inconsistent (I) or neutral. The
// columns are ordered as given (the engine ranks them: least weighted inconsistency first); each
// column's header carries its weighted inconsistency score. Fed by a plain HypothesisMatrix.
class HypothesisMatrixModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Roles {
        ConsistencyRole = Qt::UserRole + 1,
        EvidenceIdRole
    };

    explicit HypothesisMatrixModel(QObject *parent = nullptr);

    void setMatrix(const HypothesisMatrix &matrix);
    const HypothesisMatrix &matrix() const { return m_matrix; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    HypothesisMatrix m_matrix;
};

QString consistencyName(Consistency c); // "consistent", "inconsistent", "neutral"

} // namespace ChipTrace::Ui
