// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The HTTP response inside a WARC response record: status, headers, the body as transferred
// (which WARC-Payload-Digest covers) and the body as the browser saw it (chunked transfer
// coding removed, gzip/deflate content coding decoded).

#include "util/result.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace ChipTrace::Evidence::Warc {

struct HttpResponse
{
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray rawBody; // after the header, before any decoding
    QByteArray body; // decoded
    QByteArray mimeType; // lower case, without parameters
    QByteArray charset;
    QStringList problems; // decoding trouble; `body` holds what could be decoded

    QByteArray header(const QByteArray &name) const;
};

Result<HttpResponse> parseHttpResponse(const QByteArray &block, qint64 maxOutput);

// Removes chunked transfer coding; ok = false when the framing is damaged (data so far returned).
QByteArray dechunk(const QByteArray &raw, bool *ok);

} // namespace ChipTrace::Evidence::Warc
