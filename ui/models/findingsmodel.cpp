// SPDX-License-Identifier: GPL-3.0-or-later
#include "findingsmodel.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QSet>

namespace ChipTrace::Ui {

int strengthRank(const QString &strength)
{
    if (strength == u"proof")
        return 2;
    if (strength == u"strong")
        return 1;
    return 0;
}

FindingsModel::FindingsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void FindingsModel::setFindings(QList<Case::FindingRecord> findings)
{
    beginResetModel();
    m_findings = std::move(findings);
    m_pendingFrom = -1;
    m_rowById.clear();
    for (int i = 0; i < m_findings.size(); ++i)
        m_rowById.insert(m_findings.at(i).id, i);
    endResetModel();
}

void FindingsModel::appendFindings(const QList<Case::FindingRecord> &batch)
{
    if (batch.isEmpty())
        return;
    const int first = int(m_findings.size());
    beginInsertRows({}, first, first + int(batch.size()) - 1);
    for (const Case::FindingRecord &f : batch) {
        m_rowById.insert(f.id, int(m_findings.size()));
        m_findings.append(f);
    }
    endInsertRows();
}

int FindingsModel::appendPending(const QList<Case::FindingRecord> &batch)
{
    QList<Case::FindingRecord> fresh;
    for (const Case::FindingRecord &f : batch)
        if (!m_rowById.contains(f.id))
            fresh.append(f);
    if (fresh.isEmpty())
        return 0;
    if (m_pendingFrom < 0)
        m_pendingFrom = int(m_findings.size());
    appendFindings(fresh);
    return int(fresh.size());
}

void FindingsModel::dropPending()
{
    if (m_pendingFrom < 0)
        return;
    const int first = m_pendingFrom;
    m_pendingFrom = -1;
    if (first >= m_findings.size())
        return;
    beginRemoveRows({}, first, int(m_findings.size()) - 1);
    for (int row = first; row < m_findings.size(); ++row)
        m_rowById.remove(m_findings.at(row).id);
    m_findings.resize(first);
    endRemoveRows();
}

void FindingsModel::clear()
{
    setFindings({});
}

void FindingsModel::setEvidenceUse(QHash<QString, QStringList> use)
{
    if (use == m_evidenceUse)
        return;
    m_evidenceUse = std::move(use);
    if (!m_findings.isEmpty()) // not a reset: the analyst's selection in the table stays
        Q_EMIT dataChanged(index(0, EvidenceCol), index(int(m_findings.size()) - 1, EvidenceCol));
}

int FindingsModel::rowOf(const QString &id) const
{
    return m_rowById.value(id, -1);
}

QStringList FindingsModel::families() const
{
    QSet<QString> set;
    for (const Case::FindingRecord &f : m_findings)
        set.insert(f.family);
    QStringList list(set.begin(), set.end());
    list.sort();
    return list;
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int FindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StrengthCol:
        return tr("Strength");
    case FamilyCol:
        return tr("Family");
    case RuleCol:
        return tr("Rule");
    case LocationCol:
        return tr("Location");
    case MatchCol:
        return tr("Text");
    case ContextCol:
        return tr("Context");
    case StateCol:
        return tr("State");
    case FirstSeenCol:
        return tr("First seen");
    case EvidenceCol:
        return tr("Evidence");
    default:
        return {};
    }
}

QVariant FindingsModel::display(const Case::FindingRecord &f, int column) const
{
    switch (column) {
    case StrengthCol:
        return f.strength;
    case FamilyCol:
        return f.family;
    case RuleCol:
        return f.ruleId;
    case LocationCol:
        return QStringLiteral("%1:%2").arg(f.locator.path).arg(f.locator.line);
    case MatchCol:
        return f.text.trimmed().left(200);
    case ContextCol:
        return f.vendored ? tr("%1 (vendored)").arg(f.context) : f.context;
    case StateCol:
        return f.atHead
            ? tr("at HEAD")
            : tr("removed %1")
                  .arg(f.removedDate.isValid() ? f.removedDate.date().toString(Qt::ISODate)
                                               : QString());
    case FirstSeenCol:
        return f.firstDate.isValid() ? f.firstDate.date().toString(Qt::ISODate) : QString();
    case EvidenceCol:
        return m_evidenceUse.value(f.id).join(QStringLiteral(", "));
    default:
        return {};
    }
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Case::FindingRecord &f = m_findings.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == StateCol && isPending(index.row()))
            return tr("found, scan running");
        return display(f, index.column());
    case Qt::ToolTipRole:
        return QStringLiteral("<b>%1</b> — %2<br/><code>%3</code><br/>%4")
            .arg(f.ruleId.toHtmlEscaped(), f.title.toHtmlEscaped(),
                f.text.trimmed().toHtmlEscaped(),
                f.implies.isEmpty() ? QString() : tr("Implies: %1").arg(f.implies.toHtmlEscaped()));
    case Qt::ForegroundRole:
        return f.atHead || isPending(index.row()) ? QVariant()
                                                  : QVariant(QBrush(QColor(0x99, 0x55, 0x55)));
    case Qt::FontRole: {
        QFont font;
        font.setItalic(isPending(index.row())); // not in the case until the scan is imported
        font.setBold(index.column() == StrengthCol && strengthRank(f.strength) >= 2);
        return font.italic() || font.bold() ? QVariant(font) : QVariant();
    }
    case IdRole:
        return f.id;
    case StrengthRankRole:
        return strengthRank(f.strength);
    case FamilyRole:
        return f.family;
    case ContextRole:
        return f.context;
    case AtHeadRole:
        return f.atHead;
    case VendoredRole:
        return f.vendored;
    case EvidenceModelsRole:
        return m_evidenceUse.value(f.id);
    case SortRole:
        if (index.column() == StrengthCol)
            return strengthRank(f.strength);
        if (index.column() == LocationCol)
            return QString(f.locator.path
                + QStringLiteral(":%1").arg(f.locator.line, 8, 10, QLatin1Char(u'0')));
        if (index.column() == FirstSeenCol)
            return f.firstDate;
        return display(f, index.column());
    default:
        return {};
    }
}

