// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/ruledata.h"

#include <QCoreApplication>

#include <cmath>

using namespace Qt::StringLiterals;
using ChipTrace::Catalog::Accelerator;

namespace ChipTrace::Rules {

namespace {


// A figure within 2% of a threshold could flip with a different source: say so.
void noteBorderline(QStringList *notes, const QString &what, double value, double threshold)
{
    if (threshold > 0 && std::abs(value - threshold) / threshold < 0.02) {
        notes->append(QCoreApplication::translate("Rules",
            "Borderline: %1 %2 is within 2% of the %3 threshold; a different figure could change the result.")
                .arg(what, formatNumber(value), formatNumber(threshold)));
    }
}

QString tppText(const ChipFigures &f)
{
    return QCoreApplication::translate("Rules", "TPP %1 (%2 dense TOPS x %3 bits)")
        .arg(formatNumber(f.tpp.value), Catalog::formatName(f.tpp.format))
        .arg(Catalog::bitLength(f.tpp.format));
}

void noteUnverified(QStringList *notes, const Accelerator &chip, const ChipFigures &f, bool usesPd)
{
    if (f.tpp.unverified)
        notes->append(QCoreApplication::translate(
            "Rules", "The %1 dense throughput behind TPP is unverified.")
                .arg(Catalog::formatName(f.tpp.format)));
    if (usesPd && chip.dieAreaMm2.unverified)
        notes->append(QCoreApplication::translate(
            "Rules", "The die area (%1 mm2) behind performance density is unverified.")
                .arg(formatNumber(chip.dieAreaMm2.value)));
}

Verdict undecidable(const QString &reason)
{
    Verdict v;
    v.inScope = ControlStatus::Undecidable;
    v.classification = QCoreApplication::translate("Rules", "undecidable");
    v.reason = reason;
    return v;
}

Verdict outside(const QString &reason)
{
    Verdict v;
    v.inScope = ControlStatus::NotControlled;
    v.classification = QCoreApplication::translate("Rules", "not 3A090");
    v.reason = reason;
    return v;
}

// 3A090.a.2 / .b when TPP < 4800: needs performance density.
Verdict evaluateDensity(const RuleData &rule, const Accelerator &chip, const ChipFigures &f)
{
    const double tpp = f.tpp.value;
    if (tpp < rule.t("a2_tpp"))
        return outside(
            QCoreApplication::translate("Rules", "%1 is below 1600, the floor of every 3A090 prong")
                .arg(tppText(f)));
    if (!f.pd) {
        return undecidable(QCoreApplication::translate("Rules",
            "%1 lies between 1600 and 4800, where 3A090.a.2 and 3A090.b depend on performance "
            "density, and the die area is unknown")
                .arg(tppText(f)));
    }
    const double pd = *f.pd;
    const QString pdText =
        QCoreApplication::translate("Rules", "performance density %1 (TPP / %2 mm2)")
            .arg(formatNumber(pd), formatNumber(chip.dieAreaMm2.value));
    Verdict v;
    v.inScope = ControlStatus::Controlled;
    if (pd >= rule.t("a2_pd")) {
        v.classification = u"3A090.a.2"_s;
        v.reason = QCoreApplication::translate("Rules", "%1 >= 1600 and %2 >= 5.92 (3A090.a.2)")
                       .arg(tppText(f), pdText);
    } else if (tpp >= rule.t("b1_tpp_min") && tpp < rule.t("b1_tpp_max")
        && pd >= rule.t("b1_pd_min")) {
        v.classification = u"3A090.b.1"_s;
        v.reason = QCoreApplication::translate(
            "Rules", "%1 in [2400, 4800) and %2 in [1.6, 5.92) (3A090.b.1)")
                       .arg(tppText(f), pdText);
    } else if (pd >= rule.t("b2_pd_min")) {
        v.classification = u"3A090.b.2"_s;
        v.reason =
            QCoreApplication::translate("Rules", "%1 >= 1600 and %2 in [3.2, 5.92) (3A090.b.2)")
                .arg(tppText(f), pdText);
    } else {
        v = outside(QCoreApplication::translate("Rules",
            "%1 and %2 fall below 3A090.a (PD >= 5.92) and 3A090.b (TPP >= 2400 with PD >= 1.6, or PD >= 3.2)")
                .arg(tppText(f), pdText));
    }
    noteBorderline(&v.notes, QCoreApplication::translate("Rules", "performance density"), pd,
        rule.t("b2_pd_min"));
    noteBorderline(
        &v.notes, QCoreApplication::translate("Rules", "performance density"), pd, rule.t("a2_pd"));
    noteBorderline(
        &v.notes, QCoreApplication::translate("Rules", "TPP"), tpp, rule.t("b1_tpp_min"));
    noteUnverified(&v.notes, chip, f, true);
    return v;
}

} // namespace

QString formatNumber(double value)
{
    if (std::abs(value - std::round(value)) < 0.05)
        return QString::number(qint64(std::llround(value)));
    return QString::number(value, 'f', value < 10 ? 3 : 1);
}

Verdict evaluate2022(const RuleData &rule, const Accelerator &chip, const ChipFigures &f)
{
    if (!f.tpp.known)
        return undecidable(QCoreApplication::translate(
            "Rules", "no dense throughput figure is known, so TPP cannot be computed"));
    const double io = chip.ioBandwidthGBs.value;
    Verdict v;
    if (f.tpp.value < rule.t("tpp")) {
        v = outside(QCoreApplication::translate(
            "Rules", "%1 is below 4800 (the 2022 test needs TPP >= 4800 and I/O >= 600 GB/s)")
                .arg(tppText(f)));
    } else if (!chip.ioBandwidthGBs.known()) {
        v = undecidable(QCoreApplication::translate("Rules",
            "%1 >= 4800, but the chip-to-chip I/O bandwidth is unknown (the 2022 test needs >= 600 GB/s)")
                .arg(tppText(f)));
    } else if (io < rule.t("io")) {
        v = outside(QCoreApplication::translate(
            "Rules", "%1 >= 4800, but aggregate I/O %2 GB/s is below 600 GB/s")
                .arg(tppText(f), formatNumber(io)));
    } else {
        v.inScope = ControlStatus::Controlled;
        v.classification = u"3A090.a"_s;
        v.reason =
            QCoreApplication::translate("Rules", "%1 >= 4800 and aggregate I/O %2 GB/s >= 600 GB/s")
                .arg(tppText(f), formatNumber(io));
    }
    noteBorderline(
        &v.notes, QCoreApplication::translate("Rules", "TPP"), f.tpp.value, rule.t("tpp"));
    if (chip.ioBandwidthGBs.known()) {
        noteBorderline(
            &v.notes, QCoreApplication::translate("Rules", "I/O bandwidth"), io, rule.t("io"));
        if (chip.ioBandwidthGBs.unverified && f.tpp.value >= rule.t("tpp"))
            v.notes.append(QCoreApplication::translate(
                "Rules", "The I/O bandwidth figure (%1 GB/s) is unverified.")
                    .arg(formatNumber(io)));
    }
    noteUnverified(&v.notes, chip, f, false);
    return v;
}

Verdict evaluate2023(const RuleData &rule, const Accelerator &chip, const ChipFigures &f)
{
    if (!f.tpp.known)
        return undecidable(QCoreApplication::translate(
            "Rules", "no dense throughput figure is known, so TPP cannot be computed"));
    const auto &dc = chip.datacenterMarketed;
    if (f.tpp.value >= rule.t("a1_tpp")) {
        Verdict v;
        v.inScope = ControlStatus::Controlled;
        v.classification = u"3A090.a.1"_s;
        v.nonDatacenter = dc.isFalse();
        v.reason = QCoreApplication::translate("Rules", "%1 >= 4800 (3A090.a.1)").arg(tppText(f));
        if (v.nonDatacenter)
            v.reason += QCoreApplication::translate("Rules",
                "; not designed or marketed for datacenters, so License Exception NAC/ACA can apply");
        noteBorderline(
            &v.notes, QCoreApplication::translate("Rules", "TPP"), f.tpp.value, rule.t("a1_tpp"));
        noteUnverified(&v.notes, chip, f, false);
        return v;
    }
    Verdict v = evaluateDensity(rule, chip, f);
    if (v.inScope == ControlStatus::NotControlled)
        return v;
    // The Note to 3A090: non-datacenter parts below TPP 4800 are outside whatever their density.
    if (dc.isFalse()) {
        Verdict out = outside(QCoreApplication::translate("Rules",
            "not designed or marketed for datacenters and %1 is below 4800: excluded by the "
            "Note to 3A090 (otherwise %2)")
                .arg(tppText(f), v.classification));
        out.notes = v.notes;
        noteBorderline(&out.notes, QCoreApplication::translate("Rules", "TPP"), f.tpp.value,
            rule.t("carveout_tpp"));
        if (dc.unverified)
            out.notes.append(QCoreApplication::translate(
                "Rules", "Whether %1 is designed or marketed for datacenters is unverified.")
                    .arg(chip.name));
        return out;
    }
    if (!dc.known() && v.inScope == ControlStatus::Controlled) {
        return undecidable(QCoreApplication::translate("Rules",
            "%1 would be %2, unless it is not designed or marketed for datacenters, which the "
            "catalog does not know")
                .arg(v.reason, v.classification));
    }
    return v;
}

Verdict evaluateBandwidthLetter(const RuleData &rule, const Accelerator &chip)
{
    Verdict v;
    const auto &dram = chip.memoryBandwidthGBs;
    const auto &io = chip.ioBandwidthGBs;
    const bool dramHit = dram.known() && dram.value >= rule.t("dram");
    const bool ioHit = io.known() && io.value >= rule.t("io");
    const bool sumHit = dram.known() && io.known() && dram.value + io.value >= rule.t("sum");
    if (rule.named.contains(chip.id)) {
        v.inScope = ControlStatus::Controlled;
        v.classification = QCoreApplication::translate("Rules", "H20-class licence requirement");
        v.reason =
            QCoreApplication::translate("Rules", "%1 is named in the letters").arg(chip.name);
        if (dram.known())
            v.reason += QCoreApplication::translate(
                "Rules", " (DRAM bandwidth %1 GB/s; the reported threshold is 1400 GB/s)")
                            .arg(formatNumber(dram.value));
        return v;
    }
    if (dramHit || ioHit || sumHit) {
        v.inScope = ControlStatus::Controlled;
        v.classification = QCoreApplication::translate("Rules", "H20-class licence requirement");
        v.reason = QCoreApplication::translate("Rules",
            "DRAM bandwidth %1 GB/s and I/O %2 GB/s reach the reported thresholds (DRAM >= 1400, or I/O >= "
            "1100, or together >= 1700 GB/s; %3)")
                       .arg(dram.known() ? formatNumber(dram.value)
                                         : QCoreApplication::translate("Rules", "unknown"),
                           io.known() ? formatNumber(io.value)
                                      : QCoreApplication::translate("Rules", "unknown"),
                           rule.thresholdsSource);
        return v;
    }
    if (!dram.known() || !io.known()) {
        v.inScope = ControlStatus::Undecidable;
        v.classification = QCoreApplication::translate("Rules", "undecidable");
        v.reason = QCoreApplication::translate("Rules",
            "the memory or I/O bandwidth is unknown, so the reported H20-class thresholds cannot be tested");
        return v;
    }
    v.reason = QCoreApplication::translate("Rules",
        "DRAM bandwidth %1 GB/s and I/O %2 GB/s stay below the reported H20-class thresholds (DRAM >= 1400, "
        "I/O >= 1100, together >= 1700 GB/s)")
                   .arg(formatNumber(dram.value), formatNumber(io.value));
    noteBorderline(&v.notes, QCoreApplication::translate("Rules", "DRAM bandwidth"), dram.value,
        rule.t("dram"));
    return v;
}

} // namespace ChipTrace::Rules
