// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidencefixtures.h"

#include "evidence/importerregistry.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QUuid>

#include <archive.h>
#include <archive_entry.h>
#include <zlib.h>

namespace ChipTrace::Test {

QByteArray base32(const QByteArray &raw)
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
    while (out.size() % 8)
        out += '='; // padded, as RFC 4648 writes it
    return out;
}

QByteArray sha1Base32(const QByteArray &data)
{
    return "sha1:" + base32(QCryptographicHash::hash(data, QCryptographicHash::Sha1));
}

QByteArray sha256Base32(const QByteArray &data)
{
    return "sha256:" + base32(QCryptographicHash::hash(data, QCryptographicHash::Sha256));
}

static QByteArray deflateWith(const QByteArray &data, int windowBits)
{
    z_stream s{};
    deflateInit2(&s, Z_BEST_COMPRESSION, Z_DEFLATED, windowBits, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(int(deflateBound(&s, uLong(data.size()))) + 32, Qt::Uninitialized);
    s.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    s.avail_in = uInt(data.size());
    s.next_out = reinterpret_cast<Bytef *>(out.data());
    s.avail_out = uInt(out.size());
    deflate(&s, Z_FINISH);
    out.resize(qsizetype(s.total_out));
    deflateEnd(&s);
    return out;
}

QByteArray gzip(const QByteArray &data)
{
    return deflateWith(data, 16 + MAX_WBITS);
}
QByteArray zlibDeflate(const QByteArray &data)
{
    return deflateWith(data, MAX_WBITS);
}

QByteArray WarcRecord::bytes() const
{
    QByteArray out = version + "\r\nWARC-Type: " + type + "\r\n";
    const QString id = recordId.isEmpty()
        ? QStringLiteral("<urn:uuid:%1>").arg(QUuid::createUuid().toString(QUuid::WithoutBraces))
        : recordId;
    out += "WARC-Record-ID: " + id.toUtf8() + "\r\n";
    out += "WARC-Date: " + date.toUtf8() + "\r\n";
    if (!targetUri.isEmpty())
        out += "WARC-Target-URI: " + targetUri.toUtf8() + "\r\n";
    for (const auto &h : extraHeaders)
        out += h.first + ": " + h.second + "\r\n";
    if (!contentType.isEmpty())
        out += "Content-Type: " + contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(block.size()) + "\r\n\r\n";
    out += block;
    out += "\r\n\r\n";
    return out;
}

QByteArray httpResponse(const QByteArray &html, bool chunked, bool deflate, QByteArray *digest,
    int status, const QByteArray &contentType)
{
    QByteArray body = deflate ? zlibDeflate(html) : html;
    QByteArray head =
        "HTTP/1.1 " + QByteArray::number(status) + " OK\r\nContent-Type: " + contentType + "\r\n";
    if (deflate)
        head += "Content-Encoding: deflate\r\n";
    if (chunked) {
        head += "Transfer-Encoding: chunked\r\n";
        QByteArray framed;
        for (qsizetype i = 0; i < body.size(); i += 7) {
            const QByteArray chunk = body.mid(i, 7);
            framed += QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n";
        }
        body = framed + "0\r\n\r\n";
    } else {
        head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    }
    if (digest)
        *digest = sha1Base32(body);
    return head + "\r\n" + body;
}

WarcRecord responseRecord(
    const QString &uri, const QString &date, const QByteArray &html, bool chunked, bool deflate)
{
    WarcRecord r;
    r.targetUri = uri;
    r.date = date;
    r.recordId =
        QStringLiteral("<urn:uuid:%1>").arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    QByteArray digest;
    r.block = httpResponse(html, chunked, deflate, &digest);
    r.extraHeaders.append(qMakePair(QByteArray("WARC-Payload-Digest"), QByteArray(digest)));
    return r;
}

WarcRecord revisitRecord(const WarcRecord &original, const QString &date)
{
    WarcRecord r;
    r.type = "revisit";
    r.targetUri = original.targetUri;
    r.date = date;
    r.recordId =
        QStringLiteral("<urn:uuid:%1>").arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    for (const auto &h : original.extraHeaders) {
        if (h.first == "WARC-Payload-Digest")
            r.extraHeaders.append(h);
    }
    r.extraHeaders.append(qMakePair(QByteArray("WARC-Profile"),
        QByteArray("http://netpreserve.org/warc/1.1/revisit/identical-payload-digest")));
    r.extraHeaders.append(
        qMakePair(QByteArray("WARC-Refers-To"), QByteArray(original.recordId.toUtf8())));
    r.extraHeaders.append(qMakePair(
        QByteArray("WARC-Refers-To-Target-URI"), QByteArray(original.targetUri.toUtf8())));
    r.extraHeaders.append(
        qMakePair(QByteArray("WARC-Refers-To-Date"), QByteArray(original.date.toUtf8())));
    r.block = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n";
    return r;
}

QByteArray warcFile(const QList<WarcRecord> &records, bool gzipMembers)
{
    QByteArray out;
    for (const WarcRecord &r : records)
        out += gzipMembers ? gzip(r.bytes()) : r.bytes();
    return out;
}

QByteArray waczFile(const QList<QPair<QString, QByteArray>> &warcs)
{
    QList<QPair<QString, QByteArray>> members = warcs;
    members.append(qMakePair(QStringLiteral("datapackage.json"),
        QByteArrayLiteral(R"({"profile": "data-package", "wacz_version": "1.1.1"})")));
    QByteArray out(16 << 20, Qt::Uninitialized);
    size_t used = 0;
    archive *a = archive_write_new();
    archive_write_set_format_zip(a);
    archive_write_open_memory(a, out.data(), size_t(out.size()), &used);
    for (const auto &[name, bytes] : members) {
        archive_entry *e = archive_entry_new();
        archive_entry_set_pathname(e, name.toUtf8().constData());
        archive_entry_set_size(e, bytes.size());
        archive_entry_set_filetype(e, AE_IFREG);
        archive_entry_set_perm(e, 0644);
        archive_write_header(a, e);
        archive_write_data(a, bytes.constData(), size_t(bytes.size()));
        archive_entry_free(e);
    }
    archive_write_close(a);
    archive_write_free(a);
    out.resize(qsizetype(used));
    return out;
}

QByteArray pdfFile(const QStringList &pages, const QString &title)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(72);
    writer.setTitle(title);
    QPainter painter(&writer);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSize(11);
    painter.setFont(font);
    for (int i = 0; i < pages.size(); ++i) {
        if (i > 0)
            writer.newPage();
        int y = 80;
        for (const QString &line : pages[i].split(u'\n')) {
            painter.drawText(60, y, line);
            y += 18;
        }
    }
    painter.end();
    return bytes;
}

