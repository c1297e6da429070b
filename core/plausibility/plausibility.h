// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Compute plausibility: could a chip have done the training a lab describes? The training
// compute is about 6·N·D (N active parameters, D tokens), so a claim of H device-hours needs,
// on a chip with dense peak P at the training precision, a model-FLOPs utilisation of
//
//     MFU = 6·N·D / (H × 3600 × P)
//
// computed as a range: the inputs are intervals (Quantity), the FLOPs run from 6·N·D up to
// 6·N·D plus an overhead for work it leaves out (attention, multi-token prediction, routing;
// default 12.5%, DeepSeek-V3's own 250 GFLOP/token against 6 × 37B), the peak is a range where
// sources disagree, and a chip whose package shows as several devices (MI250X) may have been
// counted either way. Bands are judged on the low end of the range (the most favourable
// reading of the claim): above 100% impossible, above 70% implausible (published large runs
// reach 35-55% end to end), and a high end under 5% only "low" (documented Ascend 910 runs sat
// at 2-4%): low never eliminates. The check abstains, naming the missing input, when it cannot
// run: no active parameters, tokens or device-hours, an RL phase (generation-dominated, 6·N·D
// does not apply), or a chip without a peak. Thresholds and sources: README "Compute
// plausibility".

#include "funnel/funnel.h"
#include "plausibility/peaks.h"
#include "plausibility/quantity.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace ChipTrace::Catalog {
class Catalog;
struct Accelerator;
} // namespace ChipTrace::Catalog

namespace ChipTrace::Plausibility {

inline constexpr double impossibleAbove = 1.00;
inline constexpr double implausibleAbove = 0.70;
inline constexpr double lowBelow = 0.05;
inline constexpr double defaultOverhead = 0.125;

enum class Phase {
    Pretraining,
    ContextExtension,
    PostTraining, // supervised fine-tuning: 6·N·D still holds
    Rl, // reinforcement learning: dominated by generation; the check abstains
    Total, // a lab's figure for the whole training (pre-training plus the rest)
};
QString phaseName(Phase p); // "pretraining", "context-extension", "post-training", "rl", "total"
std::optional<Phase> phaseFromName(const QString &name);

// What a lab says about one training phase. Unset inputs make the check abstain.
struct TrainingClaim
{
    std::optional<Quantity> activeParams; // N; for a dense model, all parameters
    std::optional<Quantity> tokens; // D, for the same phase as the device-hours
    std::optional<Quantity> deviceHours; // GPU-hours, or devices × days × 24
    std::optional<Precision> precision; // unset: the fastest format each chip has
    Phase phase = Phase::Pretraining;
    double overhead = defaultOverhead; // upper end of the FLOPs: 6·N·D × (1 + overhead)

    // Empty when the check can run; otherwise what is missing, in words.
    QString cannotAssess() const;
    // 6·N·D as a range widened by the overhead; only meaningful when cannotAssess() is empty.
    Quantity flops() const;
};

enum class Band {
    Impossible, // would need more than 100% of the peak
    Implausible, // more than 70%
    Plausible,
    Low, // under 5% at best: unusual (idle time, a hidden faster chip), never a reason to eliminate
    CannotAssess,
};
QString bandName(Band b); // "impossible", "implausible", "plausible", "low", "cannot-assess"

struct ChipVerdict
{
    QString chipId;
    QString chipName;
    Band band = Band::CannotAssess;
    double mfuLow = 0; // fractions of the peak (1.0 = 100%); mfuHigh may be infinite
    double mfuHigh = 0;
    std::optional<Precision> precision; // the format whose peak was used
    std::optional<Precision> claimed; // the claim's format
    bool fallback = false; // the chip lacks the claimed format: its best one was used
    double peakLow = 0; // training TFLOPS per device used (a range where sources disagree)
    double peakHigh = 0;
    int devices = 1;
    QString peakSource;
    PeakStatus peakStatus = PeakStatus::Unverified;
    bool verified = false; // the peak is verified: only then may the verdict eliminate
    QString reason; // why the check abstained for this chip

    // Whether this verdict may eliminate the chip in a funnel: impossible or implausible on a
    // verified peak.
    bool eliminates() const;
    // "H20: would need 116-130% of its FP8 peak (296 TFLOPS dense, secondary: ...)".
    QString explain() const;
};

struct Assessment
{
    TrainingClaim claim;
    QString cannotAssess; // non-empty: nothing was assessed, and this says why
    Quantity flops;
    QList<ChipVerdict> chips; // catalog order
};

// The verdict for one chip (band CannotAssess with a reason when it has no peak).
ChipVerdict assessChip(
    const TrainingClaim &claim, const Catalog::Accelerator &chip, const PeakTable &peaks);
// Every chip of the catalog, in catalog order.
Assessment assess(
    const TrainingClaim &claim, const Catalog::Catalog &catalog, const PeakTable &peaks);

// The assessment as a funnel step: the chips it shows impossible or implausible on a verified
// peak are removed ("not (id in [...])"), labelled with the inputs and the first verdicts. Empty
// when the check cannot run or eliminates nothing: a claim that fits every chip says nothing.
std::optional<Funnel::Step> funnelStep(const Assessment &assessment);

// JSON form of `chiptrace plausibility --format json` (one object per chip; keys in the README).
QJsonObject toJson(const ChipVerdict &verdict);
QJsonArray toJson(const Assessment &assessment);
// "17.3-19.5%", "> 116%" when unbounded above.
QString mfuRangeText(double low, double high);

} // namespace ChipTrace::Plausibility
