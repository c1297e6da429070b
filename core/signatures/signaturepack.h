// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A signature pack is a YAML file of rules (see resources/data/signatures/*.yaml and the README
// section "Signature packs" for the format). Loading is all-or-nothing per file: one malformed
// rule makes the whole file fail with an error naming the file, the line and the rule id, and
// nothing from it is used. SignaturePack::builtin() loads the packs compiled into the program.

#include "signatures/rule.h"
#include "util/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ChipTrace::Signatures {

struct SignaturePack
{
    QString name; // `pack:` in the file, or the file's base name
    QString version; // `version:` in the file
    QString sourceFile;
    QList<Rule> rules;

    // Parses YAML text; `sourceFile` is used in error messages and recorded on the rules.
    static Result<SignaturePack> parse(const QByteArray &yaml, const QString &sourceFile);
    static Result<SignaturePack> load(const QString &fileName);

    // Every pack under :/data/signatures/, in file-name order. Fails if any shipped pack is bad.
    static Result<QList<SignaturePack>> builtin();
};

// Checks rules across packs: unique ids, co-signals naming rules that exist, and `implies` text
// that Funnel::Constraint::parse accepts. Returns one message per problem.
QStringList validateRules(const QList<Rule> &rules);

// All rules of several packs, in order.
QList<Rule> allRules(const QList<SignaturePack> &packs);

} // namespace ChipTrace::Signatures
