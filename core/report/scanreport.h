// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Scan results as documents: versioned JSON (one object per finding plus stats and a `funnel`
// section), SARIF 2.1.0 for code-scanning viewers, and plain text for terminals. The JSON format
// is a public contract documented in the README ("chiptrace scan" section); bump
// kScanJsonVersion on any incompatible change.

#include "scan/scanner.h"

#include <QByteArray>
#include <QJsonObject>

namespace ChipTrace::Assess {
struct Assessment;
}

namespace ChipTrace::Scan {

inline constexpr int kScanJsonVersion = 1;

enum class ReportFormat {
    Text,
    Json,
    Sarif
};
std::optional<ReportFormat> reportFormatFromName(const QString &name);

QJsonObject findingToJson(const Finding &finding);
// The funnel section: the assessment's steps (combined, site-weighted; core/assess) and its
// ranked candidates, in the keys of the first format.
QJsonObject funnelToJson(const ScanResult &result);
QJsonObject funnelToJson(const Assess::Assessment &assessment);
QJsonObject scanToJson(const ScanResult &result);
QJsonObject scanToSarif(const ScanResult &result);
QString scanToText(const ScanResult &result);

QByteArray renderReport(const ScanResult &result, ReportFormat format);

} // namespace ChipTrace::Scan
