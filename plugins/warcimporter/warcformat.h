// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The WARC container (ISO 28500, WARC/1.0 and WARC/1.1): gzip decompression of one or many
// members, record splitting, and digest checks. Tolerant by design: a truncated or damaged
// tail yields the whole records before it plus a problem saying where reading stopped.

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace ChipTrace::Evidence::Warc {

struct Inflated
{
    QByteArray data;
    int members = 0;
    QString problem; // empty when the whole stream decompressed
};

// Decompresses every gzip member in turn (WARC files gzip each record separately).
Inflated gunzipMembers(const QByteArray &compressed, qint64 maxOutput);

// zlib, raw deflate or gzip stream (HTTP Content-Encoding); ok = false when it is none of them.
QByteArray inflateAny(const QByteArray &data, bool gzip, bool *ok, qint64 maxOutput);

struct Record
{
    QString version; // "WARC/1.0"
    QList<QPair<QByteArray, QByteArray>> headers; // as written
    QByteArray block;
    qint64 offset = 0; // in the decompressed stream

    QByteArray header(const QByteArray &name) const; // case-insensitive, first match
    QString type() const { return QString::fromLatin1(header("WARC-Type")).toLower(); }
    QString targetUri() const
    {
        return QString::fromUtf8(header("WARC-Target-URI")).remove(u'<').remove(u'>');
    }
    QString recordId() const { return QString::fromUtf8(header("WARC-Record-ID")); }
    QDateTime date() const;
};

struct Records
{
    QList<Record> records;
    QStringList problems;
};

// Splits decompressed WARC data into records.
Records readRecords(const QByteArray &data);

enum class DigestCheck {
    Match,
    Mismatch,
    Unsupported,
    Absent
};

// Checks "sha1:BASE32", "sha256:BASE32" or hex forms against `data`.
DigestCheck checkDigest(const QByteArray &digest, const QByteArray &data);

} // namespace ChipTrace::Evidence::Warc
