// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The report model: plain values for everything a briefing shows, independent of where they
// came from (BriefingBuilder fills them from a case file) and of how they are drawn
// (PdfRenderer lays them out as a PDF). A Briefing is the whole content of one document: the
// case question and marking, the bottom line up front, the funnel, the candidates with their
// export status at the training date, the key evidence with full citations, review state and
// dissent, the timeline, the method and its limits, and an appendix with every finding, every
// captured source and its hash, and the provenance of the document itself. normalize() puts
// every list in a fixed order so the same case gives the same document, and contentDigest()
// fingerprints the content for the provenance record.

#include "domain/vocabulary.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace ChipTrace::Report {

// Estimative language (the ICD 203 scale): words a decision-maker reads the same way each time.
enum class Confidence {
    Unknown,
    Remote,
    VeryUnlikely,
    Unlikely,
    RoughlyEven,
    Likely,
    VeryLikely,
    AlmostCertain
};

// The case's own words (domain/vocabulary.h): a citation has its source's kind, an item its
// review status, a candidate the export-control status the rules engine gave it.
using ChipTrace::ControlStatus;
using ChipTrace::ReviewStatus;
using ChipTrace::SourceKind;

struct ExportStatus
{
    ControlStatus status = ControlStatus::Unknown;
    QDate date; // the date the status applies to (the training date)
    QString classification; // e.g. "3A090.a", "EAR99"
    QString ruleId; // the rule that decides it, e.g. "bis-2023-10-17"
    QString ruleTitle; // e.g. "BIS interim final rule of 17 Oct 2023 (TPP >= 4800)"
    QString rationale; // one sentence, e.g. "TPP 15,832 >= 4,800"
};

// A full citation: enough to find the exact text again.
struct Citation
{
    SourceKind kind = SourceKind::Note;
    QString title; // repository name, paper title, page title, note title
    QString url; // repository URL, paper URL (DOI/arXiv), original page URL
    QString commit; // Repository: full commit id
    QString path; // Repository: file path at that commit
    int line = 0; // Repository: 1-based line
    QString authors; // Paper
    QString venue; // Paper: venue and year
    int page = 0; // Paper: 1-based page
    QString archiveUrl; // ArchivedPage: where the capture lives (WARC/WACZ or archive URL)
    QDateTime capturedAt; // ArchivedPage/WebPage: capture time, UTC
    QString sourceId; // the captured source in the appendix (with its hash)
};

struct Dissent
{
    QString reviewer;
    QDateTime when;
    QString text;
};

// One piece of evidence as the briefing presents it.
struct EvidenceItem
{
    QString id; // stable id within the case, e.g. "E7"
    QString summary; // what it shows, one sentence
    QString quote; // verbatim text, any script ("使用16卡H800训练")
    QString implies; // funnel constraint text, e.g. "vendor != AMD"
    QString strength; // proof | strong | hint
    Citation citation;
    // Admiralty (NATO) grading: source reliability A (completely reliable) .. F (cannot be
    // judged), then information credibility 1 (confirmed) .. 6 (cannot be judged), e.g. "B2".
    QString reliability;
    QString reliabilityNote;
    ReviewStatus review = ReviewStatus::Proposed; // printed "not reviewed"
    QString reviewer;
    QList<Dissent> dissent;
    QDateTime observedAt; // when the text appeared (commit date, publication, capture)
    bool key = false; // shown in "Key evidence"; every item is in the appendix
};

struct FunnelStep
{
    QString label; // e.g. "NCCL used for collectives"
    QString constraint; // e.g. "vendor = NVIDIA"
    QStringList evidenceIds; // the evidence that supports the step
    int before = 0; // candidates before the step
    int after = 0; // candidates after the step
    QStringList eliminated; // names removed by this step (may be abridged by the builder)
};

// One chip in the compute-plausibility check: the share of its peak the lab's figures would
// have needed. Drawn as a bar against the bands (impossible > 100%, implausible > 70%, low < 5%).
struct ComputeRow
{
    QString chip; // catalog name
    double mfuLow = 0; // fractions (1.0 = 100%); mfuHigh may be infinite
    double mfuHigh = 0;
    QString band; // Plausibility::bandName: impossible | implausible | plausible | low | ...
    QString explanation; // "H20: would need 116-130% of its FP8 peak (296 TFLOPS dense, ...)"
    bool verified = false; // the peak is verified: only then may the check eliminate
    bool eliminated = false; // this check removed it from the funnel
};

// The compute-plausibility check of one training phase, with the figures it used and the items
// they came from, so a reader can check every input against its citation.
struct ComputeSection
{
    QString phase; // "pretraining", ...
    QStringList inputs; // "active parameters 3.7e10", "tokens 1.48e13", ...
    QStringList evidenceIds; // display ids of the items whose figures were used
    QString cannotAssess; // non-empty: the check did not run, and why
    QList<ComputeRow> rows; // the candidates that remain, then the chips the check eliminated
};

struct Candidate
{
    QString name; // catalog name, e.g. "H800 SXM5"
    QString vendor;
    QString architecture;
    QString assessment; // e.g. "most likely", "possible"
    ExportStatus exportStatus;
    QStringList evidenceIds;
};

struct TimelineEvent
{
    QDateTime when; // UTC
    QString title; // e.g. "bf16 enabled in train.py"
    QString detail;
    QString evidenceId; // may be empty
    bool removal = false; // the lab removed something (deleted code is evidence too)
};

