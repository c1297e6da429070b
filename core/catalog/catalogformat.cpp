// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/catalogformat.h"

#include "catalog/catalog.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ChipTrace::Catalog {

std::optional<QList<CsvRecord>> readCsv(const QByteArray &data, int *errorLine)
{
    const QString text = QString::fromUtf8(data);
    QList<CsvRecord> records;
    int line = 1;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        // Skip comment and blank lines between records.
        if (text.at(i) == u'#' || text.at(i) == u'\n' || text.at(i) == u'\r') {
            while (i < n && text.at(i) != u'\n')
                ++i;
            ++i;
            ++line;
            continue;
        }
        CsvRecord record;
        record.line = line;
        QString field;
        bool quoted = false;
        bool done = false;
        while (!done) {
            if (i >= n) {
                if (quoted) {
                    if (errorLine)
                        *errorLine = record.line;
                    return std::nullopt;
                }
                record.fields.append(field);
                done = true;
                break;
            }
            const QChar c = text.at(i++);
            if (quoted) {
                if (c == u'"' && i < n && text.at(i) == u'"') {
                    field += u'"';
                    ++i;
                } else if (c == u'"') {
                    quoted = false;
                } else {
                    if (c == u'\n')
                        ++line;
                    field += c;
                }
            } else if (c == u'"') {
                quoted = true;
            } else if (c == u',') {
                record.fields.append(field);
                field.clear();
            } else if (c == u'\n') {
                record.fields.append(field);
                ++line;
                done = true;
            } else if (c != u'\r') {
                field += c;
            }
        }
        records.append(record);
    }
    return records;
}

QString csvEscape(const QString &field)
{
    if (!field.contains(u',') && !field.contains(u'"') && !field.contains(u'\n'))
        return field;
    QString escaped = field;
    escaped.replace(u"\""_s, u"\"\""_s);
    return u'"' + escaped + u'"';
}

// Splits "value~ [1,2]" into its value text, unverified mark and source indexes.
static QString splitCell(const QString &cell, QString *value, bool *unverified, QList<int> *sources)
{
    static const QRegularExpression re(uR"(^\s*([^\s\[~]*)\s*(~)?\s*(?:\[([0-9,\s]*)\])?\s*$)"_s);
    const auto m = re.match(cell);
    if (!m.hasMatch())
        return QCoreApplication::translate("Catalog", "'%1' is not of the form value[~] [sources]")
            .arg(cell);
    *value = m.captured(1);
    *unverified = m.capturedLength(2) > 0;
    const QStringList refs = m.captured(3).split(u',', Qt::SkipEmptyParts);
    for (const QString &ref : refs) {
        bool ok = false;
        const int index = ref.trimmed().toInt(&ok);
        if (!ok || index < 1)
            return QCoreApplication::translate(
                "Catalog", "source reference '%1' is not a number from 1")
                .arg(ref.trimmed());
        sources->append(index - 1);
    }
    return {};
}

QString parseFigureCell(const QString &cell, Figure *figure)
{
    QString value;
    *figure = Figure();
    if (QString error = splitCell(cell, &value, &figure->unverified, &figure->sources);
        !error.isEmpty())
        return error;
    if (value.isEmpty() || value == u"?") {
        figure->availability = Availability::Unknown;
        return {};
    }
    if (value.compare(u"n/a"_s, Qt::CaseInsensitive) == 0) {
        figure->availability = Availability::NotApplicable;
        return {};
    }
    bool ok = false;
    figure->value = value.toDouble(&ok);
    if (!ok || figure->value < 0)
        return QCoreApplication::translate(
            "Catalog", "'%1' is not a non-negative number, '?' or 'n/a'")
            .arg(value);
    figure->availability = Availability::Known;
    return {};
}

