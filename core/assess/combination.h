// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Combination rules: signals that are weak alone and strong together, as the Whack-a-Chip paper
// reasons ("NCCL in the lab's own training code, and no other vendor's stack anywhere in it,
// means NVIDIA"). They are data, not code: resources/data/signatures/combinations/*.yaml, the
// format documented in the README ("Combination rules"). A rule fires when every condition is met
// by findings at the sites it names, none of its `unless` conditions is met, and every
// combination it comes `after` has fired; it then implies a funnel constraint with a strength,
// and lists the findings it rests on. Loading is all-or-nothing per file with file:line errors,
// like the signature packs; every rule carries examples (small synthetic finding sets) that the
// test suite runs.

#include "domain/vocabulary.h"
#include "scan/finding.h"
#include "scan/site.h"
#include "signatures/rule.h"
#include "util/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ChipTrace::Assess {

// What a set of findings must hold. A finding satisfies it when its rule id is in `rules` or its
// family in `families` (at least one of the two lists is given), it sits at one of `sites`
// (default: training and code, the lab's own), and it is not in a comment unless `comments` is
// set. The condition is met when at least `minCount` such findings exist, spread over at least
// `minFiles` files and `minRules` distinct rules.
struct Condition
{
    QStringList rules;
    QStringList families;
    QList<Scan::Site> sites;
    bool comments = false;
    bool docsCommands = false; // "docs-command": also a command line shown in documentation
    int minCount = 1;
    int minFiles = 1;
    int minRules = 1;
    int sourceLine = 0;

    bool accepts(const Scan::Finding &finding) const;
};

// An example the tests run: findings given as rule (family looked up in the packs), path and
// optionally context; `established` names combinations taken as already fired.
struct ExampleFinding
{
    QString rule;
    QString path;
    ChipTrace::HitContext context = ChipTrace::HitContext::Code;
    QString text; // the line; some conditions read it ("docs-command")
};

struct CombinationExample
{
    QString name;
    QList<ExampleFinding> findings;
    QStringList established;
    int sourceLine = 0;
};

struct Combination
{
    QString id;
    QString title;
    QList<Condition> all; // every one must be met
    QList<Condition> unless; // any one met blocks the rule
    QStringList after; // combinations that must have fired first
    QString implies; // Funnel::Constraint text
    ChipTrace::Strength strength = ChipTrace::Strength::Strong;
    QString vendor; // the vendor it establishes, when it establishes one ("NVIDIA")
    QString rationale;
    QStringList caveats; // where the simple reading breaks
    QStringList references;
    QList<CombinationExample> fires;
    QList<CombinationExample> quiet;

    QString sourceFile;
    int sourceLine = 0;
};

struct CombinationSet
{
    QString sourceFile;
    QString version;
    QList<Combination> rules;

    static Result<CombinationSet> parse(const QByteArray &yaml, const QString &sourceFile);
    static Result<CombinationSet> load(const QString &fileName);
    // Every file under :/data/signatures/combinations/, in file-name order, concatenated.
    static Result<CombinationSet> builtin();
};

// Whether a line of documentation is part of a shown command (an option line or a launcher
// with options): the "docs-command" site of a condition.
bool isDocumentedCommand(const QString &line);

// Cross-checks against the signature rules: unique ids, rules and families that exist, `after`
// naming combinations that exist (no cycles), `implies` that parses. One message per problem.
QStringList validateCombinations(
    const QList<Combination> &rules, const QList<Signatures::Rule> &signatureRules);

// How one combination fared on a set of findings.
enum class CombinationStatus {
    Fired, // conditions met, nothing blocks it
    Blocked, // conditions met, but an `unless` condition is met too
    Waiting, // conditions met, but a combination it comes after did not fire
    Unmet, // its conditions are not met
};
QString combinationStatusName(
    CombinationStatus status); // "fired" | "blocked" | "waiting" | "unmet"

struct CombinationOutcome
{
    const Combination *rule = nullptr;
    CombinationStatus status = CombinationStatus::Unmet;
    QList<int> restsOn; // indexes into the findings that met the conditions
    QList<int> blockedBy; // indexes of the findings that met an `unless` condition
    QStringList missing; // combinations it waited for that did not fire
};

// Evaluates every rule over the findings, `after` in dependency order. `established` are
// combination ids taken as fired already (the examples use it). Outcomes in rule order.
QList<CombinationOutcome> evaluate(const QList<Combination> &rules,
    const QList<Scan::Finding> &findings, const QStringList &established = {});

// Turns an example into findings (families from the signature rules) for evaluate().
QList<Scan::Finding> exampleFindings(
    const CombinationExample &example, const QList<Signatures::Rule> &signatureRules);

} // namespace ChipTrace::Assess
