// SPDX-License-Identifier: GPL-3.0-or-later
#include "codehit.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ChipTrace::Ui {

QColor hitBackground(ChipTrace::Strength s, bool dark)
{
    // Stronger evidence gets a warmer, more saturated mark; dark themes get deeper tones so the
    // text on top keeps its contrast.
    switch (s) {
    case ChipTrace::Strength::Proof:
        return dark ? QColor(0x8a, 0x2b, 0x2b) : QColor(0xff, 0xc4, 0xc4);
    case ChipTrace::Strength::Strong:
        return dark ? QColor(0x7a, 0x52, 0x10) : QColor(0xff, 0xe0, 0xa8);
    case ChipTrace::Strength::Hint:
        break;
    }
    return dark ? QColor(0x3d, 0x4f, 0x6b) : QColor(0xd6, 0xe6, 0xff);
}

QColor familyColor(const QString &family)
{
    // A stable hue per family so the same family underlines the same way in every file.
    const uint h = qHash(family) % 360;
    return QColor::fromHsv(int(h), 200, 200);
}


QString hitTooltip(const CodeHit &hit)
{
    QString html = u"<b>"_s + hit.ruleId.toHtmlEscaped() + u"</b> ("_s + hit.family.toHtmlEscaped()
        + u", "_s + ChipTrace::strengthName(hit.strength) + u")"_s;
    if (!hit.implies.isEmpty())
        html += u"<br/>"_s
            + QCoreApplication::translate("CodeHit", "Implies: %1")
                  .arg(u"<code>"_s + hit.implies.toHtmlEscaped() + u"</code>"_s);
    if (!hit.why.isEmpty())
        html += u"<br/>"_s + hit.why.toHtmlEscaped();
    if (!hit.references.isEmpty())
        html += u"<br/>"_s
            + QCoreApplication::translate("CodeHit", "References: %1")
                  .arg(hit.references.join(u"; ").toHtmlEscaped());
    if (!hit.history.isEmpty())
        html += u"<br/><i>"_s + hit.history.toHtmlEscaped() + u"</i>"_s;
    return html;
}

} // namespace ChipTrace::Ui
