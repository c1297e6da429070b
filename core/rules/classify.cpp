// SPDX-License-Identifier: GPL-3.0-or-later
// ExportRules::classify() and legalWindow(): combine the 3A090 version in force, the April 2025
// letters, the January 2026 review zone, the chip's origin and the dated notices.

#include "rules/exportrules.h"
#include "rules/ruledata.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;
using ChipTrace::Catalog::Accelerator;

namespace ChipTrace::Rules {

namespace {


QString dateText(const QDate &d)
{
    return QLocale::c().toString(d, u"d MMM yyyy"_s);
}

const QStringList kChina = {u"CN"_s, u"HK"_s, u"MO"_s};

bool inDestinations(const RuleData &rule, const QString &dest, const QDate &date)
{
    for (const DestinationEntry &d : rule.destinations) {
        if (d.code == dest && (!d.since.isValid() || date >= d.since))
            return true;
    }
    return false;
}

const RuleData *eccnRule(const ExportRules::Data &data, const QDate &date)
{
    const RuleData *best = nullptr;
    for (const RuleData &r : data.rules) {
        if ((r.version.kind == u"3a090-2022" || r.version.kind == u"3a090-2023") && r.inForce(date)
            && (!best || r.version.effective > best->version.effective))
            best = &r;
    }
    return best;
}

QString sinceText(const RuleData &rule)
{
    return QCoreApplication::translate("Rules", "%1 (%2), in force since %3")
        .arg(rule.version.title, rule.version.citation, dateText(rule.version.effective));
}

void setRule(Classification *c, const RuleData &rule)
{
    c->ruleId = rule.version.id;
    c->ruleTitle = rule.version.title;
    c->ruleEffective = rule.version.effective;
}

// Destination coverage of a rule: Yes covered, No not covered, Undecidable not in the data.
ControlStatus coverage(const RuleData &rule, const ExportRules::Data &data, const QString &dest,
    const QDate &date, QString *why)
{
    for (const DestinationEntry &d : rule.destinations) {
        if (d.code != dest)
            continue;
        if (d.since.isValid() && date < d.since) {
            *why = QCoreApplication::translate(
                "Rules", "%1 was added to its destinations only on %2 (%3)")
                       .arg(dest, dateText(d.since), d.citation);
            return ControlStatus::NotControlled;
        }
        return ControlStatus::Controlled;
    }
    if (data.tier1.contains(dest) || rule.otherDestinations == u"not-covered") {
        *why = QCoreApplication::translate("Rules", "it does not cover %1").arg(dest);
        return ControlStatus::NotControlled;
    }
    *why = rule.otherDestinationsNote.isEmpty()
        ? QCoreApplication::translate("Rules", "its coverage of %1 is not in ChipTrace's data")
              .arg(dest)
        : rule.otherDestinationsNote;
    return ControlStatus::Undecidable;
}

// Applies destination coverage to a technical verdict and fills `c` from it.
void decide(
    Classification *c, const RuleData &rule, const ExportRules::Data &data, const Verdict &v)
{
    setRule(c, rule);
    c->classification = v.classification;
    c->notes += v.notes;
    QString why;
    const ControlStatus cov = v.inScope == ControlStatus::NotControlled
        ? ControlStatus::Controlled
        : coverage(rule, data, c->destination, c->date, &why);
    if (cov == ControlStatus::Controlled) {
        c->controlled = v.inScope;
        c->reason = QCoreApplication::translate("Rules", "%1: %2 under %3.")
                        .arg(c->chipName, v.reason, sinceText(rule));
    } else if (cov == ControlStatus::NotControlled) {
        c->controlled = ControlStatus::NotControlled;
        c->reason = QCoreApplication::translate("Rules", "%1: %2 under %3, but %4.")
                        .arg(c->chipName, v.reason, sinceText(rule), why);
    } else {
        c->controlled = ControlStatus::Undecidable;
        c->reason = QCoreApplication::translate("Rules", "%1: %2 under %3; %4")
                        .arg(c->chipName, v.reason, sinceText(rule), why);
    }
}

void applyEccn(
    Classification *c, const Accelerator &chip, const ChipFigures &f, const ExportRules::Data &data)
{
    const RuleData *rule = eccnRule(data, c->date);
    if (!rule) {
        c->controlled = ControlStatus::NotControlled;
        c->classification = QCoreApplication::translate("Rules", "not controlled");
        c->reason = QCoreApplication::translate("Rules",
            "%1: no US export control on AI accelerators was in force on %2; ECCN 3A090 took effect on 7 Oct 2022.")
                        .arg(c->chipName, dateText(c->date));
        return;
    }
    const Verdict v = rule->version.kind == u"3a090-2022" ? evaluate2022(*rule, chip, f)
                                                          : evaluate2023(*rule, chip, f);
    decide(c, *rule, data, v);
    if (c->controlled != ControlStatus::Controlled || rule->version.kind != u"3a090-2023")
        return;
    const bool naSplit = c->date >= QDate(2024, 4, 4);
    if (v.nonDatacenter
        || (c->classification.startsWith(u"3A090.b"_s) && chip.datacenterMarketed.isTrue()))
        c->licenseException = naSplit ? u"NAC/ACA"_s : u"NAC"_s;
}

void applyLetters(Classification *c, const Accelerator &chip, const ExportRules::Data &data)
{
    for (const RuleData &rule : data.rules) {
        if (rule.version.kind != u"bandwidth-letter" || c->controlled == ControlStatus::Controlled)
            continue;
        const bool named = rule.named.contains(chip.id);
        if (!named
            && (!rule.vendors.contains(chip.vendor) || chip.origin != Catalog::Origin::UsDesigned))
            continue;
        const QDate effective = rule.vendorEffective.value(chip.vendor, rule.version.effective);
        if (c->date < effective || !rule.inForce(c->date))
            continue;
        const Verdict v = evaluateBandwidthLetter(rule, chip);
        QString why;
        const ControlStatus cov = coverage(rule, data, c->destination, c->date, &why);
        const QString since =
            QCoreApplication::translate("Rules", "%1 (%2), in force for %3 since %4")
                .arg(rule.version.title, rule.version.citation, chip.vendor, dateText(effective));
        if (v.inScope == ControlStatus::NotControlled) {
            c->reason += u' '
                + QCoreApplication::translate(
                    "Rules", "The April 2025 letters do not reach it: %1.")
                      .arg(v.reason);
            continue;
        }
        const ControlStatus result =
            v.inScope == ControlStatus::Controlled ? cov : ControlStatus::Undecidable;
        if (result == ControlStatus::NotControlled)
            continue;
        setRule(c, rule);
        c->ruleEffective = effective;
        c->controlled = result;
        c->classification = v.classification;
        c->reason += u' '
            + QCoreApplication::translate("Rules", "However, a licence is required under %1: %2.")
                  .arg(since, v.reason);
        if (cov == ControlStatus::Undecidable)
            c->reason += u' ' + why;
        c->notes += v.notes;
    }
}

void applyReviewPolicy(
    Classification *c, const Accelerator &chip, const ChipFigures &f, const ExportRules::Data &data)
{
    if (c->controlled != ControlStatus::Controlled || !c->classification.startsWith(u"3A090"_s)
        || !kChina.contains(c->destination) || c->ruleId != u"us-2023-10-17"
        || !c->licenseException.isEmpty())
        return;
    c->reviewPolicy = QCoreApplication::translate("Rules", "presumption of denial");
    for (const RuleData &rule : data.rules) {
        if (rule.version.kind != u"review-zone" || !rule.inForce(c->date)
            || !inDestinations(rule, c->destination, c->date))
            continue;
        const auto &dram = chip.memoryBandwidthGBs;
        if (!f.tpp.known || !dram.known()) {
            c->notes.append(QCoreApplication::translate("Rules",
                "Whether the %1 case-by-case zone applies cannot be decided: TPP or DRAM bandwidth is unknown.")
                    .arg(rule.version.title));
        } else if (f.tpp.value < rule.t("tpp_below") && dram.value < rule.t("dram_below")) {
            c->reviewPolicy = QCoreApplication::translate("Rules", "case-by-case");
            c->notes.append(QCoreApplication::translate("Rules",
                "Since %1 (%2) licence applications are reviewed case by case: TPP %3 < 21000 and DRAM "
                "bandwidth %4 GB/s < 6500 GB/s (exports from the US only; supply, shipment-share, KYC "
                "and US third-party testing conditions).")
                    .arg(dateText(rule.version.effective), rule.version.citation,
                        formatNumber(f.tpp.value), formatNumber(dram.value)));
        } else {
            c->notes.append(QCoreApplication::translate("Rules",
                "Outside the %1 case-by-case zone (needs TPP < 21000 and DRAM bandwidth < 6500 GB/s; "
                "here TPP %2, DRAM %3 GB/s): presumption of denial remains.")
                    .arg(dateText(rule.version.effective), formatNumber(f.tpp.value),
                        formatNumber(dram.value)));
        }
    }
}

void applyOrigin(Classification *c, const Accelerator &chip)
{
    if (chip.origin == Catalog::Origin::CloudOnly) {
        c->parametersOnly = true;
        c->notes.append(QCoreApplication::translate("Rules",
            "%1 is not sold as merchant silicon; access is by renting cloud capacity, so the "
            "classification describes its parameters.")
                .arg(chip.name));
        return;
    }
    if (chip.origin != Catalog::Origin::PrcDomestic)
        return;
    c->parametersOnly = true;
    c->reviewPolicy.clear();
    c->licenseException.clear();
    const QString lead = QCoreApplication::translate("Rules",
        "%1 is a PRC-domestic design (%2), not a US export: this classifies its parameters only.")
                             .arg(chip.name, chip.vendor);
    if (c->controlled == ControlStatus::Controlled) {
        c->controlled = ControlStatus::Undecidable;
        c->classification += QCoreApplication::translate("Rules", " (parameters only)");
        c->reason = lead + u' ' + c->reason + u' '
            + QCoreApplication::translate("Rules",
                "Whether the EAR reaches it depends on the foreign-direct-product rules, the Entity List and "
                "General Prohibition 10, which ChipTrace does not evaluate.");
    } else {
        c->reason = lead + u' ' + c->reason;
    }
}

bool noticeApplies(
    const RuleData &rule, const Classification &c, const Accelerator &chip, const ChipFigures &f)
{
    if (!rule.vendors.isEmpty() && !rule.vendors.contains(chip.vendor))
        return false;
    if (!rule.destinations.isEmpty() && !inDestinations(rule, c.destination, c.date))
        return false;
    const bool tpp4800 = f.tpp.known && f.tpp.value >= 4800;
    if (rule.scope == u"criteria-2022")
        return tpp4800 && chip.ioBandwidthGBs.known() && chip.ioBandwidthGBs.value >= 600;
    if (rule.scope == u"datacenter-tpp4800")
        return tpp4800 && chip.datacenterMarketed.isTrue();
    if (rule.scope == u"licence-exception")
        return !c.licenseException.isEmpty();
    if (rule.scope == u"prc-domestic")
        return chip.origin == Catalog::Origin::PrcDomestic;
    if (rule.scope == u"outside-china")
        return !kChina.contains(c.destination);
    if (rule.scope == u"named-letter")
        return c.ruleId.contains(u"h20"_s);
    if (rule.scope == u"us")
        return chip.origin == Catalog::Origin::UsDesigned
            && c.controlled == ControlStatus::Controlled;
    return true;
}

void applyNotices(
    Classification *c, const Accelerator &chip, const ChipFigures &f, const ExportRules::Data &data)
{
    for (const RuleData &rule : data.rules) {
        if (rule.version.kind == u"notice" && rule.inForce(c->date)
            && noticeApplies(rule, *c, chip, f))
            c->notes.append(rule.note);
    }
}

// The avenues of access the reporting describes, as far as the window supports each.
QStringList accessAvenues(const Accelerator &chip, const LegalWindow &w, const QString &dest)
{
    QStringList avenues;
    const QString from = chip.releasedText.isEmpty()
        ? QCoreApplication::translate("Rules", "its release")
        : chip.releasedText;
    if (w.until && (!chip.released.isValid() || *w.until > chip.released))
        avenues.append(QCoreApplication::translate(
            "Rules", "Bought while legal and stockpiled: possible from %1 until %2.")
                .arg(from, dateText(*w.until)));
    if (w.until)
        avenues.append(QCoreApplication::translate("Rules",
            "Bought after %1 through intermediaries: would have needed a licence for %2; diversion or "
            "smuggling.")
                .arg(dateText(*w.until), dest));
    if (w.until && chip.origin == Catalog::Origin::UsDesigned)
        avenues.append(QCoreApplication::translate("Rules",
            "Rented in a cloud abroad: remote access is not an export of the chip, but since 17 Nov 2023 "
            "exports to entities headquartered in D:5 or Macau need a licence wherever they are."));
    if (!w.until && !w.undecidableFrom)
        avenues.append(QCoreApplication::translate("Rules",
            "A compliant part: no licence was required for %1 under the rules in the data.")
                .arg(dest));
    return avenues;
}

} // namespace

Classification ExportRules::classify(
    const Accelerator &chip, const QDate &date, const QString &destination) const
{
    Classification c;
    c.chipId = chip.id;
    c.chipName = chip.name;
    c.date = date;
    c.destination = destination.trimmed().isEmpty() ? u"CN"_s : destination.trimmed().toUpper();
    ChipFigures f{Catalog::totalProcessingPerformance(chip), Catalog::performanceDensity(chip)};
    if (f.tpp.known)
        c.tpp = f.tpp.value;
    c.performanceDensity = f.pd;
    if (!m_data) {
        c.controlled = ControlStatus::Undecidable;
        c.reason = QCoreApplication::translate("Rules", "The export-control rules are not loaded.");
        return c;
    }
    if (chip.released.isValid() && date < chip.released)
        c.notes.append(
            QCoreApplication::translate("Rules", "%1 was released in %2, after this date.")
                .arg(chip.name, chip.releasedText));
    applyEccn(&c, chip, f, *m_data);
    applyLetters(&c, chip, *m_data);
    applyReviewPolicy(&c, chip, f, *m_data);
    applyOrigin(&c, chip);
    applyNotices(&c, chip, f, *m_data);
    return c;
}

LegalWindow ExportRules::legalWindow(const Accelerator &chip, const QString &destination) const
{
    LegalWindow w;
    w.from = chip.released;
    QList<QDate> dates;
    if (chip.released.isValid())
        dates.append(chip.released);
    for (const QDate &d : changeDates()) {
        if (!chip.released.isValid() || d > chip.released)
            dates.append(d);
    }
    for (const QDate &d : std::as_const(dates)) {
        const Classification c = classify(chip, d, destination);
        if (c.controlled == ControlStatus::Undecidable && !w.undecidableFrom)
            w.undecidableFrom = d;
        if (c.controlled == ControlStatus::Controlled) {
            w.until = d;
            w.untilRuleId = c.ruleId;
            break;
        }
    }
    const QString dest =
        destination.trimmed().isEmpty() ? u"CN"_s : destination.trimmed().toUpper();
    const QString from = chip.releasedText.isEmpty()
        ? QCoreApplication::translate("Rules", "its release")
        : chip.releasedText;
    if (w.until && w.until == chip.released)
        w.summary = QCoreApplication::translate("Rules",
            "%1 never could be exported to %2 without a licence: it was controlled from its release (%3, %4).")
                        .arg(chip.name, dest, from, w.untilRuleId);
    else if (w.until)
        w.summary = QCoreApplication::translate(
            "Rules", "%1 could be exported to %2 without a licence from %3 until %4 (%5).")
                        .arg(chip.name, dest, from, dateText(*w.until), w.untilRuleId);
    else
        w.summary = QCoreApplication::translate("Rules",
            "%1 has needed no licence for %2 under the rules in ChipTrace's data, from %3 on.")
                        .arg(chip.name, dest, from);
    w.avenues = accessAvenues(chip, w, dest);
    if (chip.origin == Catalog::Origin::PrcDomestic) {
        w.avenues = {QCoreApplication::translate("Rules",
            "Bought domestically: a PRC-domestic part needs no US export licence to reach %1.")
                .arg(dest)};
        w.summary = QCoreApplication::translate("Rules",
            "%1 is a PRC-domestic design: US export licences do not govern its sale in China, so no legal-export "
            "window applies; its classification describes its parameters only.")
                        .arg(chip.name);
        return w;
    }
    if (w.undecidableFrom && (!w.until || *w.undecidableFrom < *w.until))
        w.summary += u' '
            + QCoreApplication::translate("Rules", "From %1 the data cannot decide.")
                  .arg(dateText(*w.undecidableFrom));
    if (w.until) {
        const Classification before = classify(chip, w.until->addDays(-1), destination);
        for (const RuleData &rule : m_data->rules) {
            if (rule.version.kind == u"notice" && before.notes.contains(rule.note)
                && (rule.scope == u"criteria-2022" || rule.scope == u"datacenter-tpp4800"))
                w.summary += u' '
                    + QCoreApplication::translate("Rules", "Earlier in practice: %1")
                          .arg(rule.note);
        }
    }
    return w;
}

} // namespace ChipTrace::Rules
