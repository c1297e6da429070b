// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Builders for evidence files made at test time: WARC records (plain or gzip members, chunked
// and deflate payloads, digests), WACZ zips, PDFs drawn with QPdfWriter, HTML pages and model
// cards. Shared by the importer tests and the fuzz targets (which use them as seeds).

#include "evidence/documentimport.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace ChipTrace::Test {

QByteArray base32(const QByteArray &raw);
QByteArray sha1Base32(const QByteArray &data); // "sha1:..." digest form
QByteArray sha256Base32(const QByteArray &data); // "sha256:..."
QByteArray gzip(const QByteArray &data); // one gzip member
QByteArray zlibDeflate(const QByteArray &data); // zlib-wrapped deflate

struct WarcRecord
{
    QByteArray version = "WARC/1.1";
    QByteArray type = "response";
    QString targetUri;
    QString date = QStringLiteral("2023-05-01T10:00:00Z");
    QString recordId; // default: generated
    QList<QPair<QByteArray, QByteArray>> extraHeaders;
    QByteArray contentType = "application/http; msgtype=response";
    QByteArray block;

    QByteArray bytes() const; // the record with its trailing CRLF CRLF
};

// An HTTP response block. `chunked` splits the body into chunks; `deflate` compresses it;
// `digest` receives the WARC-Payload-Digest of the body as transferred.
QByteArray httpResponse(const QByteArray &html, bool chunked, bool deflate,
    QByteArray *digest = nullptr, int status = 200,
    const QByteArray &contentType = "text/html; charset=utf-8");

WarcRecord responseRecord(const QString &uri, const QString &date, const QByteArray &html,
    bool chunked = false, bool deflate = false);
WarcRecord revisitRecord(const WarcRecord &original, const QString &date);

// Joins records, gzip-compressing each on its own when `gzipMembers`.
QByteArray warcFile(const QList<WarcRecord> &records, bool gzipMembers);

// A WACZ: zip with archive/<name> members holding `warcs` and a datapackage.json.
QByteArray waczFile(const QList<QPair<QString, QByteArray>> &warcs);

// A PDF with one page per string (drawn text, so it has a text layer); empty string = blank page.
QByteArray pdfFile(const QStringList &pages, const QString &title = {});

// Writes `bytes` to dir/fileName and imports it with the built plugins (CHIPTRACE_PLUGIN_DIR),
// storing copies in dir/store.
Result<Evidence::ImportedDocument> importBytes(
    const QString &dir, const QString &fileName, const QByteArray &bytes);
// Files in dir/store (to check that a failed import leaves nothing behind).
QStringList storedFiles(const QString &dir);

QByteArray htmlPage(); // headings, entities, script and style, a claim under "Training > Hardware"
QByteArray modelCard(); // Markdown with YAML front matter naming hardware

} // namespace ChipTrace::Test
