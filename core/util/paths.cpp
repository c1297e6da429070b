// SPDX-License-Identifier: GPL-3.0-or-later
#include "paths.h"

#include <QDir>
#include <QStandardPaths>

namespace ChipTrace::Paths {

static QString ensure(const QString &path)
{
    QDir().mkpath(path);
    return path;
}

static QString appDir(QStandardPaths::StandardLocation location)
{
    // Generic locations plus our own folder name, so the paths do not depend on the
    // organisation name set (or not) by whichever front end runs.
    return QStandardPaths::writableLocation(location) + QStringLiteral("/chiptrace");
}

QString dataDir()
{
    return ensure(appDir(QStandardPaths::GenericDataLocation));
}
QString repositoryStore()
{
    return ensure(dataDir() + QStringLiteral("/repositories"));
}
QString casesDir()
{
    return ensure(dataDir() + QStringLiteral("/cases"));
}
QString userPacksDir()
{
    return ensure(appDir(QStandardPaths::GenericConfigLocation) + QStringLiteral("/packs"));
}
QString cacheDir()
{
    return ensure(appDir(QStandardPaths::GenericCacheLocation));
}

} // namespace ChipTrace::Paths
