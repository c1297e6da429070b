// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Ids derived from content (UUID v5): importing the same thing again, or by two analysts,
// yields the same case items, so imports and merges recognise them instead of duplicating.

#include <QString>
#include <QStringList>

namespace ChipTrace {

// Which UUID namespace an id lives in. Case files already hold ids from both (repository scans
// since the first release, documents since the importers came), and an id that changed would
// turn the next import of the same scan or document into duplicates; so both stay, named here
// once instead of in two private copies.
enum class IdSpace {
    Scan, // repositories, scan findings, evidence made from findings
    Document, // imported documents, their claims and the evidence proposed from them
};

// The parts joined with U+001F, hashed into `space`; without braces.
QString stableId(IdSpace space, const QStringList &parts);

} // namespace ChipTrace
