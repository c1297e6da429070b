// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Versions of ChipTrace and of every library it runs on, for --version, the About dialog and
// the provenance recorded in scan outputs and briefings.

#include <QList>
#include <QPair>
#include <QString>

namespace ChipTrace::BuildInfo {

QString version();
// (name, version) pairs, runtime versions where the library reports one.
QList<QPair<QString, QString>> dependencyVersions();

} // namespace ChipTrace::BuildInfo