QString parseFlagCell(const QString &cell, Flag *flag)
{
    QString value;
    *flag = Flag();
    if (QString error = splitCell(cell, &value, &flag->unverified, &flag->sources);
        !error.isEmpty())
        return error;
    const QString v = value.toLower();
    if (v.isEmpty() || v == u"?") {
        flag->availability = Availability::Unknown;
    } else if (v == u"n/a") {
        flag->availability = Availability::NotApplicable;
    } else if (v == u"y" || v == u"yes") {
        flag->availability = Availability::Known;
        flag->value = true;
    } else if (v == u"n" || v == u"no") {
        flag->availability = Availability::Known;
        flag->value = false;
    } else {
        return QCoreApplication::translate("Catalog", "'%1' is not y, n, '?' or 'n/a'").arg(value);
    }
    return {};
}

static QString provenanceSuffix(bool unverified, const QList<int> &sources)
{
    QString s;
    if (unverified)
        s += u'~';
    if (!sources.isEmpty()) {
        QStringList refs;
        for (int i : sources)
            refs.append(QString::number(i + 1));
        s += u" ["_s + refs.join(u',') + u']';
    }
    return s;
}

QString figureCell(const Figure &figure)
{
    switch (figure.availability) {
    case Availability::Unknown:
        return u"?"_s;
    case Availability::NotApplicable:
        return u"n/a"_s;
    case Availability::Known:
        break;
    }
    return QString::number(figure.value, 'g', 10)
        + provenanceSuffix(figure.unverified, figure.sources);
}

QString flagCell(const Flag &flag)
{
    switch (flag.availability) {
    case Availability::Unknown:
        return u"?"_s;
    case Availability::NotApplicable:
        return u"n/a"_s;
    case Availability::Known:
        break;
    }
    return (flag.value ? u"y"_s : u"n"_s) + provenanceSuffix(flag.unverified, flag.sources);
}

static QJsonValue availabilityValue(Availability a, const QJsonValue &known)
{
    switch (a) {
    case Availability::Known:
        return known;
    case Availability::Unknown:
        return QJsonValue(QJsonValue::Null);
    case Availability::NotApplicable:
        return u"n/a"_s;
    }
    return {};
}

static QJsonArray sourceIndexes(const QList<int> &sources)
{
    QJsonArray array;
    for (int i : sources)
        array.append(i + 1);
    return array;
}

QJsonObject figureToJson(const Figure &figure)
{
    QJsonObject o;
    o[u"value"] = availabilityValue(figure.availability, figure.value);
    o[u"unverified"] = figure.unverified;
    o[u"sources"] = sourceIndexes(figure.sources);
    return o;
}

QJsonObject flagToJson(const Flag &flag)
{
    QJsonObject o;
    o[u"value"] = availabilityValue(flag.availability, flag.value);
    o[u"unverified"] = flag.unverified;
    o[u"sources"] = sourceIndexes(flag.sources);
    return o;
}