FindingsFilterModel::FindingsFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(FindingsModel::SortRole);
    setDynamicSortFilter(true);
}

void FindingsFilterModel::setFamily(const QString &family)
{
    m_family = family;
    invalidateRowsFilter();
}

void FindingsFilterModel::setMinimumStrength(int rank)
{
    m_minStrength = rank;
    invalidateRowsFilter();
}

void FindingsFilterModel::setContext(const QString &context)
{
    m_context = context;
    invalidateRowsFilter();
}

void FindingsFilterModel::setPresence(Presence presence)
{
    m_presence = presence;
    invalidateRowsFilter();
}

void FindingsFilterModel::setShowVendored(bool show)
{
    setVendored(show ? Vendored::Any : Vendored::Hide);
}

void FindingsFilterModel::setVendored(Vendored vendored)
{
    m_vendored = vendored;
    invalidateRowsFilter();
}

void FindingsFilterModel::setSource(const QString &sourceId)
{
    m_source = sourceId;
    invalidateRowsFilter();
}

void FindingsFilterModel::setSearchText(const QString &text)
{
    m_search = text.trimmed();
    invalidateRowsFilter();
}

static bool matchesSearch(const Case::FindingRecord &f, const QString &needle)
{
    for (const QString *field : {&f.ruleId, &f.family, &f.title, &f.locator.path, &f.text})
        if (field->contains(needle, Qt::CaseInsensitive))
            return true;
    return std::any_of(f.chips.cbegin(), f.chips.cend(),
        [&](const QString &chip) { return chip.contains(needle, Qt::CaseInsensitive); });
}

bool FindingsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    // Straight from the record, not through QVariant roles: this runs for every one of maybe
    // 100,000 rows on each filter change.
    const auto *model = qobject_cast<const FindingsModel *>(sourceModel());
    if (!model || sourceParent.isValid() || sourceRow >= model->rowCount())
        return false;
    const Case::FindingRecord &f = model->finding(sourceRow);
    if (!m_family.isEmpty() && f.family != m_family)
        return false;
    if (strengthRank(f.strength) < m_minStrength)
        return false;
    if (!m_context.isEmpty() && f.context != m_context)
        return false;
    if ((m_presence == Presence::AtHead && !f.atHead)
        || (m_presence == Presence::Removed && f.atHead))
        return false;
    if ((m_vendored == Vendored::Hide && f.vendored)
        || (m_vendored == Vendored::Only && !f.vendored))
        return false;
    if (!m_source.isEmpty() && f.sourceId != m_source)
        return false;
    return m_search.isEmpty() || matchesSearch(f, m_search);
}

// Sorting 100,000 rows asks for a few million comparisons: compare the records, not QVariants.
bool FindingsFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const auto *model = qobject_cast<const FindingsModel *>(sourceModel());
    if (!model)
        return QSortFilterProxyModel::lessThan(left, right);
    const Case::FindingRecord &a = model->finding(left.row());
    const Case::FindingRecord &b = model->finding(right.row());
    const auto byLocation = [&] {
        if (const int c = a.locator.path.compare(b.locator.path); c != 0)
            return c < 0;
        return a.locator.line < b.locator.line;
    };
    switch (left.column()) {
    case FindingsModel::StrengthCol: {
        const int ra = strengthRank(a.strength), rb = strengthRank(b.strength);
        return ra != rb ? ra < rb : byLocation();
    }
    case FindingsModel::FamilyCol:
        return a.family != b.family ? a.family < b.family : byLocation();
    case FindingsModel::RuleCol:
        return a.ruleId != b.ruleId ? a.ruleId < b.ruleId : byLocation();
    case FindingsModel::LocationCol:
        return byLocation();
    case FindingsModel::FirstSeenCol:
        return a.firstDate != b.firstDate ? a.firstDate < b.firstDate : byLocation();
    default:
        return QSortFilterProxyModel::lessThan(left, right);
    }
}

} // namespace ChipTrace::Ui
