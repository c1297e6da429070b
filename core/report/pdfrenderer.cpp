// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfrenderer.h"

#include "briefinghtml.h"
#include "funnelchart.h"
#include "mfuchart.h"
#include "pdftext.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>
#include <QTimeZone>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace ChipTrace::Report {

namespace {


// Page geometry in layout units (device pixels of the writer).
struct PageGeometry
{
    qreal unitsPerMm = 0;
    QSizeF page;
    QRectF body;

    qreal mm(qreal v) const { return v * unitsPerMm; }
};

PageGeometry geometry(const RenderOptions &o)
{
    PageGeometry g;
    g.unitsPerMm = o.resolution / 25.4;
    const QSizeF mmSize = o.pageSize.size(QPageSize::Millimeter);
    g.page = QSizeF(g.mm(mmSize.width()), g.mm(mmSize.height()));
    g.body = QRectF(g.mm(20), g.mm(26), g.page.width() - g.mm(40), g.page.height() - g.mm(26 + 24));
    return g;
}

QFont bodyFont()
{
    QFont font;
    font.setFamilies(fontFamiliesFor(QString()));
    font.setPointSizeF(9.5);
    // Ligature glyphs extract as U+FB01 and the like: a search for "finding" would miss them.
    font.setFeature(QFont::Tag("liga"), 0);
    font.setFeature(QFont::Tag("clig"), 0);
    return font;
}

// Where the block's first line sits, in document coordinates.
qreal blockTop(QTextDocument &doc, const QTextBlock &block)
{
    const QRectF r = doc.documentLayout()->blockBoundingRect(block);
    const QTextLayout *layout = block.layout();
    return r.top() + (layout && layout->lineCount() > 0 ? layout->lineAt(0).y() : 0);
}

// The layout works in 1/64 units, so a block at the top of a page can sit a hair above the
// exact multiple of the page height.
int pageOf(qreal y, qreal pageHeight)
{
    return int((y + 1) / pageHeight) + 1;
}

// Level-1 headings in document order, with the page each starts on.
QList<int> headingPages(QTextDocument &doc, qreal pageHeight)
{
    QList<int> pages;
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() != 1)
            continue;
        pages << pageOf(blockTop(doc, block), pageHeight);
    }
    return pages;
}

// The contents table's page-number cells, in document coordinates (one per section).
QList<QRectF> tocNumberCells(QTextDocument &doc)
{
    const QString contents = QCoreApplication::translate("Report", "Contents");
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        if (block.text() != contents)
            continue;
        QTextTable *table = QTextCursor(block.next()).currentTable();
        QList<QRectF> cells;
        for (int row = 0; table && row < table->rows(); ++row) {
            const QTextBlock cell = table->cellAt(row, 1).firstCursorPosition().block();
            QRectF r = doc.documentLayout()->blockBoundingRect(cell);
            r.moveTop(blockTop(doc, cell));
            cells << r;
        }
        return cells;
    }
    return {};
}

struct PageDecor
{
    QList<QRectF> tocCells;
    QString marking;
    QString title;
    QString generated;
    QStringList sections;
    QList<int> sectionPages;
    int pageCount = 0;
};

void drawBanner(QPainter &p, const PageGeometry &g, qreal top, const QString &marking)
{
    const QRectF band(g.mm(20), top, g.page.width() - g.mm(40), g.mm(6));
    p.fillRect(band, QColor(0xf3, 0xe3, 0xa0));
    QFont f = bodyFont();
    f.setBold(true);
    f.setPointSizeF(9);
    p.setFont(f);
    p.setPen(QColor(0x60, 0x00, 0x00));
    p.drawText(band, Qt::AlignCenter, marking);
}

QString sectionOnPage(const PageDecor &d, int page)
{
    QString current;
    for (qsizetype i = 0; i < d.sections.size() && i < d.sectionPages.size(); ++i)
        if (d.sectionPages[i] <= page)
            current = d.sections[i];
    return current;
}

