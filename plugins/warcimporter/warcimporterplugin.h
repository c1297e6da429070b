// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The WARC / WACZ evidence importer plugin.

#include "evidence/ievidenceimporter.h"

#include <QObject>

namespace ChipTrace::Evidence {

class WarcImporterPlugin : public QObject, public IEvidenceImporter
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID ChipTraceEvidenceImporter_iid FILE "warcimporter.json")
    Q_INTERFACES(ChipTrace::Evidence::IEvidenceImporter)

public:
    bool sniff(const QByteArray &head) const override;
    Result<ParsedDocument> parse(
        const QByteArray &data, const ImportContext &context) const override;
};

} // namespace ChipTrace::Evidence
