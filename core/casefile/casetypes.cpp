// SPDX-License-Identifier: GPL-3.0-or-later
#include "casefile/casetypes.h"

#include <QUuid>

#include <array>

using namespace Qt::StringLiterals;

namespace ChipTrace::Case {

template<typename E, size_t N>
static QString nameIn(const std::array<const char16_t *, N> &names, E e)
{
    const auto i = size_t(e);
    return i < N ? QString::fromUtf16(names[i]) : QString();
}

template<typename E, size_t N>
static std::optional<E> fromNameIn(
    const std::array<const char16_t *, N> &names, const QString &name)
{
    for (size_t i = 0; i < N; ++i)
        if (name.compare(QString::fromUtf16(names[i]), Qt::CaseInsensitive) == 0)
            return E(i);
    return std::nullopt;
}

static constexpr std::array<const char16_t *, 3> stances{u"supports", u"contradicts", u"qualifies"};
static constexpr std::array<const char16_t *, 3> scopes{u"training", u"fine-tuning", u"inference"};
static constexpr std::array<const char16_t *, 6> reliabilities{u"A", u"B", u"C", u"D", u"E", u"F"};
static constexpr std::array<const char16_t *, 6> credibilities{u"1", u"2", u"3", u"4", u"5", u"6"};
static constexpr std::array<const char16_t *, 3> verdicts{u"accept", u"dispute", u"reject"};

QString nameOf(Stance stance)
{
    return nameIn(stances, stance);
}
QString nameOf(EvidenceScope scope)
{
    return nameIn(scopes, scope);
}
QString nameOf(Reliability r)
{
    return nameIn(reliabilities, r);
}
QString nameOf(Credibility c)
{
    return nameIn(credibilities, int(c) - 1);
}
QString nameOf(Verdict v)
{
    return nameIn(verdicts, v);
}

std::optional<Stance> stanceFromName(const QString &n)
{
    return fromNameIn<Stance>(stances, n);
}
std::optional<EvidenceScope> evidenceScopeFromName(const QString &n)
{
    return fromNameIn<EvidenceScope>(scopes, n);
}
std::optional<Reliability> reliabilityFromName(const QString &n)
{
    return fromNameIn<Reliability>(reliabilities, n);
}
std::optional<Verdict> verdictFromName(const QString &n)
{
    return fromNameIn<Verdict>(verdicts, n);
}

std::optional<Credibility> credibilityFromName(const QString &n)
{
    const auto i = fromNameIn<int>(credibilities, n);
    if (!i)
        return std::nullopt;
    return Credibility(*i + 1);
}

bool TrainingFacts::isEmpty() const
{
    return activeParams.isEmpty() && totalParams.isEmpty() && tokens.isEmpty()
        && deviceHours.isEmpty() && devices.isEmpty() && days.isEmpty() && precision.isEmpty();
}

static const std::pair<const char16_t *, QString TrainingFacts::*> kFactFields[] = {
    {u"phase", &TrainingFacts::phase}, {u"active_params", &TrainingFacts::activeParams},
    {u"total_params", &TrainingFacts::totalParams}, {u"tokens", &TrainingFacts::tokens},
    {u"device_hours", &TrainingFacts::deviceHours}, {u"devices", &TrainingFacts::devices},
    {u"days", &TrainingFacts::days}, {u"precision", &TrainingFacts::precision}};

QJsonObject toJson(const TrainingFacts &facts)
{
    QJsonObject o;
    for (const auto &[key, member] : kFactFields)
        if (!(facts.*member).isEmpty())
            o.insert(QStringView(key), facts.*member);
    return o;
}

TrainingFacts trainingFactsFromJson(const QJsonObject &object)
{
    TrainingFacts f;
    for (const auto &[key, member] : kFactFields)
        f.*member = object.value(QStringView(key)).toString();
    return f;
}

bool Locator::isEmpty() const
{
    return commit.isEmpty() && path.isEmpty() && line == 0 && page == 0 && archiveRecord.isEmpty();
}

QString Locator::toDisplayString() const
{
    QStringList parts;
    if (!path.isEmpty())
        parts << (line > 0 ? u"%1:%2"_s.arg(path).arg(line) : path);
    if (page > 0)
        parts << u"p. %1"_s.arg(page);
    if (!archiveRecord.isEmpty())
        parts << archiveRecord;
    if (!commit.isEmpty())
        parts << u"(%1)"_s.arg(commit.left(12));
    return parts.join(u' ');
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace ChipTrace::Case
