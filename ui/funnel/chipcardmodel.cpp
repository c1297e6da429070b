#include "chipcardmodel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace ChipTrace::Ui {

QString exportStateName(ExportState s)
{
    switch (s) {
    case ExportState::Controlled: return ChipCardModel::tr("controlled");
    case ExportState::NotControlled: return ChipCardModel::tr("not controlled");
    case ExportState::Undecidable: return ChipCardModel::tr("undecidable");
    case ExportState::Unknown: break;
    }
    return ChipCardModel::tr("unknown");
}

ChipCardModel::ChipCardModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void ChipCardModel::setChips(const QList<ChipCardInfo> &chips, int stepCount)
{
    beginResetModel();
    m_chips = chips;
    m_stepCount = stepCount;
    m_current = qMin(m_current, stepCount);
    endResetModel();
}

void ChipCardModel::setCurrentStep(int applied)
{
    m_current = qBound(0, applied, m_stepCount);
    if (!m_chips.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_chips.size()) - 1));
}

bool ChipCardModel::eliminated(const ChipCardInfo &c) const
{
    return c.eliminatedAtStep >= 0 && c.eliminatedAtStep < m_current;
}

int ChipCardModel::remaining() const
{
    return int(std::count_if(m_chips.begin(), m_chips.end(), [this](const ChipCardInfo &c) { return !eliminated(c); }));
}

int ChipCardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_chips.size());
}

QVariant ChipCardModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ChipCardInfo &c = m_chips.at(index.row());
    const bool out = eliminated(c);
    switch (role) {
    case Qt::DisplayRole: return c.name;
    case Qt::ToolTipRole: {
        QString tip = QStringLiteral("<b>%1</b> (%2)<br/>").arg(c.name.toHtmlEscaped(), c.vendor.toHtmlEscaped());
        if (out)
            tip += tr("Eliminated by step %1: %2").arg(c.eliminatedAtStep + 1).arg(c.reason.toHtmlEscaped());
        else
            tip += tr("Still a candidate.") + (c.exportText.isEmpty() ? QString() : QStringLiteral("<br/>") + c.exportText.toHtmlEscaped());
        return tip;
    }
    case Qt::AccessibleTextRole:
        return out ? tr("%1, eliminated: %2").arg(c.name, c.reason) : tr("%1, candidate, %2").arg(c.name, exportStateName(c.exportState));
    case EliminatedRole: return out;
    case VendorRole: return c.vendor;
    case ExportStateRole: return int(c.exportState);
    case ExportTextRole: return c.exportText;
    case IdRole: return c.id;
    default: return {};
    }
}

static QColor badgeColor(ExportState s)
{
    switch (s) {
    case ExportState::Controlled: return QColor(0xc0, 0x39, 0x2b);
    case ExportState::NotControlled: return QColor(0x27, 0xae, 0x60);
    case ExportState::Undecidable: return QColor(0xe6, 0x7e, 0x22);
    case ExportState::Unknown: break;
    }
    return QColor(0x95, 0xa5, 0xa6);
}

QSize ChipCardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const int h = option.fontMetrics.height();
    return {qMax(150, option.fontMetrics.horizontalAdvance(QLatin1Char('M')) * 12), h * 4};
}

void ChipCardDelegate::paint(QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const bool out = index.data(ChipCardModel::EliminatedRole).toBool();
    const QPalette &pal = option.palette;
    const QRectF r = QRectF(option.rect).adjusted(3, 3, -3, -3);
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(r, 6, 6);
    p->fillPath(path, out ? pal.color(QPalette::Window) : pal.color(QPalette::Base));
    p->setPen(QPen(option.state & QStyle::State_Selected ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid), 1.5));
    p->drawPath(path);

    QFont bold = option.font;
    bold.setBold(true);
    bold.setStrikeOut(out);
    p->setFont(bold);
    p->setPen(out ? pal.color(QPalette::Disabled, QPalette::Text) : pal.color(QPalette::Text));
    const int lh = option.fontMetrics.height();
    const QRectF text = r.adjusted(8, 4, -8, -4);
    p->drawText(QRectF(text.left(), text.top(), text.width(), lh), Qt::AlignLeft | Qt::AlignVCenter,
                option.fontMetrics.elidedText(index.data().toString(), Qt::ElideRight, int(text.width())));
    p->setFont(option.font);
    p->drawText(QRectF(text.left(), text.top() + lh, text.width(), lh), Qt::AlignLeft | Qt::AlignVCenter,
                index.data(ChipCardModel::VendorRole).toString());
    if (!out) {
        const auto state = ExportState(index.data(ChipCardModel::ExportStateRole).toInt());
        const QString label = exportStateName(state);
        const QRectF badge(text.left(), text.top() + 2 * lh + 2, option.fontMetrics.horizontalAdvance(label) + 12, lh);
        QPainterPath bp;
        bp.addRoundedRect(badge, lh / 2.0, lh / 2.0);
        p->fillPath(bp, badgeColor(state));
        p->setPen(Qt::white);
        p->drawText(badge, Qt::AlignCenter, label);
    }
    p->restore();
}

} // namespace ChipTrace::Ui
