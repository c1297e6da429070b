// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Where in a repository a file sits, as an analyst weighs it: the lab's own training and launch
// code and configs say what the lab ran; other own code says what it can run; a portability or
// support guide ("run on Ascend NPU", "supported hardware") says what the model can run on, not
// what trained it; vendored code, data files and example corpora, tests, CI and issue templates
// are someone else's words. The site is a pure function of the path, so it is never stored: a
// case, a report and a re-scan all derive the same site from the same path.

#include <QString>

#include <optional>

namespace ChipTrace::Scan {

enum class Site {
    Training, // the lab's own training / launch code and configs (train*.py, *.sh launchers,
              // ds_config.json)
    Code, // other first-party code (inference, tools, modelling code)
    Docs, // first-party documentation (README, docs/, model cards)
    Guide, // portability or support guides for other hardware (docs/ascend.md, README_npu.md)
    Vendored, // third-party code copied in (third_party/, vendor/, site-packages/, ...)
    Data, // datasets, corpora, JSONL/CSV/TSV/parquet-like data, example inputs
    Test, // tests and fixtures
    CI, // CI definitions (.github/workflows, .gitlab-ci.yml, Jenkinsfile)
    Template, // issue and pull-request templates
};

Site siteOf(const QString &path);

// Whether a line at this site speaks for the lab's own practice (may make a strong step).
bool isFirstParty(Site site);
// Whether prose at this site may yield a chip claim at all (data, templates and tests never do).
bool mayClaim(Site site);

QString siteName(Site site); // "training" | "code" | "docs" | "guide" | "vendored" | "data" |
                             // "test" | "ci" | "template"
std::optional<Site> siteFromName(const QString &name);

} // namespace ChipTrace::Scan
