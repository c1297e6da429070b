// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdftext.h"

#include <QString>

namespace ChipTrace::Report {

namespace {

// Replaces the 4-hex-digit destination `<XXXX>` at `at` when it names a compatibility
// character whose NFKC form is one other BMP character.
void fixCode(QByteArray &pdf, qsizetype at)
{
    bool ok = false;
    const uint code = pdf.mid(at + 1, 4).toUInt(&ok, 16);
    if (!ok || code < 0x2E80 || code > 0x2FDF) // CJK radicals supplement and Kangxi radicals
        return;
    const QString normal = QString(QChar(char16_t(code))).normalized(QString::NormalizationForm_KC);
    if (normal.size() != 1 || normal[0].unicode() == code)
        return;
    const QByteArray hex =
        QByteArray::number(normal[0].unicode(), 16).toUpper().rightJustified(4, '0');
    pdf.replace(at + 1, 4, hex);
}

// Destinations in one `beginbfrange`/`beginbfchar` section: the array entries of a range, or
// the last code of a line whose source is a single glyph.
void fixSection(QByteArray &pdf, qsizetype begin, qsizetype end)
{
    qsizetype line = begin;
    while (line < end) {
        qsizetype eol = pdf.indexOf('\n', line);
        if (eol < 0 || eol > end)
            eol = end;
        const qsizetype bracket = pdf.indexOf('[', line);
        if (bracket >= 0 && bracket < eol) {
            for (qsizetype at = pdf.indexOf('<', bracket); at >= 0 && at + 5 < eol;
                at = pdf.indexOf('<', at + 1))
                if (pdf.at(at + 5) == '>')
                    fixCode(pdf, at);
        } else {
            const qsizetype last = pdf.lastIndexOf('<', eol);
            if (last > line && last + 5 < eol && pdf.at(last + 5) == '>')
                fixCode(pdf, last);
        }
        line = eol + 1;
    }
}

} // namespace

void fixToUnicodeMaps(QByteArray &pdf)
{
    for (const char *kind : {"bfrange", "bfchar"}) {
        const QByteArray begin = QByteArray("begin") + kind, end = QByteArray("end") + kind;
        for (qsizetype at = pdf.indexOf(begin); at >= 0; at = pdf.indexOf(begin, at + 1)) {
            const qsizetype stop = pdf.indexOf(end, at);
            if (stop < 0)
                break;
            fixSection(pdf, pdf.indexOf('\n', at) + 1, stop);
            at = stop;
        }
    }
}

} // namespace ChipTrace::Report
