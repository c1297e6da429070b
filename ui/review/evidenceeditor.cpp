// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidenceeditor.h"

#include "casefile/computestep.h"
#include "funnel/constraint.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace ChipTrace::Ui {

namespace {
// Combo items carry the stable text form (Case::nameOf) as data; the label is translated.
void fill(QComboBox *box, const QList<std::pair<QString, QString>> &items)
{
    for (const auto &[name, label] : items)
        box->addItem(label, name);
}

void choose(QComboBox *box, const QString &name)
{
    box->setCurrentIndex(qMax(0, box->findData(name)));
}

QString chosen(const QComboBox *box)
{
    return box->currentData().toString();
}

// The figure edits and the field each fills, with what the analyst may type.
struct FigureEdit
{
    QString Case::TrainingFacts::*member;
    const char *label;
    const char *example;
};
const FigureEdit kFigureEdits[] = {
    {&Case::TrainingFacts::activeParams,
        QT_TRANSLATE_NOOP("ChipTrace::Ui::EvidenceEditor", "Active parameters"), "37e9"},
    {&Case::TrainingFacts::totalParams,
        QT_TRANSLATE_NOOP("ChipTrace::Ui::EvidenceEditor", "Total parameters"), "671B"},
    {&Case::TrainingFacts::tokens, QT_TRANSLATE_NOOP("ChipTrace::Ui::EvidenceEditor", "Tokens"),
        "14.8T"},
    {&Case::TrainingFacts::deviceHours,
        QT_TRANSLATE_NOOP("ChipTrace::Ui::EvidenceEditor", "GPU-hours"), "2.664M"},
    {&Case::TrainingFacts::devices, QT_TRANSLATE_NOOP("ChipTrace::Ui::EvidenceEditor", "Devices"),
        "2048"},
    {&Case::TrainingFacts::days, QT_TRANSLATE_NOOP("ChipTrace::Ui::EvidenceEditor", "Days"), "~54"},
};
} // namespace

