// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "casefile/casetypes.h"

#include <QPointer>
#include <QWidget>

class QLineEdit;
class QSplitter;
class QTextBrowser;

namespace ChipTrace::Case {
class CaseFile;
}

namespace ChipTrace::Ui {

class EvidenceEditor;

// The inspector: everything about the selected finding or evidence item (rule, constraint,
// provenance in the history, source, reliability) and, for evidence, its review thread of
// verdicts and comments, with a box to add a comment and a form to edit the item. For a finding
// it also explains the rule (rationale, references, known false positives). With nothing
// selected it shows the case question and summary (for the demo: the walkthrough).
class InspectorPanel : public QWidget
{
    Q_OBJECT
public:
    explicit InspectorPanel(QWidget *parent = nullptr);

    void setCase(const Case::CaseFile *caseFile);
    void showCase();
    void showFinding(const QString &findingId);
    void showEvidence(const QString &evidenceId);
    QString shownEvidence() const { return m_evidenceId; }
    QString shownFinding() const { return m_findingId; }
    QString html() const;
    EvidenceEditor *editor() const { return m_editor; }

Q_SIGNALS:
    void commentSubmitted(const QString &evidenceId, const QString &text);
    void evidenceEdited(
        const ChipTrace::Case::Evidence &evidence, const ChipTrace::Case::Evidence &base);
    void deleteRequested(const QString &evidenceId);

private:
    void showNothingEditable();
    QString ruleHtml(const Case::FindingRecord &finding) const;
    QString threadHtml(const QString &evidenceId) const;
    void showEditor();

    // Guarded: views refresh (and may ask the inspector) while the workbench swaps cases,
    // before setCase() is called with the new one.
    QPointer<const Case::CaseFile> m_case;
    QTextBrowser *m_browser;
    QSplitter *m_split; // the review thread above, the form below: the analyst drags between
    QLineEdit *m_comment;
    EvidenceEditor *m_editor;
    QString m_evidenceId;
    QString m_findingId;
};

} // namespace ChipTrace::Ui
