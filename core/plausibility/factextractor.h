// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Training facts as labs write them, proposed from text for the compute-plausibility check:
// "2.788M H800 GPU hours for its full training", "pre-trained on 14.8T tokens", "37B activated
// parameters", "trained for 60 days on 768 GPUs", "FP8 mixed precision training", and the Chinese
// forms ("278.8万H800 GPU小时", "14.8万亿token", "激活参数370亿", "768张卡训练60天"). Each fact
// keeps where it was found, so an analyst can check it; the phase (pre-training, context
// extension, post-training, RL, total) comes from the sentence. Nothing here decides: facts are
// proposals that claimFromFacts() combines into the inputs of Plausibility::assess().

#include "plausibility/plausibility.h"

#include <QList>
#include <QString>

namespace ChipTrace::Plausibility {

enum class FactKind {
    ActiveParams,
    TotalParams,
    Tokens,
    DeviceHours,
    Devices,
    Days,
    Precision,
};
QString factKindName(FactKind k); // "active-params", "total-params", "tokens", "device-hours",
                                  // "devices", "days", "precision"

struct TrainingFact
{
    FactKind kind = FactKind::Tokens;
    Quantity value; // unused for Precision
    std::optional<Plausibility::Precision> precision; // Precision facts only
    std::optional<Phase> phase; // from the sentence, when it names one
    qsizetype offset = 0; // of the figure in the text
    qsizetype length = 0;
    QString spelling; // the text of the fact ("2.788M H800 GPU hours")
    QString sentence; // the sentence it sits in, trimmed
};

// Every fact in `text`, in text order.
QList<TrainingFact> extractTrainingFacts(const QString &text);

// The inputs for one phase: the device-hours of that phase (or, failing that, of the whole
// training, or devices × days), the largest token count stated for it, the active parameters (or,
// for a dense model, the total), and the precision. What the facts do not give stays unset, so
// that the check abstains and says what is missing.
TrainingClaim claimFromFacts(const QList<TrainingFact> &facts, Phase phase = Phase::Pretraining);

} // namespace ChipTrace::Plausibility
