// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/accelerator.h"

namespace ChipTrace::Catalog {

int bitLength(NumberFormat format)
{
    switch (format) {
    case NumberFormat::FP16:
        return 16;
    case NumberFormat::FP8:
        return 8;
    case NumberFormat::INT8:
        return 8;
    case NumberFormat::FP4:
        return 4;
    }
    return 16;
}

QString formatName(NumberFormat format)
{
    switch (format) {
    case NumberFormat::FP16:
        return QStringLiteral("FP16/BF16");
    case NumberFormat::FP8:
        return QStringLiteral("FP8");
    case NumberFormat::INT8:
        return QStringLiteral("INT8");
    case NumberFormat::FP4:
        return QStringLiteral("FP4");
    }
    return {};
}

QList<Source> Accelerator::sourcesFor(const QList<int> &indexes) const
{
    if (indexes.isEmpty())
        return sources;
    QList<Source> result;
    for (int i : indexes) {
        if (i >= 0 && i < sources.size())
            result.append(sources.at(i));
    }
    return result;
}

Tpp totalProcessingPerformance(const Accelerator &chip)
{
    Tpp tpp;
    for (NumberFormat f : allNumberFormats) {
        const Figure &fig = chip.dense(f);
        if (fig.availability == Availability::Unknown) {
            tpp.partial = true;
            continue;
        }
        if (!fig.known())
            continue;
        const double value = fig.value * bitLength(f);
        if (!tpp.known || value > tpp.value) {
            tpp.value = value;
            tpp.known = true;
            tpp.format = f;
            tpp.unverified = fig.unverified;
        }
    }
    return tpp;
}

std::optional<double> performanceDensity(const Accelerator &chip)
{
    const Tpp tpp = totalProcessingPerformance(chip);
    if (!tpp.known || !chip.dieAreaMm2.known() || chip.dieAreaMm2.value <= 0)
        return std::nullopt;
    return tpp.value / chip.dieAreaMm2.value;
}

QString segmentName(Segment s)
{
    switch (s) {
    case Segment::Datacenter:
        return QStringLiteral("datacenter");
    case Segment::Workstation:
        return QStringLiteral("workstation");
    case Segment::Consumer:
        return QStringLiteral("consumer");
    }
    return {};
}

QString originName(Origin o)
{
    switch (o) {
    case Origin::UsDesigned:
        return QStringLiteral("us");
    case Origin::PrcDomestic:
        return QStringLiteral("prc-domestic");
    case Origin::CloudOnly:
        return QStringLiteral("cloud-only");
    }
    return {};
}

QString chinaSpecificName(ChinaSpecific c)
{
    switch (c) {
    case ChinaSpecific::No:
        return QStringLiteral("no");
    case ChinaSpecific::Yes:
        return QStringLiteral("yes");
    case ChinaSpecific::Domestic:
        return QStringLiteral("domestic");
    }
    return {};
}

} // namespace ChipTrace::Catalog
