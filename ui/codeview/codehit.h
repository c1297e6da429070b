// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the code viewer needs to know about one signature hit: where it is, how strong it is,
// and what to tell the analyst who hovers it. Views convert the scanner's findings into this
// small struct so the viewer does not depend on the scanner's storage.

#include "domain/vocabulary.h"

#include <QColor>
#include <QString>
#include <QStringList>

namespace ChipTrace::Ui {


struct CodeHit
{
    int line = 1; // 1-based
    int column = 0; // 0-based, in UTF-16 code units
    int length = 0; // 0 marks the whole line
    QString ruleId;
    QString family;
    ChipTrace::Strength strength = ChipTrace::Strength::Hint;
    QString implies; // constraint text, e.g. "vendor != AMD"
    QString why; // one-line explanation from the signature pack
    QStringList references;
    QString history; // e.g. "added in 1a2b3c4 (2023-05-01), removed in 9f8e7d6 (2024-02-01)"
    bool removed = false;
    QString findingId; // the case finding behind the hit, for the inspector; may be empty
};


// Colours that read well on the given background (light or dark palette).
QColor hitBackground(ChipTrace::Strength s, bool dark);
QColor familyColor(const QString &family);

// Rich-text tooltip for a hit: rule, constraint implied, why, references, history.
QString hitTooltip(const CodeHit &hit);

} // namespace ChipTrace::Ui
