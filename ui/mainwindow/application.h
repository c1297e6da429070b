// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace ChipTrace::Application {

// Opens the workbench on the case named in args (or the demo case) and runs the event loop.
int runWorkbench(const QStringList &args);

} // namespace ChipTrace::Application
