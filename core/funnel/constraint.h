// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The funnel's constraint language: a boolean expression over catalog properties, the form in
// which evidence says what hardware it implies. Grammar (keywords case-insensitive):
//
//   expr    := and ("or" and)*
//   and     := unary ("and" unary)*
//   unary   := "not" unary | "(" expr ")" | clause
//   clause  := property op value | property "in" "[" value ("," value)* "]" | flag
//   op      := "=" | "==" | "!=" | "<" | "<=" | ">" | ">="
//   value   := number | word (letters, digits, ".", "-", "_", "+") | "quoted text"
//
// e.g. `vendor != AMD`, `cc >= 8.0`, `bf16`, `segment in [datacenter, workstation]`,
// `vendor = NVIDIA and cc >= 9.0`, `not china_specific`, `(arch = Hopper) or (arch = Blackwell)`.
// Text comparisons ignore case; `interconnect = NVLink` tests whether the description mentions
// it. Evaluation is three-valued: a clause over an unknown figure is Unknown (never a reason to
// eliminate a chip); a clause over a not-applicable figure (CUDA CC of an AMD part) is False,
// except `!=`, which is True. knownProperties() lists the vocabulary.

#include "catalog/accelerator.h"
#include "domain/vocabulary.h"
#include "util/result.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace ChipTrace::Funnel {

enum class Truth {
    False,
    True,
    Unknown
};


struct ConstraintNode; // the parsed tree (constraint.cpp)

class Constraint
{
public:
    Constraint() = default;

    // Parses `text`. On error the message names the column (1-based) and what was expected;
    // `errorColumn`, when given, receives that column.
    static Result<Constraint> parse(const QString &text, int *errorColumn = nullptr);

    bool isValid() const { return m_root != nullptr; }
    QString text() const { return m_text; } // as written
    QString canonical() const; // normalised spelling, fully parenthesised
    QStringList properties() const; // properties it reads, sorted, unique

    Truth evaluate(const Catalog::Accelerator &chip) const;
    // The clauses with the chip's actual values, e.g. "vendor != AMD: vendor is AMD (false)".
    QString explain(const Catalog::Accelerator &chip) const;

    // Every property and bare flag the language knows, for completion and help.
    static QStringList knownProperties();
    static QStringList knownFlags();

private:
    std::shared_ptr<const ConstraintNode> m_root;
    QString m_text;
};

} // namespace ChipTrace::Funnel
