#pragma once

#include <QWidget>

class QLineEdit;
class QTextBrowser;

namespace ChipTrace::Case {
class CaseFile;
}

namespace ChipTrace::Ui {

// The inspector: everything about the selected finding or evidence item (rule, constraint,
// provenance in the history, source, reliability) and, for evidence, its review thread of
// verdicts and comments, with a box to add a comment. With nothing selected it shows the case
// question and summary (for the demo: the walkthrough).
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
    QString html() const;

Q_SIGNALS:
    void commentSubmitted(const QString &evidenceId, const QString &text);

private:
    const Case::CaseFile *m_case = nullptr;
    QTextBrowser *m_browser;
    QLineEdit *m_comment;
    QString m_evidenceId;
};

} // namespace ChipTrace::Ui
