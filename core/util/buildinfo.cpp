// SPDX-License-Identifier: GPL-3.0-or-later
#include "buildinfo.h"

#include <QtGlobal>

#include <KSyntaxHighlighting/Repository>
#include <git2.h>
#include <hs/hs.h>
#include <sqlite3.h>
#include <yaml-cpp/yaml.h>

namespace ChipTrace::BuildInfo {

QString version()
{
    return QStringLiteral(CHIPTRACE_VERSION);
}

static QString libgit2Version()
{
    int major = 0, minor = 0, rev = 0;
    git_libgit2_version(&major, &minor, &rev);
    return QStringLiteral("%1.%2.%3").arg(major).arg(minor).arg(rev);
}

QList<QPair<QString, QString>> dependencyVersions()
{
    return {
        {QStringLiteral("Qt"), QString::fromLatin1(qVersion())},
        {QStringLiteral("KF6 SyntaxHighlighting"),
            QStringLiteral(KSYNTAXHIGHLIGHTING_VERSION_STRING)},
        {QStringLiteral("libgit2"), libgit2Version()},
        {QStringLiteral("SQLite"), QString::fromLatin1(sqlite3_libversion())},
        {QStringLiteral("Vectorscan"),
            QString::fromLatin1(hs_version()).section(QLatin1Char(' '), 0, 0)},
    };
}

} // namespace ChipTrace::BuildInfo
