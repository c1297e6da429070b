// SPDX-License-Identifier: GPL-3.0-or-later
#include "scan/matcher.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>
#include <QStandardPaths>
#include <QtEndian>

#include <hs/hs.h>

#include <algorithm>

namespace ChipTrace::Scan {

using namespace Qt::StringLiterals;

namespace {


bool isAscii(const QByteArray &bytes)
{
    return std::all_of(
        bytes.begin(), bytes.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

QRegularExpression globRegex(const QString &glob)
{
    const auto re = QRegularExpression::fromWildcard(
        glob, Qt::CaseInsensitive, QRegularExpression::UnanchoredWildcardConversion);
    return QRegularExpression(
        QRegularExpression::anchoredPattern(re.pattern()), re.patternOptions());
}

struct ScanContext
{
    QList<RawHit> *hits;
    QHash<quint64, qsizetype> *seen; // (start, rule) -> index in hits
    const std::vector<int> *patternRule;
    const QHash<int, QRegularExpression> *startFinder;
    QByteArrayView data;
    int maxHits;
};

// For patterns compiled without SOM: the leftmost start on the hit's line whose match ends at `to`.
unsigned long long findStart(
    const QRegularExpression &re, QByteArrayView data, unsigned long long to)
{
    const qsizetype lineStart = data.left(qsizetype(to)).lastIndexOf('\n') + 1;
    const QString head = QString::fromUtf8(data.sliced(lineStart, qsizetype(to) - lineStart));
    for (qsizetype i = 0; i < head.size(); ++i) {
        const auto m = re.match(head, i, QRegularExpression::NormalMatch,
            QRegularExpression::AnchorAtOffsetMatchOption);
        if (m.hasMatch())
            return lineStart + head.left(i).toUtf8().size();
    }
    return lineStart;
}

int onMatch(
    unsigned int id, unsigned long long from, unsigned long long to, unsigned int, void *ctx)
{
    auto *c = static_cast<ScanContext *>(ctx);
    const int rule = (*c->patternRule)[id];
    if (const auto finder = c->startFinder->constFind(int(id)); finder != c->startFinder->cend())
        from = findStart(*finder, c->data, to);
    // One hit per (rule, start): Vectorscan reports every end offset a pattern can match at.
    const quint64 key = (quint64(from) << 20) | quint64(rule);
    if (const auto it = c->seen->constFind(key); it != c->seen->cend()) {
        RawHit &hit = (*c->hits)[*it];
        hit.end = std::max(hit.end, qsizetype(to));
        return 0;
    }
    c->seen->insert(key, c->hits->size());
    c->hits->append({rule, qsizetype(from), qsizetype(to)});
    return c->hits->size() >= c->maxHits ? 1 : 0; // non-zero stops the scan
}

} // namespace

Result<std::shared_ptr<const Matcher>> Matcher::compile(QList<Signatures::Rule> rules)
{
    std::shared_ptr<Matcher> m(new Matcher);
    m->m_rules = std::move(rules);
    std::vector<QByteArray> expressions;
    std::vector<unsigned int> flags, ids;
    for (int r = 0; r < m->m_rules.size(); ++r) {
        const Signatures::Rule &rule = m->m_rules[r];
        for (const QString &pattern : rule.patterns) {
            QByteArray utf8 = pattern.toUtf8();
            unsigned int f = HS_FLAG_SOM_LEFTMOST | HS_FLAG_MULTILINE | HS_FLAG_ALLOWEMPTY;
            if (rule.caseInsensitive)
                f |= HS_FLAG_CASELESS;
            if (!isAscii(utf8))
                f |= HS_FLAG_UTF8;
            ids.push_back(unsigned(m->m_patternRule.size()));
            m->m_patternRule.push_back(r);
            expressions.push_back(std::move(utf8));
            flags.push_back(f);
        }
        std::vector<QRegularExpression> globs;
        for (const QString &glob : rule.files)
            globs.push_back(globRegex(glob));
        m->m_globs.push_back(std::move(globs));
    }
    if (expressions.empty())
        return fail(ErrorCode::InvalidArgument,
            QCoreApplication::translate(
                "ChipTrace::Scan::Matcher", "No signature rules are loaded."));

    const QString cacheFile = cachePath(expressions, flags);
    if (!loadCached(*m, cacheFile, expressions, flags)) {
        if (Status compiled = compileDatabase(*m, expressions, flags, ids); !compiled)
            return compiled.error();
        saveCached(*m, cacheFile, flags);
    }
    if (hs_alloc_scratch(m->m_db, &m->m_prototype) != HS_SUCCESS)
        return fail(ErrorCode::Generic,
            QCoreApplication::translate("ChipTrace::Scan::Matcher",
                "Out of memory allocating the matcher's scratch space."));
    return std::shared_ptr<const Matcher>(std::move(m));
}

// Start offsets for an expression compiled without SOM come from this regex on the hit line.
void Matcher::addStartFinder(int expression, const QByteArray &pattern)
{
    const bool caseless = m_rules[m_patternRule[expression]].caseInsensitive;
    m_startFinder.insert(expression,
        QRegularExpression(QString::fromUtf8(pattern),
            caseless ? QRegularExpression::CaseInsensitiveOption
                     : QRegularExpression::NoPatternOption));
}

Status Matcher::compileDatabase(Matcher &m, const std::vector<QByteArray> &expressions,
    std::vector<unsigned int> &flags, const std::vector<unsigned int> &ids)
{
    // SOM tracking makes some bounded repeats too large for Vectorscan; such patterns are
    // compiled without it and their start is found again on the (single) hit line.
    for (;;) {
        std::vector<const char *> raw;
        for (const QByteArray &e : expressions)
            raw.push_back(e.constData());
        hs_compile_error_t *error = nullptr;
        if (hs_compile_multi(raw.data(), flags.data(), ids.data(), unsigned(raw.size()),
                HS_MODE_BLOCK, nullptr, &m.m_db, &error)
            == HS_SUCCESS)
            return {};
        const int bad = error ? error->expression : -1;
        QString message = error
            ? QString::fromUtf8(error->message)
            : QCoreApplication::translate("ChipTrace::Scan::Matcher", "unknown error");
        hs_free_compile_error(error);
        if (bad >= 0 && (flags[bad] & HS_FLAG_SOM_LEFTMOST) && message.contains(u"too large")) {
            flags[bad] &= ~HS_FLAG_SOM_LEFTMOST;
            m.addStartFinder(bad, expressions[bad]);
            continue;
        }
        if (bad >= 0) {
            const Signatures::Rule &rule = m.m_rules[m.m_patternRule[bad]];
            message = QCoreApplication::translate(
                "ChipTrace::Scan::Matcher", "%1:%2: rule \"%3\": pattern %4 cannot be compiled: %5")
                          .arg(rule.sourceFile)
                          .arg(rule.sourceLine)
                          .arg(rule.id, QString::fromUtf8(expressions[bad]), message);
        }
        return fail(ErrorCode::Parse, message);
    }
}

// Compiling a few hundred patterns with SOM takes seconds; the serialised database is cached,
// keyed by the Vectorscan version and every pattern with its flags.
QString Matcher::cachePath(
    const std::vector<QByteArray> &expressions, const std::vector<unsigned int> &flags)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation);
    if (dir.isEmpty())
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArrayView(hs_version()));
    for (std::size_t i = 0; i < expressions.size(); ++i) {
        hash.addData(QByteArray(QByteArray::number(flags[i]) + '\x1f' + expressions[i] + '\x1e'));
    }
    return dir + u"/chiptrace/vectorscan/"_s + QString::fromLatin1(hash.result().toHex().left(40))
        + u".db"_s;
}

