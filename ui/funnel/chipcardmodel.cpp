// SPDX-License-Identifier: GPL-3.0-or-later
#include "chipcardmodel.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace ChipTrace::Ui {

QString exportStateName(ControlStatus s)
{
    switch (s) {
    case ControlStatus::Controlled:
    case ControlStatus::LicenseException:
        return ChipCardModel::tr("controlled");
    case ControlStatus::NotControlled:
        return ChipCardModel::tr("not controlled");
    case ControlStatus::Undecidable:
    case ControlStatus::Mixed:
        return ChipCardModel::tr("undecidable");
    case ControlStatus::Unknown:
        break;
    }
    return ChipCardModel::tr("unknown");
}

ChipCardModel::ChipCardModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void ChipCardModel::setChips(const QList<ChipCardInfo> &chips, int stepCount)
{
    beginResetModel();
    m_chips = chips;
    m_stepCount = stepCount;
    m_current = qMin(m_current, stepCount);
    reorder();
    endResetModel();
}

void ChipCardModel::setCurrentStep(int applied)
{
    applied = qBound(0, applied, m_stepCount);
    if (applied == m_current && !m_rows.isEmpty())
        return;
    beginResetModel();
    m_current = applied;
    reorder();
    endResetModel();
}

void ChipCardModel::setEliminatedShown(bool shown)
{
    if (shown == m_showEliminated)
        return;
    beginResetModel();
    m_showEliminated = shown;
    reorder();
    endResetModel();
}

// Survivors in the given order, then the toggle row, then (if shown) the eliminated ones, the
// latest eliminated first: what the last step removed is what the analyst wants to see.
void ChipCardModel::reorder()
{
    m_rows.clear();
    QList<int> out;
    for (int i = 0; i < m_chips.size(); ++i)
        (eliminated(m_chips.at(i)) ? out : m_rows).append(i);
    if (out.isEmpty())
        return;
    m_rows.append(-1);
    if (!m_showEliminated)
        return;
    std::stable_sort(out.begin(), out.end(), [this](int a, int b) {
        return m_chips.at(a).eliminatedAtStep > m_chips.at(b).eliminatedAtStep;
    });
    m_rows += out;
}

bool ChipCardModel::eliminated(const ChipCardInfo &c) const
{
    return c.eliminatedAtStep >= 0 && c.eliminatedAtStep < m_current;
}

int ChipCardModel::remaining() const
{
    return int(std::count_if(
        m_chips.begin(), m_chips.end(), [this](const ChipCardInfo &c) { return !eliminated(c); }));
}

int ChipCardModel::remainingWith(ControlStatus state) const
{
    return int(std::count_if(m_chips.begin(), m_chips.end(),
        [this, state](const ChipCardInfo &c) { return !eliminated(c) && c.exportState == state; }));
}

QModelIndex ChipCardModel::indexOf(const QString &chipId) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row) >= 0 && m_chips.at(m_rows.at(row)).id == chipId)
            return index(row);
    return {};
}

const ChipCardInfo *ChipCardModel::chip(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || m_rows.at(index.row()) < 0)
        return nullptr;
    return &m_chips.at(m_rows.at(index.row()));
}

int ChipCardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ChipCardModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (m_rows.at(index.row()) < 0) {
        const int n = eliminatedCount();
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            return m_showEliminated ? tr("%n eliminated (hide)", nullptr, n)
                                    : tr("%n eliminated (show)", nullptr, n);
        case Qt::ToolTipRole:
            return m_showEliminated
                ? tr("Hide the eliminated chips")
                : tr("Show the %n eliminated chip(s) and why each went", nullptr, n);
        case ToggleRole:
            return true;
        case EliminatedRole:
            return false;
        default:
            return {};
        }
    }
    const ChipCardInfo &c = m_chips.at(m_rows.at(index.row()));
    const bool out = eliminated(c);
    switch (role) {
    case Qt::DisplayRole:
        return c.name;
    case Qt::ToolTipRole: {
        QString tip = QStringLiteral("<b>%1</b> (%2)<br/>")
                          .arg(c.name.toHtmlEscaped(), c.vendor.toHtmlEscaped());
        if (out)
            tip += tr("Eliminated by step %1: %2")
                       .arg(c.eliminatedAtStep + 1)
                       .arg(c.reason.toHtmlEscaped());
        else
            tip += tr("Still a candidate.")
                + (c.exportText.isEmpty() ? QString()
                                          : QStringLiteral("<br/>") + c.exportText.toHtmlEscaped());
        return tip;
    }
    case Qt::AccessibleTextRole:
        return out ? tr("%1, eliminated: %2").arg(c.name, c.reason)
                   : tr("%1, candidate, %2").arg(c.name, exportStateName(c.exportState));
    case EliminatedRole:
        return out;
    case VendorRole:
        return c.vendor;
    case ExportStateRole:
        return int(c.exportState);
    case ExportTextRole:
        return c.exportText;
    case IdRole:
        return c.id;
    case ToggleRole:
        return false;
    default:
        return {};
    }
}

// Greedy word wrap of `words` into lines no wider than `width`; a single word wider than the
// line stays whole (the caller then shrinks or elides).
static QStringList wrapWords(const QStringList &words, const QFontMetricsF &fm, qreal width)
{
    QStringList lines;
    QString line;
    for (const QString &w : words) {
        const QString candidate = line.isEmpty() ? w : line + u' ' + w;
        if (!line.isEmpty() && fm.horizontalAdvance(candidate) > width) {
            lines << line;
            line = w;
        } else {
            line = candidate;
        }
    }
    if (!line.isEmpty())
        lines << line;
    return lines;
}

static bool fits(const QStringList &lines, const QFontMetricsF &fm, qreal width)
{
    return std::all_of(lines.begin(), lines.end(),
        [&](const QString &l) { return fm.horizontalAdvance(l) <= width; });
}

