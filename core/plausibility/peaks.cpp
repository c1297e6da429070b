// SPDX-License-Identifier: GPL-3.0-or-later
#include "plausibility/peaks.h"

#include "catalog/catalog.h"
#include "catalog/catalogformat.h"

#include <QCoreApplication>
#include <QFile>

using namespace Qt::StringLiterals;

namespace ChipTrace::Plausibility {

namespace {

const QStringList &precisionNames()
{
    static const QStringList names{u"fp8"_s, u"bf16"_s, u"fp16"_s, u"tf32"_s, u"fp32"_s};
    return names;
}

QString peaksTr(const char *text)
{
    return QCoreApplication::translate("Plausibility", text);
}

// "123.4" or "100-120" (a range). Returns false on anything else or a non-positive value.
bool parseTflops(const QString &cell, double *low, double *high)
{
    const QStringList parts = cell.trimmed().split(u'-');
    if (parts.isEmpty() || parts.size() > 2)
        return false;
    bool ok1 = false;
    bool ok2 = true;
    *low = parts.first().trimmed().toDouble(&ok1);
    *high = parts.size() == 2 ? parts.last().trimmed().toDouble(&ok2) : *low;
    return ok1 && ok2 && *low > 0 && *high >= *low;
}

std::optional<double> optionalTflops(const QString &cell, bool *ok)
{
    *ok = true;
    if (cell.trimmed().isEmpty())
        return std::nullopt;
    const double v = cell.trimmed().toDouble(ok);
    *ok = *ok && v > 0;
    return v;
}

} // namespace

QString precisionName(Precision p)
{
    return precisionNames().at(static_cast<int>(p));
}

std::optional<Precision> precisionFromName(const QString &name)
{
    const qsizetype i = precisionNames().indexOf(name.trimmed().toLower());
    if (i < 0)
        return std::nullopt;
    return static_cast<Precision>(i);
}

QString peakStatusName(PeakStatus s)
{
    switch (s) {
    case PeakStatus::Vendor:
        return u"vendor"_s;
    case PeakStatus::Secondary:
        return u"secondary"_s;
    case PeakStatus::Unverified:
        break;
    }
    return u"unverified"_s;
}

double Peak::trainingLow() const
{
    return training ? *training * denseLow / denseHigh : denseLow;
}

double Peak::trainingHigh() const
{
    return training ? *training : denseHigh;
}

Result<PeakTable> PeakTable::parse(
    const QByteArray &csv, const QString &fileName, const Catalog::Catalog *catalog)
{
    int errorLine = 0;
    const auto records = Catalog::readCsv(csv, &errorLine);
    if (!records)
        return fail(
            ErrorCode::Parse, peaksTr("%1:%2: unterminated quote").arg(fileName).arg(errorLine));
    if (records->isEmpty())
        return fail(ErrorCode::Parse, peaksTr("%1: no header line").arg(fileName));
    const QStringList header = records->first().fields;
    static const QStringList columns{u"chip"_s, u"precision"_s, u"dense_tflops"_s,
        u"sparse_tflops"_s, u"training_tflops"_s, u"devices"_s, u"status"_s, u"source"_s,
        u"note"_s};
    if (header != columns)
        return fail(ErrorCode::Parse,
            peaksTr("%1:%2: the header must be %3")
                .arg(fileName)
                .arg(records->first().line)
                .arg(columns.join(u',')));
    PeakTable table;
    for (qsizetype r = 1; r < records->size(); ++r) {
        const Catalog::CsvRecord &rec = records->at(r);
        auto bad = [&](const QString &field, const QString &why) {
            return fail(ErrorCode::Parse,
                peaksTr("%1:%2: field '%3': %4").arg(fileName).arg(rec.line).arg(field, why));
        };
        if (rec.fields.size() != columns.size())
            return bad(u"(row)"_s,
                peaksTr("%1 fields, expected %2").arg(rec.fields.size()).arg(columns.size()));
        Peak p;
        p.line = rec.line;
        p.chipId = rec.fields.at(0).trimmed();
        if (catalog && !catalog->byId(p.chipId))
            return bad(u"chip"_s, peaksTr("no catalog entry \"%1\"").arg(p.chipId));
        for (const QString &name : rec.fields.at(1).split(u' ', Qt::SkipEmptyParts)) {
            const auto precision = precisionFromName(name);
            if (!precision)
                return bad(u"precision"_s, peaksTr("unknown format \"%1\"").arg(name));
            if (table.find(p.chipId, *precision))
                return bad(u"precision"_s, peaksTr("a second %1 row for %2").arg(name, p.chipId));
            p.precisions.append(*precision);
        }
        if (p.precisions.isEmpty())
            return bad(u"precision"_s, peaksTr("empty"));
        if (!parseTflops(rec.fields.at(2), &p.denseLow, &p.denseHigh))
            return bad(u"dense_tflops"_s,
                peaksTr("\"%1\" is not a positive number or range").arg(rec.fields.at(2)));
        bool ok = false;
        p.sparse = optionalTflops(rec.fields.at(3), &ok);
        if (!ok)
            return bad(u"sparse_tflops"_s, peaksTr("not a positive number"));
        // A "dense" figure equal to the sparse one is the confusion the table exists to avoid.
        if (p.sparse && *p.sparse <= p.denseLow)
            return bad(u"sparse_tflops"_s, peaksTr("not above the dense figure"));
        p.training = optionalTflops(rec.fields.at(4), &ok);
        if (!ok || (p.training && *p.training > p.denseHigh))
            return bad(u"training_tflops"_s, peaksTr("not a positive number up to the dense one"));
        p.devices = rec.fields.at(5).trimmed().toInt(&ok);
        if (!ok || p.devices < 1 || p.devices > 8)
            return bad(u"devices"_s, peaksTr("not a count from 1 to 8"));
        const QString status = rec.fields.at(6).trimmed();
        if (status == u"vendor")
            p.status = PeakStatus::Vendor;
        else if (status == u"secondary")
            p.status = PeakStatus::Secondary;
        else if (status == u"unverified")
            p.status = PeakStatus::Unverified;
        else
            return bad(
                u"status"_s, peaksTr("vendor, secondary or unverified, not \"%1\"").arg(status));
        p.source = rec.fields.at(7).trimmed();
        if (p.source.isEmpty())
            return bad(u"source"_s, peaksTr("every figure needs a source"));
        p.note = rec.fields.at(8).trimmed();
        table.m_byChip[p.chipId].append(table.m_peaks.size());
        table.m_peaks.append(std::move(p));
    }
    return table;
}

namespace {
struct BuiltinPeaks
{
    PeakTable table;
    QString error;
    BuiltinPeaks()
    {
        QFile file(u":/data/catalog/peaks.csv"_s);
        if (!file.open(QIODevice::ReadOnly)) {
            error = peaksTr("Cannot read the built-in peaks table: %1").arg(file.errorString());
            return;
        }
        const Catalog::Catalog &catalog = Catalog::Catalog::builtin();
        auto parsed = PeakTable::parse(file.readAll(), u"peaks.csv"_s, &catalog);
        if (parsed)
            table = std::move(*parsed);
        else
            error = parsed.message();
    }
};
const BuiltinPeaks &builtinPeaks()
{
    static const BuiltinPeaks builtin;
    return builtin;
}
} // namespace

const PeakTable &PeakTable::builtin()
{
    return builtinPeaks().table;
}

QString PeakTable::builtinError()
{
    return builtinPeaks().error;
}

QList<const Peak *> PeakTable::forChip(const QString &chipId) const
{
    QList<const Peak *> result;
    for (qsizetype i : m_byChip.value(chipId))
        result.append(&m_peaks.at(i));
    return result;
}

const Peak *PeakTable::find(const QString &chipId, Precision p) const
{
    for (qsizetype i : m_byChip.value(chipId))
        if (m_peaks.at(i).covers(p))
            return &m_peaks.at(i);
    return nullptr;
}

} // namespace ChipTrace::Plausibility
