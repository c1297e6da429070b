// SPDX-License-Identifier: GPL-3.0-or-later
#include "warcformat.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRegularExpression>

#include <zlib.h>

namespace ChipTrace::Evidence::Warc {


Inflated gunzipMembers(const QByteArray &in, qint64 maxOutput)
{
    Inflated r;
    if (in.size() > qint64(UINT_MAX)) {
        r.problem =
            QCoreApplication::translate("Evidence", "the compressed file is larger than 4 GiB");
        return r;
    }
    z_stream s{};
    if (inflateInit2(&s, 16 + MAX_WBITS) != Z_OK) {
        r.problem = QCoreApplication::translate("Evidence", "the decompressor could not start");
        return r;
    }
    s.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.constData()));
    s.avail_in = uInt(in.size());
    QByteArray buffer(1 << 16, Qt::Uninitialized);
    for (;;) {
        s.next_out = reinterpret_cast<Bytef *>(buffer.data());
        s.avail_out = uInt(buffer.size());
        const int rc = inflate(&s, Z_NO_FLUSH);
        r.data.append(buffer.constData(), buffer.size() - qsizetype(s.avail_out));
        const qint64 at = in.size() - qint64(s.avail_in);
        if (r.data.size() > maxOutput) {
            r.problem = QCoreApplication::translate(
                "Evidence", "decompressed data exceeds %1 MiB; stopped at compressed byte %2")
                            .arg(maxOutput >> 20)
                            .arg(at);
            break;
        }
        if (rc == Z_STREAM_END) {
            ++r.members;
            if (s.avail_in == 0)
                break;
            if (s.avail_in < 2 || s.next_in[0] != 0x1f || s.next_in[1] != 0x8b) {
                r.problem = QCoreApplication::translate("Evidence",
                    "%1 bytes after the last gzip member are not gzip data and were ignored")
                                .arg(s.avail_in);
                break;
            }
            inflateReset(&s); // the next member: WARC writers gzip each record on its own
            continue;
        }
        if (rc == Z_OK)
            continue;
        if (rc == Z_BUF_ERROR && s.avail_in == 0)
            r.problem = QCoreApplication::translate(
                "Evidence", "the file ends in the middle of gzip member %1 (truncated at byte %2)")
                            .arg(r.members + 1)
                            .arg(at);
        else
            r.problem =
                QCoreApplication::translate("Evidence", "gzip member %1 is damaged at byte %2: %3")
                    .arg(r.members + 1)
                    .arg(at)
                    .arg(QString::fromLatin1(s.msg ? s.msg : "bad data"));
        break;
    }
    inflateEnd(&s);
    return r;
}

// One zlib stream with the given window bits; complete = it reached its end.
static QByteArray inflateWith(
    const QByteArray &in, int windowBits, bool *complete, qint64 maxOutput)
{
    *complete = false;
    QByteArray out;
    z_stream s{};
    if (in.size() > qint64(UINT_MAX) || inflateInit2(&s, windowBits) != Z_OK)
        return out;
    s.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.constData()));
    s.avail_in = uInt(in.size());
    QByteArray buffer(1 << 16, Qt::Uninitialized);
    int rc = Z_OK;
    while (rc == Z_OK && out.size() <= maxOutput) {
        s.next_out = reinterpret_cast<Bytef *>(buffer.data());
        s.avail_out = uInt(buffer.size());
        rc = inflate(&s, Z_NO_FLUSH);
        out.append(buffer.constData(), buffer.size() - qsizetype(s.avail_out));
    }
    *complete = rc == Z_STREAM_END;
    inflateEnd(&s);
    return out;
}

QByteArray inflateAny(const QByteArray &data, bool gzip, bool *ok, qint64 maxOutput)
{
    if (gzip) {
        const Inflated r = gunzipMembers(data, maxOutput);
        *ok = r.problem.isEmpty();
        return r.data;
    }
    // "deflate" is meant to be zlib-wrapped, but servers send raw deflate too.
    QByteArray out = inflateWith(data, MAX_WBITS, ok, maxOutput);
    if (!*ok)
        out = inflateWith(data, -MAX_WBITS, ok, maxOutput);
    return out;
}

QByteArray Record::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QDateTime Record::date() const
{
    const QString text = QString::fromLatin1(header("WARC-Date")).trimmed();
    QDateTime d = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!d.isValid()) {
        // WARC/1.1 allows microseconds; keep the seconds.
        QString trimmed = text;
        trimmed.remove(QRegularExpression(QStringLiteral("\\.\\d+")));
        d = QDateTime::fromString(trimmed, Qt::ISODate);
    }
    return d.toUTC();
}

