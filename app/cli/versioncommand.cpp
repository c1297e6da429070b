// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandregistry.h"
#include "util/buildinfo.h"

namespace ChipTrace::Cli {

static int runVersion(const QStringList &)
{
    out() << "chiptrace " << BuildInfo::version() << Qt::endl;
    for (const auto &[name, version] : BuildInfo::dependencyVersions())
        out() << "  " << name << ' ' << version << Qt::endl;
    return ExitOk;
}

static const CommandRegistration registration({
    QStringLiteral("version"),
    QT_TRANSLATE_NOOP("Cli", "Print the version of ChipTrace and of the libraries it uses"),
    runVersion,
});

} // namespace ChipTrace::Cli
