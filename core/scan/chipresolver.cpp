// The built-in chip resolver: a fallback table used until (and where) the accelerator catalog is
// not available. Names match resources/data/catalog (the shared accelerators.csv).

#include "scan/claimextractor.h"

#include <QHash>
#include <QRegularExpression>

namespace ChipTrace::Scan {

using namespace Qt::StringLiterals;

namespace {

struct Spelling
{
    QString base;   // "A100", "ASCEND910B", "RTX4090D"
    QString form;   // "SXM", "PCIE", "NVL" or empty
    int memoryGb = 0;
};

Spelling normalise(const QString &spelling)
{
    QString s = spelling.toUpper();
    s.replace(u"昇腾"_s, u"ASCEND"_s).replace(u"昇騰"_s, u"ASCEND"_s).replace(u"思元"_s, u"MLU"_s);
    s.remove(u"寒武纪"_s).remove(u"海光"_s);
    static const QRegularExpression noise(QStringLiteral("NVIDIA|TESLA|DGX|GEFORCE|INSTINCT|HGX|[\\s_\\-()（）]"));
    s.remove(noise);
    Spelling out;
    static const QRegularExpression memory(QStringLiteral("(\\d{2,3})GI?B?$"));
    if (const auto m = memory.match(s); m.hasMatch() && m.capturedStart() > 0) {
        out.memoryGb = m.captured(1).toInt();
        s.truncate(m.capturedStart());
    }
    static const QRegularExpression form(QStringLiteral("(SXM\\d?|PCIE|NVL)$"));
    if (const auto m = form.match(s); m.hasMatch() && m.capturedStart() > 0) {
        out.form = m.captured(1).left(3) == u"SXM" ? QStringLiteral("SXM") : m.captured(1);
        s.truncate(m.capturedStart());
    }
    out.base = s;
    return out;
}

const QHash<QString, QStringList> &table()
{
    static const QHash<QString, QStringList> t = {
        {u"V100"_s, {u"V100 (SXM2)"_s}},
        {u"T4"_s, {u"T4"_s}},
        {u"A10"_s, {u"A10"_s}},
        {u"A30"_s, {u"A30"_s}},
        {u"A40"_s, {u"A40"_s}},
        {u"RTXA6000"_s, {u"RTX A6000"_s}},
        {u"A100"_s, {u"A100 40GB (SXM4/PCIe)"_s, u"A100 80GB (SXM4/PCIe)"_s}},
        {u"A800"_s, {u"A800 (40GB PCIe / 80GB PCIe / 80GB SXM)"_s}},
        {u"L4"_s, {u"L4"_s}},
        {u"L20"_s, {u"L20"_s}},
        {u"L40"_s, {u"L40"_s}},
        {u"L40S"_s, {u"L40S"_s}},
        {u"H100"_s, {u"H100 SXM5 80GB"_s, u"H100 PCIe 80GB"_s, u"H100 NVL 94GB"_s}},
        {u"H800"_s, {u"H800 SXM5"_s}},
        {u"H20"_s, {u"H20 (HGX)"_s}},
        {u"H200"_s, {u"H200 SXM 141GB"_s}},
        {u"GH200"_s, {u"GH200 Grace Hopper (per GPU)"_s}},
        {u"B100"_s, {u"B100"_s}},
        {u"B200"_s, {u"B200 (HGX)"_s}},
        {u"GB200"_s, {u"GB200 (per Blackwell GPU)"_s}},
        {u"RTX3090"_s, {u"GeForce RTX 3090"_s}},
        {u"RTX4090"_s, {u"GeForce RTX 4090"_s}},
        {u"RTX4090D"_s, {u"GeForce RTX 4090 D"_s}},
        {u"RTX5090"_s, {u"GeForce RTX 5090"_s}},
        {u"RTX5090D"_s, {u"GeForce RTX 5090 D (V1)"_s, u"GeForce RTX 5090 D V2"_s}},
        {u"MI100"_s, {u"Instinct MI100"_s}},
        {u"MI210"_s, {u"Instinct MI210"_s}},
        {u"MI250X"_s, {u"Instinct MI250X"_s}},
        {u"MI300X"_s, {u"Instinct MI300X"_s}},
        {u"MI325X"_s, {u"Instinct MI325X"_s}},
        {u"MI308X"_s, {u"Instinct MI308X"_s}},
        {u"GAUDI2"_s, {u"Gaudi 2 (HL-225H)"_s, u"Gaudi 2 China (HL-225B)"_s}},
        {u"GAUDI3"_s, {u"Gaudi 3 (HL-325L/HL-335/HL-338)"_s, u"Gaudi 3 China (HL-328 OAM / HL-388 PCIe)"_s}},
        {u"ASCEND910"_s, {u"Ascend 910 (910A)"_s}},
        {u"ASCEND910A"_s, {u"Ascend 910 (910A)"_s}},
        {u"ASCEND910B"_s, {u"Ascend 910B (B1-B4)"_s}},
        {u"ASCEND910C"_s, {u"Ascend 910C"_s}},
        {u"ATLAS800TA2"_s, {u"Ascend 910B (B1-B4)"_s}},
        {u"ATLAS900A2"_s, {u"Ascend 910B (B1-B4)"_s}},
        {u"TPUV4"_s, {u"TPU v4"_s}},
        {u"TPUV5E"_s, {u"TPU v5e"_s}},
        {u"TPUV5P"_s, {u"TPU v5p"_s}},
        {u"MLU290"_s, {u"MLU290-M5"_s}},
        {u"MLU370"_s, {u"MLU370-X8"_s}},
        {u"MLU370X8"_s, {u"MLU370-X8"_s}},
        {u"MLU590"_s, {u"MLU590"_s}},
        {u"DCUZ100"_s, {u"DCU Z100 (Shensuan-1)"_s}},
        {u"DCUK100"_s, {u"DCU K100 / K100-AI"_s}},
        {u"DCUK100AI"_s, {u"DCU K100 / K100-AI"_s}},
        {u"MTTS4000"_s, {u"MTT S4000"_s}},
    };
    return t;
}

// Narrows a family by the memory or form factor the spelling gives ("A100-80G", "H100 PCIe").
QStringList narrow(QStringList names, const Spelling &s)
{
    QStringList out;
    for (const QString &name : names) {
        const QString upper = name.toUpper();
        if (s.memoryGb && upper.contains(u"GB") && !upper.contains(QString::number(s.memoryGb) + u"GB"))
            continue;
        if (!s.form.isEmpty() && names.size() > 1 && !upper.contains(s.form))
            continue;
        out.append(name);
    }
    return out.isEmpty() ? names : out;
}

} // namespace

ChipResolver builtinChipResolver()
{
    return [](const QString &spelling) -> QStringList {
        const Spelling s = normalise(spelling);
        const auto it = table().constFind(s.base);
        if (it == table().cend())
            return {};
        return narrow(*it, s);
    };
}

ChipResolver defaultChipResolver()
{
    return builtinChipResolver();
}

} // namespace ChipTrace::Scan