void drawHeaderFooter(QPainter &p, const PageGeometry &g, const PageDecor &d, int page)
{
    QFont f = bodyFont();
    f.setPointSizeF(8);
    p.setFont(f);
    p.setPen(QColor(0x40, 0x40, 0x40));
    const qreal left = g.mm(20), width = g.page.width() - g.mm(40);
    const QRectF header(left, g.mm(16), width, g.mm(5));
    p.drawText(header, Qt::AlignLeft | Qt::AlignVCenter, d.title);
    p.drawText(header, Qt::AlignRight | Qt::AlignVCenter, sectionOnPage(d, page));
    p.drawLine(QPointF(left, g.mm(21.5)), QPointF(left + width, g.mm(21.5)));
    const qreal footerTop = g.page.height() - g.mm(21);
    p.drawLine(QPointF(left, footerTop), QPointF(left + width, footerTop));
    const QRectF footer(left, footerTop + g.mm(1), width, g.mm(5));
    p.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, d.generated);
    p.drawText(footer, Qt::AlignRight | Qt::AlignVCenter,
        QCoreApplication::translate("Report", "Page %1 of %2").arg(page).arg(d.pageCount));
}

void drawPage(QPainter &p, QTextDocument &doc, const PageGeometry &g, const PageDecor &d, int page)
{
    const qreal h = g.body.height();
    p.save();
    p.translate(g.body.left(), g.body.top() - (page - 1) * h);
    doc.drawContents(&p, QRectF(0, (page - 1) * h, g.body.width(), h));
    for (qsizetype i = 0; i < d.tocCells.size() && i < d.sectionPages.size(); ++i) {
        const QRectF cell = d.tocCells[i];
        if (pageOf(cell.top(), h) == page) {
            p.setFont(doc.defaultFont());
            p.setPen(Qt::black);
            p.drawText(QRectF(0, cell.top(), cell.right(), cell.height()),
                Qt::AlignRight | Qt::AlignTop, QString::number(d.sectionPages[i]));
        }
    }
    p.restore();
    drawBanner(p, g, g.mm(8), d.marking);
    drawBanner(p, g, g.page.height() - g.mm(14), d.marking);
    if (page > 1)
        drawHeaderFooter(p, g, d, page);
}

QByteArray xmpMetadata(const Briefing &b, const QString &digest)
{
    const QString created = b.provenance.generatedAt.toUTC().toString(Qt::ISODate);
    const QString xml =
        u"<?xpacket begin='' id='W5M0MpCehiHzreSzNTczkc9d'?>"
        "<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>"
        "<rdf:Description rdf:about='' xmlns:dc='http://purl.org/dc/elements/1.1/' "
        "xmlns:xmp='http://ns.adobe.com/xap/1.0/' xmlns:pdf='http://ns.adobe.com/pdf/1.3/'>"
        "<dc:title><rdf:Alt><rdf:li xml:lang='x-default'>%1</rdf:li></rdf:Alt></dc:title>"
        "<xmp:CreateDate>%2</xmp:CreateDate><xmp:CreatorTool>ChipTrace %3</xmp:CreatorTool>"
        "<pdf:Keywords>chiptrace-content-sha256:%4</pdf:Keywords>"
        "</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end='w'?>"_s.arg(
            b.title.toHtmlEscaped(), created, b.provenance.toolVersion.toHtmlEscaped(), digest);
    return xml.toUtf8();
}

// QPdfWriter stamps the Info dictionary with the wall clock. Rewrite both dates to the
// briefing's generation time in the same offset and length, so the cross-reference table
// stays valid and the same briefing gives the same bytes.
void fixDates(QByteArray &pdf, const QDateTime &generatedAt)
{
    const int offset = QDateTime::currentDateTime().offsetFromUtc();
    const QByteArray digits =
        generatedAt.toOffsetFromUtc(offset).toString(u"yyyyMMddHHmmss"_s).toLatin1();
    for (const QByteArray &key :
        {QByteArrayLiteral("/CreationDate (D:"), QByteArrayLiteral("/ModDate (D:")}) {
        for (qsizetype at = pdf.indexOf(key); at >= 0; at = pdf.indexOf(key, at + 1)) {
            if (at + key.size() + 14 <= pdf.size())
                pdf.replace(at + key.size(), 14, digits);
        }
    }
}

void setUpWriter(
    QPdfWriter &writer, const Briefing &b, const RenderOptions &o, const QString &digest)
{
    writer.setPageSize(o.pageSize);
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(o.resolution);
    writer.setTitle(b.title);
    writer.setCreator(u"ChipTrace "_s + b.provenance.toolVersion);
    writer.setDocumentId(QUuid::fromRfc4122(QByteArray::fromHex(digest.left(32).toLatin1())));
    writer.setDocumentXmpMetadata(xmpMetadata(b, digest));
}

} // namespace

