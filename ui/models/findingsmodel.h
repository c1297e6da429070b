// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "casefile/casetypes.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace ChipTrace::Ui {

// The case's findings as a table, sorted and filtered in the proxy, never in the source model.
// While a scan runs its early findings are appended as pending rows (appendPending): shown,
// marked "scanning", not yet in the case; they go when the scan's findings are imported
// (setFindings) or the scan is cancelled (dropPending).
class FindingsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        StrengthCol,
        FamilyCol,
        RuleCol,
        LocationCol,
        MatchCol,
        ContextCol,
        StateCol,
        FirstSeenCol,
        EvidenceCol,
        ColumnCount
    };
    enum Roles {
        IdRole = Qt::UserRole + 1,
        StrengthRankRole, // 2 proof, 1 strong, 0 hint: sorts by weight, not alphabet
        FamilyRole,
        ContextRole,
        AtHeadRole,
        VendoredRole,
        SortRole,
        EvidenceModelsRole, // QStringList: the models this finding is evidence for
    };

    explicit FindingsModel(QObject *parent = nullptr);

    void setFindings(QList<Case::FindingRecord> findings);
    void appendFindings(const QList<Case::FindingRecord> &batch);
    // Appends the findings not already shown, as pending rows; returns how many were new.
    int appendPending(const QList<Case::FindingRecord> &batch);
    void dropPending();
    int pendingCount() const
    {
        return m_pendingFrom < 0 ? 0 : int(m_findings.size()) - m_pendingFrom;
    }
    bool isPending(int row) const { return m_pendingFrom >= 0 && row >= m_pendingFrom; }
    void clear();
    const Case::FindingRecord &finding(int row) const { return m_findings.at(row); }
    const QList<Case::FindingRecord> &findings() const { return m_findings; }
    int rowOf(const QString &id) const;
    QStringList families() const;
    // Which models each finding already is evidence for (finding id -> model names); kept
    // across setFindings() so the table marks used findings whatever order the two arrive in.
    void setEvidenceUse(QHash<QString, QStringList> use);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QVariant display(const Case::FindingRecord &f, int column) const;
    QList<Case::FindingRecord> m_findings;
    QHash<QString, int> m_rowById;
    QHash<QString, QStringList> m_evidenceUse;
    int m_pendingFrom = -1; // first pending row, or -1
};

int strengthRank(const QString &strength);

// Filters by family, minimum strength, context, presence at HEAD and vendored code, and by a
// free-text search over rule, path, text and chips.
class FindingsFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class Presence {
        Any,
        AtHead,
        Removed
    };
    enum class Vendored {
        Any,
        Hide,
        Only
    }; // third_party/, vendor/, ...: someone else's code

    explicit FindingsFilterModel(QObject *parent = nullptr);

    void setFamily(const QString &family); // empty = any
    void setMinimumStrength(int rank); // 0 = any
    void setContext(const QString &context); // empty = any
    void setPresence(Presence presence);
    void setShowVendored(bool show); // Any or Hide
    void setVendored(Vendored vendored);
    void setSource(const QString &sourceId); // one repository or document; empty = all
    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_family;
    int m_minStrength = 0;
    QString m_context;
    Presence m_presence = Presence::Any;
    Vendored m_vendored = Vendored::Any;
    QString m_source;
    QString m_search;
};

} // namespace ChipTrace::Ui
