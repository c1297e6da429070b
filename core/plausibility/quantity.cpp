// SPDX-License-Identifier: GPL-3.0-or-later
#include "plausibility/quantity.h"

#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace ChipTrace::Plausibility {

namespace {

// One number with an optional exponent and scale suffix; `halfUnit` receives half a unit of
// its last significant digit (trailing zeros of an integer part do not count as significant).
std::optional<double> parseFigureNumber(QString text, double *halfUnit)
{
    static const QRegularExpression re(
        uR"(^([0-9][0-9,]*(?:\.[0-9]+)?)(?:[eE]([+-]?[0-9]+))?\s*([kKmMbBgGtT])?$)"_s);
    text = text.trimmed();
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    QString mantissa = m.captured(1);
    mantissa.remove(u',');
    bool ok = false;
    const double base = mantissa.toDouble(&ok);
    if (!ok)
        return std::nullopt;
    int exponent = m.captured(2).isEmpty() ? 0 : m.captured(2).toInt();
    switch (m.captured(3).isEmpty() ? u' ' : m.captured(3).at(0).toUpper().unicode()) {
    case u'K':
        exponent += 3;
        break;
    case u'M':
        exponent += 6;
        break;
    case u'B':
    case u'G':
        exponent += 9;
        break;
    case u'T':
        exponent += 12;
        break;
    default:
        break;
    }
    const double scale = std::pow(10.0, exponent);
    int lastDigit = 0; // power of ten of the last significant digit of the mantissa
    if (const qsizetype dot = mantissa.indexOf(u'.'); dot >= 0) {
        lastDigit = -int(mantissa.size() - dot - 1);
    } else {
        for (qsizetype i = mantissa.size() - 1; i > 0 && mantissa.at(i) == u'0'; --i)
            ++lastDigit;
    }
    *halfUnit = 0.5 * std::pow(10.0, lastDigit) * scale;
    return base * scale;
}

} // namespace

QString Quantity::text() const
{
    auto n = [](double v) { return QString::number(v, 'g', 4); };
    if (!boundedAbove())
        return u">= "_s + n(low);
    if (low == 0 && high > 0)
        return u"<= "_s + n(high);
    if (isExact())
        return n(low);
    return n(low) + u'-' + n(high);
}

std::optional<Quantity> parseQuantity(const QString &input)
{
    QString text = input.trimmed().toLower();
    double half = 0;
    auto prefixed = [&text](QStringList prefixes) {
        for (const QString &p : prefixes)
            if (text.startsWith(p)) {
                text = text.mid(p.size()).trimmed();
                return true;
            }
        return false;
    };
    if (prefixed({u"<="_s, u"up to"_s, u"at most"_s, u"<"_s})) {
        const auto v = parseFigureNumber(text, &half);
        return v && *v > 0 ? std::optional(Quantity{0, *v}) : std::nullopt;
    }
    if (prefixed({u">="_s, u"at least"_s, u"over"_s, u">"_s})) {
        const auto v = parseFigureNumber(text, &half);
        return v && *v > 0 ? std::optional(Quantity{*v, Quantity::unbounded}) : std::nullopt;
    }
    if (text.endsWith(u'+')) {
        const auto v = parseFigureNumber(text.chopped(1), &half);
        return v && *v > 0 ? std::optional(Quantity{*v, Quantity::unbounded}) : std::nullopt;
    }
    if (prefixed({u"~"_s, u"about"_s, u"approximately"_s, u"approx."_s, u"nearly"_s, u"≈"_s})) {
        const auto v = parseFigureNumber(text, &half);
        return v && *v > half ? std::optional(Quantity{*v - half, *v + half}) : std::nullopt;
    }
    // A hyphen separates a range unless it is an exponent's sign ("1e-3").
    static const QRegularExpression hyphen(uR"((?<![eE])-)"_s);
    for (const QString &sep : {u".."_s, u" to "_s, u"–"_s, u"-"_s}) {
        const qsizetype at = sep == u"-" ? text.indexOf(hyphen) : text.indexOf(sep);
        if (at > 0) {
            const auto a = parseFigureNumber(text.left(at), &half);
            const auto b = parseFigureNumber(text.mid(at + sep.size()), &half);
            if (!a || !b || *a <= 0 || *b < *a)
                return std::nullopt;
            return Quantity{*a, *b};
        }
    }
    const auto v = parseFigureNumber(text, &half);
    if (!v || *v <= 0)
        return std::nullopt;
    return Quantity::exact(*v);
}

} // namespace ChipTrace::Plausibility
