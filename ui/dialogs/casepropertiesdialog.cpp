// SPDX-License-Identifier: GPL-3.0-or-later
#include "casepropertiesdialog.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ChipTrace::Ui {

namespace {
// A QDateEdit cannot be empty: its minimum shows as "not set" and means an unknown date.
const QDate kNotSet(1970, 1, 1);
} // namespace

CasePropertiesDialog::CasePropertiesDialog(
    const CaseProperties &properties, bool firstRun, QWidget *parent)
    : QDialog(parent)
    , m_properties(properties)
    , m_title(new QLineEdit(properties.info.title, this))
    , m_question(new QPlainTextEdit(properties.info.question, this))
    , m_lab(new QLineEdit(properties.lab.name, this))
    , m_country(new QLineEdit(properties.lab.country, this))
    , m_model(new QLineEdit(properties.model.name, this))
    , m_release(dateEdit("modelRelease", properties.model.releaseDate))
    , m_trainingStart(dateEdit("trainingStart", properties.model.trainingStart))
    , m_trainingEnd(dateEdit("trainingEnd", properties.model.trainingEnd))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("casePropertiesDialog"));
    setWindowTitle(firstRun ? tr("Set Up the Case") : tr("Case Properties"));
    m_title->setObjectName(QStringLiteral("caseTitle"));
    m_question->setObjectName(QStringLiteral("caseQuestion"));
    m_question->setPlaceholderText(
        tr("Which accelerators trained the model, and were they export-controlled then?"));
    m_question->setTabChangesFocus(true);
    m_question->setFixedHeight(m_question->fontMetrics().lineSpacing() * 4);
    m_lab->setObjectName(QStringLiteral("labName"));
    m_country->setObjectName(QStringLiteral("labCountry"));
    m_country->setPlaceholderText(tr("ISO code, e.g. CN"));
    m_country->setToolTip(tr("The lab's country is the destination the export rules judge."));
    m_model->setObjectName(QStringLiteral("modelName"));
    m_trainingEnd->setToolTip(
        tr("The funnel judges export status at the end of training (else the release date)."));
    m_problem->setObjectName(QStringLiteral("propertiesProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #a00000;"));
    m_problem->hide();

    auto *caseBox = new QGroupBox(tr("Case"), this);
    auto *caseForm = new QFormLayout(caseBox);
    caseForm->addRow(tr("&Title:"), m_title);
    caseForm->addRow(tr("&Question:"), m_question);
    auto *labBox = new QGroupBox(tr("Lab"), this);
    auto *labForm = new QFormLayout(labBox);
    labForm->addRow(tr("&Name:"), m_lab);
    labForm->addRow(tr("&Country:"), m_country);
    auto *modelBox = new QGroupBox(tr("Model under investigation"), this);
    auto *modelForm = new QFormLayout(modelBox);
    modelForm->addRow(tr("N&ame:"), m_model);
    modelForm->addRow(tr("&Released:"), m_release);
    modelForm->addRow(tr("Training &from:"), m_trainingStart);
    modelForm->addRow(tr("Training &to:"), m_trainingEnd);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    if (firstRun) {
        auto *intro = new QLabel(tr("Name the lab and the model this case is about, and when the "
                                    "model was trained: evidence is made for a model, and the "
                                    "funnel judges export status at the training date."),
            this);
        intro->setObjectName(QStringLiteral("firstRunIntro"));
        intro->setWordWrap(true);
        layout->addWidget(intro);
    }
    layout->addWidget(caseBox);
    layout->addWidget(labBox);
    layout->addWidget(modelBox);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    (firstRun && properties.lab.name.isEmpty() ? m_lab : m_title)->setFocus();
}

QDateEdit *CasePropertiesDialog::dateEdit(const char *objectName, const QDate &date)
{
    auto *edit = new QDateEdit(this);
    edit->setObjectName(QLatin1String(objectName));
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setCalendarPopup(true);
    edit->setMinimumDate(kNotSet);
    edit->setSpecialValueText(tr("not set"));
    edit->setDate(date.isValid() ? date : kNotSet);
    return edit;
}

QDate CasePropertiesDialog::dateOf(const QDateEdit *edit)
{
    return edit->date() == kNotSet ? QDate() : edit->date();
}

CaseProperties CasePropertiesDialog::properties() const
{
    CaseProperties p = m_properties;
    p.info.title = m_title->text().trimmed();
    p.info.question = m_question->toPlainText().trimmed();
    p.lab.name = m_lab->text().trimmed();
    p.lab.country = m_country->text().trimmed();
    p.model.name = m_model->text().trimmed();
    p.model.releaseDate = dateOf(m_release);
    p.model.trainingStart = dateOf(m_trainingStart);
    p.model.trainingEnd = dateOf(m_trainingEnd);
    return p;
}

// The checks a user can fix here are made here, so the dialog stays open with the reason.
void CasePropertiesDialog::accept()
{
    const CaseProperties p = properties();
    QString problem;
    if (p.info.title.isEmpty())
        problem = tr("The case needs a title.");
    else if (!p.model.name.isEmpty() && p.lab.name.isEmpty())
        problem = tr("Name the lab that made %1.").arg(p.model.name);
    else if (p.model.trainingStart.isValid() && p.model.trainingEnd.isValid()
        && p.model.trainingEnd < p.model.trainingStart)
        problem = tr("The training period ends before it starts.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    if (problem.isEmpty())
        QDialog::accept();
}

} // namespace ChipTrace::Ui
