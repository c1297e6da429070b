// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The assessment: what the evidence supports about a lab's training hardware, how sure that is,
// and why. It reasons as the Whack-a-Chip paper and an analyst do:
//
//  1. Every finding is weighed by where it sits (Scan::siteOf): the lab's own training and launch
//     code may make strong steps; a portability guide or a deployment / fine-tuning claim shows
//     hardware the lab can run or has (a competing hypothesis, never the training answer);
//     vendored code, data, tests, CI and templates never count.
//  2. Combination rules (combination.h) turn weak signals that agree into strong steps, each
//     resting on the findings it names.
//  3. Strong steps that point at different vendors do not silently drop one another: the funnel
//     keeps every vendor the lab's own code points at, and each vendor becomes a hypothesis.
//  4. Hypotheses (vendors; within the leading vendor, architectures) are tested against every
//     evidence item (Analysis of Competing Hypotheses): consistent / inconsistent / neutral,
//     ranked by weighted inconsistency.
//  5. The funnel runs over the catalog with the combined steps; the survivors are ranked (the
//     leading hypothesis first, then a first-party training claim, then hints), each with the
//     reason for its rank and the evidence it rests on.
//  6. The answer is given at the level the evidence supports (chip, architecture, segment,
//     vendor) with a confidence in estimative language.
//
// Items are the unit of reasoning; they come from a scan (fromFindings) or from a case's evidence
// (fromCaseEvidence), so the scan report and the case briefing reach the same answer. assess() is
// a pure function of its inputs and the catalog.

#include "assess/combination.h"
#include "funnel/funnel.h"
#include "scan/finding.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace ChipTrace::Catalog {
class Catalog;
}
namespace ChipTrace::Case {
struct Evidence;
struct FindingRecord;
} // namespace ChipTrace::Case