EvidenceEditor::EvidenceEditor(QWidget *parent)
    : QWidget(parent)
    , m_stance(new QComboBox(this))
    , m_scope(new QComboBox(this))
    , m_constraint(new QLineEdit(this))
    , m_strength(new QComboBox(this))
    , m_reliability(new QComboBox(this))
    , m_credibility(new QComboBox(this))
    , m_rationale(new QLineEdit(this))
    , m_phase(new QComboBox(this))
    , m_precision(new QComboBox(this))
    , m_problem(new QLabel(this))
    , m_save(new QPushButton(tr("&Save Changes"), this))
    , m_delete(new QPushButton(tr("Delete Item"), this))
{
    setObjectName(QStringLiteral("evidenceEditor"));
    fill(m_stance,
        {{QStringLiteral("supports"), tr("supports")},
            {QStringLiteral("contradicts"), tr("contradicts")},
            {QStringLiteral("qualifies"), tr("qualifies")}});
    fill(m_scope,
        {{QStringLiteral("training"), tr("training")},
            {QStringLiteral("fine-tuning"), tr("fine-tuning")},
            {QStringLiteral("inference"), tr("inference")}});
    fill(m_strength,
        {{QStringLiteral("hint"), tr("hint (ranks only)")},
            {QStringLiteral("strong"), tr("strong")}, {QStringLiteral("proof"), tr("proof")}});
    fill(m_reliability,
        {{QStringLiteral("A"), tr("A — completely reliable")},
            {QStringLiteral("B"), tr("B — usually reliable")},
            {QStringLiteral("C"), tr("C — fairly reliable")},
            {QStringLiteral("D"), tr("D — not usually reliable")},
            {QStringLiteral("E"), tr("E — unreliable")},
            {QStringLiteral("F"), tr("F — cannot be judged")}});
    fill(m_credibility,
        {{QStringLiteral("1"), tr("1 — confirmed")}, {QStringLiteral("2"), tr("2 — probably true")},
            {QStringLiteral("3"), tr("3 — possibly true")},
            {QStringLiteral("4"), tr("4 — doubtful")}, {QStringLiteral("5"), tr("5 — improbable")},
            {QStringLiteral("6"), tr("6 — cannot be judged")}});
    m_stance->setAccessibleName(tr("Stance"));
    m_scope->setAccessibleName(tr("Scope"));
    m_constraint->setAccessibleName(tr("Funnel constraint"));
    m_constraint->setPlaceholderText(tr("e.g. vendor = NVIDIA and cc >= 8.0"));
    m_strength->setAccessibleName(tr("Strength"));
    m_reliability->setAccessibleName(tr("Source reliability"));
    m_credibility->setAccessibleName(tr("Information credibility"));
    m_rationale->setAccessibleName(tr("Rationale"));
    m_save->setAccessibleName(tr("Save the evidence changes"));
    m_save->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_delete->setAccessibleName(tr("Delete this evidence item"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c0392b"));

    auto *form = new QFormLayout;
    form->addRow(tr("Stance"), m_stance);
    form->addRow(tr("Scope"), m_scope);
    form->addRow(tr("Constraint"), m_constraint);
    form->addRow(tr("Strength"), m_strength);
    form->addRow(tr("Reliability"), m_reliability);
    form->addRow(tr("Credibility"), m_credibility);
    form->addRow(tr("Rationale"), m_rationale);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_problem, 1);
    buttons->addWidget(m_delete);
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(createFigures());
    layout->addLayout(buttons);

    for (QComboBox *box :
        {m_stance, m_scope, m_strength, m_reliability, m_credibility, m_phase, m_precision})
        connect(box, &QComboBox::currentIndexChanged, this, &EvidenceEditor::updateState);
    connect(m_constraint, &QLineEdit::textChanged, this, &EvidenceEditor::updateState);
    connect(m_rationale, &QLineEdit::textChanged, this, &EvidenceEditor::updateState);
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (m_save->isEnabled())
            Q_EMIT saveRequested(edited(), m_evidence);
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (!m_evidence.id.isEmpty())
            Q_EMIT deleteRequested(m_evidence.id);
    });
    updateState();
}

QWidget *EvidenceEditor::createFigures()
{
    // Folded unless the item states figures: most items do not, and the review thread above
    // the form needs the height.
    auto *box = new QWidget(this);
    m_figuresToggle = new QToolButton(box);
    m_figuresToggle->setObjectName(QStringLiteral("trainingFiguresToggle"));
    m_figuresToggle->setText(tr("Training figures this item states"));
    m_figuresToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_figuresToggle->setCheckable(true);
    m_figuresToggle->setAutoRaise(true);
    auto *group = new QGroupBox(box);
    group->setObjectName(QStringLiteral("trainingFigures"));
    group->setVisible(false);
    const auto fold = [this, group](bool open) {
        group->setVisible(open);
        m_figuresToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    };
    connect(m_figuresToggle, &QToolButton::toggled, this, fold);
    fold(false);
    auto *boxLayout = new QVBoxLayout(box);
    boxLayout->setContentsMargins(0, 0, 0, 0);
    boxLayout->addWidget(m_figuresToggle);
    boxLayout->addWidget(group);
    fill(m_phase,
        {{QString(), tr("pre-training")},
            {QStringLiteral("context-extension"), tr("context extension")},
            {QStringLiteral("post-training"), tr("post-training")},
            {QStringLiteral("rl"), tr("RL (the check abstains)")},
            {QStringLiteral("total"), tr("whole training")}});
    fill(m_precision,
        {{QString(), tr("not stated")}, {QStringLiteral("fp8"), QStringLiteral("FP8")},
            {QStringLiteral("bf16"), QStringLiteral("BF16")},
            {QStringLiteral("fp16"), QStringLiteral("FP16")},
            {QStringLiteral("tf32"), QStringLiteral("TF32")},
            {QStringLiteral("fp32"), QStringLiteral("FP32")}});
    m_phase->setAccessibleName(tr("Training phase"));
    m_precision->setAccessibleName(tr("Training precision"));
    auto *form = new QFormLayout(group);
    form->addRow(tr("Phase"), m_phase);
    for (const FigureEdit &f : kFigureEdits) {
        auto *edit = new QLineEdit(group);
        edit->setAccessibleName(tr(f.label));
        edit->setPlaceholderText(tr("e.g. %1").arg(QLatin1String(f.example)));
        connect(edit, &QLineEdit::textChanged, this, &EvidenceEditor::updateState);
        form->addRow(tr(f.label), edit);
        m_figures << edit;
    }
    form->addRow(tr("Precision"), m_precision);
    return box;
}

