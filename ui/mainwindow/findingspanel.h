// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTableView;

namespace ChipTrace::Ui {

class FindingsModel;
class FindingsFilterModel;

// The findings table with its filter bar: family, minimum strength, context, at HEAD or
// removed, vendored, and a search box. Double-click (or Enter) opens the hit in the code viewer.
class FindingsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit FindingsPanel(FindingsModel *model, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    FindingsFilterModel *filter() const { return m_filter; }
    QStringList selectedIds() const;
    void selectId(const QString &id);
    void focusSearch();
    // The case's sources for the source filter: (id, title) pairs.
    void setSources(const QList<QPair<QString, QString>> &sources);

Q_SIGNALS:
    void openRequested(const QString &findingId);
    void currentChanged(const QString &findingId);

private:
    void refillFamilies();
    void addFamilies(const QModelIndex &parent, int first, int last);

    FindingsModel *m_model;
    FindingsFilterModel *m_filter;
    QTableView *m_view;
    QComboBox *m_family;
    QComboBox *m_strength;
    QComboBox *m_context;
    QComboBox *m_presence;
    QComboBox *m_vendored;
    QComboBox *m_source;
    QLineEdit *m_search;
};

} // namespace ChipTrace::Ui