Result<Evidence::ImportedDocument> importBytes(
    const QString &dir, const QString &fileName, const QByteArray &bytes)
{
    static Evidence::ImporterRegistry *registry = [] {
        auto *r = new Evidence::ImporterRegistry;
        r->scan({QStringLiteral(CHIPTRACE_PLUGIN_DIR)});
        return r;
    }();
    const QString path = dir + u'/' + fileName;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return fail(ErrorCode::Io, QStringLiteral("cannot write the fixture ") + path);
    file.close();
    Evidence::ImportOptions options;
    options.storeDir = dir + QStringLiteral("/store");
    options.registry = registry;
    return Evidence::importDocument(path, options);
}

QStringList storedFiles(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir + QStringLiteral("/store"), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    return files;
}

QByteArray htmlPage()
{
    return QByteArrayLiteral(
        "<!DOCTYPE html>\n<!-- saved from url=(0032)https://lab.example.org/model-x -->\n"
        "<html><head><meta charset=\"utf-8\"><title>Model X &mdash; Lab</title>"
        "<style>h1 { color: red } .H100 {}</style>"
        "<script>var gpu = \"V100\"; if (a < b) {}</script></head>\n"
        "<body><nav>Home | Papers</nav><h1>Model X</h1><p>A language model.</p>"
        "<h2>Training</h2><p>Data &amp; recipe.</p>"
        "<h3>Hardware</h3><p>Model X was trained on 2,048 H800&nbsp;GPUs over 57&nbsp;days.</p>"
        "<table><tr><td>Nodes</td><td>256</td></tr></table>"
        "<h2>Inference</h2><p>Served on &#x201C;L40S&#x201D; cards.</p></body></html>\n");
}

QByteArray modelCard()
{
    return QByteArrayLiteral(
        "---\n"
        "license: apache-2.0\n"
        "model_name: Model X\n"
        "tags: [text-generation]\n"
        "co2_eq_emissions:\n"
        "  emissions: 1200\n"
        "  hardware_used: 8 x A100-80G\n"
        "  training_type: pre-training\n"
        "hardware: [H800, H800]\n"
        "---\n"
        "# Model X\n\nA **language** model. See [the paper](https://arxiv.org/abs/0000.00000).\n\n"
        "## Training\n\n### Compute Infrastructure\n\nWe trained on 2,048 H800 GPUs.\n\n"
        "Evaluation\n----------\n\n```python\n# not a heading\nprint('hi')\n```\n");
}

} // namespace ChipTrace::Test