Case::TrainingFacts EvidenceEditor::editedFacts() const
{
    Case::TrainingFacts facts;
    facts.phase = chosen(m_phase);
    for (int i = 0; i < m_figures.size(); ++i)
        facts.*kFigureEdits[i].member = m_figures.at(i)->text().trimmed();
    facts.precision = chosen(m_precision);
    return facts;
}

void EvidenceEditor::setEvidence(const Case::Evidence &evidence)
{
    m_evidence = evidence;
    choose(m_stance, Case::nameOf(evidence.stance));
    choose(m_scope, Case::nameOf(evidence.scope));
    m_constraint->setText(evidence.constraint);
    choose(m_strength, strengthName(evidence.strength));
    choose(m_reliability, Case::nameOf(evidence.reliability));
    choose(m_credibility, Case::nameOf(evidence.credibility));
    m_rationale->setText(evidence.rationale);
    choose(m_phase,
        evidence.facts.phase == QStringLiteral("pretraining") ? QString() : evidence.facts.phase);
    for (int i = 0; i < m_figures.size(); ++i)
        m_figures.at(i)->setText(evidence.facts.*kFigureEdits[i].member);
    choose(m_precision, evidence.facts.precision);
    m_figuresToggle->setChecked(!evidence.facts.isEmpty());
    updateState();
}

Case::Evidence EvidenceEditor::edited() const
{
    Case::Evidence e = m_evidence;
    e.stance = Case::stanceFromName(chosen(m_stance)).value_or(e.stance);
    e.scope = Case::evidenceScopeFromName(chosen(m_scope)).value_or(e.scope);
    e.constraint = m_constraint->text().trimmed();
    e.strength = ChipTrace::strengthFromName(chosen(m_strength)).value_or(e.strength);
    e.reliability = Case::reliabilityFromName(chosen(m_reliability)).value_or(e.reliability);
    e.credibility = Case::credibilityFromName(chosen(m_credibility)).value_or(e.credibility);
    e.rationale = m_rationale->text().trimmed();
    e.facts = editedFacts();
    if (e.facts.isEmpty())
        e.facts = {}; // a phase alone states nothing
    else if (e.facts.phase.isEmpty() && m_evidence.facts.phase == QStringLiteral("pretraining"))
        e.facts.phase = m_evidence.facts.phase; // the default, spelled out in the stored item
    return e;
}

bool EvidenceEditor::differsFrom(const Case::Evidence &o) const
{
    const Case::Evidence e = edited();
    return e.stance != o.stance || e.scope != o.scope || e.constraint != o.constraint.trimmed()
        || e.strength != o.strength || e.reliability != o.reliability
        || e.credibility != o.credibility || e.rationale != o.rationale.trimmed()
        || e.facts != o.facts;
}

// Save is offered only for a real change that the funnel can use.
void EvidenceEditor::updateState()
{
    QString problem;
    const QString text = m_constraint->text().trimmed();
    if (!text.isEmpty())
        if (const Result<Funnel::Constraint> parsed = Funnel::Constraint::parse(text); !parsed)
            problem = parsed.message();
    if (problem.isEmpty())
        problem = Funnel::trainingFactsError(editedFacts());
    m_problem->setText(problem);
    m_save->setEnabled(!m_evidence.id.isEmpty() && problem.isEmpty() && isModified());
    m_delete->setEnabled(!m_evidence.id.isEmpty());
}

} // namespace ChipTrace::Ui
