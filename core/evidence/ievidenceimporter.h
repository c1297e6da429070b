// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The interface every evidence importer plugin implements. A plugin is a Qt plugin (built with
// qt_add_plugin) whose JSON metadata names it and says what it reads (see PluginMetadata in
// importerregistry.h); ImporterRegistry reads that metadata before loading anything and only
// loads plugins whose IID matches the version below. The interface is deliberately small and
// stateless: the core reads the file, hashes and stores it, and runs the claim rules; the
// plugin only turns bytes into text with locators. Bump the IID's major version whenever a
// virtual or a struct in evidencetypes.h changes shape: old plugins are then reported, not
// loaded.

#include "evidence/evidencetypes.h"
#include "util/result.h"

#include <QtPlugin>

namespace ChipTrace::Evidence {

class IEvidenceImporter
{
public:
    virtual ~IEvidenceImporter() = default;

    // Whether the plugin recognises these leading bytes (up to 4 KiB) as its format. Used when
    // the file name's extension does not settle it.
    virtual bool sniff(const QByteArray &head) const = 0;

    // Parses a whole file. Never throws and never crashes on hostile input: malformed data
    // gives an error saying what is wrong; partly readable data gives what could be read plus
    // `problems`. Must be safe to call from any thread.
    virtual Result<ParsedDocument> parse(
        const QByteArray &data, const ImportContext &context) const = 0;
};

} // namespace ChipTrace::Evidence

#define ChipTraceEvidenceImporter_iid "org.chiptrace.IEvidenceImporter/1.0"
Q_DECLARE_INTERFACE(ChipTrace::Evidence::IEvidenceImporter, ChipTraceEvidenceImporter_iid)
