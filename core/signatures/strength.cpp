#include "signatures/strength.h"

namespace ChipTrace::Signatures {

QString strengthName(Strength strength)
{
    switch (strength) {
    case Strength::Proof: return QStringLiteral("proof");
    case Strength::Strong: return QStringLiteral("strong");
    case Strength::Hint: break;
    }
    return QStringLiteral("hint");
}

std::optional<Strength> strengthFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == u"proof")
        return Strength::Proof;
    if (n == u"strong")
        return Strength::Strong;
    if (n == u"hint")
        return Strength::Hint;
    return std::nullopt;
}

} // namespace ChipTrace::Signatures
