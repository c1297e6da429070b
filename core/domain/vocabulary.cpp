// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/vocabulary.h"

#include <array>
#include <utility>

namespace ChipTrace {

namespace {

constexpr std::array<std::pair<Strength, const char16_t *>, 3> strengthNames{{
    {Strength::Hint, u"hint"},
    {Strength::Strong, u"strong"},
    {Strength::Proof, u"proof"},
}};

constexpr std::array<std::pair<HitContext, const char16_t *>, 4> contextNames{{
    {HitContext::Code, u"code"},
    {HitContext::Comment, u"comment"},
    {HitContext::String, u"string"},
    {HitContext::Prose, u"prose"},
}};

constexpr std::array<std::pair<SourceKind, const char16_t *>, 7> sourceKindNames{{
    {SourceKind::Repository, u"repository"},
    {SourceKind::Paper, u"paper"},
    {SourceKind::ArchivedPage, u"archived-page"},
    {SourceKind::WebPage, u"web-page"},
    {SourceKind::NewsArticle, u"news"},
    {SourceKind::Dataset, u"dataset"},
    {SourceKind::Note, u"note"},
}};

constexpr std::array<std::pair<ReviewStatus, const char16_t *>, 4> reviewStatusNames{{
    {ReviewStatus::Proposed, u"proposed"},
    {ReviewStatus::Accepted, u"accepted"},
    {ReviewStatus::Disputed, u"disputed"},
    {ReviewStatus::Rejected, u"rejected"},
}};

constexpr std::array<std::pair<ControlStatus, const char16_t *>, 6> controlStatusNames{{
    {ControlStatus::Unknown, u"unknown"},
    {ControlStatus::NotControlled, u"no"},
    {ControlStatus::Controlled, u"yes"},
    {ControlStatus::LicenseException, u"license-exception"},
    {ControlStatus::Mixed, u"mixed"},
    {ControlStatus::Undecidable, u"undecidable"},
}};

template<typename E, std::size_t N>
QString nameIn(const std::array<std::pair<E, const char16_t *>, N> &table, E value)
{
    for (const auto &[v, name] : table)
        if (v == value)
            return QString::fromUtf16(name);
    return QString::fromUtf16(table.front().second);
}

template<typename E, std::size_t N>
std::optional<E> valueIn(
    const std::array<std::pair<E, const char16_t *>, N> &table, const QString &name)
{
    for (const auto &[v, n] : table)
        if (name == QStringView(n))
            return v;
    return std::nullopt;
}

} // namespace

QString strengthName(Strength strength)
{
    return nameIn(strengthNames, strength);
}

std::optional<Strength> strengthFromName(const QString &name)
{
    return valueIn(strengthNames, name.trimmed().toLower());
}

QString contextName(HitContext context)
{
    return nameIn(contextNames, context);
}

std::optional<HitContext> contextFromName(const QString &name)
{
    return valueIn(contextNames, name.trimmed().toLower());
}

QString sourceKindName(SourceKind kind)
{
    return nameIn(sourceKindNames, kind);
}

std::optional<SourceKind> sourceKindFromName(const QString &name)
{
    return valueIn(sourceKindNames, name.trimmed().toLower());
}

QString reviewStatusName(ReviewStatus status)
{
    return nameIn(reviewStatusNames, status);
}

std::optional<ReviewStatus> reviewStatusFromName(const QString &name)
{
    return valueIn(reviewStatusNames, name.trimmed().toLower());
}

QString controlStatusName(ControlStatus status)
{
    return nameIn(controlStatusNames, status);
}

std::optional<ControlStatus> controlStatusFromName(const QString &name)
{
    return valueIn(controlStatusNames, name.trimmed().toLower());
}

} // namespace ChipTrace