bool Matcher::loadCached(Matcher &m, const QString &file,
    const std::vector<QByteArray> &expressions, std::vector<unsigned int> &flags)
{
    QFile f(file);
    if (file.isEmpty() || !f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray data = f.readAll();
    const qsizetype header = qsizetype(sizeof(quint32) * (flags.size() + 1));
    if (data.size() <= header || qFromLittleEndian<quint32>(data.constData()) != flags.size())
        return false;
    std::vector<unsigned int> cachedFlags(flags.size());
    for (std::size_t i = 0; i < flags.size(); ++i)
        cachedFlags[i] = qFromLittleEndian<quint32>(data.constData() + sizeof(quint32) * (i + 1));
    if (hs_deserialize_database(
            data.constData() + header, std::size_t(data.size() - header), &m.m_db)
        != HS_SUCCESS) {
        m.m_db = nullptr;
        return false;
    }
    for (std::size_t i = 0; i < flags.size(); ++i)
        if ((flags[i] & HS_FLAG_SOM_LEFTMOST) && !(cachedFlags[i] & HS_FLAG_SOM_LEFTMOST))
            m.addStartFinder(int(i), expressions[i]);
    flags = cachedFlags;
    return true;
}

void Matcher::saveCached(
    const Matcher &m, const QString &file, const std::vector<unsigned int> &flags)
{
    char *bytes = nullptr;
    std::size_t length = 0;
    if (file.isEmpty() || hs_serialize_database(m.m_db, &bytes, &length) != HS_SUCCESS)
        return;
    QByteArray out(qsizetype(sizeof(quint32) * (flags.size() + 1)), Qt::Uninitialized);
    qToLittleEndian<quint32>(quint32(flags.size()), out.data());
    for (std::size_t i = 0; i < flags.size(); ++i)
        qToLittleEndian<quint32>(flags[i], out.data() + sizeof(quint32) * (i + 1));
    out.append(bytes, qsizetype(length));
    free(bytes); // allocated by Vectorscan's default allocator (malloc)
    QDir().mkpath(QFileInfo(file).absolutePath());
    QSaveFile f(file); // a cache: failing to write it only costs the next start some time
    if (f.open(QIODevice::WriteOnly) && f.write(out) == out.size())
        f.commit();
}

Matcher::~Matcher()
{
    for (hs_scratch *s : m_freeScratch)
        hs_free_scratch(s);
    hs_free_scratch(m_prototype);
    hs_free_database(m_db);
}

int Matcher::ruleIndex(const QString &id) const
{
    for (int i = 0; i < m_rules.size(); ++i)
        if (m_rules[i].id == id)
            return i;
    return -1;
}

hs_scratch *Matcher::takeScratch() const
{
    QMutexLocker lock(&m_scratchLock);
    if (!m_freeScratch.empty()) {
        hs_scratch *s = m_freeScratch.back();
        m_freeScratch.pop_back();
        return s;
    }
    hs_scratch *s = nullptr;
    hs_clone_scratch(m_prototype, &s);
    return s;
}

void Matcher::giveScratch(hs_scratch *scratch) const
{
    QMutexLocker lock(&m_scratchLock);
    m_freeScratch.push_back(scratch);
}

QList<RawHit> Matcher::scan(QByteArrayView data, int maxHits) const
{
    QList<RawHit> hits;
    QHash<quint64, qsizetype> seen;
    hs_scratch *scratch = takeScratch();
    if (!scratch)
        return hits;
    ScanContext ctx{&hits, &seen, &m_patternRule, &m_startFinder, data, maxHits};
    hs_scan(m_db, data.data(), unsigned(data.size()), 0, scratch, onMatch, &ctx);
    giveScratch(scratch);
    std::sort(hits.begin(), hits.end(), [](const RawHit &a, const RawHit &b) {
        return a.start != b.start ? a.start < b.start : a.rule < b.rule;
    });
    return hits;
}

bool Matcher::appliesToPath(int rule, const QString &path) const
{
    const auto &globs = m_globs[rule];
    if (globs.empty())
        return true;
    const QString name = path.section(u'/', -1);
    for (std::size_t i = 0; i < globs.size(); ++i) {
        const bool onPath = m_rules[rule].files[int(i)].contains(u'/');
        if (globs[i].match(onPath ? path : name).hasMatch())
            return true;
    }
    return false;
}

} // namespace ChipTrace::Scan
