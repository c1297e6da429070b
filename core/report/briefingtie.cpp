// SPDX-License-Identifier: GPL-3.0-or-later
// The bottom line when the evidence stops short of one chip. Several candidates surviving the
// funnel are a tie, not a ranking: listing the first few reads as an answer it is not. What a
// decision-maker needs is which export outcome each side of the tie has at the training date,
// what the lab itself says it trained on, and which catalog figures would tell the survivors
// apart if evidence of them turned up.

#include "assess/assessment.h"
#include "briefingbuilder_p.h"
#include "catalog/catalog.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ChipTrace::Report::Build {

namespace {

// Controlled first: the outcome a reader acts on leads.
int outcomeOrder(ControlStatus s)
{
    switch (s) {
    case ControlStatus::Controlled:
        return 0;
    case ControlStatus::LicenseException:
        return 1;
    case ControlStatus::NotControlled:
        return 2;
    case ControlStatus::Undecidable:
        return 3;
    case ControlStatus::Mixed:
    case ControlStatus::Unknown:
        break;
    }
    return 4;
}

QList<OutcomeGroup> outcomeGroups(const QList<Candidate> &candidates)
{
    QList<OutcomeGroup> groups;
    for (const Candidate &c : candidates) {
        auto it = std::find_if(groups.begin(), groups.end(),
            [&](const OutcomeGroup &g) { return g.status == c.exportStatus.status; });
        if (it == groups.end())
            groups << OutcomeGroup{c.exportStatus.status, {c.name}};
        else
            it->names << c.name;
    }
    std::stable_sort(
        groups.begin(), groups.end(), [](const OutcomeGroup &a, const OutcomeGroup &b) {
            return outcomeOrder(a.status) < outcomeOrder(b.status);
        });
    return groups;
}

QStringList tieNames(const Context &ctx, const QStringList &ids)
{
    QStringList names;
    for (const QString &id : ids) {
        const Catalog::Accelerator *chip = ctx.catalog.byId(id);
        const QString name = chip ? chip->name : id;
        if (!names.contains(name))
            names << name;
    }
    return names;
}

// "memory 80–141 GB" when the survivors' known figures differ; empty when they agree.
QString figureSpread(const QList<const Catalog::Accelerator *> &chips,
    const Catalog::Figure Catalog::Accelerator::*figure, const QString &what, const QString &unit)
{
    double lo = 0, hi = 0;
    bool any = false;
    for (const Catalog::Accelerator *chip : chips) {
        const Catalog::Figure &f = chip->*figure;
        if (!f.known())
            continue;
        lo = any ? std::min(lo, f.value) : f.value;
        hi = any ? std::max(hi, f.value) : f.value;
        any = true;
    }
    if (!any || lo == hi)
        return {};
    return u"%1 %2\u2013%3 %4"_s.arg(
        what, QString::number(lo, 'g', 6), QString::number(hi, 'g', 6), unit);
}

QString separatingFigures(const Context &ctx, const QList<Candidate> &candidates)
{
    QList<const Catalog::Accelerator *> chips;
    for (const Candidate &c : candidates)
        for (const Catalog::Accelerator &a : ctx.catalog.all())
            if (a.name == c.name)
                chips << &a;
    QStringList parts;
    for (const QString &p :
        {figureSpread(chips, &Catalog::Accelerator::memoryGb,
             QCoreApplication::translate("Report", "memory per device"), u"GB"_s),
            figureSpread(chips, &Catalog::Accelerator::ioBandwidthGBs,
                QCoreApplication::translate("Report", "chip-to-chip bandwidth"), u"GB/s"_s),
            figureSpread(chips, &Catalog::Accelerator::memoryBandwidthGBs,
                QCoreApplication::translate("Report", "memory bandwidth"), u"GB/s"_s)})
        if (!p.isEmpty())
            parts << p;
    return parts.join(u"; "_s);
}

} // namespace

void tieAndClaims(const Context &ctx, Briefing &b, const Assess::Assessment &a)
{
    BottomLine &l = b.bottomLine;
    l.outcomes = outcomeGroups(b.candidates);
    l.claimedTraining = tieNames(ctx, a.claimedTraining);
    l.claimDisputed = tieNames(ctx, a.claimDisputed);
    l.tied = b.candidates.size() > 1;
    if (!l.tied)
        return;
    // The lab's own word may single out survivors the funnel's steps cannot: say which.
    QStringList claimed;
    for (const Candidate &c : b.candidates)
        if (l.claimedTraining.contains(c.name) && !l.claimDisputed.contains(c.name))
            claimed << c.name;
    l.tieStatement = claimed.isEmpty()
        ? QCoreApplication::translate("Report",
              "%n candidates survive the funnel and its steps do not separate them: the chip "
              "(SKU) is undetermined.",
              nullptr, int(b.candidates.size()))
        : QCoreApplication::translate("Report",
              "%n candidates survive the funnel and its steps do not separate them; only the "
              "lab's own training claims point to %1.",
              nullptr, int(b.candidates.size()))
              .arg(claimed.join(u", "_s));
    l.separatedBy = separatingFigures(ctx, b.candidates);
}

} // namespace ChipTrace::Report::Build
