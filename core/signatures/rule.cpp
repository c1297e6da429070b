// SPDX-License-Identifier: GPL-3.0-or-later
#include "signatures/rule.h"

#include <QRegularExpression>

namespace ChipTrace::Signatures {

bool Rule::appliesToPath(const QString &path) const
{
    if (files.isEmpty())
        return true;
    const QString name = path.section(u'/', -1);
    for (const QString &glob : files) {
        const bool onPath = glob.contains(u'/');
        const auto re = QRegularExpression::fromWildcard(
            glob, Qt::CaseInsensitive, QRegularExpression::UnanchoredWildcardConversion);
        // Anchor both ends ourselves: unanchored conversion lets '*' cross '/', which is what
        // a path glob like "docker/*" should do.
        const QRegularExpression anchored(
            QRegularExpression::anchoredPattern(re.pattern()), re.patternOptions());
        if (anchored.match(onPath ? path : name).hasMatch())
            return true;
    }
    return false;
}

bool Rule::countsIn(ChipTrace::HitContext context) const
{
    return contexts.isEmpty() || contexts.contains(context);
}

} // namespace ChipTrace::Signatures
