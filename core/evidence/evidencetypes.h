// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Plain values that evidence importers produce: the captured source (what was imported, the
// stored copy and its SHA-256), text segments with locators that say exactly where the text
// sits in the source (PDF page and word boxes; WARC target URI, capture date and record id;
// HTML/Markdown heading path), structured claims read from metadata (model-card front matter)
// and the claims found in the text. These cross the plugin boundary, so they are plain structs
// of Qt value types with no behaviour beyond small helpers.

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace ChipTrace::Evidence {

// What an importer read, as the importer tells it (a model card is a web page to the case). Not
// the case's SourceKind (domain/vocabulary.h): batchFromDocument maps one to the other, and
// plugins, which link no engine, see only this one.
enum class DocumentKind {
    Paper,
    ArchivedPage,
    WebPage,
    ModelCard,
    Document
};

QString documentKindName(
    DocumentKind kind); // "paper" | "archived-page" | "web-page" | "model-card" | "document"
std::optional<DocumentKind> documentKindFromName(const QString &name);

// What was imported and how to find the same bytes again.
struct CapturedSource
{
    QString uri; // where it came from: the original URL if known, else file:// of the input
    QString title;
    DocumentKind kind = DocumentKind::Document;
    QString mimeType;
    QString originalPath; // the file the analyst gave
    QString storedPath; // the content-addressed copy ChipTrace keeps
    QString sha256; // hex, of the stored bytes
    qint64 size = 0;
    QDateTime retrievedAt; // UTC, when the import ran
    QString importer; // "name version" of the plugin that read it
};

// One word on a PDF page: [start, start+length) in the segment text, box in points on the page.
struct WordBox
{
    int start = 0;
    int length = 0;
    QRectF box;
};

// Where a piece of text sits in its source. Fields that do not apply stay empty.
struct Locator
{
    // PDF
    int page = 0; // 1-based; 0 = not a paged source
    QString pageLabel; // as printed on the page, when the PDF has labels
    QSizeF pageSize; // points
    QList<QRectF> boxes; // points, for highlighting
    // WARC / WACZ
    QString targetUri; // WARC-Target-URI of the response
    QDateTime captureDate; // WARC-Date, UTC
    QString recordId; // WARC-Record-ID
    QString payloadDigest; // WARC-Payload-Digest as written, e.g. "sha1:..."
    bool digestVerified = false;
    QString archiveMember; // WACZ: the WARC file inside the zip
    bool revisit = false; // text comes from the record a revisit refers to
    // HTML / Markdown
    QStringList headingPath; // outermost first

    // A line for a citation: "p. 3", "https://x.org/ (archived 2023-05-01T10:00:00Z, record
    // <urn:...>)", "§ Training > Hardware". Empty when nothing is known.
    QString citation() const;
};

struct TextSegment
{
    QString text;
    Locator locator;
    QList<WordBox> words; // PDF only: lets a match be turned into boxes on the page
};

// A value read from document metadata that names hardware, e.g. model-card front matter
// `co2_eq_emissions.hardware_used: 8 x A100`.
struct StructuredClaim
{
    QString field; // dotted key path
    QString value;
    Locator locator;
};

// A hardware claim found in an imported document.
struct DocumentClaim
{
    QString match; // the chip as written ("H800")
    QString sentence; // the text around it, for review
    QStringList chips; // catalog names it resolves to
    QString scope; // "training" | "fine-tuning" | "inference" | ... | "unknown"
    QString strength; // "proof" | "strong" | "hint"
    QString implies; // funnel constraint text
    QString field; // structured claims: the metadata key; empty for prose
    int segment = -1; // index into ImportedDocument::segments (-1 for structured)
    int offset = 0; // in the segment text, UTF-16 code units
    int length = 0;
    Locator locator; // the segment's locator narrowed to the match (PDF boxes)
};

// What a plugin hands back for one file.
struct ParsedDocument
{
    QString title;
    DocumentKind kind = DocumentKind::Document;
    QString mimeType;
    QString uri; // the document's own URL when it says so (saved-from, WARC page)
    QList<TextSegment> segments;
    QList<StructuredClaim> structured;
    QStringList problems; // parts that could not be read; the rest was imported
};

// Everything importDocument() returns: the source, its text, and the claims in it.
struct ImportedDocument
{
    CapturedSource source;
    QList<TextSegment> segments;
    QList<StructuredClaim> structured;
    QList<DocumentClaim> claims;
    QStringList problems;
};

// Passed to a plugin with the bytes.
struct ImportContext
{
    QString fileName; // for messages and extension checks
    QString sourceUri; // what the analyst said the file is a copy of (may be empty)
    std::function<bool()> isCanceled; // may be empty
    bool canceled() const { return isCanceled && isCanceled(); }
};

// Boxes of the words that overlap [offset, offset+length) in `segment` (PDF highlighting).
QList<QRectF> boxesForRange(const TextSegment &segment, int offset, int length);

// First occurrence of `needle` (case-insensitive, whitespace-insensitive) in the segments:
// the segment index and the locator narrowed to it; nullopt when absent.
struct TextHit
{
    int segment = -1;
    int offset = 0;
    int length = 0;
    Locator locator;
};
std::optional<TextHit> findText(const QList<TextSegment> &segments, const QString &needle);

} // namespace ChipTrace::Evidence
