// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The PDF evidence importer plugin (poppler-qt6).

#include "evidence/ievidenceimporter.h"
#include "evidence/ipagerenderer.h"

#include <QObject>

namespace ChipTrace::Evidence {

class PdfImporterPlugin : public QObject, public IEvidenceImporter, public IPageRenderer
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID ChipTraceEvidenceImporter_iid FILE "pdfimporter.json")
    Q_INTERFACES(ChipTrace::Evidence::IEvidenceImporter ChipTrace::Evidence::IPageRenderer)

public:
    PdfImporterPlugin();
    bool sniff(const QByteArray &head) const override;
    Result<ParsedDocument> parse(
        const QByteArray &data, const ImportContext &context) const override;
    Result<QImage> renderPage(const QByteArray &data, int page, qreal dpi) const override;
};

} // namespace ChipTrace::Evidence
