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

} // namespace ChipTrace