// Parses "Name: value" lines (with folded continuation lines) of one record header.
static bool parseHeaderLines(const QByteArray &head, Record &record)
{
    const QList<QByteArray> lines = head.split('\n');
    if (lines.isEmpty())
        return false;
    record.version = QString::fromLatin1(lines.first().trimmed());
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].endsWith('\r') ? lines[i].chopped(1) : lines[i];
        if (line.isEmpty())
            continue;
        if ((line.startsWith(' ') || line.startsWith('\t')) && !record.headers.isEmpty()) {
            record.headers.last().second += ' ' + line.trimmed();
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return false;
        record.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    return true;
}

static qsizetype headerEnd(const QByteArray &data, qsizetype from, int *sepLength)
{
    const qsizetype crlf = data.indexOf("\r\n\r\n", from);
    const qsizetype lf = data.indexOf("\n\n", from);
    if (lf >= 0 && (crlf < 0 || lf < crlf)) {
        *sepLength = 2;
        return lf;
    }
    *sepLength = 4;
    return crlf;
}

// Next line that starts a record, for resynchronising after damage.
static qsizetype nextRecordStart(const QByteArray &data, qsizetype from)
{
    const qsizetype at = data.indexOf("\nWARC/1.", from);
    return at < 0 ? -1 : at + 1;
}

Records readRecords(const QByteArray &data)
{
    Records out;
    const qsizetype size = data.size();
    qsizetype pos = 0;
    while (pos < size) {
        while (pos < size && (data[pos] == '\r' || data[pos] == '\n'))
            ++pos;
        if (pos >= size)
            break;
        if (!data.mid(pos, 7).startsWith("WARC/1.")) {
            const qsizetype next = nextRecordStart(data, pos);
            out.problems << QCoreApplication::translate(
                "Evidence", "unreadable bytes at offset %1 skipped (%2 bytes)")
                                .arg(pos)
                                .arg((next < 0 ? size : next) - pos);
            if (next < 0)
                break;
            pos = next;
            continue;
        }
        int sep = 4;
        const qsizetype end = headerEnd(data, pos, &sep);
        if (end < 0) {
            out.problems << QCoreApplication::translate("Evidence",
                "the record at offset %1 is cut off inside its header: the file is truncated")
                                .arg(pos);
            break;
        }
        Record record;
        record.offset = pos;
        bool ok = parseHeaderLines(data.mid(pos, end - pos), record);
        const qint64 length = ok ? record.header("Content-Length").trimmed().toLongLong(&ok) : -1;
        if (!ok || length < 0) {
            out.problems << QCoreApplication::translate("Evidence",
                "the record at offset %1 has a damaged header (no valid Content-Length); skipped")
                                .arg(pos);
            const qsizetype next = nextRecordStart(data, end);
            if (next < 0)
                break;
            pos = next;
            continue;
        }
        const qsizetype blockStart = end + sep;
        if (length > size - blockStart) {
            out.problems << QCoreApplication::translate("Evidence",
                "the %1 record at offset %2 (%3) is cut off: the file is truncated (%4 of %5 bytes present); "
                "the %6 whole records before it were imported")
                                .arg(record.type(), QString::number(pos),
                                    record.targetUri().isEmpty() ? record.recordId()
                                                                 : record.targetUri())
                                .arg(size - blockStart)
                                .arg(length)
                                .arg(out.records.size());
            break;
        }
        record.block = data.mid(blockStart, qsizetype(length));
        pos = blockStart + qsizetype(length);
        out.records << record;
    }
    return out;
}

static QByteArray base32(const QByteArray &raw)
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    QByteArray out;
    quint64 buffer = 0;
    int bits = 0;
    for (const char c : raw) {
        buffer = (buffer << 8) | quint8(c);
        bits += 8;
        while (bits >= 5) {
            out += alphabet[(buffer >> (bits - 5)) & 31];
            bits -= 5;
        }
    }
    if (bits > 0)
        out += alphabet[(buffer << (5 - bits)) & 31];
    return out;
}

DigestCheck checkDigest(const QByteArray &digest, const QByteArray &data)
{
    const QByteArray d = digest.trimmed();
    if (d.isEmpty())
        return DigestCheck::Absent;
    const qsizetype colon = d.indexOf(':');
    if (colon < 0)
        return DigestCheck::Unsupported;
    const QByteArray algo = d.left(colon).toLower().replace("-", "");
    const QByteArray value = d.mid(colon + 1).trimmed();
    QCryptographicHash::Algorithm a;
    if (algo == "sha1")
        a = QCryptographicHash::Sha1;
    else if (algo == "sha256")
        a = QCryptographicHash::Sha256;
    else if (algo == "sha512")
        a = QCryptographicHash::Sha512;
    else if (algo == "md5")
        a = QCryptographicHash::Md5;
    else
        return DigestCheck::Unsupported;
    const QByteArray raw = QCryptographicHash::hash(data, a);
    QByteArray b32 = value.toUpper();
    while (b32.endsWith('='))
        b32.chop(1);
    if (b32 == base32(raw) || value.toLower() == raw.toHex())
        return DigestCheck::Match;
    return DigestCheck::Mismatch;
}

} // namespace ChipTrace::Evidence::Warc
