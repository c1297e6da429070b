// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Where cases live: a case named without a folder ("deepseek") is the file
// Paths::casesDir()/deepseek.chiptrace ($XDG_DATA_HOME/chiptrace/cases); anything with a folder
// or an existing file is taken as a path. Shared by the command line and the workbench.

#include <QString>

namespace ChipTrace::Case {

QString resolveCasePath(const QString &nameOrPath);

} // namespace ChipTrace::Case
