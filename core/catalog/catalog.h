// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The accelerator catalog: data, not code. The built-in catalog is compiled in from
// :/data/catalog/accelerators.csv and validated when first used; a malformed file is an error
// naming the file, the line and the field. The format (one row per accelerator; figures written
// `value`, `value~` for unverified, `value [1,3]` for the row sources backing it, `?` unknown,
// `n/a` not applicable) is documented in the README. Entries are immutable once loaded, so
// pointers returned by the catalog stay valid for its lifetime (for builtin(): the program's).

#include "catalog/accelerator.h"
#include "util/result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace ChipTrace::Catalog {

class Catalog
{
public:
    Catalog() = default;

    // Parses catalog text; `fileName` only labels error messages ("accelerators.csv:12: ...").
    static Result<Catalog> parse(const QByteArray &csv, const QString &fileName);
    static Result<Catalog> load(const QString &path);

    // The compiled-in catalog. If it fails to load (a packaging bug) it is empty and
    // builtinError() says why; the CLI and the UI report that at start-up.
    static const Catalog &builtin();
    static QString builtinError();

    const QList<Accelerator> &all() const { return m_entries; }
    qsizetype size() const { return m_entries.size(); }
    const Accelerator *byId(const QString &id) const;

    // Maps an analyst's spelling to entries: names and aliases compared ignoring case, spaces,
    // hyphens, underscores, parentheses and a leading brand word ("NVIDIA", "GeForce", ...).
    // Exactly one match is an answer; several mean the name is ambiguous (e.g. "H100" ->
    // SXM, PCIe, NVL); none means unknown. Results are in catalog order.
    QList<const Accelerator *> resolve(const QString &name) const;

    // Key used by resolve(), exposed so other areas can index names the same way.
    static QString normalizeName(const QString &name);

private:
    QList<Accelerator> m_entries;
    QHash<QString, qsizetype> m_byId;
    QHash<QString, QList<qsizetype>> m_byKey; // normalized name/alias -> entries
};

} // namespace ChipTrace::Catalog
