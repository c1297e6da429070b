// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mainwindow/workbench.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace ChipTrace::Ui {

// Case and model properties: the case's title and question, the lab and its country (the export
// rules' destination), the model, its release date and training period (the date the funnel
// judges export status at). A plain editor of CaseProperties: the caller saves the result
// (Workbench::saveCaseProperties). Dates left at "not set" stay unknown. `firstRun` adds a line
// that says why a new case asks for these.
class CasePropertiesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CasePropertiesDialog(
        const CaseProperties &properties, bool firstRun = false, QWidget *parent = nullptr);

    CaseProperties properties() const;
    void accept() override;

private:
    QDateEdit *dateEdit(const char *objectName, const QDate &date);
    static QDate dateOf(const QDateEdit *edit);

    CaseProperties m_properties;
    QLineEdit *m_title;
    QPlainTextEdit *m_question;
    QLineEdit *m_lab;
    QLineEdit *m_country;
    QLineEdit *m_model;
    QDateEdit *m_release;
    QDateEdit *m_trainingStart;
    QDateEdit *m_trainingEnd;
    QLabel *m_problem;
};

} // namespace ChipTrace::Ui
