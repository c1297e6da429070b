// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Turns an HTML page into readable text split at its headings, each section carrying its
// heading path ("Model > Training > Hardware") as the locator. Shared by the HTML importer and
// the WARC importer (archived pages are HTML too). It is a tolerant tag scanner, not a DOM:
// scripts, styles and comments are dropped, block elements become line breaks, character
// references are decoded, and the charset comes from the caller (HTTP header), a BOM or the
// page's <meta>. Linear in the input size whatever the input.

#include "evidence/evidencetypes.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace ChipTrace::Evidence {

struct HtmlText
{
    QString title; // <title>, or the first <h1>
    QString canonicalUri; // <link rel=canonical>, og:url, or a "saved from url=" comment
    QList<TextSegment> sections;
};

// `charset` is a hint (e.g. from Content-Type); empty = detect.
HtmlText htmlToText(const QByteArray &html, const QByteArray &charset = {});

// Decodes bytes to text: BOM, then `charset`, then UTF-8 (invalid sequences replaced).
QString decodeText(const QByteArray &bytes, const QByteArray &charset = {});

// Decodes HTML character references (&amp;, &#233;, &#x4E2D;, common named ones).
QString decodeEntities(const QString &text);

} // namespace ChipTrace::Evidence
