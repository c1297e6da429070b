// SPDX-License-Identifier: GPL-3.0-or-later
#include "candidatedetail.h"

#include "chipcardmodel.h"
#include "funnel/constraint.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace ChipTrace::Ui {

static QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("ChipTrace::Ui::CandidateEvidence", text, nullptr, n);
}

bool namesChip(const QString &text, const Catalog::Accelerator &chip)
{
    for (const QString &name : QStringList{chip.name} + chip.aliases) {
        if (name.size() < 2)
            continue;
        // A whole word: "H800" must not name the "H800 SXM5"'s neighbour "H80", nor "RTX 4090"
        // the "RTX 4090 D".
        const QRegularExpression re(QStringLiteral("(?<![\\w-])%1(?![\\w-]|\\s+[A-Za-z0-9]\\b)")
                                        .arg(QRegularExpression::escape(name)),
            QRegularExpression::CaseInsensitiveOption);
        if (re.match(text).hasMatch())
            return true;
    }
    return false;
}

static QString evidenceLink(const Case::Evidence &e, const QString &what)
{
    return QStringLiteral("<a href=\"evidence:%1\">%2</a>")
        .arg(e.id.toHtmlEscaped(), what.toHtmlEscaped());
}

static QString evidenceTitle(const Case::Evidence &e)
{
    const QString where = e.locator.isEmpty() ? QString() : e.locator.toDisplayString();
    const QString what = e.constraint.isEmpty() ? e.quote.left(80) : e.constraint;
    return where.isEmpty() ? what : what + QStringLiteral(" (") + where + u')';
}

static QString list(const QStringList &items)
{
    if (items.isEmpty())
        return QStringLiteral("<p><i>%1</i></p>").arg(tr("none"));
    return QStringLiteral("<ul><li>%1</li></ul>").arg(items.join(QStringLiteral("</li><li>")));
}

// The steps applied before the chip went (or all, for a survivor), with what each said of it.
static QStringList passedSteps(
    const Catalog::Accelerator &chip, const ChipCardInfo &card, const CandidateContext &c)
{
    QStringList rows;
    for (int row = 0; row < c.plan->entries.size(); ++row) {
        const Funnel::CaseStepEntry &entry = c.plan->entries.at(row);
        if (entry.stepIndex < 0 || (card.eliminatedAtStep >= 0 && row >= card.eliminatedAtStep))
            continue;
        const Funnel::StepOutcome &o = c.result->steps.at(entry.stepIndex);
        if (o.status != Funnel::StepStatus::Applied)
            continue;
        const Funnel::Truth t = c.plan->steps.at(entry.stepIndex).constraint.evaluate(chip);
        const QString mark = t == Funnel::Truth::True ? QStringLiteral("✓") : QStringLiteral("?");
        rows << QStringLiteral("%1 %2. %3")
                    .arg(mark)
                    .arg(row + 1)
                    .arg(evidenceLink(entry.evidence, evidenceTitle(entry.evidence)));
    }
    return rows;
}

static QStringList neighbours(const Catalog::Accelerator &chip, const CandidateContext &c)
{
    QStringList rows;
    for (const ChipCardInfo &other : c.cards) {
        if (other.id == chip.id)
            continue;
        const auto it = std::find_if(c.catalog.begin(), c.catalog.end(),
            [&](const Catalog::Accelerator &a) { return a.id == other.id; });
        if (it == c.catalog.end() || it->vendor != chip.vendor || it->family != chip.family)
            continue;
        rows << (other.eliminatedAtStep < 0
                ? tr("%1: still a candidate (%2)")
                      .arg(other.name.toHtmlEscaped(), exportStateName(other.exportState))
                : tr("%1: eliminated at step %2 — %3")
                      .arg(other.name.toHtmlEscaped())
                      .arg(other.eliminatedAtStep + 1)
                      .arg(other.reason.toHtmlEscaped()));
    }
    return rows;
}

