// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core/report: keeps the text of Qt's PDFs extractable and searchable.
//
// Qt builds each font subset's ToUnicode map by asking the font which code point gives each
// glyph and keeps the lowest. Noto CJK draws a Kangxi radical (U+2F64 ⽤) and the ideograph it
// looks like (U+7528 用) with one glyph, so "使用" came out of pdftotext as "使⽤" and a search
// for 使用 found nothing. fixToUnicodeMaps() maps such destinations to their compatibility
// (NFKC) equivalent in place; each is one BMP code unit, so no byte offset moves.

#include <QByteArray>

namespace ChipTrace::Report {

void fixToUnicodeMaps(QByteArray &pdf);

} // namespace ChipTrace::Report
