// SPDX-License-Identifier: GPL-3.0-or-later
#include "httppayload.h"

#include "warcformat.h"

#include <QCoreApplication>

namespace ChipTrace::Evidence::Warc {


QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QByteArray dechunk(const QByteArray &raw, bool *ok)
{
    QByteArray out;
    qsizetype pos = 0;
    *ok = false;
    while (pos < raw.size()) {
        const qsizetype eol = raw.indexOf('\n', pos);
        if (eol < 0)
            return out;
        QByteArray sizeLine = raw.mid(pos, eol - pos).trimmed();
        if (const qsizetype semi = sizeLine.indexOf(';'); semi >= 0)
            sizeLine.truncate(semi); // chunk extensions
        bool valid = false;
        const qint64 size = sizeLine.trimmed().toLongLong(&valid, 16);
        if (!valid || size < 0)
            return out;
        pos = eol + 1;
        if (size == 0) {
            *ok = true; // trailers, if any, are not part of the body
            return out;
        }
        if (size > raw.size() - pos)
            return out;
        out.append(raw.constData() + pos, qsizetype(size));
        pos += qsizetype(size);
        if (raw.mid(pos, 2) == "\r\n")
            pos += 2;
        else if (raw.mid(pos, 1) == "\n")
            pos += 1;
    }
    return out;
}

static void splitContentType(HttpResponse &r)
{
    const QList<QByteArray> parts = r.header("Content-Type").split(';');
    r.mimeType = parts.value(0).trimmed().toLower();
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QByteArray p = parts[i].trimmed();
        if (p.toLower().startsWith("charset="))
            r.charset = p.mid(8).trimmed().replace("\"", "").replace("'", "");
    }
}

static void decodeBody(HttpResponse &r, qint64 maxOutput)
{
    r.body = r.rawBody;
    if (r.header("Transfer-Encoding").toLower().contains("chunked")) {
        bool ok = false;
        r.body = dechunk(r.rawBody, &ok);
        if (!ok)
            r.problems << QCoreApplication::translate(
                "Evidence", "the chunked body is damaged; the chunks before the damage were kept");
    }
    const QByteArray coding = r.header("Content-Encoding").trimmed().toLower();
    if (coding.isEmpty() || coding == "identity")
        return;
    if (coding == "gzip" || coding == "x-gzip" || coding == "deflate") {
        bool ok = false;
        QByteArray decoded = inflateAny(r.body, coding != "deflate", &ok, maxOutput);
        if (!ok)
            r.problems << QCoreApplication::translate(
                "Evidence", "the %1-compressed body is damaged; only its readable start was kept")
                              .arg(QString::fromLatin1(coding));
        r.body = decoded;
        return;
    }
    r.problems << QCoreApplication::translate(
        "Evidence", "the body is compressed with \"%1\", which ChipTrace cannot read")
                      .arg(QString::fromLatin1(coding));
    r.body.clear();
}

Result<HttpResponse> parseHttpResponse(const QByteArray &block, qint64 maxOutput)
{
    if (!block.startsWith("HTTP/"))
        return fail(ErrorCode::Parse,
            QCoreApplication::translate("Evidence", "the record does not hold an HTTP response"));
    qsizetype end = block.indexOf("\r\n\r\n");
    int sep = 4;
    if (const qsizetype lf = block.indexOf("\n\n"); lf >= 0 && (end < 0 || lf < end)) {
        end = lf;
        sep = 2;
    }
    if (end < 0) {
        end = block.size(); // headers only (revisit records)
        sep = 0;
    }
    const QList<QByteArray> lines = block.left(end).split('\n');
    const QList<QByteArray> status = lines.first().trimmed().split(' ');
    HttpResponse r;
    bool ok = false;
    r.status = status.value(1).toInt(&ok);
    if (!ok)
        return fail(ErrorCode::Parse,
            QCoreApplication::translate("Evidence", "the HTTP status line is damaged"));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            r.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    r.rawBody = block.mid(qMin(end + sep, block.size()));
    splitContentType(r);
    decodeBody(r, maxOutput);
    return r;
}

} // namespace ChipTrace::Evidence::Warc
