// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidencemodel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

#include <map>

namespace ChipTrace::Ui {

// Internal ids: 0 for a group index, group number + 1 for an item (so an item knows its group).
static constexpr quintptr kGroupId = 0;

QString reviewStatusText(Case::ReviewStatus s)
{
    switch (s) {
    case Case::ReviewStatus::Accepted:
        return EvidenceModel::tr("accepted");
    case Case::ReviewStatus::Disputed:
        return EvidenceModel::tr("disputed");
    case Case::ReviewStatus::Rejected:
        return EvidenceModel::tr("rejected");
    case Case::ReviewStatus::Proposed:
        break;
    }
    return EvidenceModel::tr("proposed");
}

static QString stanceText(Case::Stance s)
{
    switch (s) {
    case Case::Stance::Contradicts:
        return EvidenceModel::tr("contradicts");
    case Case::Stance::Qualifies:
        return EvidenceModel::tr("qualifies");
    case Case::Stance::Supports:
        break;
    }
    return EvidenceModel::tr("supports");
}

static QString scopeText(Case::EvidenceScope s)
{
    switch (s) {
    case Case::EvidenceScope::FineTuning:
        return EvidenceModel::tr("fine-tuning");
    case Case::EvidenceScope::Inference:
        return EvidenceModel::tr("inference");
    case Case::EvidenceScope::Training:
        break;
    }
    return EvidenceModel::tr("training");
}

static QString strengthText(ChipTrace::Strength s)
{
    switch (s) {
    case ChipTrace::Strength::Proof:
        return QStringLiteral("proof");
    case ChipTrace::Strength::Strong:
        return QStringLiteral("strong");
    case ChipTrace::Strength::Hint:
        break;
    }
    return QStringLiteral("hint");
}

static const char *const kReliability = "ABCDEF";

EvidenceModel::EvidenceModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

void EvidenceModel::setEvidence(
    const QList<EvidenceRow> &rows, const QHash<QString, QString> &modelNames)
{
    std::map<std::pair<QString, int>, Group> grouped; // (model name, stance) keeps a stable order
    for (const EvidenceRow &r : rows) {
        const QString model = modelNames.value(r.evidence.modelId, tr("(no model)"));
        Group &g = grouped[{model, int(r.evidence.stance)}];
        g.title = QStringLiteral("%1 · %2").arg(model, stanceText(r.evidence.stance));
        g.items.append(r);
    }
    beginResetModel();
    m_groups.clear();
    for (auto &entry : grouped)
        m_groups.append(std::move(entry.second));
    endResetModel();
}

void EvidenceModel::setBearing(
    const QString &chipName, const QStringList &forIds, const QStringList &againstIds)
{
    m_bearingChip = chipName;
    m_bearing.clear();
    for (const QString &id : forIds)
        m_bearing.insert(id, true);
    for (const QString &id : againstIds)
        m_bearing.insert(id, false);
    Q_EMIT headerDataChanged(Qt::Horizontal, BearingCol, BearingCol);
    for (int g = 0; g < m_groups.size(); ++g) {
        const QModelIndex group = index(g, 0);
        if (const int n = rowCount(group); n > 0)
            Q_EMIT dataChanged(index(0, BearingCol, group), index(n - 1, BearingCol, group));
    }
}

const EvidenceRow *EvidenceModel::row(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == kGroupId)
        return nullptr;
    return &m_groups.at(int(index.internalId() - 1)).items.at(index.row());
}

QModelIndex EvidenceModel::indexOf(const QString &evidenceId) const
{
    for (int g = 0; g < m_groups.size(); ++g)
        for (int i = 0; i < m_groups.at(g).items.size(); ++i)
            if (m_groups.at(g).items.at(i).evidence.id == evidenceId)
                return createIndex(i, 0, quintptr(g + 1));
    return {};
}

int EvidenceModel::itemCount() const
{
    int n = 0;
    for (const Group &g : m_groups)
        n += int(g.items.size());
    return n;
}

QModelIndex EvidenceModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kGroupId);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex EvidenceModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kGroupId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kGroupId);
}

int EvidenceModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() == kGroupId && parent.column() == 0)
        return int(m_groups.at(parent.row()).items.size());
    return 0;
}

int EvidenceModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant EvidenceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ItemCol:
        return tr("Evidence");
    case SourceCol:
        return tr("Source");
    case StanceCol:
        return tr("Stance");
    case ScopeCol:
        return tr("Scope");
    case ReliabilityCol:
        return tr("Reliability");
    case StrengthCol:
        return tr("Strength");
    case ConstraintCol:
        return tr("Constraint");
    case ReviewCol:
        return tr("Review");
    case LastVerdictCol:
        return tr("Last verdict");
    case CommentsCol:
        return tr("Comments");
    case BearingCol:
        return m_bearingChip.isEmpty() ? tr("Bearing") : tr("On %1").arg(m_bearingChip);
    default:
        return {};
    }
}

QVariant EvidenceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == kGroupId) {
        const Group &g = m_groups.at(index.row());
        if (role == IsGroupRole)
            return true;
        if (role == Qt::DisplayRole && index.column() == ItemCol)
            return QStringLiteral("%1 (%2)").arg(g.title).arg(g.items.size());
        if (role == Qt::FontRole) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    }
    return itemData(*row(index), index.column(), role);
}

QVariant EvidenceModel::itemData(const EvidenceRow &r, int column, int role) const
{
    const Case::Evidence &e = r.evidence;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case ItemCol:
            return r.label;
        case SourceCol:
            return r.sourceTitle;
        case StanceCol:
            return stanceText(e.stance);
        case ScopeCol:
            return scopeText(e.scope);
        case ReliabilityCol:
            return QStringLiteral("%1%2")
                .arg(QLatin1Char(kReliability[int(e.reliability)]))
                .arg(int(e.credibility));
        case StrengthCol:
            return strengthText(e.strength);
        case ConstraintCol:
            return e.constraint;
        case ReviewCol:
            return reviewStatusText(e.status);
        case LastVerdictCol:
            // "bob: dispute, 2026-12-03": who answered last, so an author sees the reply.
            if (!r.lastReview)
                return {};
            return tr("%1: %2, %3")
                .arg(r.lastReview->reviewer, Case::nameOf(r.lastReview->verdict),
                    r.lastReview->at.toUTC().date().toString(Qt::ISODate));
        case CommentsCol:
            return r.comments;
        case BearingCol:
            if (const auto it = m_bearing.constFind(e.id); it != m_bearing.cend())
                return *it ? tr("for") : tr("against");
            return {};
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return e.rationale.isEmpty() ? r.label : r.label + QLatin1Char('\n') + e.rationale;
    case Qt::ForegroundRole:
        if (column == BearingCol && m_bearing.contains(e.id))
            return QBrush(
                m_bearing.value(e.id) ? QColor(0x27, 0xae, 0x60) : QColor(0xc0, 0x39, 0x2b));
        if (column != ReviewCol)
            return {};
        switch (e.status) {
        case Case::ReviewStatus::Accepted:
            return QBrush(QColor(0x27, 0xae, 0x60));
        case Case::ReviewStatus::Disputed:
            return QBrush(QColor(0xe6, 0x7e, 0x22));
        case Case::ReviewStatus::Rejected:
            return QBrush(QColor(0xc0, 0x39, 0x2b));
        case Case::ReviewStatus::Proposed:
            return {};
        }
        return {};
    case EvidenceIdRole:
        return e.id;
    case ReviewStatusRole:
        return int(e.status);
    case IsGroupRole:
        return false;
    default:
        return {};
    }
}

} // namespace ChipTrace::Ui