PdfRenderer::PdfRenderer(RenderOptions options)
    : m_options(std::move(options))
{ }

QString PdfRenderer::defaultMarking()
{
    return QCoreApplication::translate("Report", "UNCLASSIFIED // OPEN SOURCE");
}

Result<RenderedBriefing> PdfRenderer::render(const Briefing &input) const
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return fail(ErrorCode::Unsupported,
            QCoreApplication::translate("Report",
                "Rendering a briefing needs a QGuiApplication (fonts); "
                "run it with QT_QPA_PLATFORM=offscreen where there is no display."));
    Briefing b = input;
    normalize(b);
    if (!m_options.marking.isEmpty())
        b.marking = m_options.marking;
    if (b.marking.isEmpty())
        b.marking = defaultMarking();
    b.provenance.settings << u"page=%1"_s.arg(m_options.pageSize.key())
                          << u"marking=%1"_s.arg(b.marking);
    b.provenance.contentDigest = contentDigest(b);

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    setUpWriter(writer, b, m_options, b.provenance.contentDigest);
    const PageGeometry g = geometry(m_options);
    QPainter painter;
    if (!painter.begin(&writer))
        return fail(ErrorCode::Io,
            QCoreApplication::translate("Report", "Could not start the PDF writer."));

    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&writer);
    doc.setDefaultFont(bodyFont());
    doc.setDocumentMargin(0);
    doc.setPageSize(g.body.size());
    doc.setDefaultStyleSheet(
        u"h1 { font-size: 16pt; color: #1f3a5a; } h2 { font-size: 12pt; color: #1f3a5a; } "
        "h3 { font-size: 10.5pt; } th { font-weight: bold; } a { color: #1a4fa0; }"_s);
    FunnelChart chart(b.catalogSize, b.funnel);
    MfuChart mfuChart(b.compute);

    RenderedBriefing out;
    out.sections = sectionTitles(b);
    doc.setHtml(briefingHtml(b, {}));
    chart.insertInto(&doc, QString::fromUtf16(FunnelChartMarker));
    mfuChart.insertInto(&doc);
    // The incremental relayout after that edit leaves some blocks after tables without lines
    // (they would not be drawn); lay the whole document out afresh instead.
    doc.markContentsDirty(0, doc.characterCount());
    out.pageCount = doc.pageCount(); // lays out the whole document
    out.sectionPages = headingPages(doc, g.body.height());
    out.contentDigest = b.provenance.contentDigest;

    PageDecor decor{tocNumberCells(doc), b.marking, b.title,
        QCoreApplication::translate("Report", "Generated %1 from %2 · content %3")
            .arg(b.provenance.generatedAt.toUTC().toString(u"yyyy-MM-dd HH:mm 'UTC'"_s),
                b.provenance.caseFile, out.contentDigest.left(12)),
        out.sections, out.sectionPages, out.pageCount};
    for (int page = 1; page <= out.pageCount; ++page) {
        if (page > 1)
            writer.newPage();
        drawPage(painter, doc, g, decor, page);
    }
    painter.end();
    buffer.close();
    out.pdf = buffer.data();
    fixToUnicodeMaps(out.pdf);
    fixDates(out.pdf,
        b.provenance.generatedAt.isValid()
            ? b.provenance.generatedAt
            : QDateTime(QDate(2000, 1, 1), QTime(0, 0), QTimeZone::UTC));
    return out;
}

Result<RenderedBriefing> PdfRenderer::renderToFile(
    const Briefing &briefing, const QString &path) const
{
    Result<RenderedBriefing> rendered = render(briefing);
    if (!rendered)
        return rendered;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(ErrorCode::Io,
            QCoreApplication::translate("Report", "Cannot write %1: %2")
                .arg(path, file.errorString()));
    file.write(rendered->pdf);
    if (!file.commit())
        return fail(ErrorCode::Io,
            QCoreApplication::translate("Report", "Cannot write %1: %2")
                .arg(path, file.errorString()));
    return rendered;
}

} // namespace ChipTrace::Report
