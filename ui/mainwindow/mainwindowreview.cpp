// SPDX-License-Identifier: GPL-3.0-or-later
// Reviews that answer back: the board says whose verdicts they are, and each verdict is
// confirmed in the status bar with what it did to the funnel, so a reviewer sees at once that a
// dispute took a step out (or changed nothing).

#include "casefile/casefile.h"
#include "evidence/evidencepanel.h"
#include "funnel/funnelcontroller.h"
#include "mainwindow.h"
#include "models/evidencemodel.h"
#include "workbench.h"

#include <QLabel>

namespace ChipTrace {

using namespace Ui;

namespace {

// "accepted", "disputed", "rejected": the words the board shows for the state it leads to.
QString verdictDone(Case::Verdict verdict)
{
    return reviewStatusText(verdict == Case::Verdict::Accept ? Case::ReviewStatus::Accepted
            : verdict == Case::Verdict::Dispute              ? Case::ReviewStatus::Disputed
                                                             : Case::ReviewStatus::Rejected);
}

// "README.md:203" for a located item, else the start of its quote.
QString evidenceName(const Case::CaseFile &c, const QString &id)
{
    const std::optional<Case::Evidence> e = c.evidenceItem(id);
    if (!e)
        return id;
    return e->locator.isEmpty() ? e->quote.simplified().left(40) : e->locator.toDisplayString();
}

// "15 → 14 steps" or "still 7 candidates".
QString countChange(int before, int after, const QString &changed, const QString &same)
{
    return before == after ? same : changed.arg(before).arg(after);
}

} // namespace

void MainWindow::connectReview()
{
    connect(m_evidence, &EvidencePanel::reviewRequested, this,
        [this](const QString &id, Case::Verdict v, const QString &note) {
            reviewWithFeedback({id}, v, note);
        });
    connect(m_evidence, &EvidencePanel::reviewManyRequested, this, &MainWindow::reviewWithFeedback);
    const auto showReviewer = [this] {
        Case::CaseFile *c = m_workbench->caseFile();
        m_evidence->setReviewer(c ? c->actor() : QString());
    };
    connect(m_workbench, &Workbench::caseOpened, this, showReviewer);
    connect(m_workbench, &Workbench::caseClosed, this, showReviewer);
    connect(m_workbench, &Workbench::caseChanged, this, showReviewer);
}

void MainWindow::reviewWithFeedback(
    const QStringList &ids, Case::Verdict verdict, const QString &note)
{
    Case::CaseFile *c = m_workbench->caseFile();
    if (!c || ids.isEmpty())
        return;
    const int stepsBefore = m_funnelController->stepCount();
    const int leftBefore = m_funnelController->remainingCount();
    const Status s = ids.size() == 1 ? m_workbench->review(ids.constFirst(), verdict, note)
                                     : m_workbench->reviewMany(ids, verdict, note);
    if (!s)
        return; // reported by the workbench
    // The funnel has already rebuilt from the case's change signal.
    const int steps = m_funnelController->stepCount();
    const int left = m_funnelController->remainingCount();
    const QString what = ids.size() == 1 ? evidenceName(*c, ids.constFirst())
                                         : tr("%n evidence item(s)", nullptr, int(ids.size()));
    m_statusLabel->setText(tr("%1 %2 by %3: %4, %5")
            .arg(what, verdictDone(verdict), c->actor(),
                countChange(stepsBefore, steps, tr("%1 → %2 steps"),
                    tr("still %n step(s)", nullptr, steps)),
                countChange(leftBefore, left, tr("%1 → %2 candidates"),
                    tr("still %n candidate(s)", nullptr, left))));
}

} // namespace ChipTrace
