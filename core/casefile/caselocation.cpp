// SPDX-License-Identifier: GPL-3.0-or-later
#include "casefile/caselocation.h"

#include "casefile/casefile.h"
#include "util/paths.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace ChipTrace::Case {

QString resolveCasePath(const QString &nameOrPath)
{
    if (nameOrPath.startsWith(u"postgresql://"_s) || nameOrPath.startsWith(u"postgres://"_s))
        return nameOrPath; // a case on a server (casefile/pgdatabase.h)
    if (nameOrPath.contains(u'/') || QFileInfo::exists(nameOrPath))
        return QFileInfo(nameOrPath).absoluteFilePath();
    const QString suffix = u'.' + CaseFile::fileSuffix();
    const QString file = nameOrPath.endsWith(suffix) ? nameOrPath : nameOrPath + suffix;
    return Paths::casesDir() + u'/' + file;
}

} // namespace ChipTrace::Case
