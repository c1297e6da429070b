// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Synthetic findings for the assessment tests: a finding is made from a shipped signature rule
// (its family, strength and implied constraint), a path and a context, as the scanner would
// report it; claims name catalog chips with a scope. Text is written for the tests.

#include "scan/finding.h"
#include "signatures/signaturepack.h"

#include <QHash>

namespace ChipTrace::Test {

inline const QList<Signatures::Rule> &shippedRules()
{
    static const QList<Signatures::Rule> rules = [] {
        auto packs = Signatures::SignaturePack::builtin();
        return packs ? Signatures::allRules(*packs) : QList<Signatures::Rule>{};
    }();
    return rules;
}

inline Scan::Finding signature(const QString &rule, const QString &path,
    ChipTrace::HitContext context = ChipTrace::HitContext::Code, int line = 1)
{
    Scan::Finding f;
    f.ruleId = rule;
    for (const Signatures::Rule &r : shippedRules())
        if (r.id == rule) {
            f.family = r.family;
            f.title = r.title;
            f.strength = r.strength;
            f.implies = r.implies;
        }
    f.path = path;
    f.line = line;
    f.context = context;
    f.text = QStringLiteral("synthetic line for %1").arg(rule);
    f.match = rule;
    return f;
}

inline Scan::Finding claim(
    const QStringList &chips, Scan::ClaimScope scope, const QString &path, int line = 1)
{
    Scan::Finding f;
    f.kind = Scan::FindingKind::Claim;
    f.ruleId = QStringLiteral("claim");
    f.family = QStringLiteral("claim");
    f.title = chips.join(u'/');
    f.chips = chips;
    f.scope = scope;
    f.path = path;
    f.line = line;
    f.context = ChipTrace::HitContext::Prose;
    f.text = QStringLiteral("synthetic claim naming %1").arg(chips.join(u", "));
    f.match = chips.value(0);
    return f;
}

} // namespace ChipTrace::Test
