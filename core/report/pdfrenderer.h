// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Renders a Briefing to PDF with QPdfWriter and a paginated QTextDocument: a title page, a
// table of contents with page numbers (found by laying the document out twice), the marking
// banner at the top and bottom of every page, a running header with the case and section and
// a footer with the page number, tables whose header rows repeat on each page, the funnel as
// vector graphics, fonts embedded (CJK included), text selectable and links clickable.
// Reproducible: the lists are normalized, and the document id, XMP metadata and creation date
// come from the content and Provenance::generatedAt, so the same briefing and options give a
// byte-identical file. Needs a QGuiApplication (fonts); commands use the offscreen platform.

#include "briefing.h"
#include "util/result.h"

#include <QByteArray>
#include <QList>
#include <QPageSize>
#include <QString>
#include <QStringList>

namespace ChipTrace::Report {

struct RenderOptions
{
    QPageSize pageSize = QPageSize(QPageSize::A4);
    int resolution = 300; // layout units per inch; finer means more precise text placement
    QString marking; // overrides Briefing::marking when not empty
};

struct RenderedBriefing
{
    QByteArray pdf;
    int pageCount = 0;
    QStringList sections; // table-of-contents entries
    QList<int> sectionPages; // 1-based page of each section
    QString contentDigest; // Provenance::contentDigest as recorded in the document
};

class PdfRenderer
{
public:
    explicit PdfRenderer(RenderOptions options = {});

    // The default marking when neither the briefing nor the options give one.
    static QString defaultMarking();

    Result<RenderedBriefing> render(const Briefing &briefing) const;
    // Renders and writes the file atomically (QSaveFile).
    Result<RenderedBriefing> renderToFile(const Briefing &briefing, const QString &path) const;

private:
    RenderOptions m_options;
};

} // namespace ChipTrace::Report
