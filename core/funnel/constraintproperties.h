// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to the constraint language: the catalog properties a constraint can name, with their
// types and how each is read from an Accelerator (three-state values, like catalog figures).

#include "catalog/accelerator.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace ChipTrace::Funnel::Detail {

enum class Type {
    Number,
    Text,
    Bool
};

// A property value read from a chip, in one of the three states of a catalog figure.
struct Value
{
    Catalog::Availability availability = Catalog::Availability::Unknown;
    double number = 0;
    QString text;
    bool boolean = false;
    QString display() const;
};

struct Property
{
    QString name;
    Type type = Type::Text;
    std::function<Value(const Catalog::Accelerator &)> read;
};

const QList<Property> &propertyTable();
const QStringList &featureFlags();
// The property for a lower-case name or alias, synthesising one for feature tokens.
std::optional<Property> findProperty(const QString &name);

} // namespace ChipTrace::Funnel::Detail
