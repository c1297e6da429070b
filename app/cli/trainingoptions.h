// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The training-facts options that `plausibility` and `funnel` share: figures given one by one
// (--active-params 37e9 --tokens 14.8T --gpu-hours 2.664M ...) and/or --text FILE, a model card
// or README whose training facts are proposed by Plausibility::extractTrainingFacts; an option
// given by hand overrides what the text says.

#include "plausibility/factextractor.h"

#include <QCommandLineParser>

#include <optional>

namespace ChipTrace::Cli {

void addTrainingOptions(QCommandLineParser &parser);
// Whether any training option was given (so `funnel` adds the plausibility step).
bool hasTrainingOptions(const QCommandLineParser &parser);
// The claim from --text and the options, or nullopt after printing why. `facts`, when given,
// receives what --text proposed.
std::optional<Plausibility::TrainingClaim> claimFromOptions(
    const QCommandLineParser &parser, QList<Plausibility::TrainingFact> *facts = nullptr);
// "tokens 14.8T (pretraining): README.md: "... sentence ..."", one line per fact.
void printFacts(const QList<Plausibility::TrainingFact> &facts);

} // namespace ChipTrace::Cli
