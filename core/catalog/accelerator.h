// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One accelerator (chip or SKU family) of the catalog, as plain values. Every figure carries its
// provenance: which of the entry's sources back it and whether it is unverified (an estimate, a
// secondary copy, or inferred), so views and briefings can show how far a number can be trusted.
// A figure can also be unknown (no source found) or not applicable (e.g. a CUDA compute
// capability on a non-NVIDIA part); the funnel and the export-control rules treat the two
// differently: unknown never eliminates and can make a classification undecidable.

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ChipTrace::Catalog {

enum class Segment {
    Datacenter,
    Workstation,
    Consumer
};

// Where the part comes from, for export-control purposes.
enum class Origin {
    UsDesigned, // a US company's product: the EAR applies to its export
    PrcDomestic, // designed in the PRC: its parameters can be classified, the EAR reaches it only
                 // through foreign-direct-product rules, the Entity List or General Prohibition 10
    CloudOnly, // not sold as merchant silicon (e.g. Google TPU): rented, not exported
};

enum class ChinaSpecific {
    No,
    Yes,
    Domestic
};

// State of a value: known, unknown (no source found), or meaningless for this part.
enum class Availability {
    Known,
    Unknown,
    NotApplicable
};

// A numeric figure with its provenance. `sources` are 0-based indexes into Accelerator::sources;
// empty means "the entry's sources as a whole".
struct Figure
{
    double value = 0.0;
    Availability availability = Availability::Unknown;
    bool unverified = false;
    QList<int> sources;

    bool known() const { return availability == Availability::Known; }
};

// A yes/no property with the same provenance as a Figure.
struct Flag
{
    bool value = false;
    Availability availability = Availability::Unknown;
    bool unverified = false;
    QList<int> sources;

    bool known() const { return availability == Availability::Known; }
    bool isTrue() const { return known() && value; }
    bool isFalse() const
    {
        return availability == Availability::NotApplicable || (known() && !value);
    }
};

// Number formats with a dense tensor throughput; the bit length is what the TPP formula uses.
enum class NumberFormat {
    FP16,
    FP8,
    INT8,
    FP4
};
int bitLength(NumberFormat format);
QString formatName(NumberFormat format); // "FP16/BF16", "FP8", "INT8", "FP4"
inline constexpr NumberFormat allNumberFormats[] = {
    NumberFormat::FP16, NumberFormat::FP8, NumberFormat::INT8, NumberFormat::FP4};

struct Source
{
    QString text; // citation as given (title, URL, or both)
    QString url; // first http(s) URL in the text, if any
};

struct Accelerator
{
    QString id; // stable slug, e.g. "nvidia-h800-sxm5"
    QString vendor; // "NVIDIA", "AMD", "Intel", "Huawei", "Google", ...
    QString name; // display name, e.g. "H800 SXM5"
    QStringList aliases; // spellings analysts use ("H800", "昇腾910B", ...)
    QString family; // product line, e.g. "Hopper datacenter", "GeForce RTX 40"
    QString architecture; // short name matched by `arch = Hopper`
    QString die; // die code(s), e.g. "GH100"
    Figure computeCapability; // CUDA CC as a number (8.9, 9.0, 12.0); NotApplicable off NVIDIA
    Segment segment = Segment::Datacenter;
    Flag datacenterMarketed; // "designed or marketed for use in datacenters" (3A090 Note)
    QDate released; // first day of the known period
    QString releasedText; // as precise as known: "2023", "2023-03", "2023-03-21"
    bool releasedUnverified = false;
    Figure memoryGb; // largest configuration; variants in notes
    QString memoryType;
    Figure memoryBandwidthGBs; // total DRAM bandwidth, GB/s
    Flag bf16;
    Flag fp8;
    Flag fp4;
    Flag tf32;
    QStringList
        features; // lower-case tokens: wgmma, tma, tcgen05, mxfp8, nvfp4, fp8_block, fnuz, nvlink
    Figure denseTops[4]; // indexed by NumberFormat; dense (no sparsity) TFLOPS/TOPS
    QString interconnect; // description
    Figure ioBandwidthGBs; // aggregate bidirectional chip-to-chip I/O, GB/s (Oct-2022 test)
    Flag gpudirectRdma;
    Figure dieAreaMm2; // applicable (logic, non-planar) die area, all dies summed
    QString collective; // canonical token: NCCL, RCCL, HCCL, CNCL, MCCL, XLA
    QString
        stack; // canonical token: CUDA, ROCm, CANN, SynapseAI, XLA, Neuware, DTK, MUSA, BIRENSUPA
    ChinaSpecific chinaSpecific = ChinaSpecific::No;
    Origin origin = Origin::UsDesigned;
    QList<Source> sources;
    QString notes;
    int line = 0; // line in the catalog file, for messages

    const Figure &dense(NumberFormat f) const { return denseTops[static_cast<int>(f)]; }
    // Sources backing a figure: its own, or all of the entry's when it names none.
    QList<Source> sourcesFor(const QList<int> &indexes) const;
};

// Total processing performance: max over formats of dense TOPS x bit length. Unknown when no
// format has a known throughput. `format` receives the winning format.
struct Tpp
{
    double value = 0.0;
    bool known = false;
    bool unverified = false; // the winning figure is unverified
    NumberFormat format = NumberFormat::FP16;
    bool partial = false; // some formats the chip supports have unknown throughput
};
Tpp totalProcessingPerformance(const Accelerator &chip);

// Performance density = TPP / applicable die area; unknown when either is.
std::optional<double> performanceDensity(const Accelerator &chip);

QString segmentName(Segment s); // "datacenter", "workstation", "consumer"
QString originName(Origin o); // "us", "prc-domestic", "cloud-only"
QString chinaSpecificName(ChinaSpecific c); // "yes", "no", "domestic"

} // namespace ChipTrace::Catalog
