// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "casefile/casetypes.h"

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QTreeView;
class QToolButton;

namespace ChipTrace::Ui {

class EvidenceModel;

// The evidence board: items grouped by model and stance, with review actions (accept, dispute,
// reject, comment, delete) acting on the selected item. The actions only ask; the workbench
// records the verdict in the case (one undo step each). Every case edit resets the model, so
// the board keeps the analyst's place: it reselects the item that was current (or, if that one
// is gone, its neighbour) and keeps the actions' enabled state in step with the selection.
// The same QActions sit on the board's buttons and in the main window's Review menu. Several
// items can be selected: a verdict then applies to all of them (one undo step). A candidate
// chosen in the funnel narrows the board to the evidence for and against it (showOnly), with a
// banner that says so and one click back to everything.
class EvidencePanel : public QWidget
{
    Q_OBJECT
public:
    explicit EvidencePanel(EvidenceModel *model, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    QString currentId() const;
    QStringList selectedIds() const; // the selected items, or the current one
    void selectId(const QString &evidenceId);
    // Shows only `forIds` and `againstIds` (the board's bearing column says which); "" / empty
    // lists show everything again.
    void showOnly(
        const QString &chipName, const QStringList &forIds, const QStringList &againstIds);
    void clearFilter();
    QStringList visibleIds() const;
    QString filterText() const;
    // "Reviewing as NAME": whose verdicts these will be (the case file's actor).
    void setReviewer(const QString &name);
    QString reviewerText() const;
    // The optional note sent with the next verdict (cleared once sent).
    QLineEdit *noteEdit() const { return m_note; }

    QAction *acceptAction() const { return m_accept; }
    QAction *disputeAction() const { return m_dispute; }
    QAction *rejectAction() const { return m_reject; }
    QAction *commentAction() const { return m_comment; }
    QAction *deleteAction() const { return m_delete; }

    // Emits reviewRequested for the current item with the note, then clears the note.
    void requestReview(ChipTrace::Case::Verdict verdict);

Q_SIGNALS:
    void reviewRequested(
        const QString &evidenceId, ChipTrace::Case::Verdict verdict, const QString &note);
    // Several items selected: the verdict for all of them.
    void reviewManyRequested(
        const QStringList &evidenceIds, ChipTrace::Case::Verdict verdict, const QString &note);
    void commentRequested(const QString &evidenceId);
    void deleteRequested(const QString &evidenceId);
    void currentChanged(const QString &evidenceId);
    void openRequested(const QString &evidenceId);

private:
    QAction *addAction(QLayout *bar, const QString &text, const QString &tip,
        const char *objectName, const QKeySequence &key);
    QStringList itemIds() const;
    void rememberSelection();
    void restoreSelection();
    void updateActions();
    void applyFilter();

    EvidenceModel *m_model;
    QTreeView *m_view;
    QLineEdit *m_note;
    QLabel *m_reviewer;
    QWidget *m_banner;
    QLabel *m_bannerText;
    QStringList m_filter; // ids shown while a candidate is chosen
    bool m_filtering = false;
    QAction *m_accept = nullptr;
    QAction *m_dispute = nullptr;
    QAction *m_reject = nullptr;
    QAction *m_comment = nullptr;
    QAction *m_delete = nullptr;
    QString m_keptId; // current item before a model reset
    QStringList m_keptOrder; // all item ids before the reset, to find a neighbour
};

} // namespace ChipTrace::Ui
