// SPDX-License-Identifier: GPL-3.0-or-later
#include "git/packreader.h"

#include <QCoreApplication>
#include <QDir>

#include <zlib.h>

#include <algorithm>
#include <cstring>
#include <limits>

namespace ChipTrace::Git {

namespace {

constexpr int kIdSize = 20; // SHA-1; other object formats are not located
constexpr int kCommit = 1, kTag = 4, kOfsDelta = 6, kRefDelta = 7;

quint32 be32(const uchar *p)
{
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
}

Error corrupt(const QString &what)
{
    return fail(ErrorCode::Corrupt,
        QCoreApplication::translate("ChipTrace::Git::PackReader", "Damaged pack: %1").arg(what));
}

// The delta format's size header: 7 bits per byte, little-endian, high bit = more follows.
bool deltaSize(const uchar *&p, const uchar *end, qint64 &out)
{
    out = 0;
    for (int shift = 0; p < end && shift < 63; shift += 7) {
        const uchar c = *p++;
        out |= qint64(c & 0x7f) << shift;
        if (!(c & 0x80))
            return true;
    }
    return false;
}

} // namespace

// ----- PackSet -----------------------------------------------------------------------------

PackSet::~PackSet() = default;

std::shared_ptr<const PackSet> PackSet::open(const QString &gitDir)
{
    auto set = std::make_shared<PackSet>();
    const QDir dir(gitDir + QStringLiteral("/objects/pack"));
    for (const QString &name : dir.entryList({QStringLiteral("*.idx")}, QDir::Files, QDir::Name)) {
        Pack p;
        p.idxFile = std::make_unique<QFile>(dir.filePath(name));
        p.packFile =
            std::make_unique<QFile>(dir.filePath(name.chopped(4) + QStringLiteral(".pack")));
        if (!p.idxFile->open(QIODevice::ReadOnly) || !p.packFile->open(QIODevice::ReadOnly))
            continue;
        p.idxSize = p.idxFile->size();
        p.size = p.packFile->size();
        if (p.idxSize < 8 + 1024 + 2 * kIdSize || p.size < 12 + kIdSize)
            continue;
        p.idx = p.idxFile->map(0, p.idxSize);
        p.data = p.packFile->map(0, p.size);
        if (!p.idx || !p.data)
            continue;
        // Version 2: "\377tOc", 2, fan-out[256], ids, CRCs, 31-bit offsets, 64-bit offsets.
        if (std::memcmp(p.idx, "\377tOc", 4) != 0 || be32(p.idx + 4) != 2
            || std::memcmp(p.data, "PACK", 4) != 0)
            continue;
        p.count = be32(p.idx + 8 + 255 * 4);
        const qint64 minimum = 8 + 1024 + qint64(p.count) * (kIdSize + 8) + 2 * kIdSize;
        if (p.idxSize < minimum || p.idxSize > minimum + qint64(p.count) * 8
            || be32(p.data + 8) != p.count)
            continue;
        // The pack's trailing checksum is repeated in its index: the two belong together.
        if (std::memcmp(p.data + p.size - kIdSize, p.idx + p.idxSize - 2 * kIdSize, kIdSize) != 0)
            continue;
        set->m_packs.push_back(std::move(p));
    }
    return set;
}

std::optional<qint64> PackSet::Pack::offsetOf(quint32 n) const
{
    const uchar *offsets = idx + 8 + 1024 + qint64(count) * (kIdSize + 4);
    const quint32 small = be32(offsets + 4 * qint64(n));
    if (!(small & 0x80000000u))
        return qint64(small);
    const uchar *large = offsets + 4 * qint64(count) + 8 * qint64(small & 0x7fffffffu);
    if (large + 8 > idx + idxSize - 2 * kIdSize)
        return std::nullopt;
    return (qint64(be32(large)) << 32) | qint64(be32(large + 4));
}

std::optional<quint32> PackSet::Pack::find(const unsigned char *rawId) const
{
    const uchar *fanout = idx + 8;
    quint32 lo = rawId[0] == 0 ? 0 : be32(fanout + 4 * (rawId[0] - 1));
    quint32 hi = be32(fanout + 4 * rawId[0]);
    const uchar *ids = idx + 8 + 1024;
    while (lo < hi) {
        const quint32 mid = lo + (hi - lo) / 2;
        const int c = std::memcmp(ids + qint64(mid) * kIdSize, rawId, kIdSize);
        if (c == 0)
            return mid;
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return std::nullopt;
}

std::optional<PackLocation> PackSet::locate(const unsigned char *rawId) const
{
    for (int i = 0; i < int(m_packs.size()); ++i)
        if (auto n = m_packs[i].find(rawId))
            if (auto offset = m_packs[i].offsetOf(*n))
                return PackLocation{i, *offset};
    return std::nullopt;
}

// ----- PackReader --------------------------------------------------------------------------

PackReader::PackReader(std::shared_ptr<const PackSet> packs, qint64 cacheBytes)
    : m_packs(std::move(packs))
    , m_budget(cacheBytes)
{ }

Result<PackReader::Header> PackReader::header(const PackSet::Pack &pack, qint64 offset) const
{
    const qint64 end = pack.size - kIdSize;
    if (offset < 12 || offset >= end)
        return corrupt(QStringLiteral("object offset %1 outside the pack").arg(offset));
    const uchar *p = pack.data + offset;
    const uchar *stop = pack.data + end;
    Header h;
    uchar c = *p++;
    h.type = (c >> 4) & 7;
    h.size = c & 15;
    for (int shift = 4; c & 0x80; shift += 7) {
        if (p >= stop || shift > 56)
            return corrupt(QStringLiteral("object header at %1").arg(offset));
        c = *p++;
        h.size |= qint64(c & 0x7f) << shift;
    }
    if (h.type == kOfsDelta) {
        // Big-endian base-128 with an offset of one added per continuation byte.
        if (p >= stop)
            return corrupt(QStringLiteral("delta at %1").arg(offset));
        c = *p++;
        qint64 back = c & 0x7f;
        while (c & 0x80) {
            if (p >= stop || back > (qint64(1) << 55))
                return corrupt(QStringLiteral("delta at %1").arg(offset));
            c = *p++;
            back = ((back + 1) << 7) | (c & 0x7f);
        }
        if (back <= 0 || back >= offset)
            return corrupt(QStringLiteral("delta base of %1").arg(offset));
        h.baseOffset = offset - back;
    } else if (h.type == kRefDelta) {
        if (stop - p < kIdSize)
            return corrupt(QStringLiteral("delta at %1").arg(offset));
        const auto n = pack.find(p);
        const auto base = n ? pack.offsetOf(*n) : std::nullopt;
        if (!base) // a base in another pack only happens in thin packs, which are never stored
            return fail(ErrorCode::NotFound,
                QCoreApplication::translate(
                    "ChipTrace::Git::PackReader", "Delta base outside the pack"));
        h.baseOffset = *base;
        p += kIdSize;
    } else if (h.type < kCommit || h.type > kTag) {
        return corrupt(QStringLiteral("object type %1 at %2").arg(h.type).arg(offset));
    }
    h.dataStart = p - pack.data;
    return h;
}

Result<QByteArray> PackReader::inflate(const PackSet::Pack &pack, qint64 start, qint64 size) const
{
    if (size < 0 || size > (qint64(1) << 31) - 64)
        return corrupt(QStringLiteral("object size %1").arg(size));
    QByteArray out(size, Qt::Uninitialized);
    z_stream z{};
    if (inflateInit(&z) != Z_OK)
        return corrupt(QStringLiteral("zlib"));
    const qint64 available = pack.size - kIdSize - start;
    z.next_in = const_cast<Bytef *>(pack.data + start);
    z.avail_in = uInt(std::min<qint64>(available, std::numeric_limits<uInt>::max()));
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(size);
    // The output size is known; one more byte of room tells a longer stream from a finished one.
    int rc = ::inflate(&z, Z_FINISH);
    if (rc == Z_BUF_ERROR && z.avail_out == 0 && size == 0) {
        uchar extra;
        z.next_out = &extra;
        z.avail_out = 1;
        rc = ::inflate(&z, Z_FINISH);
    }
    const bool ok = rc == Z_STREAM_END && qint64(z.total_out) == size;
    inflateEnd(&z);
    if (!ok)
        return corrupt(QStringLiteral("compressed data at %1").arg(start));
    return out;
}

const PackReader::Object *PackReader::cached(int pack, qint64 offset)
{
    const auto it = m_cache.find({pack, offset});
    if (it == m_cache.end())
        return nullptr;
    m_lru.splice(m_lru.begin(), m_lru, it->second);
    return &it->second->second;
}

void PackReader::remember(int pack, qint64 offset, const Object &object)
{
    const qint64 size = object.data.size();
    if (size > m_budget / 4 || m_cache.count({pack, offset}))
        return;
    m_lru.emplace_front(Key{pack, offset}, object); // shares the bytes (implicit sharing)
    m_cache.emplace(Key{pack, offset}, m_lru.begin());
    m_used += size;
    while (m_used > m_budget && !m_lru.empty()) {
        m_used -= m_lru.back().second.data.size();
        m_cache.erase(m_lru.back().first);
        m_lru.pop_back();
    }
}

Result<PackReader::Object> PackReader::read(const PackLocation &where)
{
    if (where.pack < 0 || where.pack >= m_packs->packCount())
        return fail(ErrorCode::NotFound,
            QCoreApplication::translate("ChipTrace::Git::PackReader", "Not in a pack"));
    const PackSet::Pack &pack = m_packs->m_packs[where.pack];
    if (const Object *hit = cached(where.pack, where.offset))
        return *hit;
    // Down the delta chain to an object we have (cached) or a whole one; then back up.
    std::vector<Header> chain;
    std::vector<qint64> chainOffsets;
    Object object;
    for (qint64 offset = where.offset;;) {
        if (!chain.empty())
            if (const Object *hit = cached(where.pack, offset)) {
                object = *hit;
                break;
            }
        Result<Header> h = header(pack, offset);
        if (!h)
            return h.error();
        if (h->type != kOfsDelta && h->type != kRefDelta) {
            Result<QByteArray> data = inflate(pack, h->dataStart, h->size);
            if (!data)
                return data.error();
            object = Object{h->type, std::move(*data)};
            remember(where.pack, offset, object);
            break;
        }
        if (chain.size() > 100000)
            return corrupt(QStringLiteral("delta chain at %1 does not end").arg(where.offset));
        chain.push_back(*h);
        chainOffsets.push_back(offset);
        offset = h->baseOffset;
    }
    for (size_t i = chain.size(); i-- > 0;) {
        Result<QByteArray> delta = inflate(pack, chain[i].dataStart, chain[i].size);
        if (!delta)
            return delta.error();
        Result<QByteArray> data = applyDelta(object.data, *delta);
        if (!data)
            return data.error();
        object.data = std::move(*data);
        remember(where.pack, chainOffsets[i], object);
    }
    return object;
}

Result<QByteArray> applyDelta(const QByteArray &base, const QByteArray &delta)
{
    const uchar *p = reinterpret_cast<const uchar *>(delta.constData());
    const uchar *end = p + delta.size();
    qint64 baseSize = 0, resultSize = 0;
    if (!deltaSize(p, end, baseSize) || !deltaSize(p, end, resultSize) || baseSize != base.size()
        || resultSize > (qint64(1) << 31) - 64)
        return corrupt(QStringLiteral("delta header"));
    QByteArray out(resultSize, Qt::Uninitialized);
    char *o = out.data();
    qint64 written = 0;
    while (p < end) {
        const uchar cmd = *p++;
        if (cmd & 0x80) { // copy from the base: offset and size bytes as the low bits say
            qint64 offset = 0, size = 0;
            for (int i = 0; i < 4; ++i)
                if (cmd & (1 << i)) {
                    if (p >= end)
                        return corrupt(QStringLiteral("delta copy"));
                    offset |= qint64(*p++) << (8 * i);
                }
            for (int i = 0; i < 3; ++i)
                if (cmd & (0x10 << i)) {
                    if (p >= end)
                        return corrupt(QStringLiteral("delta copy"));
                    size |= qint64(*p++) << (8 * i);
                }
            if (size == 0)
                size = 0x10000;
            if (offset + size > base.size() || written + size > resultSize)
                return corrupt(QStringLiteral("delta copy out of range"));
            std::memcpy(o + written, base.constData() + offset, size_t(size));
            written += size;
        } else if (cmd) { // insert the next cmd bytes
            if (end - p < cmd || written + cmd > resultSize)
                return corrupt(QStringLiteral("delta insert out of range"));
            std::memcpy(o + written, p, cmd);
            p += cmd;
            written += cmd;
        } else {
            return corrupt(QStringLiteral("delta opcode 0"));
        }
    }
    if (written != resultSize)
        return corrupt(QStringLiteral("delta result size"));
    return out;
}

} // namespace ChipTrace::Git
