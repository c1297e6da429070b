// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The built-in catalog entry an analyst's name resolves to, for tests that need one exact chip.
// A name that is ambiguous or unknown is a broken test, so it stops the run with the name.

#include "catalog/catalog.h"

#include <QString>

namespace ChipTrace::Test {

inline const Catalog::Accelerator &builtinChip(const QString &name)
{
    const auto hits = Catalog::Catalog::builtin().resolve(name);
    if (hits.size() != 1)
        qFatal("chip %s does not resolve to one entry", qPrintable(name));
    return *hits.first();
}

} // namespace ChipTrace::Test
