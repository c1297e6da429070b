// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "casefile/casetypes.h"

#include <QAbstractItemModel>
#include <QHash>

#include <optional>

namespace ChipTrace::Ui {

// One evidence item with what the board shows next to it.
struct EvidenceRow
{
    Case::Evidence evidence;
    QString label; // "train.py:19 — dist.init_process_group(backend=\"nccl\")" or the quote; for a
                   // finding's item without a quote, the finding's line
    QString sourceTitle;
    int comments = 0;
    std::optional<Case::Review> lastReview; // the latest verdict, whoever gave it
};

// The evidence board: items grouped by model and stance (TinyLM-7B · supports), each with its
// quoted text, source, stance, scope, reliability, strength, constraint and review state, and,
// while a candidate chip is chosen (setBearing), whether the item speaks for or against it.
// Two levels: groups, then items.
class EvidenceModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column {
        ItemCol,
        SourceCol,
        StanceCol,
        ScopeCol,
        ReliabilityCol,
        StrengthCol,
        ConstraintCol,
        ReviewCol,
        LastVerdictCol,
        CommentsCol,
        BearingCol,
        ColumnCount
    };
    enum Roles {
        EvidenceIdRole = Qt::UserRole + 1,
        ReviewStatusRole,
        IsGroupRole
    };

    explicit EvidenceModel(QObject *parent = nullptr);

    // `modelNames` maps model ids to names for the group titles.
    void setEvidence(const QList<EvidenceRow> &rows, const QHash<QString, QString> &modelNames);
    // "for" / "against" per evidence id, about `chipName`; empty clears.
    void setBearing(
        const QString &chipName, const QStringList &forIds, const QStringList &againstIds);
    QString bearingChip() const { return m_bearingChip; }
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
    QString m_bearingChip;
    QHash<QString, bool> m_bearing; // evidence id -> for (true) or against (false)
};

QString reviewStatusText(Case::ReviewStatus s);

} // namespace ChipTrace::Ui
