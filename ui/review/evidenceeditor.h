// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "casefile/casetypes.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace ChipTrace::Ui {

// The inspector's form for one evidence item: what the analyst decides about it after it was
// made (stance, scope, the funnel constraint and its strength, the source's reliability and the
// information's credibility on the Admiralty scale, the rationale). It only asks: Save emits
// saveRequested with the edited item, which the workbench stores as one undo step; Delete
// emits deleteRequested. The constraint is checked as it is typed so Save cannot send one the
// funnel would refuse; so are the training figures the item states (tokens, GPU-hours, ...),
// which feed the funnel's compute-plausibility step once the item counts.
class EvidenceEditor : public QWidget
{
    Q_OBJECT
public:
    explicit EvidenceEditor(QWidget *parent = nullptr);

    // Fills the form from `evidence` (discarding unsaved edits).
    void setEvidence(const Case::Evidence &evidence);
    QString evidenceId() const { return m_evidence.id; }
    // The item as the form has it now.
    Case::Evidence edited() const;
    bool isModified() const { return differsFrom(m_evidence); }
    // True when the form's values are not those of `evidence`.
    bool differsFrom(const Case::Evidence &evidence) const;

    QComboBox *stanceBox() const { return m_stance; }
    QLineEdit *constraintEdit() const { return m_constraint; }
    QComboBox *strengthBox() const { return m_strength; }
    QComboBox *reliabilityBox() const { return m_reliability; }
    QComboBox *credibilityBox() const { return m_credibility; }
    // The training figure edits, in the order of figureFields(): active parameters, total
    // parameters, tokens, device-hours, devices, days.
    QList<QLineEdit *> figureEdits() const { return m_figures; }
    QComboBox *phaseBox() const { return m_phase; }
    QComboBox *precisionBox() const { return m_precision; }
    QToolButton *figuresToggle() const { return m_figuresToggle; } // folds the figures away
    QPushButton *saveButton() const { return m_save; }
    QPushButton *deleteButton() const { return m_delete; }

Q_SIGNALS:
    // `base`: the item as the form loaded it, so that a colleague's change saved meanwhile is
    // merged with this edit, not overwritten (CaseFile::saveEvidence).
    void saveRequested(
        const ChipTrace::Case::Evidence &evidence, const ChipTrace::Case::Evidence &base);
    void deleteRequested(const QString &evidenceId);

private:
    QComboBox *addCombo(const QString &name, const QStringList &values);
    QWidget *createFigures(); // the training figures group
    Case::TrainingFacts editedFacts() const;
    void updateState();

    Case::Evidence m_evidence;
    QComboBox *m_stance;
    QComboBox *m_scope;
    QLineEdit *m_constraint;
    QComboBox *m_strength;
    QComboBox *m_reliability;
    QComboBox *m_credibility;
    QLineEdit *m_rationale;
    QComboBox *m_phase;
    QList<QLineEdit *> m_figures;
    QComboBox *m_precision;
    QToolButton *m_figuresToggle = nullptr;
    QLabel *m_problem;
    QPushButton *m_save;
    QPushButton *m_delete;
};

} // namespace ChipTrace::Ui
