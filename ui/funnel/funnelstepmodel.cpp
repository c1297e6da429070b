// SPDX-License-Identifier: GPL-3.0-or-later
#include "funnelstepmodel.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QFont>
#include <QHash>
#include <QMimeData>
#include <QStyle>

namespace ChipTrace::Ui {

static const char kMime[] = "application/x-chiptrace-funnel-step";

FunnelStepModel::FunnelStepModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void FunnelStepModel::setSteps(const QList<FunnelStepInfo> &steps)
{
    beginResetModel();
    m_steps = steps;
    m_current = qMin(m_current, int(m_steps.size()));
    m_sameAs.fill(-1, m_steps.size());
    m_mergedIn.fill(0, m_steps.size());
    QHash<QString, int> first;
    for (int row = 0; row < m_steps.size(); ++row) {
        const FunnelStepInfo &s = m_steps.at(row);
        const QString key =
            s.canonical.isEmpty() ? s.constraint.simplified().toLower() : s.canonical;
        if (key.isEmpty())
            continue;
        // A repeat that narrows (a strong item after a hint) is a step of its own.
        if (const auto it = first.constFind(key); it != first.cend() && !narrows(row)) {
            m_sameAs[row] = *it;
            ++m_mergedIn[*it];
        } else if (it == first.cend()) {
            first.insert(key, row);
        }
    }
    endResetModel();
}

void FunnelStepModel::setCurrentStep(int applied)
{
    m_current = qBound(0, applied, int(m_steps.size()));
    if (!m_steps.isEmpty())
        Q_EMIT dataChanged(
            index(0), index(int(m_steps.size()) - 1), {Qt::FontRole, Qt::ForegroundRole});
}

bool FunnelStepModel::narrows(int row) const
{
    const FunnelStepInfo &s = m_steps.at(row);
    return s.state == StepState::Applied && s.remainingAfter < s.remainingBefore;
}

bool FunnelStepModel::inStory(int row) const
{
    const FunnelStepInfo &s = m_steps.at(row);
    if (s.state == StepState::Conflict || s.state == StepState::Invalid)
        return true;
    return narrows(row) && sameAs(row) < 0;
}

int FunnelStepModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_steps.size());
}

// What the step did, short: "53 → 20", "hint", "conflict".
static QString effectText(const FunnelStepInfo &s)
{
    switch (s.state) {
    case StepState::Conflict:
        return FunnelStepModel::tr("conflict, not applied");
    case StepState::Ranked:
        return FunnelStepModel::tr("hint, ranks only");
    case StepState::Disabled:
        return FunnelStepModel::tr("disabled");
    case StepState::Invalid:
        return FunnelStepModel::tr("unreadable");
    case StepState::Applied:
        break;
    }
    return QStringLiteral("%1 → %2").arg(s.remainingBefore).arg(s.remainingAfter);
}

static QString stateText(const FunnelStepInfo &s)
{
    switch (s.state) {
    case StepState::Conflict:
        return FunnelStepModel::tr(
            "conflict: would eliminate every remaining candidate, not applied");
    case StepState::Ranked:
        return FunnelStepModel::tr("hint: ranks candidates, eliminates none");
    case StepState::Disabled:
        return FunnelStepModel::tr("disabled");
    case StepState::Invalid:
        return FunnelStepModel::tr("not applied: the constraint cannot be read");
    case StepState::Applied:
        break;
    }
    return FunnelStepModel::tr("applied: %1 → %2 candidates")
        .arg(s.remainingBefore)
        .arg(s.remainingAfter);
}

// "3. vendor = NVIDIA — NCCL backend · 53 → 20 (+2 alike)": the constraint first, so that a
// narrow list still shows what the step says; where it was found is in the tooltip.
QString FunnelStepModel::displayText(int row) const
{
    const FunnelStepInfo &s = m_steps.at(row);
    QString text = QStringLiteral("%1. %2%3")
                       .arg(row + 1)
                       .arg(s.state == StepState::Invalid ? QStringLiteral("⚠ ") : QString(),
                           s.constraint.isEmpty() ? s.label : s.constraint);
    const QString title = s.title.isEmpty() ? s.label : s.title;
    if (!title.isEmpty() && !s.constraint.isEmpty())
        text += QStringLiteral(" — ") + title;
    text += QStringLiteral(" · ") + effectText(s);
    if (const int alike = m_mergedIn.value(row); alike > 0)
        text += tr(" (+%n alike)", nullptr, alike);
    if (const int same = sameAs(row); same >= 0)
        text += tr(" (as step %1)").arg(same + 1);
    return text;
}

QVariant FunnelStepModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const FunnelStepInfo &s = m_steps.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(index.row());
    case Qt::DecorationRole:
        if (s.state == StepState::Invalid) // flagged beyond colour, for colour-blind analysts
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::ToolTipRole:
        return QStringLiteral("<b>%1</b><br/>%2<br/><code>%3</code> (%4)<br/>%5%6")
            .arg((s.title.isEmpty() ? s.label : s.title).toHtmlEscaped(), s.label.toHtmlEscaped(),
                s.constraint.toHtmlEscaped(), s.strength, stateText(s).toHtmlEscaped(),
                s.note.isEmpty() ? QString() : QStringLiteral("<br/>") + s.note.toHtmlEscaped());
    case Qt::CheckStateRole:
        return s.enabled ? Qt::Checked : Qt::Unchecked;
    case Qt::ForegroundRole:
        if (s.state == StepState::Conflict || s.state == StepState::Invalid)
            return QBrush(QColor(0xc0, 0x39, 0x2b));
        if (!s.enabled || index.row() >= m_current)
            return QBrush(QColor(0x88, 0x88, 0x88));
        return {};
    case Qt::FontRole: {
        QFont f;
        f.setBold(index.row() == m_current - 1);
        f.setStrikeOut(!s.enabled);
        return f;
    }
    case Qt::AccessibleDescriptionRole:
        return stateText(s);
    case KeyRole:
        return s.key;
    case StateRole:
        return int(s.state);
    case RemainingRole:
        return s.remainingAfter;
    case NarrowsRole:
        return narrows(index.row());
    case SameAsRole:
        return sameAs(index.row());
    default:
        return {};
    }
}

bool FunnelStepModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::CheckStateRole)
        return false;
    const bool enabled = value.toInt() == Qt::Checked;
    if (enabled == m_steps.at(index.row()).enabled)
        return false;
    Q_EMIT enableRequested(index.row(), enabled);
    return true;
}

Qt::ItemFlags FunnelStepModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable
        | Qt::ItemIsDragEnabled;
}

Qt::DropActions FunnelStepModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList FunnelStepModel::mimeTypes() const
{
    return {QLatin1String(kMime)};
}

QMimeData *FunnelStepModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(QLatin1String(kMime), QByteArray::number(indexes.first().row()));
    return data;
}

bool FunnelStepModel::dropMimeData(
    const QMimeData *data, Qt::DropAction action, int row, int, const QModelIndex &parent)
{
    if (action != Qt::MoveAction || !data->hasFormat(QLatin1String(kMime)))
        return false;
    const int from = data->data(QLatin1String(kMime)).toInt();
    int to = row >= 0 ? row : (parent.isValid() ? parent.row() : int(m_steps.size()));
    if (to > from)
        --to; // the dragged row leaves its place first
    if (from < 0 || from >= m_steps.size() || to == from)
        return false;
    Q_EMIT moveRequested(from, qBound(0, to, int(m_steps.size()) - 1));
    return false; // the controller re-runs the funnel and resets the model; no row removal here
}

} // namespace ChipTrace::Ui
