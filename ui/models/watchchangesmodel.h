// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The Changes panel's model: what the watch recorded in the case (Case::WatchChange), grouped
// by repository, newest first within each. Changes the analyst has not looked at yet are bold
// and counted in their repository's row. A plain QStandardItemModel underneath: the rows are
// few (what labs changed, not what they hold) and rebuilt whole when the record grows.

#include "casefile/watchlist.h"

#include <QStandardItemModel>

namespace ChipTrace::Ui {

class WatchChangesModel : public QStandardItemModel
{
    Q_OBJECT
public:
    enum Column {
        KindColumn,
        WhereColumn,
        TextColumn,
        CommitColumn,
        DateColumn,
        ColumnCount
    };
    enum Role {
        ChangeIdRole = Qt::UserRole + 1, // on change rows
        RepositoryRole, // on both kinds of row
    };

    explicit WatchChangesModel(QObject *parent = nullptr);

    void setChanges(const QList<Case::WatchChange> &changes);
    // The change behind a row of any column; nullopt for repository rows.
    std::optional<Case::WatchChange> change(const QModelIndex &index) const;
    int unseenCount() const { return m_unseen; }

private:
    QList<Case::WatchChange> m_changes;
    QHash<QString, qsizetype> m_byId;
    int m_unseen = 0;
};

// "Removed", "Rewritten", ... as the panel and the notification say it.
QString watchKindTitle(const QString &kind);

} // namespace ChipTrace::Ui
