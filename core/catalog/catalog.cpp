// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/catalog.h"

#include "catalog/catalogformat.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <functional>

using namespace Qt::StringLiterals;

namespace ChipTrace::Catalog {

namespace {

const QStringList kColumns = {
    u"id"_s,
    u"vendor"_s,
    u"name"_s,
    u"aliases"_s,
    u"family"_s,
    u"architecture"_s,
    u"die"_s,
    u"cc"_s,
    u"segment"_s,
    u"datacenter_marketed"_s,
    u"released"_s,
    u"memory_gb"_s,
    u"memory_type"_s,
    u"memory_bw_gbs"_s,
    u"bf16"_s,
    u"fp8"_s,
    u"fp4"_s,
    u"tf32"_s,
    u"features"_s,
    u"fp16_tops"_s,
    u"fp8_tops"_s,
    u"int8_tops"_s,
    u"fp4_tops"_s,
    u"interconnect"_s,
    u"io_bw_gbs"_s,
    u"gpudirect_rdma"_s,
    u"die_area_mm2"_s,
    u"collective"_s,
    u"stack"_s,
    u"china_specific"_s,
    u"origin"_s,
    u"sources"_s,
    u"notes"_s,
};


// One row being read: gives access to cells by column name and collects the first error.
class RowReader
{
public:
    RowReader(const CsvRecord &record, const QHash<QString, int> &columns, const QString &file)
        : m_record(record)
        , m_columns(columns)
        , m_file(file)
    { }

