#pragma once

#include "casefile/casetypes.h"

#include <QWidget>

class QTreeView;
class QToolButton;

namespace ChipTrace::Ui {

class EvidenceModel;

// The evidence board: items grouped by model and stance, with review buttons (accept,
// dispute, reject, comment) acting on the selected item. The buttons only ask; the workbench
// records the verdict in the case (one undo step each).
class EvidencePanel : public QWidget
{
    Q_OBJECT
public:
    explicit EvidencePanel(EvidenceModel *model, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    QString currentId() const;
    void selectId(const QString &evidenceId);

Q_SIGNALS:
    void reviewRequested(const QString &evidenceId, ChipTrace::Case::Verdict verdict);
    void commentRequested(const QString &evidenceId);
    void currentChanged(const QString &evidenceId);
    void openRequested(const QString &evidenceId);

private:
    void updateButtons();

    EvidenceModel *m_model;
    QTreeView *m_view;
    QList<QToolButton *> m_buttons;
};

} // namespace ChipTrace::Ui
