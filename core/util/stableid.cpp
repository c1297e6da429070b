// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/stableid.h"

#include <QUuid>

namespace ChipTrace {

QString stableId(IdSpace space, const QStringList &parts)
{
    static const QUuid scan =
        QUuid::fromString(QStringLiteral("5b0e6f3a-8a52-4c8e-9d0e-6c1f0c7a2b11"));
    static const QUuid document =
        QUuid::fromString(QStringLiteral("6f1c2a52-8c1e-4d0e-9a55-0b7d3b1f2e91"));
    return QUuid::createUuidV5(space == IdSpace::Scan ? scan : document, parts.join(u'\x1f'))
        .toString(QUuid::WithoutBraces);
}

} // namespace ChipTrace