// A scanner finding as listed in the appendix.
struct FindingRow
{
    QString id;
    QString kind; // signature | claim
    QString ruleId;
    QString repository; // URL
    QString path;
    int line = 0;
    QString text; // the matched line
    QString strength;
    QString implies;
    bool atHead = true;
    QString firstSeenCommit;
    QDateTime firstSeenDate;
    QString removedInCommit;
    QDateTime removedDate;
};

// A captured source with its hash, so a reader can check the capture has not changed.
struct SourceRecord
{
    QString id;
    QString kind; // repository | paper | archived page | web page | note
    QString title;
    QString location; // URL or path as captured
    QDateTime capturedAt;
    QString sha256; // hex digest of the captured bytes (for repositories: the commit id)
};

// What the briefing was generated from.
struct Provenance
{
    QString toolVersion;
    QString catalogVersion;
    QString rulePackVersion; // export-control rules version
    QStringList signaturePacks; // "id version" each
    QString caseFile; // file name of the case
    QString caseId;
    QDateTime generatedAt; // fixed from the case or settings, never "now", for reproducibility
    QString generatedBy; // analyst
    // Whether the names (author, reviewers, dissent) were checked by a case server (database
    // roles) or are self-asserted (a file case: anyone can type any name).
    bool identitiesVerified = false;
    QStringList settings; // "key=value" the renderer used
    QString contentDigest; // filled by the renderer: sha256 of the content
};

// One row of the hypothesis matrix (Analysis of Competing Hypotheses): a hypothesis against
// every evidence item, as BottomLine::matrixColumns lists them.
struct HypothesisRow
{
    QString label; // "NVIDIA", "NVIDIA Hopper"
    QString level; // "vendor" | "generation"
    QStringList cells; // "+" consistent, "−" inconsistent, "·" neutral; one per column
    double inconsistency = 0.0;
    int surviving = 0; // candidates of this hypothesis left after the funnel
};

// Candidates that share one export outcome at the training date.
struct OutcomeGroup
{
    ControlStatus status = ControlStatus::Unknown;
    QStringList names; // catalog names, in candidate order
};

struct BottomLine
{
    QStringList likelyHardware;
    Confidence confidence = Confidence::Unknown;
    QString confidenceBasis; // why this confidence
    ExportStatus exportStatus;
    QString summary; // two or three sentences
    QString assessment; // the assessment's statement at the level the evidence supports
    QStringList matrixColumns; // evidence ids of the hypothesis matrix ("E3", "combined")
    QList<HypothesisRow> hypotheses; // ranked by weighted inconsistency
    QStringList labAlsoHas; // chips deployment / fine-tuning claims show the lab has
    // Several candidates survive the funnel and the accepted evidence does not tell them apart:
    // then the tie itself is the answer, and what matters is which export outcome each side of
    // it has, so the reader never takes the first names of a tie for the answer.
    bool tied = false;
    QString tieStatement; // "7 candidates remain; the accepted evidence does not separate them."
    QList<OutcomeGroup> outcomes; // the candidates by status at the training date, controlled first
    QStringList claimedTraining; // names the lab's own training claims name
    QStringList claimDisputed; // of those, the ones a firm step of the code excludes
    QString separatedBy; // catalog figures that differ across a tie ("memory 80–141 GB, ...")
};

struct Briefing
{
    QString title; // e.g. "Which accelerators trained DeepSeek-V3?"
    QString caseQuestion;
    QString lab;
    QString model;
    QDate trainingDate; // the date export status is judged at
    QString marking; // banner text, top and bottom of every page
    QString author;

    BottomLine bottomLine;
    int catalogSize = 0; // candidates before the first funnel step
    QList<FunnelStep> funnel;
    QList<ComputeSection> compute; // one per training phase the accepted evidence gives figures for
    QList<Candidate> candidates;
    QList<EvidenceItem> evidence;
    QList<TimelineEvent> timeline;
    QStringList method;
    QStringList limits;
    QList<FindingRow> findings;
    QList<SourceRecord> sources;
    Provenance provenance;
};

// Text for the enums, in the user's language (tr() context "Report").
QString confidencePhrase(Confidence confidence); // "very likely (80–95%)"
QString controlStatusText(ControlStatus status); // "controlled"
QString reliabilityText(const QString &admiraltyCode); // "B2 — usually reliable, probably true"
QString reviewStatusText(ReviewStatus status); // "not reviewed", "accepted", ...
// A person's name as the briefing prints it: "alice (self-asserted)" unless a case server
// checked it (Provenance::identitiesVerified); empty stays empty.
QString identityText(const Provenance &provenance, const QString &name);
QString sourceKindText(SourceKind kind); // "archived page"; news and datasets: "web page"

// One-line citation text, e.g. "github.com/lab/repo @ 3f2a9c1, src/train.py:42".
QString citationText(const Citation &citation);
// Where a click on the citation goes: a permalink at the commit and line for known forges,
// the paper URL with #page=N, the archive URL; empty when there is none.
QUrl citationLink(const Citation &citation);

// Key evidence first in id order is the reader's order; everything else sorted for stability.
void normalize(Briefing &briefing);
// sha256 (hex) over every field of the content, provenance.contentDigest excluded.
QString contentDigest(const Briefing &briefing);

} // namespace ChipTrace::Report
