// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// An optional second interface of an importer plugin: draws a page of a paged source (a PDF)
// so the workbench can show a claim highlighted where it stands. Locator boxes are in points
// (1/72 in) from the page's top-left corner; at `dpi` a box maps to pixels by dpi / 72.

#include "util/result.h"

#include <QImage>
#include <QtPlugin>

namespace ChipTrace::Evidence {

class IPageRenderer
{
public:
    virtual ~IPageRenderer() = default;

    // Renders page `page` (1-based) of the document in `data`. Safe from any thread.
    virtual Result<QImage> renderPage(const QByteArray &data, int page, qreal dpi) const = 0;
};

} // namespace ChipTrace::Evidence

#define ChipTracePageRenderer_iid "org.chiptrace.IPageRenderer/1.0"
Q_DECLARE_INTERFACE(ChipTrace::Evidence::IPageRenderer, ChipTracePageRenderer_iid)
