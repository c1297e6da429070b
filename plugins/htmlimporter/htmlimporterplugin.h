// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The HTML / Markdown evidence importer plugin.

#include "evidence/ievidenceimporter.h"

#include <QObject>

namespace ChipTrace::Evidence {

class HtmlImporterPlugin : public QObject, public IEvidenceImporter
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID ChipTraceEvidenceImporter_iid FILE "htmlimporter.json")
    Q_INTERFACES(ChipTrace::Evidence::IEvidenceImporter)

public:
    bool sniff(const QByteArray &head) const override;
    Result<ParsedDocument> parse(
        const QByteArray &data, const ImportContext &context) const override;
};

} // namespace ChipTrace::Evidence
