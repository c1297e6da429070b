// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The demo case: a case file for Example Lab's TinyLM-7B with the demo repository as its
// source, made from :/data/demo/case.json. The walkthrough goes into the case summary, so it
// is what the workbench shows first, and the analyst's own work (scan, evidence, review) is
// what fills the rest, exactly as in a real case.

#include "util/result.h"

#include <QString>

#include <memory>

namespace ChipTrace::Case {
class CaseFile;
}

namespace ChipTrace::Demo {

// Where the demo case lives for this user: <data dir>/demo/demo.chiptrace.
QString defaultCasePath();

// Creates the case at `casePath` pointing at the demo repository in `repositoryPath`.
Result<std::unique_ptr<Case::CaseFile>> createCase(
    const QString &casePath, const QString &repositoryPath);

// Opens the demo case, creating the repository and the case first when missing.
Result<std::unique_ptr<Case::CaseFile>> openOrCreateCase(
    const QString &casePath = {}, const QString &repositoryPath = {});

} // namespace ChipTrace::Demo
