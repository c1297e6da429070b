// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlimporterplugin.h"

#include "evidence/htmltext.h"
#include "markdowntext.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace ChipTrace::Evidence {

static bool isMarkdownName(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    return suffix == u"md" || suffix == u"markdown";
}

bool HtmlImporterPlugin::sniff(const QByteArray &head) const
{
    const QByteArray start = head.left(1024).trimmed().toLower();
    return start.startsWith("<!doctype html") || start.startsWith("<html")
        || start.contains("<head>") || start.startsWith("<!-- saved from url=");
}

// Text files only: a NUL byte in the first kilobytes means this is not HTML or Markdown.
static bool looksBinary(const QByteArray &data)
{
    const QByteArray head = data.left(8192);
    if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF"))
        return false; // UTF-16 with a BOM
    return head.contains('\0');
}

Result<ParsedDocument> HtmlImporterPlugin::parse(
    const QByteArray &data, const ImportContext &context) const
{
    if (looksBinary(data))
        return fail(ErrorCode::Parse,
            QCoreApplication::translate(
                "Evidence", "this is a binary file, not HTML or Markdown text"));
    ParsedDocument doc;
    if (isMarkdownName(context.fileName)) {
        auto md = markdownToText(decodeText(data));
        if (!md)
            return md.error();
        doc.kind = md->looksLikeModelCard ? DocumentKind::ModelCard : DocumentKind::Document;
        doc.mimeType = QStringLiteral("text/markdown");
        doc.title = md->title;
        doc.segments = std::move(md->sections);
        doc.structured = std::move(md->structured);
        doc.problems = std::move(md->problems);
        return doc;
    }
    HtmlText html = htmlToText(data);
    doc.kind = DocumentKind::WebPage;
    doc.mimeType = QStringLiteral("text/html");
    doc.title = html.title;
    doc.uri = html.canonicalUri;
    doc.segments = std::move(html.sections);
    return doc;
}

} // namespace ChipTrace::Evidence
