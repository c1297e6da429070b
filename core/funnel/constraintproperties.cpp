// SPDX-License-Identifier: GPL-3.0-or-later
#include "funnel/constraintproperties.h"

using namespace Qt::StringLiterals;
using ChipTrace::Catalog::Accelerator;
using ChipTrace::Catalog::Availability;

namespace ChipTrace::Funnel::Detail {

QString Value::display() const
{
    switch (availability) {
    case Availability::Unknown:
        return u"unknown"_s;
    case Availability::NotApplicable:
        return u"n/a"_s;
    case Availability::Known:
        break;
    }
    return text.isEmpty() ? QString::number(number, 'g', 10) : text;
}

namespace {

Value fromFigure(const Catalog::Figure &f)
{
    Value v;
    v.availability = f.availability;
    v.number = f.value;
    return v;
}

Value fromFlag(const Catalog::Flag &f)
{
    Value v;
    v.availability = f.availability;
    v.boolean = f.value;
    v.text = f.known() ? (f.value ? u"yes"_s : u"no"_s) : QString();
    return v;
}

Value fromText(const QString &s)
{
    Value v;
    v.availability = s.isEmpty() ? Availability::Unknown : Availability::Known;
    v.text = s;
    return v;
}

Value fromBool(bool b)
{
    Value v;
    v.availability = Availability::Known;
    v.boolean = b;
    v.text = b ? u"yes"_s : u"no"_s;
    return v;
}

} // namespace

const QStringList &featureFlags()
{
    static const QStringList flags = {u"wgmma"_s, u"tma"_s, u"tcgen05"_s, u"tmem"_s, u"mxfp8"_s,
        u"nvfp4"_s, u"fp8_block"_s, u"fnuz"_s, u"nvlink"_s, u"sm_90a"_s, u"sm_100a"_s, u"sm_120"_s};
    return flags;
}

const QList<Property> &propertyTable()
{
    using Catalog::NumberFormat;
    static const QList<Property> list = {
        {u"vendor"_s, Type::Text, [](const Accelerator &a) { return fromText(a.vendor); }},
        {u"name"_s, Type::Text, [](const Accelerator &a) { return fromText(a.name); }},
        {u"id"_s, Type::Text, [](const Accelerator &a) { return fromText(a.id); }},
        {u"family"_s, Type::Text, [](const Accelerator &a) { return fromText(a.family); }},
        {u"arch"_s, Type::Text, [](const Accelerator &a) { return fromText(a.architecture); }},
        {u"die"_s, Type::Text, [](const Accelerator &a) { return fromText(a.die); }},
        {u"segment"_s, Type::Text,
            [](const Accelerator &a) { return fromText(Catalog::segmentName(a.segment)); }},
        {u"memory_type"_s, Type::Text, [](const Accelerator &a) { return fromText(a.memoryType); }},
        {u"interconnect"_s, Type::Text,
            [](const Accelerator &a) { return fromText(a.interconnect); }},
        {u"collective"_s, Type::Text, [](const Accelerator &a) { return fromText(a.collective); }},
        {u"stack"_s, Type::Text, [](const Accelerator &a) { return fromText(a.stack); }},
        {u"origin"_s, Type::Text,
            [](const Accelerator &a) { return fromText(Catalog::originName(a.origin)); }},
        {u"cc"_s, Type::Number,
            [](const Accelerator &a) { return fromFigure(a.computeCapability); }},
        {u"memory_gb"_s, Type::Number, [](const Accelerator &a) { return fromFigure(a.memoryGb); }},
        {u"memory_bw"_s, Type::Number,
            [](const Accelerator &a) { return fromFigure(a.memoryBandwidthGBs); }},
        {u"io_bw"_s, Type::Number,
            [](const Accelerator &a) { return fromFigure(a.ioBandwidthGBs); }},
        {u"die_area"_s, Type::Number,
            [](const Accelerator &a) { return fromFigure(a.dieAreaMm2); }},
        {u"fp16_tops"_s, Type::Number,
            [](const Accelerator &a) { return fromFigure(a.dense(NumberFormat::FP16)); }},
        {u"fp8_tops"_s, Type::Number,
            [](const Accelerator &a) { return fromFigure(a.dense(NumberFormat::FP8)); }},
        {u"int8_tops"_s, Type::Number,
            [](const Accelerator &a) { return fromFigure(a.dense(NumberFormat::INT8)); }},
        {u"fp4_tops"_s, Type::Number,
            [](const Accelerator &a) { return fromFigure(a.dense(NumberFormat::FP4)); }},
        {u"tpp"_s, Type::Number,
            [](const Accelerator &a) {
                const auto t = Catalog::totalProcessingPerformance(a);
                Value v;
                v.availability = t.known ? Availability::Known : Availability::Unknown;
                v.number = t.value;
                return v;
            }},
        {u"pd"_s, Type::Number,
            [](const Accelerator &a) {
                const auto pd = Catalog::performanceDensity(a);
                Value v;
                v.availability = pd ? Availability::Known : Availability::Unknown;
                v.number = pd.value_or(0);
                return v;
            }},
        {u"release_year"_s, Type::Number,
            [](const Accelerator &a) {
                Value v;
                v.availability = a.released.isValid() ? Availability::Known : Availability::Unknown;
                v.number = a.released.year();
                return v;
            }},
        {u"bf16"_s, Type::Bool, [](const Accelerator &a) { return fromFlag(a.bf16); }},
        {u"fp8"_s, Type::Bool, [](const Accelerator &a) { return fromFlag(a.fp8); }},
        {u"fp4"_s, Type::Bool, [](const Accelerator &a) { return fromFlag(a.fp4); }},
        {u"tf32"_s, Type::Bool, [](const Accelerator &a) { return fromFlag(a.tf32); }},
        {u"gpudirect_rdma"_s, Type::Bool,
            [](const Accelerator &a) { return fromFlag(a.gpudirectRdma); }},
        {u"datacenter"_s, Type::Bool,
            [](const Accelerator &a) { return fromFlag(a.datacenterMarketed); }},
        {u"china_specific"_s, Type::Bool,
            [](const Accelerator &a) {
                return fromBool(a.chinaSpecific == Catalog::ChinaSpecific::Yes);
            }},
        {u"prc_domestic"_s, Type::Bool,
            [](const Accelerator &a) {
                return fromBool(a.origin == Catalog::Origin::PrcDomestic);
            }},
    };
    return list;
}

const QHash<QString, QString> &propertyAliases()
{
    static const QHash<QString, QString> aliases = {
        {u"architecture"_s, u"arch"_s},
        {u"compute_capability"_s, u"cc"_s},
        {u"memory"_s, u"memory_gb"_s},
        {u"mem_gb"_s, u"memory_gb"_s},
        {u"memory_bandwidth"_s, u"memory_bw"_s},
        {u"gdr"_s, u"gpudirect_rdma"_s},
        {u"gpudirect"_s, u"gpudirect_rdma"_s},
        {u"collective_library"_s, u"collective"_s},
        {u"software_stack"_s, u"stack"_s},
        {u"bfloat16"_s, u"bf16"_s},
        {u"year"_s, u"release_year"_s},
        {u"datacenter_marketed"_s, u"datacenter"_s},
        {u"performance_density"_s, u"pd"_s},
    };
    return aliases;
}

// Returns the property for a (lower-case) name, synthesising one for feature tokens.
std::optional<Property> findProperty(const QString &rawName)
{
    const QString name = propertyAliases().value(rawName, rawName);
    for (const Property &p : propertyTable()) {
        if (p.name == name)
            return p;
    }
    if (featureFlags().contains(name)) {
        return Property{name, Type::Bool,
            [name](const Accelerator &a) { return fromBool(a.features.contains(name)); }};
    }
    return std::nullopt;
}

} // namespace ChipTrace::Funnel::Detail
