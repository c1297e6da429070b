// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The Changes panel: what the watch recorded about the case's repositories (removed, rewritten,
// changed and added hardware lines), grouped by repository, the ones not looked at yet in bold.
// Double-click (or Enter) opens the change's file in the code viewer at the version that shows
// it; "Check now" runs a round of the watch; "Mark all seen" clears the bold.

#include "casefile/watchlist.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeView;

namespace ChipTrace::Ui {

class WatchChangesModel;

class ChangesPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ChangesPanel(WatchChangesModel *model, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    QPushButton *checkButton() const { return m_check; }
    // While a round runs the check button waits; `text` says what is going on.
    void setBusy(bool busy, const QString &text = {});
    void refreshSummary();

Q_SIGNALS:
    void openRequested(const ChipTrace::Case::WatchChange &change);
    void checkRequested();
    void markSeenRequested();

private:
    WatchChangesModel *m_model;
    QTreeView *m_view;
    QLabel *m_summary;
    QPushButton *m_check;
    QPushButton *m_seen;
};

} // namespace ChipTrace::Ui
