#pragma once

// The PDF evidence importer plugin (poppler-qt6).

#include "evidence/ievidenceimporter.h"

#include <QObject>

namespace ChipTrace::Evidence {

class PdfImporterPlugin : public QObject, public IEvidenceImporter
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID ChipTraceEvidenceImporter_iid FILE "pdfimporter.json")
    Q_INTERFACES(ChipTrace::Evidence::IEvidenceImporter)

public:
    PdfImporterPlugin();
    bool sniff(const QByteArray &head) const override;
    Result<ParsedDocument> parse(const QByteArray &data, const ImportContext &context) const override;
};

} // namespace ChipTrace::Evidence
