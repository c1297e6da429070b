// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Renders a page of an imported paper (its stored copy) through the importer plugin that read
// it, for showing a claim on the page image: scale the locator's boxes by dpi / 72.

#include "util/result.h"

#include <QImage>
#include <QString>

namespace ChipTrace::Evidence {

class ImporterRegistry;

// `registry` null: ImporterRegistry::instance(). Fails with Unsupported when no plugin can draw
// this kind of file, InvalidArgument for a page out of range.
Result<QImage> renderPage(
    const QString &path, int page, qreal dpi = 96, ImporterRegistry *registry = nullptr);

} // namespace ChipTrace::Evidence