    QString text(const QString &column) const
    {
        const int i = m_columns.value(column, -1);
        return i >= 0 && i < m_record.fields.size() ? m_record.fields.at(i).trimmed() : QString();
    }
    void figure(const QString &column, Figure *out)
    {
        if (const QString e = parseFigureCell(text(column), out); !e.isEmpty())
            setError(column, e);
    }
    void flag(const QString &column, Flag *out)
    {
        if (const QString e = parseFlagCell(text(column), out); !e.isEmpty())
            setError(column, e);
    }
    void setError(const QString &column, const QString &message)
    {
        if (m_error.isEmpty())
            m_error =
                u"%1:%2: field '%3': %4"_s.arg(m_file).arg(m_record.line).arg(column, message);
    }
    QString error() const { return m_error; }
    int line() const { return m_record.line; }

private:
    const CsvRecord &m_record;
    const QHash<QString, int> &m_columns;
    QString m_file;
    QString m_error;
};

void readReleased(RowReader &r, Accelerator &a)
{
    QString value = r.text(u"released"_s);
    a.releasedUnverified = value.endsWith(u'~');
    if (a.releasedUnverified)
        value.chop(1);
    a.releasedText = value;
    if (value.isEmpty() || value == u"?")
        return;
    static const QRegularExpression re(uR"(^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$)"_s);
    const auto m = re.match(value);
    const QDate date = m.hasMatch()
        ? QDate(m.captured(1).toInt(), m.capturedLength(2) ? m.captured(2).toInt() : 1,
              m.capturedLength(3) ? m.captured(3).toInt() : 1)
        : QDate();
    if (!date.isValid())
        r.setError(u"released"_s,
            QCoreApplication::translate("Catalog", "'%1' is not YYYY, YYYY-MM or YYYY-MM-DD")
                .arg(value));
    a.released = date;
}

void readEnums(RowReader &r, Accelerator &a)
{
    const QString segment = r.text(u"segment"_s).toLower();
    if (segment == u"datacenter")
        a.segment = Segment::Datacenter;
    else if (segment == u"workstation")
        a.segment = Segment::Workstation;
    else if (segment == u"consumer")
        a.segment = Segment::Consumer;
    else
        r.setError(u"segment"_s,
            QCoreApplication::translate(
                "Catalog", "'%1' is not datacenter, workstation or consumer")
                .arg(segment));

    const QString china = r.text(u"china_specific"_s).toLower();
    if (china == u"y" || china == u"yes")
        a.chinaSpecific = ChinaSpecific::Yes;
    else if (china == u"n" || china == u"no")
        a.chinaSpecific = ChinaSpecific::No;
    else if (china == u"domestic")
        a.chinaSpecific = ChinaSpecific::Domestic;
    else
        r.setError(u"china_specific"_s,
            QCoreApplication::translate("Catalog", "'%1' is not y, n or domestic").arg(china));

    const QString origin = r.text(u"origin"_s).toLower();
    if (origin == u"us")
        a.origin = Origin::UsDesigned;
    else if (origin == u"prc-domestic")
        a.origin = Origin::PrcDomestic;
    else if (origin == u"cloud-only")
        a.origin = Origin::CloudOnly;
    else
        r.setError(u"origin"_s,
            QCoreApplication::translate("Catalog", "'%1' is not us, prc-domestic or cloud-only")
                .arg(origin));
}

QList<Source> readSources(const QString &text)
{
    static const QRegularExpression url(uR"(https?://\S+)"_s);
    QList<Source> sources;
    const QStringList parts = text.split(u" ; "_s, Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        Source s;
        s.text = part.trimmed();
        s.url = url.match(s.text).captured(0);
        sources.append(s);
    }
    return sources;
}

void checkSourceRefs(RowReader &r, const QString &column, const QList<int> &refs, qsizetype count)
{
    for (int i : refs) {
        if (i >= count)
            r.setError(column,
                QCoreApplication::translate(
                    "Catalog", "source [%1] does not exist: the row lists %2 sources")
                    .arg(i + 1)
                    .arg(count));
    }
}

Result<Accelerator> readRow(
    const CsvRecord &record, const QHash<QString, int> &columns, const QString &file)
{
    RowReader r(record, columns, file);
    Accelerator a;
    a.line = record.line;
    // Extra columns (e.g. the computed tpp of `chiptrace catalog --format csv`) are ignored.
    if (record.fields.size() != columns.size())
        r.setError(u"(row)"_s,
            QCoreApplication::translate("Catalog", "%1 fields, the header has %2")
                .arg(record.fields.size())
                .arg(columns.size()));
    a.id = r.text(u"id"_s);
    static const QRegularExpression idRe(u"^[a-z0-9][a-z0-9-]*$"_s);
    if (!idRe.match(a.id).hasMatch())
        r.setError(u"id"_s,
            QCoreApplication::translate("Catalog", "'%1' is not a lower-case slug (a-z, 0-9, '-')")
                .arg(a.id));
    a.vendor = r.text(u"vendor"_s);
    a.name = r.text(u"name"_s);
    if (a.vendor.isEmpty())
        r.setError(u"vendor"_s, QCoreApplication::translate("Catalog", "is empty"));
    if (a.name.isEmpty())
        r.setError(u"name"_s, QCoreApplication::translate("Catalog", "is empty"));
    a.aliases = r.text(u"aliases"_s).split(u'|', Qt::SkipEmptyParts);
    for (QString &alias : a.aliases)
        alias = alias.trimmed();
    a.family = r.text(u"family"_s);
    a.architecture = r.text(u"architecture"_s);
    a.die = r.text(u"die"_s);
    r.figure(u"cc"_s, &a.computeCapability);
    readEnums(r, a);
    r.flag(u"datacenter_marketed"_s, &a.datacenterMarketed);
    readReleased(r, a);
    r.figure(u"memory_gb"_s, &a.memoryGb);
    a.memoryType = r.text(u"memory_type"_s);
    r.figure(u"memory_bw_gbs"_s, &a.memoryBandwidthGBs);
    r.flag(u"bf16"_s, &a.bf16);
    r.flag(u"fp8"_s, &a.fp8);
    r.flag(u"fp4"_s, &a.fp4);
    r.flag(u"tf32"_s, &a.tf32);
    a.features = r.text(u"features"_s).toLower().split(u' ', Qt::SkipEmptyParts);
    r.figure(u"fp16_tops"_s, &a.denseTops[int(NumberFormat::FP16)]);
    r.figure(u"fp8_tops"_s, &a.denseTops[int(NumberFormat::FP8)]);
    r.figure(u"int8_tops"_s, &a.denseTops[int(NumberFormat::INT8)]);
    r.figure(u"fp4_tops"_s, &a.denseTops[int(NumberFormat::FP4)]);
    a.interconnect = r.text(u"interconnect"_s);
    r.figure(u"io_bw_gbs"_s, &a.ioBandwidthGBs);
    r.flag(u"gpudirect_rdma"_s, &a.gpudirectRdma);
    r.figure(u"die_area_mm2"_s, &a.dieAreaMm2);
    a.collective = r.text(u"collective"_s);
    a.stack = r.text(u"stack"_s);
    if (a.collective == u"?")
        a.collective.clear();
    if (a.stack == u"?")
        a.stack.clear();
    a.sources = readSources(r.text(u"sources"_s));
    if (a.sources.isEmpty())
        r.setError(u"sources"_s,
            QCoreApplication::translate("Catalog", "every entry needs at least one source"));
    a.notes = r.text(u"notes"_s);
    const std::pair<const char *, const QList<int> *> refs[] = {
        {"cc", &a.computeCapability.sources},
        {"memory_gb", &a.memoryGb.sources},
        {"memory_bw_gbs", &a.memoryBandwidthGBs.sources},
        {"io_bw_gbs", &a.ioBandwidthGBs.sources},
        {"die_area_mm2", &a.dieAreaMm2.sources},
        {"fp16_tops", &a.denseTops[0].sources},
        {"fp8_tops", &a.denseTops[1].sources},
        {"int8_tops", &a.denseTops[2].sources},
        {"fp4_tops", &a.denseTops[3].sources},
        {"gpudirect_rdma", &a.gpudirectRdma.sources},
    };
    for (const auto &[column, list] : refs)
        checkSourceRefs(r, QString::fromLatin1(column), *list, a.sources.size());
    if (!r.error().isEmpty())
        return fail(ErrorCode::Corrupt, r.error());
    return a;
}

} // namespace

Result<Catalog> Catalog::parse(const QByteArray &csv, const QString &fileName)
{
    int errorLine = 0;
    const auto records = readCsv(csv, &errorLine);
    if (!records)
        return fail(ErrorCode::Corrupt,
            QCoreApplication::translate("Catalog", "%1:%2: a quoted field is not closed")
                .arg(fileName)
                .arg(errorLine));
    if (records->isEmpty())
        return fail(ErrorCode::Corrupt,
            QCoreApplication::translate("Catalog", "%1: no header line").arg(fileName));
    QHash<QString, int> columns;
    const CsvRecord &header = records->first();
    for (int i = 0; i < header.fields.size(); ++i)
        columns.insert(header.fields.at(i).trimmed(), i);
    for (const QString &column : kColumns) {
        if (!columns.contains(column))
            return fail(ErrorCode::Corrupt,
                QCoreApplication::translate(
                    "Catalog", "%1:%2: field '%3': column missing from the header")
                    .arg(fileName)
                    .arg(header.line)
                    .arg(column));
    }
    Catalog catalog;
    for (qsizetype i = 1; i < records->size(); ++i) {
        auto row = readRow(records->at(i), columns, fileName);
        if (!row)
            return row.error();
        if (catalog.m_byId.contains(row->id))
            return fail(ErrorCode::Corrupt,
                QCoreApplication::translate("Catalog", "%1:%2: field 'id': '%3' is used twice")
                    .arg(fileName)
                    .arg(row->line)
                    .arg(row->id));
        const qsizetype index = catalog.m_entries.size();
        catalog.m_byId.insert(row->id, index);
        QSet<QString> keys{normalizeName(row->name), normalizeName(row->id)};
        for (const QString &alias : std::as_const(row->aliases))
            keys.insert(normalizeName(alias));
        for (const QString &key : std::as_const(keys))
            catalog.m_byKey[key].append(index);
        catalog.m_entries.append(std::move(*row));
    }
    return catalog;
}

Result<Catalog> Catalog::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io,
            QCoreApplication::translate("Catalog", "Cannot read the catalog %1: %2")
                .arg(path, file.errorString()));
    return parse(file.readAll(), QFileInfo(path).fileName());
}