CandidateEvidence candidateEvidence(const QString &chipId, const CandidateContext &c)
{
    CandidateEvidence out;
    out.chipId = chipId;
    const auto chipIt = std::find_if(c.catalog.begin(), c.catalog.end(),
        [&](const Catalog::Accelerator &a) { return a.id == chipId; });
    const auto cardIt = std::find_if(
        c.cards.begin(), c.cards.end(), [&](const ChipCardInfo &i) { return i.id == chipId; });
    if (chipIt == c.catalog.end() || cardIt == c.cards.end() || !c.plan || !c.result)
        return out;
    const Catalog::Accelerator &chip = *chipIt;
    const ChipCardInfo &card = *cardIt;
    out.chipName = chip.name;
    QStringList forRows, againstRows, namingRows;
    for (const Case::Evidence &e : c.evidence) {
        const Case::FindingRecord f = c.findings.value(e.findingId);
        const bool naming = f.chips.contains(chip.name, Qt::CaseInsensitive)
            || namesChip(e.quote, chip) || (!f.text.isEmpty() && namesChip(f.text, chip));
        Funnel::Truth t = Funnel::Truth::Unknown;
        if (const Result<Funnel::Constraint> k = Funnel::Constraint::parse(e.constraint);
            k && !e.constraint.trimmed().isEmpty())
            t = k->evaluate(chip);
        else if (naming)
            t = Funnel::Truth::True;
        if (e.stance == Case::Stance::Contradicts && t != Funnel::Truth::Unknown)
            t = t == Funnel::Truth::True ? Funnel::Truth::False : Funnel::Truth::True;
        const QString row = QStringLiteral("%1 <i>(%2, %3)</i>")
                                .arg(evidenceLink(e, evidenceTitle(e)), reviewStatusName(e.status),
                                    Case::nameOf(e.scope));
        if (naming) {
            out.namingIds << e.id;
            namingRows << row;
        }
        if (t == Funnel::Truth::True) {
            out.forIds << e.id;
            forRows << row;
        } else if (t == Funnel::Truth::False) {
            out.againstIds << e.id;
            againstRows << row;
        }
    }
    QString html = QStringLiteral("<h3>%1 <small>(%2)</small></h3>")
                       .arg(chip.name.toHtmlEscaped(), chip.vendor.toHtmlEscaped());
    html += card.eliminatedAtStep < 0
        ? QStringLiteral("<p><b>%1</b> %2</p>")
              .arg(tr("Still a candidate."), card.exportText.toHtmlEscaped())
        : QStringLiteral("<p><b>%1</b> %2</p>")
              .arg(tr("Eliminated at step %1.").arg(card.eliminatedAtStep + 1),
                  card.reason.toHtmlEscaped());
    if (!c.rankReason.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(c.rankReason.toHtmlEscaped());
    html +=
        QStringLiteral("<h4>%1</h4>").arg(tr("Steps it passed")) + list(passedSteps(chip, card, c));
    html += QStringLiteral("<h4>%1</h4>").arg(tr("Evidence naming it")) + list(namingRows);
    html += QStringLiteral("<h4>%1</h4>").arg(tr("Evidence for it (%n)", int(forRows.size())))
        + list(forRows);
    html +=
        QStringLiteral("<h4>%1</h4>").arg(tr("Evidence against it (%n)", int(againstRows.size())))
        + list(againstRows);
    html += QStringLiteral("<h4>%1</h4>")
                .arg(tr("Its neighbours (%1)").arg(chip.family.toHtmlEscaped()))
        + list(neighbours(chip, c));
    if (!card.exportText.isEmpty())
        html += QStringLiteral("<h4>%1</h4><p>%2</p>")
                    .arg(tr("Export reasoning"), card.exportText.toHtmlEscaped());
    out.html = html;
    return out;
}

} // namespace ChipTrace::Ui
