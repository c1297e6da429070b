// SPDX-License-Identifier: GPL-3.0-or-later
#include "scan/finding.h"

#include <QCryptographicHash>

#include <array>
#include <utility>

namespace ChipTrace::Scan {

namespace {
constexpr std::array<std::pair<ClaimScope, const char16_t *>, 6> scopeNames{{
    {ClaimScope::Unknown, u"unknown"},
    {ClaimScope::Training, u"training"},
    {ClaimScope::FineTuning, u"fine-tuning"},
    {ClaimScope::Inference, u"inference"},
    {ClaimScope::Deployment, u"deployment"},
    {ClaimScope::Benchmark, u"benchmark"},
}};
} // namespace

QString findingKey(const Finding &f, const QString &path)
{
    return f.ruleId + u'\x1f' + path + u'\x1f' + f.text.trimmed();
}

QString findingKey(const Finding &f)
{
    return findingKey(f, f.path);
}

QString findingFingerprint(const Finding &f)
{
    const QByteArray key = findingKey(f).toUtf8();
    return QString::fromLatin1(
        QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(32));
}

QString kindName(FindingKind kind)
{
    return kind == FindingKind::Claim ? QStringLiteral("claim") : QStringLiteral("signature");
}

QString scopeName(ClaimScope scope)
{
    for (const auto &[value, name] : scopeNames)
        if (value == scope)
            return QString::fromUtf16(name);
    return QStringLiteral("unknown");
}

std::optional<ClaimScope> scopeFromName(const QString &name)
{
    for (const auto &[value, n] : scopeNames)
        if (name.compare(QString::fromUtf16(n), Qt::CaseInsensitive) == 0)
            return value;
    return std::nullopt;
}

} // namespace ChipTrace::Scan