namespace {
struct Builtin
{
    Catalog catalog;
    QString error;
    Builtin()
    {
        auto loaded = Catalog::load(u":/data/catalog/accelerators.csv"_s);
        if (loaded)
            catalog = std::move(*loaded);
        else
            error = loaded.message();
    }
};
const Builtin &builtinCatalog()
{
    static const Builtin builtin;
    return builtin;
}
} // namespace

const Catalog &Catalog::builtin()
{
    return builtinCatalog().catalog;
}

QString Catalog::builtinError()
{
    return builtinCatalog().error;
}

const Accelerator *Catalog::byId(const QString &id) const
{
    const auto it = m_byId.constFind(id);
    return it == m_byId.cend() ? nullptr : &m_entries.at(*it);
}

QString Catalog::normalizeName(const QString &name)
{
    QString key;
    const QString folded = name.normalized(QString::NormalizationForm_KC).toCaseFolded();
    for (const QChar c : folded) {
        if (c.isSpace() || c == u'-' || c == u'_' || c == u'(' || c == u')' || c == u'/'
            || c == u'.')
            continue;
        key += c;
    }
    return key;
}

namespace {

// Leading brand and system words analysts put in front of a part name.
QString stripBrands(QString key)
{
    static const QStringList brands = {u"nvidia"_s, u"geforce"_s, u"tesla"_s, u"quadro"_s, u"dgx"_s,
        u"hgx"_s, u"amd"_s, u"instinct"_s, u"intel"_s, u"habana"_s, u"huawei"_s, u"google"_s,
        u"cambricon"_s, u"hygon"_s, u"biren"_s, u"华为"_s, u"寒武纪"_s, u"海光"_s};
    for (bool stripped = true; stripped;) {
        stripped = false;
        for (const QString &brand : brands) {
            if (key.startsWith(brand) && key.size() > brand.size()) {
                key = key.mid(brand.size());
                stripped = true;
            }
        }
    }
    return key;
}

// A spelling split into part, form factor and memory: "a100sxm480g" -> a100, sxm, 80.
struct SpellingParts
{
    QString base;
    QString form;
    int memoryGb = 0;
};

SpellingParts stripForm(QString key, int memoryGb)
{
    SpellingParts parts;
    parts.memoryGb = memoryGb;
    static const QRegularExpression form(u"(sxm\\d?|pcie|nvl)$"_s);
    if (const auto m = form.match(key); m.hasMatch() && m.capturedStart() > 0) {
        parts.form = m.captured(1).left(3) == u"sxm" ? u"sxm"_s : m.captured(1);
        key.truncate(m.capturedStart());
    }
    parts.base = key;
    return parts;
}

// The memory size is the last two or three digits before "g"/"gb"; the split whose remaining
// part name is known wins ("a10080gb" -> a100 + 80, not a10 + 080).
SpellingParts splitSpelling(const QString &key, const std::function<bool(const QString &)> &known)
{
    static const QRegularExpression memory(u"(\\d+)(g|gb|gib)$"_s);
    const auto m = memory.match(key);
    if (m.hasMatch()) {
        for (int digits : {2, 3}) {
            if (m.capturedLength(1) < digits)
                continue;
            const qsizetype cut = m.capturedEnd(1) - digits;
            const SpellingParts parts = stripForm(key.left(cut), key.mid(cut, digits).toInt());
            if (!parts.base.isEmpty() && known(parts.base))
                return parts;
        }
    }
    return stripForm(key, 0);
}

} // namespace

