// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/watchchangesmodel.h"

#include <QFont>
#include <QMap>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ChipTrace::Ui {

QString watchKindTitle(const QString &kind)
{
    if (kind == u"removed"_s)
        return WatchChangesModel::tr("Removed");
    if (kind == u"rewritten"_s)
        return WatchChangesModel::tr("Rewritten away");
    if (kind == u"claim-changed"_s)
        return WatchChangesModel::tr("Claim changed");
    if (kind == u"added"_s)
        return WatchChangesModel::tr("Added");
    return WatchChangesModel::tr("History rewritten");
}

WatchChangesModel::WatchChangesModel(QObject *parent)
    : QStandardItemModel(0, ColumnCount, parent)
{
    setHorizontalHeaderLabels(
        {tr("Change"), tr("Where"), tr("Line"), tr("Commit"), tr("Committed")});
}

static QList<QStandardItem *> changeRow(const Case::WatchChange &c)
{
    auto *kind = new QStandardItem(watchKindTitle(c.kind));
    auto *where =
        new QStandardItem(c.path.isEmpty() ? c.ref : c.path + u':' + QString::number(c.line));
    auto *text = new QStandardItem(c.kind == u"history"_s ? c.detail : c.text);
    auto *commit = new QStandardItem(c.commit.left(10));
    auto *date = new QStandardItem(
        c.commitDate.isValid() ? c.commitDate.toString(Qt::ISODate) : c.at.toString(Qt::ISODate));
    QList<QStandardItem *> row{kind, where, text, commit, date};
    QString tip = c.detail;
    if (!c.ref.isEmpty())
        tip += (tip.isEmpty() ? QString() : u"\n"_s) + c.ref;
    for (QStandardItem *item : row) {
        item->setEditable(false);
        item->setData(c.id, WatchChangesModel::ChangeIdRole);
        item->setData(c.repo, WatchChangesModel::RepositoryRole);
        if (!tip.isEmpty())
            item->setToolTip(tip);
        if (!c.seen) {
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
        }
    }
    return row;
}

void WatchChangesModel::setChanges(const QList<Case::WatchChange> &changes)
{
    m_changes = changes;
    // Newest first: what the lab did last is what the analyst looks for.
    std::stable_sort(m_changes.begin(), m_changes.end(),
        [](const Case::WatchChange &a, const Case::WatchChange &b) {
            return a.at != b.at ? a.at > b.at : a.commitDate > b.commitDate;
        });
    m_byId.clear();
    m_unseen = 0;
    removeRows(0, rowCount());
    QMap<QString, QStandardItem *> repos;
    QMap<QString, int> unseenPerRepo;
    for (qsizetype i = 0; i < m_changes.size(); ++i) {
        const Case::WatchChange &c = m_changes[i];
        m_byId.insert(c.id, i);
        QStandardItem *&repo = repos[c.repo];
        if (!repo) {
            repo = new QStandardItem(c.repo);
            repo->setEditable(false);
            repo->setData(c.repo, RepositoryRole);
        }
        repo->appendRow(changeRow(c));
        if (!c.seen) {
            ++m_unseen;
            ++unseenPerRepo[c.repo];
        }
    }
    for (auto it = repos.begin(); it != repos.end(); ++it) {
        const int unseen = unseenPerRepo.value(it.key());
        if (unseen > 0)
            it.value()->setText(tr("%1 (%n new)", nullptr, unseen).arg(it.key()));
        QList<QStandardItem *> row{it.value()};
        for (int c = 1; c < ColumnCount; ++c) {
            auto *filler = new QStandardItem;
            filler->setEditable(false);
            row << filler;
        }
        appendRow(row);
    }
}

std::optional<Case::WatchChange> WatchChangesModel::change(const QModelIndex &index) const
{
    const auto it = m_byId.constFind(index.data(ChangeIdRole).toString());
    if (!index.isValid() || it == m_byId.cend())
        return std::nullopt;
    return m_changes.at(*it);
}

} // namespace ChipTrace::Ui
