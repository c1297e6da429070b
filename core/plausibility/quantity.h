// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A training figure as an interval: labs write "2.788M", "~7,000,000", "up to 16K", "15T+", and
// the check must carry that uncertainty through to the MFU range instead of pretending to a
// point. An exact figure is [v, v]; "~" widens it by half a unit of its last significant digit;
// an upper bound ("up to", "<=") has low 0, a lower bound (">=", "+") has high infinity.

#include <QString>

#include <limits>
#include <optional>

namespace ChipTrace::Plausibility {

struct Quantity
{
    double low = 0;
    double high = 0;

    static Quantity exact(double v) { return {v, v}; }
    static constexpr double unbounded = std::numeric_limits<double>::infinity();

    bool isValid() const { return high > 0 && low >= 0 && low <= high; }
    bool isExact() const { return low == high; }
    bool boundedAbove() const { return high < unbounded; }
    double mid() const { return boundedAbove() ? (low + high) / 2 : low; }

    Quantity operator*(const Quantity &o) const { return {low * o.low, high * o.high}; }
    Quantity scaled(double f) const { return {low * f, high * f}; }

    // "3.29e24", "2.6e6-2.8e6", ">= 1.5e13", "<= 1.6e4" (for messages and JSON).
    QString text() const;
};

// Parses a figure as labs and analysts write it: "37e9", "37B", "14.8T", "2.664M", "2,664K",
// "~7e6", "about 7M", "2.6e6..2.8e6", "<=16000", "up to 16K", ">=15T", "15T+". Suffixes K, M,
// B (or G), T are thousands to trillions. Returns nullopt on anything else.
std::optional<Quantity> parseQuantity(const QString &text);

} // namespace ChipTrace::Plausibility