QList<const Accelerator *> Catalog::resolve(const QString &name) const
{
    const QString key = normalizeName(name);
    QList<qsizetype> hits = m_byKey.value(key);
    if (hits.isEmpty())
        hits = m_byKey.value(stripBrands(key));
    if (hits.isEmpty()) {
        // "A100-SXM4-80G", "DGX-A100（40G）": narrow the base part by memory size and form factor.
        const SpellingParts parts = splitSpelling(
            stripBrands(key), [this](const QString &k) { return m_byKey.contains(k); });
        hits = m_byKey.value(parts.base);
        auto narrow = [this, &hits](const std::function<bool(const Accelerator &)> &keep) {
            QList<qsizetype> kept;
            for (qsizetype i : std::as_const(hits)) {
                if (keep(m_entries.at(i)))
                    kept.append(i);
            }
            if (!kept.isEmpty())
                hits = kept;
        };
        if (parts.memoryGb > 0) {
            narrow([&parts](const Accelerator &a) {
                return a.memoryGb.known() && qRound(a.memoryGb.value) == parts.memoryGb;
            });
        }
        if (!parts.form.isEmpty()) {
            narrow([&parts](const Accelerator &a) {
                for (const QString &alias : a.aliases) {
                    if (normalizeName(alias).contains(parts.form))
                        return true;
                }
                return normalizeName(a.name).contains(parts.form);
            });
        }
    }
    QList<const Accelerator *> result;
    std::sort(hits.begin(), hits.end());
    hits.erase(std::unique(hits.begin(), hits.end()), hits.end());
    for (qsizetype i : std::as_const(hits))
        result.append(&m_entries.at(i));
    return result;
}

} // namespace ChipTrace::Catalog
