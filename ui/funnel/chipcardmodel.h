// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "funnelpresentation.h"

#include <QAbstractListModel>
#include <QFont>
#include <QStyledItemDelegate>

namespace ChipTrace::Ui {

// The candidate chips as cards, the answer first: the chips still standing at the current step
// (in the order given, the controller's ranking), then one "N eliminated" row that expands to
// the eliminated cards, the latest eliminated first. A card is "out" once the funnel has applied
// the step that eliminated it; the tooltip gives the reason. Remaining candidates carry their
// export status. Rows are reordered (a reset) whenever the current step changes.
class ChipCardModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles {
        EliminatedRole = Qt::UserRole + 1,
        VendorRole,
        ExportStateRole,
        ExportTextRole,
        IdRole,
        ToggleRole, // true on the "N eliminated" row
    };

    explicit ChipCardModel(QObject *parent = nullptr);

    void setChips(const QList<ChipCardInfo> &chips, int stepCount);
    void setCurrentStep(int applied);
    int currentStep() const { return m_current; }
    int remaining() const;
    int eliminatedCount() const { return int(m_chips.size()) - remaining(); }
    // Whether the eliminated cards are listed after the "N eliminated" row.
    bool eliminatedShown() const { return m_showEliminated; }
    void setEliminatedShown(bool shown);
    QModelIndex indexOf(const QString &chipId) const;
    const ChipCardInfo *chip(const QModelIndex &index) const;
    // Counts of the remaining candidates by export state, for the answer strip.
    int remainingWith(ControlStatus state) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

private:
    bool eliminated(const ChipCardInfo &c) const;
    void reorder();

    QList<ChipCardInfo> m_chips;
    QList<int> m_rows; // index into m_chips per row; -1 = the "N eliminated" row
    int m_current = 0;
    int m_stepCount = 0;
    bool m_showEliminated = false;
};

// How a chip's name is drawn on a card: bold, in up to two lines, shrunk down to 80% of the
// font if it must be, and only as a last resort elided in the middle so that the suffix that
// tells parts apart (the "D" of "RTX 4090 D", the "800" of "H800") is always drawn. `font` is
// the font to draw with (and to measure with: measuring one font and drawing another cut
// "GeForce RTX 4090 D" to "GeForce RTX 4090").
struct CardNameLayout
{
    QFont font;
    QStringList lines;
    bool elided = false;
};
CardNameLayout layoutCardName(const QString &name, const QFont &base, qreal width);

// Paints a card: name and vendor, greyed and struck through when eliminated, with a coloured
// export-status badge for the candidates still standing; the "N eliminated" row as a button.
class ChipCardDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    // The width a card's name gets on a card of `cardWidth`.
    static qreal nameWidth(int cardWidth);

private:
    void paintToggle(
        QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const;
};

QString exportStateName(ControlStatus s);

} // namespace ChipTrace::Ui
