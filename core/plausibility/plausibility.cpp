// SPDX-License-Identifier: GPL-3.0-or-later
#include "plausibility/plausibility.h"

#include "catalog/catalog.h"

#include <QCoreApplication>

#include <cmath>

using namespace Qt::StringLiterals;

namespace ChipTrace::Plausibility {

namespace {

QString plausTr(const char *text)
{
    return QCoreApplication::translate("Plausibility", text);
}

const QStringList &phaseNames()
{
    static const QStringList names{
        u"pretraining"_s, u"context-extension"_s, u"post-training"_s, u"rl"_s, u"total"_s};
    return names;
}

// The peak the claim is judged against: the claimed format if the chip has it, otherwise the
// fastest format it has (the most favourable reading, so a missing format never by itself
// makes a chip look worse than it is).
const Peak *choosePeak(
    const TrainingClaim &claim, const QString &chipId, const PeakTable &peaks, bool *fallback)
{
    *fallback = false;
    if (claim.precision)
        if (const Peak *p = peaks.find(chipId, *claim.precision))
            return p;
    const Peak *best = nullptr;
    for (const Peak *p : peaks.forChip(chipId))
        if (!best || p->trainingHigh() > best->trainingHigh())
            best = p;
    *fallback = best && claim.precision.has_value();
    return best;
}

QString mfuPercent(double v)
{
    const double pct = v * 100;
    return QString::number(pct, 'f', pct < 10 ? 1 : 0);
}

QString tflopsText(double low, double high)
{
    const QString h = QString::number(high, 'g', 6);
    return low < high ? QString::number(low, 'g', 6) + u'-' + h : h;
}

} // namespace

QString phaseName(Phase p)
{
    return phaseNames().at(static_cast<int>(p));
}

std::optional<Phase> phaseFromName(const QString &name)
{
    QString key = name.trimmed().toLower();
    key.replace(u'_', u'-');
    if (key == u"pre-training")
        key = u"pretraining"_s;
    const qsizetype i = phaseNames().indexOf(key);
    if (i < 0)
        return std::nullopt;
    return static_cast<Phase>(i);
}

QString TrainingClaim::cannotAssess() const
{
    if (phase == Phase::Rl)
        return plausTr("an RL phase is dominated by generation, where 6·N·D does not hold");
    QStringList missing;
    if (!activeParams || !activeParams->isValid())
        missing.append(plausTr("the active parameter count"));
    if (!tokens || !tokens->isValid())
        missing.append(plausTr("the token count"));
    if (!deviceHours || !deviceHours->isValid())
        missing.append(plausTr("the GPU-hours (or devices and days)"));
    if (missing.isEmpty())
        return {};
    return plausTr("missing %1").arg(missing.join(u", "_s));
}

Quantity TrainingClaim::flops() const
{
    const Quantity f = (*activeParams * *tokens).scaled(6.0);
    return {f.low, f.high * (1.0 + std::max(0.0, overhead))};
}

QString bandName(Band b)
{
    switch (b) {
    case Band::Impossible:
        return u"impossible"_s;
    case Band::Implausible:
        return u"implausible"_s;
    case Band::Plausible:
        return u"plausible"_s;
    case Band::Low:
        return u"low"_s;
    case Band::CannotAssess:
        break;
    }
    return u"cannot-assess"_s;
}

bool ChipVerdict::eliminates() const
{
    return verified && (band == Band::Impossible || band == Band::Implausible);
}

QString mfuRangeText(double low, double high)
{
    if (!std::isfinite(high))
        return u"> "_s + mfuPercent(low) + u'%';
    if (mfuPercent(low) == mfuPercent(high))
        return mfuPercent(low) + u'%';
    return mfuPercent(low) + u'-' + mfuPercent(high) + u'%';
}

QString ChipVerdict::explain() const
{
    if (band == Band::CannotAssess)
        return plausTr("%1: cannot assess: %2").arg(chipName, reason);
    const QString format = precision ? precisionName(*precision).toUpper() : QString();
    QString text = chipName + u": "_s;
    if (fallback && claimed)
        text += plausTr("has no %1 path; ").arg(precisionName(*claimed).toUpper());
    text += plausTr("would need %1 of its %2 peak (%3 TFLOPS dense per device, %4: %5)")
                .arg(mfuRangeText(mfuLow, mfuHigh), format, tflopsText(peakLow, peakHigh),
                    peakStatusName(peakStatus), peakSource);
    if (devices > 1)
        text += plausTr("; a package shows as %1 devices, so a GPU-hour may count one of them")
                    .arg(devices);
    text += u"; "_s + bandName(band);
    if (!verified && (band == Band::Impossible || band == Band::Implausible))
        text += plausTr(" on an unverified peak, which cannot eliminate on its own");
    return text;
}

ChipVerdict assessChip(
    const TrainingClaim &claim, const Catalog::Accelerator &chip, const PeakTable &peaks)
{
    ChipVerdict v;
    v.chipId = chip.id;
    v.chipName = chip.name;
    v.claimed = claim.precision;
    if (const QString why = claim.cannotAssess(); !why.isEmpty()) {
        v.reason = why;
        return v;
    }
    const Peak *peak = choosePeak(claim, chip.id, peaks, &v.fallback);
    if (!peak) {
        v.reason = plausTr("no dense peak for this chip in the catalog");
        return v;
    }
    v.precision = claim.precision && !v.fallback ? *claim.precision : peak->precisions.first();
    v.devices = peak->devices;
    v.peakHigh = peak->trainingHigh();
    v.peakLow = peak->trainingLow() / peak->devices;
    v.peakSource = peak->source;
    v.peakStatus = peak->status;
    v.verified = peak->verified();
    const Quantity flops = claim.flops();
    const Quantity hours = *claim.deviceHours;
    const double perHourHigh = 3600.0 * v.peakHigh * 1e12;
    const double perHourLow = 3600.0 * v.peakLow * 1e12;
    v.mfuLow = hours.boundedAbove() ? flops.low / (hours.high * perHourHigh) : 0.0;
    v.mfuHigh = hours.low > 0 ? flops.high / (hours.low * perHourLow) : Quantity::unbounded;
    if (v.mfuLow > impossibleAbove)
        v.band = Band::Impossible;
    else if (v.mfuLow > implausibleAbove)
        v.band = Band::Implausible;
    else if (v.mfuHigh < lowBelow)
        v.band = Band::Low;
    else
        v.band = Band::Plausible;
    return v;
}

Assessment assess(
    const TrainingClaim &claim, const Catalog::Catalog &catalog, const PeakTable &peaks)
{
    Assessment a;
    a.claim = claim;
    a.cannotAssess = claim.cannotAssess();
    if (a.cannotAssess.isEmpty())
        a.flops = claim.flops();
    for (const Catalog::Accelerator &chip : catalog.all())
        a.chips.append(assessChip(claim, chip, peaks));
    return a;
}

std::optional<Funnel::Step> funnelStep(const Assessment &a)
{
    if (!a.cannotAssess.isEmpty())
        return std::nullopt;
    QStringList ids, names;
    for (const ChipVerdict &v : a.chips)
        if (v.eliminates()) {
            ids << v.chipId;
            names << u"%1 (%2)"_s.arg(v.chipName, mfuRangeText(v.mfuLow, v.mfuHigh));
        }
    if (ids.isEmpty())
        return std::nullopt;
    auto constraint = Funnel::Constraint::parse(u"not (id in [%1])"_s.arg(ids.join(u", "_s)));
    if (!constraint)
        return std::nullopt;
    // Short enough for a step row; `chiptrace plausibility` gives each chip's peak and source.
    const QString label = plausTr(
        "Compute plausibility (%1: %2 FLOPs in %3 device-hours): more than the verified "
        "peak allows for %4")
                              .arg(phaseName(a.claim.phase), a.flops.text(),
                                  a.claim.deviceHours->text(), names.join(u", "_s));
    return Funnel::Step{*constraint, ChipTrace::Strength::Strong,
        u"plausibility:%1"_s.arg(phaseName(a.claim.phase)), label, true};
}

} // namespace ChipTrace::Plausibility
