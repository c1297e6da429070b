// SPDX-License-Identifier: GPL-3.0-or-later
#include "hypothesismatrixmodel.h"

#include <QBrush>
#include <QColor>

namespace ChipTrace::Ui {

QString consistencyName(Consistency c)
{
    switch (c) {
    case Consistency::Consistent:
        return HypothesisMatrixModel::tr("consistent");
    case Consistency::Inconsistent:
        return HypothesisMatrixModel::tr("inconsistent");
    case Consistency::Neutral:
        break;
    }
    return HypothesisMatrixModel::tr("neutral");
}

HypothesisMatrixModel::HypothesisMatrixModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void HypothesisMatrixModel::setMatrix(const HypothesisMatrix &matrix)
{
    beginResetModel();
    m_matrix = matrix;
    endResetModel();
}

int HypothesisMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_matrix.evidence.size());
}

int HypothesisMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_matrix.hypotheses.size());
}

QVariant HypothesisMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const QList<Consistency> &row = m_matrix.cells.value(index.row());
    const Consistency c = row.value(index.column(), Consistency::Neutral);
    switch (role) {
    case Qt::DisplayRole:
        switch (c) {
        case Consistency::Consistent:
            return QStringLiteral("C");
        case Consistency::Inconsistent:
            return QStringLiteral("I");
        case Consistency::Neutral:
            break;
        }
        return QStringLiteral("–");
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::BackgroundRole:
        // Colour doubles the letter, never replaces it (colour-blind analysts read C / I).
        switch (c) {
        case Consistency::Consistent:
            return QBrush(QColor(0x27, 0xae, 0x60, 60));
        case Consistency::Inconsistent:
            return QBrush(QColor(0xc0, 0x39, 0x2b, 70));
        case Consistency::Neutral:
            break;
        }
        return {};
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return tr("%1 is %2 with %3")
            .arg(m_matrix.evidence.value(index.row()), consistencyName(c),
                m_matrix.hypotheses.value(index.column()));
    case ConsistencyRole:
        return int(c);
    case EvidenceIdRole:
        return m_matrix.evidenceIds.value(index.row());
    default:
        return {};
    }
}

QVariant HypothesisMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (orientation == Qt::Vertical)
        return m_matrix.evidence.value(section);
    const QString name = m_matrix.hypotheses.value(section);
    if (section >= m_matrix.inconsistency.size())
        return name;
    const QString score = QString::number(m_matrix.inconsistency.at(section), 'f', 1);
    return role == Qt::ToolTipRole
        ? tr("%1: weighted inconsistency %2 (lower is more likely)").arg(name, score)
        : QStringLiteral("%1\nI = %2").arg(name, score);
}

} // namespace ChipTrace::Ui
