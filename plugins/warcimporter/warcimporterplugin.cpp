// SPDX-License-Identifier: GPL-3.0-or-later
#include "warcimporterplugin.h"

#include "evidence/htmltext.h"
#include "httppayload.h"
#include "warcformat.h"

#include <QCoreApplication>
#include <QHash>
#include <QUrl>

#include <archive.h>
#include <archive_entry.h>

#include <memory>

namespace ChipTrace::Evidence {

using namespace Warc;

namespace {


// Decompressed data beyond this is refused (a gzip bomb would otherwise exhaust memory).
constexpr qint64 maxInflated = qint64(2) << 30;

struct Capture
{
    QString uri;
    QString recordId;
    QByteArray payloadDigest;
    QDateTime date;
    QString title;
    QList<TextSegment> segments;
};

// Gathers captures over one WARC file or all WARC files of a WACZ, then resolves revisits.
class Collector
{
public:
    explicit Collector(const ImportContext &context)
        : m_context(context)
    { }

    Status addWarc(const QByteArray &bytes, const QString &member);
    ParsedDocument finish();

private:
    void addRecord(const Record &record, const QString &member);
    void addRevisit(const Record &record, const QString &member);
    bool verify(const Record &record, const QByteArray &payload, const QByteArray &decodedPayload,
        bool *verified);
    void addPayload(const Record &record, const QString &member, const QByteArray &mime,
        const QByteArray &charset, const QByteArray &body, bool verified);
    QString where(const Record &record) const;

