#pragma once

#include "casefile/casetypes.h"

#include <QAbstractItemModel>

namespace ChipTrace::Ui {

// One evidence item with what the board shows next to it.
struct EvidenceRow
{
    Case::Evidence evidence;
    QString label;        // "train.py:19 — dist.init_process_group(backend=\"nccl\")" or the quote
    QString sourceTitle;
    int comments = 0;
};

// The evidence board: items grouped by model and stance (TinyLM-7B · supports), each with its
// source, reliability, strength, constraint and review state. Two levels: groups, then items.
class EvidenceModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { ItemCol, SourceCol, ReliabilityCol, StrengthCol, ConstraintCol, ReviewCol, CommentsCol, ColumnCount };
    enum Roles { EvidenceIdRole = Qt::UserRole + 1, ReviewStatusRole, IsGroupRole };

    explicit EvidenceModel(QObject *parent = nullptr);

    // `modelNames` maps model ids to names for the group titles.
    void setEvidence(const QList<EvidenceRow> &rows, const QHash<QString, QString> &modelNames);
    const EvidenceRow *row(const QModelIndex &index) const;
    QModelIndex indexOf(const QString &evidenceId) const;
    int itemCount() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Group
    {
        QString title;
        QList<EvidenceRow> items;
    };
    QVariant itemData(const EvidenceRow &r, int column, int role) const;
    QList<Group> m_groups;
};

QString reviewStatusText(Case::ReviewStatus s);

} // namespace ChipTrace::Ui
