// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfimporterplugin.h"

#include <QCoreApplication>

#include <poppler-qt6.h>

namespace ChipTrace::Evidence {

PdfImporterPlugin::PdfImporterPlugin()
{
    // Poppler prints every syntax error of a damaged PDF to stderr; the import reports what
    // matters itself, so keep the command line and the test logs readable.
    Poppler::setDebugErrorFunction([](const QString &, const QVariant &) { }, QVariant());
}

bool PdfImporterPlugin::sniff(const QByteArray &head) const
{
    // The header may follow some junk bytes (allowed within the first 1024 by most readers).
    return head.left(1024).contains("%PDF-");
}

// One page's text, words joined as poppler laid them out, with each word's box.
static TextSegment pageText(const Poppler::Page &page, int number)
{
    TextSegment seg;
    seg.locator.page = number;
    seg.locator.pageLabel = page.label();
    seg.locator.pageSize = page.pageSizeF();
    const auto boxes = page.textList();
    for (const auto &box : boxes) {
        WordBox w;
        w.start = int(seg.text.size());
        w.length = int(box->text().size());
        w.box = box->boundingBox();
        seg.text += box->text();
        seg.words << w;
        // nextWord() links the words of one line; its end is a line break.
        seg.text += box->nextWord() ? (box->hasSpaceAfter() ? QStringLiteral(" ") : QString())
                                    : QStringLiteral("\n");
    }
    return seg;
}

Result<ParsedDocument> PdfImporterPlugin::parse(
    const QByteArray &data, const ImportContext &context) const
{
    if (!sniff(data.left(1024)))
        return fail(ErrorCode::Parse, tr("this is not a PDF file (no %PDF- header)"));
    std::unique_ptr<Poppler::Document> pdf = Poppler::Document::loadFromData(data);
    if (!pdf)
        return fail(ErrorCode::Parse, tr("the PDF is damaged and could not be opened"));
    if (pdf->isLocked())
        return fail(ErrorCode::Unsupported,
            tr("the PDF is password-protected; save an unprotected copy and import that"));
    ParsedDocument doc;
    doc.kind = DocumentKind::Paper;
    doc.mimeType = QStringLiteral("application/pdf");
    doc.title = pdf->info(QStringLiteral("Title")).simplified();
    const int pages = pdf->numPages();
    if (pages <= 0)
        return fail(ErrorCode::Parse, tr("the PDF has no pages"));
    QList<int> empty;
    for (int i = 0; i < pages; ++i) {
        if (context.canceled())
            return fail(ErrorCode::Cancelled, tr("cancelled"));
        std::unique_ptr<Poppler::Page> page = pdf->page(i);
        if (!page) {
            doc.problems << tr("page %1 could not be read").arg(i + 1);
            continue;
        }
        TextSegment seg = pageText(*page, i + 1);
        if (seg.text.trimmed().isEmpty())
            empty << i + 1;
        else
            doc.segments << seg;
    }
    if (!empty.isEmpty()) {
        QStringList numbers;
        for (int n : std::as_const(empty))
            numbers << QString::number(n);
        doc.problems << tr(
            "no text layer on page(s) %1 (scanned images?); run OCR on the PDF to import them")
                            .arg(numbers.join(QStringLiteral(", ")));
    }
    if (doc.title.isEmpty() && !doc.segments.isEmpty())
        doc.title = doc.segments.first().text.section(u'\n', 0, 0).simplified().left(200);
    return doc;
}

Result<QImage> PdfImporterPlugin::renderPage(const QByteArray &data, int page, qreal dpi) const
{
    std::unique_ptr<Poppler::Document> pdf = Poppler::Document::loadFromData(data);
    if (!pdf || pdf->isLocked())
        return fail(ErrorCode::Parse, tr("the PDF could not be opened"));
    if (page < 1 || page > pdf->numPages())
        return fail(ErrorCode::InvalidArgument,
            tr("page %1 does not exist; the PDF has %2 pages").arg(page).arg(pdf->numPages()));
    pdf->setRenderHint(Poppler::Document::Antialiasing);
    pdf->setRenderHint(Poppler::Document::TextAntialiasing);
    std::unique_ptr<Poppler::Page> p = pdf->page(page - 1);
    QImage image = p ? p->renderToImage(dpi, dpi) : QImage();
    if (image.isNull())
        return fail(ErrorCode::Generic, tr("page %1 could not be drawn").arg(page));
    return image;
}

} // namespace ChipTrace::Evidence