namespace ChipTrace::Assess {

// Estimative language (ICD 203), most to least likely; Undetermined when nothing supports a
// judgement at that level.
enum class Likelihood {
    AlmostCertainly,
    VeryLikely,
    Likely,
    RoughlyEven,
    Unlikely,
    Undetermined
};
QString likelihoodName(Likelihood l); // "almost certainly", "very likely", ..., "undetermined"

// What an item speaks to.
enum class Role {
    Training, // the hardware that trained the model: may narrow the funnel
    Capability, // hardware the lab has or supports (guides, deployment / fine-tuning / benchmark
                // claims): a competing hypothesis at most, never an elimination
};
QString roleName(Role r); // "training" | "capability"

enum class ItemKind {
    Combination,
    Signature,
    Claim,
    Evidence
};
QString itemKindName(ItemKind k); // "combination" | "signature" | "claim" | "evidence"

// A finding an item rests on, as a reader finds it again.
struct FindingRef
{
    QString id; // the finding's id: case finding id, or the scan's fingerprint
    int index = -1; // index in the scan's findings, -1 in a case
    QString path;
    int line = 0;
    QString commit; // first seen (history scans), may be empty
    QString text; // the line, trimmed
    QString site; // Scan::siteName
    bool atHead = true; // the line is in HEAD's tree (false: withdrawn or replaced in history)
    QString display() const; // "path:line (commit12)"
};

struct Item
{
    QString id; // "combination:nvidia-nccl-training", "signature:<fingerprint>", "claim:...",
                // evidence id
    ItemKind kind = ItemKind::Signature;
    Role role = Role::Training;
    QString label; // one line an analyst reads
    QString constraint; // funnel constraint text; empty for claims
    ChipTrace::Strength strength = ChipTrace::Strength::Hint;
    QString vendor; // the vendor it establishes, if it names exactly one
    QStringList chips; // claims: catalog ids of the chips named
    Scan::ClaimScope scope = Scan::ClaimScope::Unknown;
    QString rationale;
    QStringList caveats;
    QStringList references;
    QList<FindingRef> restsOn;
    double weight = 0.0; // in the hypothesis matrix; 0: derived from kind, role and strength
};

// One funnel step made from an item, with what happened to it.
struct StepReport
{
    int item = -1; // index into Assessment::items
    QString constraint; // as applied (may be scoped to a vendor when vendors compete)
    ChipTrace::Strength strength = ChipTrace::Strength::Hint;
    Funnel::StepStatus status = Funnel::StepStatus::Applied;
    int remainingBefore = 0;
    int remainingAfter = 0;
    QStringList eliminated; // chip ids
    QStringList conflictsWith; // item ids of applied steps this one cannot hold together with
    QString note; // e.g. "scoped to NVIDIA: the lab's code also points at Huawei"
};

enum class Consistency {
    Consistent,
    Inconsistent,
    Neutral
};
QString consistencyName(Consistency c); // "consistent" | "inconsistent" | "neutral"

struct Hypothesis
{
    QString id; // "vendor:NVIDIA", "arch:NVIDIA/Hopper"
    QString level; // "vendor" | "generation"
    QString label; // "NVIDIA", "NVIDIA Hopper"
    QStringList chips; // catalog ids the hypothesis covers
    QStringList surviving; // of those, the funnel's survivors
    QList<Consistency> cells; // one per Assessment::items, same order
    double inconsistency = 0.0; // weighted: sum of the weights of inconsistent items
    double support = 0.0; // weighted: sum of the weights of consistent, diagnostic items
    double trainingSupport = 0.0; // the part of `support` from firm training items and claims
    bool trainingEvidence = false; // some Training item (not only capability) supports it
    int claimLines = 0; // lines in HEAD of the lab's training claims naming one of its chips
    Likelihood likelihood = Likelihood::Undetermined;
    QString summary; // why it ranks where it does
};

struct RankedCandidate
{
    QString chipId;
    QString name;
    QString vendor;
    QString architecture;
    QString segment;
    int rank = 0; // 1-based
    bool claimed = false; // named by a first-party training claim
    int hintScore = 0;
    Likelihood likelihood = Likelihood::Undetermined;
    QString reason; // why it ranks here
    QStringList restsOn; // item ids
};

// One level of the answer: "vendor NVIDIA, almost certainly".
struct Facet
{
    QString level; // "chip" | "generation" | "segment" | "vendor"
    QString
        value; // "NVIDIA", "Ampere or newer (Ampere, Hopper, Blackwell)", "datacenter", "H800 SXM5"
    Likelihood likelihood = Likelihood::Undetermined;
    QStringList restsOn; // item ids
};

struct Answer
{
    QString level; // the most specific level the evidence supports ("chip" ... "vendor", "none")
    QString statement; // one or two sentences, the BLUF
    Likelihood likelihood = Likelihood::Undetermined; // of the statement
    QList<Facet> facets; // vendor first, then segment, generation, chip
    bool multiVendor = false; // the lab's own code points at more than one vendor
};

struct LabHas
{
    QString chipId;
    QString name;
    QString scope; // "deployment", "fine-tuning", "benchmark", "inference", "guide", "unknown"
    QStringList restsOn; // item ids
};

struct Assessment
{
    int catalogSize = 0;
    QList<Item> items;
    QList<StepReport> steps;
    QList<CombinationOutcome> combinations; // scan path only: every rule, fired or not
    QList<Hypothesis> hypotheses; // ranked, vendor level first
    QList<RankedCandidate> candidates; // ranked
    QStringList eliminated; // chip ids
    QList<LabHas> labAlsoHas;
    QStringList claimedTraining; // chip ids named by first-party training claims
    bool claimAgrees = false; // some claimed training chip meets every firm step of the code
    QStringList claimDisputed; // claimed training chips some firm step of the code excludes
    Answer answer;
    QStringList ignored; // why findings did not count, e.g. "12 in data files"
    Funnel::FunnelResult funnel; // the raw run
};

struct Options
{
    const Catalog::Catalog *catalog = nullptr; // default: Catalog::builtin()
    const QList<Combination> *combinations = nullptr; // default: CombinationSet::builtin()
};

// Items from a scan's findings (site-weighted signatures, claims, fired combinations). `ids`,
// when given, names the findings (same order); otherwise their fingerprints do. Outcomes of the
// combination rules go to `outcomes` when given.
QList<Item> fromFindings(const QList<Scan::Finding> &findings, const Options &options = {},
    const QStringList &ids = {}, QList<CombinationOutcome> *outcomes = nullptr);

// Items from a case model's counted evidence (see Funnel::countsInFunnel): the constraint,
// strength and scope as the analyst left them; claims get their chips from the finding record.
QList<Item> fromCaseEvidence(const QList<Case::Evidence> &evidence,
    const QList<Case::FindingRecord> &findings, const Options &options = {});

// The assessment over the items.
Assessment assess(QList<Item> items, const Options &options = {});

// Convenience for the scan report: fromFindings + assess, with the combination outcomes.
Assessment assessFindings(const QList<Scan::Finding> &findings, const Options &options = {});

// JSON (the scan report's `assessment` section, keys in the README) and text.
QJsonObject toJson(const Assessment &assessment);
QString toText(const Assessment &assessment);

} // namespace ChipTrace::Assess