QJsonObject acceleratorToJson(const Accelerator &chip)
{
    QJsonObject o;
    o[u"id"] = chip.id;
    o[u"vendor"] = chip.vendor;
    o[u"name"] = chip.name;
    o[u"aliases"] = QJsonArray::fromStringList(chip.aliases);
    o[u"family"] = chip.family;
    o[u"architecture"] = chip.architecture;
    o[u"die"] = chip.die;
    o[u"compute_capability"] = figureToJson(chip.computeCapability);
    o[u"segment"] = segmentName(chip.segment);
    o[u"datacenter_marketed"] = flagToJson(chip.datacenterMarketed);
    o[u"released"] = chip.releasedText;
    o[u"released_unverified"] = chip.releasedUnverified;
    o[u"memory_gb"] = figureToJson(chip.memoryGb);
    o[u"memory_type"] = chip.memoryType;
    o[u"memory_bandwidth_gbs"] = figureToJson(chip.memoryBandwidthGBs);
    o[u"bf16"] = flagToJson(chip.bf16);
    o[u"fp8"] = flagToJson(chip.fp8);
    o[u"fp4"] = flagToJson(chip.fp4);
    o[u"tf32"] = flagToJson(chip.tf32);
    o[u"features"] = QJsonArray::fromStringList(chip.features);
    QJsonObject dense;
    dense[u"fp16"] = figureToJson(chip.dense(NumberFormat::FP16));
    dense[u"fp8"] = figureToJson(chip.dense(NumberFormat::FP8));
    dense[u"int8"] = figureToJson(chip.dense(NumberFormat::INT8));
    dense[u"fp4"] = figureToJson(chip.dense(NumberFormat::FP4));
    o[u"dense_tops"] = dense;
    o[u"interconnect"] = chip.interconnect;
    o[u"io_bandwidth_gbs"] = figureToJson(chip.ioBandwidthGBs);
    o[u"gpudirect_rdma"] = flagToJson(chip.gpudirectRdma);
    o[u"die_area_mm2"] = figureToJson(chip.dieAreaMm2);
    o[u"collective"] = chip.collective;
    o[u"stack"] = chip.stack;
    o[u"china_specific"] = chinaSpecificName(chip.chinaSpecific);
    o[u"origin"] = originName(chip.origin);
    const Tpp tpp = totalProcessingPerformance(chip);
    o[u"tpp"] = tpp.known ? QJsonValue(tpp.value) : QJsonValue(QJsonValue::Null);
    o[u"tpp_format"] =
        tpp.known ? QJsonValue(formatName(tpp.format)) : QJsonValue(QJsonValue::Null);
    const auto pd = performanceDensity(chip);
    o[u"performance_density"] = pd ? QJsonValue(*pd) : QJsonValue(QJsonValue::Null);
    QJsonArray sources;
    for (const Source &s : chip.sources)
        sources.append(QJsonObject{{u"text"_s, s.text}, {u"url"_s, s.url}});
    o[u"sources"] = sources;
    o[u"notes"] = chip.notes;
    return o;
}

QByteArray catalogToCsv(const Catalog &catalog)
{
    QStringList lines;
    lines.append(
        u"id,vendor,name,aliases,family,architecture,die,cc,segment,datacenter_marketed,released,"
        "memory_gb,memory_type,memory_bw_gbs,bf16,fp8,fp4,tf32,features,fp16_tops,fp8_tops,"
        "int8_tops,fp4_tops,interconnect,io_bw_gbs,gpudirect_rdma,die_area_mm2,collective,stack,"
        "china_specific,origin,tpp,performance_density,sources,notes"_s);
    for (const Accelerator &c : catalog.all()) {
        QStringList sources;
        for (const Source &s : c.sources)
            sources.append(s.text);
        const Tpp tpp = totalProcessingPerformance(c);
        const auto pd = performanceDensity(c);
        const QStringList row = {
            c.id,
            c.vendor,
            c.name,
            c.aliases.join(u'|'),
            c.family,
            c.architecture,
            c.die,
            figureCell(c.computeCapability),
            segmentName(c.segment),
            flagCell(c.datacenterMarketed),
            c.releasedText + (c.releasedUnverified ? u"~"_s : QString()),
            figureCell(c.memoryGb),
            c.memoryType,
            figureCell(c.memoryBandwidthGBs),
            flagCell(c.bf16),
            flagCell(c.fp8),
            flagCell(c.fp4),
            flagCell(c.tf32),
            c.features.join(u' '),
            figureCell(c.dense(NumberFormat::FP16)),
            figureCell(c.dense(NumberFormat::FP8)),
            figureCell(c.dense(NumberFormat::INT8)),
            figureCell(c.dense(NumberFormat::FP4)),
            c.interconnect,
            figureCell(c.ioBandwidthGBs),
            flagCell(c.gpudirectRdma),
            figureCell(c.dieAreaMm2),
            c.collective,
            c.stack,
            chinaSpecificName(c.chinaSpecific),
            originName(c.origin),
            tpp.known ? QString::number(tpp.value, 'f', 1) : u"?"_s,
            pd ? QString::number(*pd, 'f', 3) : u"?"_s,
            sources.join(u" ; "_s),
            c.notes,
        };
        QStringList escaped;
        for (const QString &f : row)
            escaped.append(csvEscape(f));
        lines.append(escaped.join(u','));
    }
    return (lines.join(u'\n') + u'\n').toUtf8();
}

} // namespace ChipTrace::Catalog
