// SPDX-License-Identifier: GPL-3.0-or-later
// Chip spellings resolved through the accelerator catalog, with a second chance for spellings
// the catalog's aliases do not cover ("DGX-A100（40G）", "昇腾910" inside a sentence).

#include "catalog/catalog.h"
#include "scan/claimextractor.h"

#include <QHash>
#include <QRegularExpression>

namespace ChipTrace::Scan {

using namespace Qt::StringLiterals;

namespace {

struct Spelling
{
    QString base; // "A100", "ASCEND910B", "RTX4090D"
    QString form; // "SXM", "PCIE", "NVL" or empty
    int memoryGb = 0;
};

Spelling normalise(const QString &spelling)
{
    QString s = spelling.toUpper();
    s.replace(u"昇腾"_s, u"ASCEND"_s).replace(u"昇騰"_s, u"ASCEND"_s).replace(u"思元"_s, u"MLU"_s);
    s.remove(u"寒武纪"_s).remove(u"海光"_s);
    // Memory and form factor first, while the separators still delimit them ("A100-80G").
    Spelling out;
    static const QRegularExpression memory(
        QStringLiteral("[\\s_\\-(（](\\d{2,3})\\s?GI?B?[)）]?$"));
    if (const auto m = memory.match(s); m.hasMatch() && m.capturedStart() > 0) {
        out.memoryGb = m.captured(1).toInt();
        s.truncate(m.capturedStart());
    }
    static const QRegularExpression form(QStringLiteral("[\\s_\\-](SXM\\d?|PCIE|NVL)$"));
    if (const auto m = form.match(s); m.hasMatch() && m.capturedStart() > 0) {
        out.form = m.captured(1).startsWith(u"SXM") ? QStringLiteral("SXM") : m.captured(1);
        s.truncate(m.capturedStart());
    }
    static const QRegularExpression noise(
        QStringLiteral("NVIDIA|TESLA|DGX|GEFORCE|INSTINCT|HGX|[\\s_\\-()（）]"));
    s.remove(noise);
    out.base = s;
    return out;
}

// Several entries for one spelling ("H100"): keep those the spelling's memory size and form
// factor agree with, if any do.
QList<const Catalog::Accelerator *> narrow(
    QList<const Catalog::Accelerator *> entries, const Spelling &s)
{
    if (entries.size() > 1 && s.memoryGb > 0) {
        QList<const Catalog::Accelerator *> kept;
        for (const auto *e : entries)
            if (e->memoryGb.known() && int(e->memoryGb.value) == s.memoryGb)
                kept.append(e);
        if (!kept.isEmpty())
            entries = kept;
    }
    if (entries.size() > 1 && !s.form.isEmpty()) {
        QList<const Catalog::Accelerator *> kept;
        for (const auto *e : entries)
            if (e->name.contains(s.form, Qt::CaseInsensitive))
                kept.append(e);
        if (!kept.isEmpty())
            entries = kept;
    }
    return entries;
}

} // namespace

ChipResolver catalogChipResolver(const Catalog::Catalog &catalog)
{
    return [&catalog](const QString &spelling) -> QStringList {
        const Spelling s = normalise(spelling);
        QList<const Catalog::Accelerator *> entries = catalog.resolve(spelling);
        // The catalog knows common spellings; for the rest try what the spelling is made of.
        QStringList tries;
        // Huawei sells the 910B in "Atlas ... A2" servers and the 910C in "Atlas ... A3" ones.
        static const QRegularExpression atlas(QStringLiteral("^ATLAS\\d{3}[A-Z]?A([23])$"));
        if (const auto m = atlas.match(s.base); m.hasMatch())
            tries << (m.captured(1) == u"2"_s ? u"Ascend 910B"_s : u"Ascend 910C"_s);
        // A bare GeForce number ("4090 GPU"): the extractor only passes it before "GPU" or "卡".
        static const QRegularExpression bare(QStringLiteral("^[2-5]0[6-9]0(TI)?$"));
        if (bare.match(s.base).hasMatch())
            tries.prepend(u"RTX "_s + s.base);
        // "Ascend NPU" / "昇腾NPU" names the family Huawei trains on: any 910.
        if (s.base == u"ASCENDNPU"_s)
            for (const QString &name : {u"Ascend 910"_s, u"Ascend 910B"_s, u"Ascend 910C"_s})
                entries << catalog.resolve(name);
        if (s.memoryGb > 0)
            tries << s.base + u' ' + QString::number(s.memoryGb) + u"GB"_s;
        if (!s.form.isEmpty())
            tries << s.base + u' ' + s.form;
        tries << s.base;
        for (qsizetype i = 0; entries.isEmpty() && i < tries.size(); ++i)
            entries = catalog.resolve(tries[i]);
        QStringList names;
        for (const auto *e : narrow(entries, s))
            names.append(e->name);
        return names;
    };
}

ChipResolver defaultChipResolver()
{
    return catalogChipResolver(Catalog::Catalog::builtin());
}

} // namespace ChipTrace::Scan