    const ImportContext &m_context;
    QList<Capture> m_captures;
    QList<QPair<Record, QString>> m_revisits;
    QStringList m_problems;
    int m_unverified = 0;
};

QString Collector::where(const Record &record) const
{
    const QString uri = record.targetUri();
    return QStringLiteral("%1 record %2%3")
        .arg(record.type(), record.recordId(),
            uri.isEmpty() ? QString() : QStringLiteral(" (") + uri + u')');
}

Status Collector::addWarc(const QByteArray &bytes, const QString &member)
{
    QByteArray data = bytes;
    const QString prefix = member.isEmpty() ? QString() : member + QStringLiteral(": ");
    if (bytes.startsWith("\x1f\x8b")) {
        Inflated inflated = gunzipMembers(bytes, maxInflated);
        if (!inflated.problem.isEmpty())
            m_problems << prefix + inflated.problem;
        data = std::move(inflated.data);
    }
    const qsizetype start = data.indexOf("WARC/1.");
    if (start < 0 || !data.left(start).trimmed().isEmpty())
        return fail(ErrorCode::Parse,
            prefix
                + QCoreApplication::translate("Evidence",
                    "this is not a WARC file: it does not start with a WARC/1.0 or WARC/1.1 record"));
    Records records = readRecords(data);
    for (const QString &p : std::as_const(records.problems))
        m_problems << prefix + p;
    for (const Record &record : std::as_const(records.records)) {
        if (m_context.canceled())
            return fail(ErrorCode::Cancelled, QCoreApplication::translate("Evidence", "cancelled"));
        const QString type = record.type();
        if (type == u"revisit")
            m_revisits.append({record, member});
        else if (type == u"response" || type == u"resource")
            addRecord(record, member);
    }
    return {};
}

// Rejects a record whose digest does not match: its bytes are not what was archived.
bool Collector::verify(const Record &record, const QByteArray &payload,
    const QByteArray &decodedPayload, bool *verified)
{
    const DigestCheck block = checkDigest(record.header("WARC-Block-Digest"), record.block);
    DigestCheck check = checkDigest(record.header("WARC-Payload-Digest"), payload);
    // Some writers digest the de-chunked body; accept that too.
    if (check == DigestCheck::Mismatch && decodedPayload != payload)
        check = checkDigest(record.header("WARC-Payload-Digest"), decodedPayload);
    if (check == DigestCheck::Mismatch || block == DigestCheck::Mismatch) {
        m_problems << QCoreApplication::translate("Evidence",
            "%1: the %2 digest does not match its content (damaged or altered); not imported")
                          .arg(where(record),
                              check == DigestCheck::Mismatch
                                  ? QCoreApplication::translate("Evidence", "payload")
                                  : QCoreApplication::translate("Evidence", "block"));
        return false;
    }
    *verified = check == DigestCheck::Match
        || (check == DigestCheck::Absent && block == DigestCheck::Match);
    if (!*verified)
        ++m_unverified;
    return true;
}

void Collector::addRecord(const Record &record, const QString &member)
{
    if (record.type() == u"resource") {
        bool verified = false;
        if (verify(record, record.block, record.block, &verified)) {
            const QList<QByteArray> ct = record.header("Content-Type").split(';');
            addPayload(record, member, ct.value(0).trimmed().toLower(), {}, record.block, verified);
        }
        return;
    }
    if (!record.header("Content-Type").toLower().contains("application/http"))
        return; // dns:, metadata-like responses
    auto http = parseHttpResponse(record.block, maxInflated);
    if (!http) {
        m_problems << where(record) + QStringLiteral(": ") + http.message();
        return;
    }
    bool dechunkedOk = false;
    const bool chunked = http->header("Transfer-Encoding").toLower().contains("chunked");
    const QByteArray dechunked = chunked ? dechunk(http->rawBody, &dechunkedOk) : http->rawBody;
    bool verified = false;
    if (!verify(record, http->rawBody, dechunked, &verified))
        return;
    if (http->status < 200 || http->status >= 300)
        return; // redirects and errors carry no page text
    for (const QString &p : std::as_const(http->problems))
        m_problems << where(record) + QStringLiteral(": ") + p;
    addPayload(record, member, http->mimeType, http->charset, http->body, verified);
}

void Collector::addPayload(const Record &record, const QString &member, const QByteArray &mime,
    const QByteArray &charset, const QByteArray &body, bool verified)
{
    Capture capture;
    if (mime == "text/html" || mime == "application/xhtml+xml") {
        HtmlText html = htmlToText(body, charset);
        capture.title = html.title;
        capture.segments = std::move(html.sections);
    } else if (mime == "text/plain" || mime == "text/markdown") {
        TextSegment seg;
        seg.text = decodeText(body, charset).trimmed();
        if (!seg.text.isEmpty())
            capture.segments << seg;
    } else {
        return; // images, scripts, styles: not evidence text
    }
    capture.uri = record.targetUri();
    capture.recordId = record.recordId();
    capture.payloadDigest = record.header("WARC-Payload-Digest").trimmed();
    capture.date = record.date();
    for (TextSegment &seg : capture.segments) {
        seg.locator.targetUri = capture.uri;
        seg.locator.captureDate = capture.date;
        seg.locator.recordId = capture.recordId;
        seg.locator.payloadDigest = QString::fromLatin1(capture.payloadDigest);
        seg.locator.digestVerified = verified;
        seg.locator.archiveMember = member;
    }
    m_captures << capture;
}

// A revisit says "same content as an earlier capture": its text is that capture's, cited with
// the revisit's own date and record id.
void Collector::addRevisit(const Record &record, const QString &member)
{
    const QString refersTo = QString::fromUtf8(record.header("WARC-Refers-To"));
    const QByteArray digest = record.header("WARC-Payload-Digest").trimmed();
    QString refUri =
        QString::fromUtf8(record.header("WARC-Refers-To-Target-URI")).remove(u'<').remove(u'>');
    if (refUri.isEmpty())
        refUri = record.targetUri();
    const Capture *original = nullptr;
    for (const Capture &c : std::as_const(m_captures)) {
        if (!refersTo.isEmpty() && c.recordId == refersTo) {
            original = &c;
            break;
        }
        if (!original && !digest.isEmpty() && c.payloadDigest == digest && c.uri == refUri)
            original = &c;
    }
    if (!original) {
        m_problems << QCoreApplication::translate(
            "Evidence", "%1: it repeats a capture that is not in this archive; skipped")
                          .arg(where(record));
        return;
    }
    Capture copy = *original;
    copy.recordId = record.recordId();
    copy.date = record.date();
    copy.uri = record.targetUri();
    for (TextSegment &seg : copy.segments) {
        seg.locator.targetUri = copy.uri;
        seg.locator.captureDate = copy.date;
        seg.locator.recordId = copy.recordId;
        seg.locator.revisit = true;
        seg.locator.archiveMember = member;
    }
    m_captures << copy;
}

ParsedDocument Collector::finish()
{
    for (const auto &[record, member] : std::as_const(m_revisits))
        addRevisit(record, member);
    ParsedDocument doc;
    doc.kind = DocumentKind::ArchivedPage;
    doc.mimeType = QStringLiteral("application/warc");
    if (m_captures.size() == 1) {
        doc.title = m_captures.first().title;
    } else if (!m_captures.isEmpty()) {
        doc.title = QCoreApplication::translate("Evidence", "%1 archived pages from %2")
                        .arg(m_captures.size())
                        .arg(QUrl(m_captures.first().uri).host());
    }
    if (!m_captures.isEmpty())
        doc.uri = m_captures.first().uri;
    for (const Capture &c : std::as_const(m_captures))
        doc.segments << c.segments;
    if (m_unverified > 0)
        m_problems << QCoreApplication::translate(
            "Evidence", "%1 record(s) carry no digest ChipTrace can check; imported unverified")
                          .arg(m_unverified);
    doc.problems = m_problems;
    return doc;
}

struct ArchiveFree
{
    void operator()(archive *a) const { archive_read_free(a); }
};

Result<ParsedDocument> parseWacz(const QByteArray &data, const ImportContext &context)
{
    std::unique_ptr<archive, ArchiveFree> zip(archive_read_new());
    archive_read_support_format_zip(zip.get());
    if (archive_read_open_memory(zip.get(), data.constData(), size_t(data.size())) != ARCHIVE_OK)
        return fail(ErrorCode::Parse,
            QCoreApplication::translate("Evidence", "this WACZ is not a readable zip file: %1")
                .arg(QString::fromLocal8Bit(archive_error_string(zip.get()))));
    Collector collector(context);
    int members = 0;
    QStringList problems;
    archive_entry *entry = nullptr;
    int rc;
    while ((rc = archive_read_next_header(zip.get(), &entry)) == ARCHIVE_OK || rc == ARCHIVE_WARN) {
        const char *utf8 = archive_entry_pathname_utf8(entry);
        const QString name = QString::fromUtf8(utf8 ? utf8 : archive_entry_pathname(entry));
        if (!name.startsWith(u"archive/")
            || !(name.endsWith(u".warc") || name.endsWith(u".warc.gz")))
            continue;
        QByteArray bytes;
        char buffer[1 << 16];
        la_ssize_t n;
        while ((n = archive_read_data(zip.get(), buffer, sizeof buffer)) > 0
            && bytes.size() <= maxInflated)
            bytes.append(buffer, qsizetype(n));
        if (n < 0)
            problems << QCoreApplication::translate(
                "Evidence", "%1 is damaged inside the zip; its readable start was used")
                            .arg(name);
        ++members;
        if (Status s = collector.addWarc(bytes, name); !s) {
            if (s.code() == ErrorCode::Cancelled)
                return s.error();
            problems << s.message();
        }
    }
    if (rc == ARCHIVE_FATAL)
        problems << QCoreApplication::translate(
            "Evidence", "the zip is damaged; members after the damage were not read (%1)")
                        .arg(QString::fromLocal8Bit(archive_error_string(zip.get())));
    if (members == 0)
        return fail(ErrorCode::Parse,
            QCoreApplication::translate(
                "Evidence", "this WACZ holds no WARC files under archive/"));
    ParsedDocument doc = collector.finish();
    doc.problems = problems + doc.problems;
    doc.mimeType = QStringLiteral("application/wacz");
    return doc;
}

} // namespace

bool WarcImporterPlugin::sniff(const QByteArray &head) const
{
    if (head.startsWith("WARC/1."))
        return true;
    if (head.startsWith("\x1f\x8b")) {
        const Inflated inflated = gunzipMembers(head, 4096);
        return inflated.data.startsWith("WARC/1.");
    }
    return head.startsWith("PK\x03\x04") && head.contains("datapackage.json");
}

Result<ParsedDocument> WarcImporterPlugin::parse(
    const QByteArray &data, const ImportContext &context) const
{
    if (data.startsWith("PK\x03\x04") || context.fileName.endsWith(u".wacz", Qt::CaseInsensitive))
        return parseWacz(data, context);
    Collector collector(context);
    if (Status s = collector.addWarc(data, QString()); !s)
        return s.error();
    return collector.finish();
}

} // namespace ChipTrace::Evidence