static QFont scaled(const QFont &base, qreal factor)
{
    QFont f = base;
    f.setBold(true);
    if (base.pointSizeF() > 0)
        f.setPointSizeF(base.pointSizeF() * factor);
    else
        f.setPixelSize(qMax(1, int(base.pixelSize() * factor)));
    return f;
}

CardNameLayout layoutCardName(const QString &name, const QFont &base, qreal width)
{
    const QStringList words = name.split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty())
        return {scaled(base, 1.0), {name}, false};
    for (const qreal factor : {1.0, 0.9, 0.8}) {
        CardNameLayout l{scaled(base, factor), {}, false};
        const QFontMetricsF fm(l.font);
        l.lines = wrapWords(words, fm, width);
        if (l.lines.size() <= 2 && fits(l.lines, fm, width))
            return l;
    }
    // Too long even small: the first line as wrapped, the rest elided in its middle, so that
    // the end of the name (what tells two parts apart) is still drawn. The tooltip has it all.
    CardNameLayout l{scaled(base, 0.8), {}, true};
    const QFontMetricsF fm(l.font);
    QStringList wrapped = wrapWords(words, fm, width);
    QString first = wrapped.takeFirst();
    if (fm.horizontalAdvance(first) > width) { // one long word: elide it in one line
        l.lines << fm.elidedText(name, Qt::ElideMiddle, width);
        return l;
    }
    l.lines << first << fm.elidedText(wrapped.join(u' '), Qt::ElideMiddle, width);
    return l;
}

static QColor badgeColor(ControlStatus s)
{
    switch (s) {
    case ControlStatus::Controlled:
    case ControlStatus::LicenseException:
        return QColor(0xc0, 0x39, 0x2b);
    case ControlStatus::NotControlled:
        return QColor(0x27, 0xae, 0x60);
    case ControlStatus::Undecidable:
    case ControlStatus::Mixed:
        return QColor(0xe6, 0x7e, 0x22);
    case ControlStatus::Unknown:
        break;
    }
    return QColor(0x95, 0xa5, 0xa6);
}

qreal ChipCardDelegate::nameWidth(int cardWidth)
{
    return cardWidth - 2 * 3 - 2 * 8; // the card's margin and the text's padding
}

QSize ChipCardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    // Name (two lines), vendor, badge.
    const int h = option.fontMetrics.height();
    return {qMax(160, option.fontMetrics.horizontalAdvance(QLatin1Char('M')) * 12), h * 5 + 8};
}

void ChipCardDelegate::paintToggle(
    QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QPalette &pal = option.palette;
    const QRectF r = QRectF(option.rect).adjusted(3, 3, -3, -3);
    QPainterPath path;
    path.addRoundedRect(r, 6, 6);
    p->setPen(QPen(option.state & QStyle::State_Selected ? pal.color(QPalette::Highlight)
                                                         : pal.color(QPalette::Mid),
        1.0, Qt::DashLine));
    p->drawPath(path);
    p->setPen(pal.color(QPalette::Text));
    p->drawText(
        r.adjusted(6, 4, -6, -4), Qt::AlignCenter | Qt::TextWordWrap, index.data().toString());
}

void ChipCardDelegate::paint(
    QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    if (index.data(ChipCardModel::ToggleRole).toBool()) {
        paintToggle(p, option, index);
        p->restore();
        return;
    }
    const bool out = index.data(ChipCardModel::EliminatedRole).toBool();
    const QPalette &pal = option.palette;
    const QRectF r = QRectF(option.rect).adjusted(3, 3, -3, -3);
    QPainterPath path;
    path.addRoundedRect(r, 6, 6);
    p->fillPath(path, out ? pal.color(QPalette::Window) : pal.color(QPalette::Base));
    p->setPen(QPen(option.state & QStyle::State_Selected ? pal.color(QPalette::Highlight)
                                                         : pal.color(QPalette::Mid),
        option.state & QStyle::State_Selected ? 2.5 : 1.5));
    p->drawPath(path);

    const int lh = option.fontMetrics.height();
    const QRectF text = r.adjusted(8, 4, -8, -4);
    CardNameLayout name =
        layoutCardName(index.data().toString(), option.font, nameWidth(option.rect.width()));
    name.font.setStrikeOut(out);
    p->setFont(name.font);
    p->setPen(out ? pal.color(QPalette::Disabled, QPalette::Text) : pal.color(QPalette::Text));
    const qreal nameLine = QFontMetricsF(name.font).height();
    for (int i = 0; i < name.lines.size(); ++i)
        p->drawText(QRectF(text.left(), text.top() + i * nameLine, text.width(), nameLine),
            Qt::AlignLeft | Qt::AlignVCenter, name.lines.at(i));
    p->setFont(option.font);
    p->drawText(QRectF(text.left(), text.top() + 2 * lh, text.width(), lh),
        Qt::AlignLeft | Qt::AlignVCenter,
        option.fontMetrics.elidedText(
            index.data(ChipCardModel::VendorRole).toString(), Qt::ElideRight, int(text.width())));
    if (!out) {
        const auto state = ControlStatus(index.data(ChipCardModel::ExportStateRole).toInt());
        const QString label = exportStateName(state);
        const QRectF badge(text.left(), text.top() + 3 * lh + 2,
            option.fontMetrics.horizontalAdvance(label) + 12, lh);
        QPainterPath bp;
        bp.addRoundedRect(badge, lh / 2.0, lh / 2.0);
        p->fillPath(bp, badgeColor(state));
        p->setPen(Qt::white);
        p->drawText(badge, Qt::AlignCenter, label);
    }
    p->restore();
}

} // namespace ChipTrace::Ui
