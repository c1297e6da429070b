// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Training peaks: the dense tensor throughput of each catalog chip per number format, kept apart
// from the catalog's TPP figures because a training run gets a different number than the one
// the export rules use (GeForce cards accumulate in FP32 at half rate; vendors headline sparse
// figures) and because a GPU-hour may count a package or one of its dies. The built-in table is
// compiled in from :/data/catalog/peaks.csv (format in that file's header and the README); every
// row names its source and whether the figure is verified, and every chip id must be in the
// catalog.

#include "util/result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace ChipTrace::Catalog {
class Catalog;
}

namespace ChipTrace::Plausibility {

enum class Precision {
    FP8,
    BF16,
    FP16,
    TF32,
    FP32
};
QString precisionName(Precision p); // "fp8", "bf16", "fp16", "tf32", "fp32"
std::optional<Precision> precisionFromName(const QString &name); // case-insensitive

enum class PeakStatus {
    Vendor, // the vendor's own text was read (quoted in the reference notes)
    Secondary, // a copy or compilation of the vendor figure, or the same silicon as a sourced part
    Unverified, // an estimate, a scaling, or conflicting secondary figures
};
QString peakStatusName(PeakStatus s); // "vendor", "secondary", "unverified"

struct Peak
{
    QString chipId;
    QList<Precision> precisions; // the formats this figure applies to
    double denseLow = 0; // TFLOPS per catalog unit; low < high when the sources disagree
    double denseHigh = 0;
    std::optional<double> sparse; // the vendor's "with sparsity" figure, never used
    std::optional<double> training; // rate a training run gets, when it differs from dense
    int devices = 1; // devices software shows per unit (MI250X: 2 GCDs)
    PeakStatus status = PeakStatus::Secondary;
    QString source;
    QString note;
    int line = 0;

    bool verified() const { return status != PeakStatus::Unverified; }
    // The rate used for training, per catalog unit (the training figure scales the range).
    double trainingLow() const;
    double trainingHigh() const;
    bool covers(Precision p) const { return precisions.contains(p); }
};

class PeakTable
{
public:
    PeakTable() = default;

    // Parses the CSV; `catalog`, when given, must know every chip id. Errors name the file,
    // the line and the field.
    static Result<PeakTable> parse(
        const QByteArray &csv, const QString &fileName, const Catalog::Catalog *catalog);
    // The compiled-in table, checked against Catalog::builtin(). Empty on error (see
    // builtinError()), like the catalog.
    static const PeakTable &builtin();
    static QString builtinError();

    const QList<Peak> &all() const { return m_peaks; }
    QList<const Peak *> forChip(const QString &chipId) const;
    const Peak *find(const QString &chipId, Precision p) const;

private:
    QList<Peak> m_peaks;
    QHash<QString, QList<qsizetype>> m_byChip;
};

} // namespace ChipTrace::Plausibility
