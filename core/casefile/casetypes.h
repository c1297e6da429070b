// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The values a case holds, as plain structs: what the UI shows, the report prints and the case
// file stores. Every stored item has a stable id (a UUID without braces, made by the case file
// when empty on first save) so that two analysts' copies of a case can be merged item by item.
// Enumerations have a stable lower-case text form (nameOf / xxxFromName) that is also what the
// case file stores, so the SQLite file stays readable with the sqlite3 shell.

#include "domain/vocabulary.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ChipTrace::Case {

// Shared with the rest of ChipTrace (domain/vocabulary.h), text forms included.
using ChipTrace::ReviewStatus;
using ChipTrace::SourceKind;

// The case as a whole: the question it answers and the analysts' summary.
struct CaseInfo
{
    QString id;
    QString title;
    QString question; // "Which accelerators trained DeepSeek-V3, and were they controlled?"
    QString summary;
    QDateTime created; // UTC; set by the case file
    QDateTime modified; // UTC; the last change of any item (read only)
    int schemaVersion = 0; // read only
};

struct Lab
{
    QString id;
    QString name;
    QStringList aliases; // other spellings, e.g. "深度求索"
    QString country; // ISO 3166-1 alpha-2 where known ("CN"), else free text
    QString notes;
};

// A model a lab released; the training period bounds the export-control date question.
struct Model
{
    QString id;
    QString labId;
    QString name;
    QDate releaseDate; // invalid when unknown
    QDate trainingStart; // invalid when unknown
    QDate trainingEnd; // invalid when unknown
    QString notes;
};

// Where evidence came from. For documents, the captured copy is kept in the case's file store
// (content-addressed by SHA-256) so `chiptrace case verify` can re-hash it. A repository is
// pinned by `commit` instead; its sha256/capturedPath stay empty.
struct Source
{
    QString id;
    SourceKind kind = SourceKind::WebPage;
    QString uri; // URL, or a local path for a repository/file
    QString title;
    QDateTime retrieved; // UTC
    QString sha256; // lower-case hex of the captured content; empty if none captured
    QString capturedPath; // relative to CaseFile::filesDir(); empty if none captured
    QString commit; // repository sources: the commit the findings refer to
    QString notes;
};

// Where inside a source something sits. Only the fields that apply are set.
struct Locator
{
    QString commit; // repositories
    QString path; // repositories (repository-relative) or a file inside an archive
    int line = 0; // 1-based, 0 = none
    int column = 0; // 1-based, 0 = none
    int length = 0;
    int page = 0; // papers, 1-based, 0 = none
    QString archiveRecord; // archived pages: WARC record id or archive URL with timestamp

    bool isEmpty() const;
    QString toDisplayString() const; // "path:line (commit)", "p. 12", ...
};

// A scan finding as stored in a case (see core/scan/finding.h for the scanner's value; the
// case keeps the same facts with enumerations in their text form so that stored cases do not
// depend on the scanner's enums). Converted by Case::fromScanFinding (casefile/scanimport.h).
struct FindingRecord
{
    QString id;
    QString sourceId;
    QString kind; // "signature" | "claim"
    QString ruleId;
    QString family;
    QString title;
    Locator locator; // commit = the commit scanned (or first seen), path, line, column, length
    QString text; // the whole line
    QString match; // the matched text
    QString context; // "code" | "comment" | "string" | "prose"
    bool vendored = false;
    QStringList chips; // resolved catalog names (claims)
    QString scope; // "training" | "fine-tuning" | "inference" | ... | "unknown"
    QString strength; // "proof" | "strong" | "hint"
    QString implies; // funnel constraint text
    bool atHead = true;
    QString firstCommit, firstAuthor, firstPath;
    QDateTime firstDate;
    QString removedCommit;
    QDateTime removedDate;
    bool unmerged = false; // the line never reached HEAD's history (Scan::Finding::unmerged)
    QString blob;
};

// Training figures an item states (a paper's "14.8T tokens", a README's "2.788M H800 GPU
// hours"), kept as the analyst reads them: figures in the forms Plausibility::parseQuantity
// accepts ("37e9", "14.8T", "2.664M", "~7e6", "2.6e6..2.8e6") and a precision name ("fp8").
// Several items may each give a part (tokens from the paper, GPU-hours from the README); the
// counted items of one model and phase combine into the compute-plausibility step
// (casefile/computestep.h), so each figure stays tied to its item, locator and review.
struct TrainingFacts
{
    QString phase; // Plausibility::phaseName(); empty = "pretraining"
    QString activeParams; // N for 6·N·D; for a dense model, all parameters
    QString totalParams;
    QString tokens;
    QString deviceHours; // GPU-hours (or NPU/TPU-hours) of this phase
    QString devices; // with days: devices × days × 24 when no device-hours are given
    QString days;
    QString precision; // "fp8", "bf16", "fp16", "tf32", "fp32"

    bool isEmpty() const;
    bool operator==(const TrainingFacts &) const = default;
};

enum class Stance {
    Supports,
    Contradicts,
    Qualifies
};
enum class EvidenceScope {
    Training,
    FineTuning,
    Inference
};
// Admiralty (NATO) scale. Reliability of the source: A completely reliable ... E unreliable,
// F cannot be judged. Credibility of the information: 1 confirmed ... 5 improbable, 6 cannot
// be judged.
enum class Reliability {
    A,
    B,
    C,
    D,
    E,
    F
};
enum class Credibility {
    Confirmed = 1,
    ProbablyTrue,
    PossiblyTrue,
    DoubtfullyTrue,
    Improbable,
    CannotBeJudged
};
enum class Verdict {
    Accept,
    Dispute,
    Reject
};

// One piece of evidence: a finding or a quote from a source, tied to a model, with the analyst's
// judgement and the funnel constraint it contributes. `status` is derived from the reviews (read
// only): the latest verdict of each reviewer counts; any dispute -> Disputed; else any reject ->
// Rejected; else an accept by someone other than the author -> Accepted; else Proposed. So the
// author can never be an item's only approver, and a dispute stays visible until its reviewer
// changes their verdict.
struct Evidence
{
    QString id;
    QString modelId;
    QString findingId; // empty for a quote
    QString sourceId; // the finding's source, or the quoted source
    QString quote; // for quotes: the text as it appears in the source
    Locator locator; // for quotes: where in the source
    Stance stance = Stance::Supports;
    EvidenceScope scope = EvidenceScope::Training;
    Reliability reliability = Reliability::F;
    Credibility credibility = Credibility::CannotBeJudged;
    QString constraint; // funnel constraint text (core/funnel/constraint.h), may be empty
    Strength strength = Strength::Hint;
    QString rationale;
    TrainingFacts facts; // training figures the item states; usually empty
    QString author; // set by the case file to the current identity on first save
    QDateTime created; // UTC; set by the case file
    ReviewStatus status = ReviewStatus::Proposed; // derived, read only
};

struct Review
{
    QString id;
    QString evidenceId;
    QString reviewer; // set by the case file to the current identity
    Verdict verdict = Verdict::Accept;
    QString note;
    QDateTime at; // UTC; set by the case file
};

struct Comment
{
    QString id;
    QString evidenceId;
    QString author; // set by the case file to the current identity
    QString text;
    QDateTime at; // UTC; set by the case file
};

// The answer for one model at a date: the accelerators still standing after the funnel and
// whether they were export-controlled then.
struct Conclusion
{
    QString id;
    QString modelId;
    QDate asOf;
    QStringList candidates; // catalog names
    QString exportStatus; // "controlled" | "not-controlled" | "mixed" | "unknown"
    QString summary;
    QString author; // set by the case file
    QDateTime created; // set by the case file
};

// How the analyst arranged one model's funnel: the order of its steps and which are switched
// off, by evidence id, and the date the candidates' export status is shown at. Ids that are not
// steps right now (an item under dispute, or filtered out) are kept so that they return to their
// place. One per model; a model without one uses the default order (see core/funnel/casefunnel.h).
struct FunnelState
{
    QString modelId;
    QStringList order; // evidence ids, first step first
    QStringList disabled; // evidence ids of disabled steps
    QDate asOf; // invalid = the model's training or release date
    bool operator==(const FunnelState &) const = default;
};

// One change to one stored row, with the row's full content before and after (empty object =
// the row did not exist / was deleted). The same form is used by the audit trail, undo and merge.
struct RowChange
{
    QString table; // "labs", "models", "sources", "findings", "evidence", "reviews", ...
    QString id;
    QJsonObject before;
    QJsonObject after;
};

// What one user action changed. Every mutating CaseFile call returns one; CaseFile::revert()
// undoes it and CaseFile::apply() redoes it (both checked against the current state, both
// audited), so the UI can wrap any action in a QUndoCommand.
struct ChangeSet
{
    QString label; // what the user did, for the undo stack and the audit trail
    QList<RowChange> changes;
    bool isEmpty() const { return changes.isEmpty(); }
};

// One entry of the append-only, hash-chained audit trail.
struct AuditEntry
{
    qint64 seq = 0;
    QDateTime at;
    QString actor;
    QString action; // the ChangeSet label, or "create", "migrate", "merge ..."
    QString table;
    QString entityId;
    QJsonObject before;
    QJsonObject after;
    QString prevHash;
    QString hash;
};

// An edit from a merged copy that differs from ours where neither side's version descends from
// the other. Our version stays in place until someone decides.
struct Conflict
{
    QString id;
    QString table;
    QString entityId;
    QJsonObject ours; // empty = deleted on our side
    QJsonObject theirs;
    QString origin; // the bundle or file merged
    QDateTime detected;
    bool resolved = false;
    QString resolution; // "ours" | "theirs" when resolved
};

enum class Resolution {
    KeepOurs,
    TakeTheirs
};

struct MergeReport
{
    int added = 0; // items new to our copy
    int updated = 0; // items whose newer version came from theirs
    int unchanged = 0;
    QList<Conflict> conflicts; // newly surfaced
};

struct VerifyProblem
{
    enum class Kind {
        BrokenChain,
        UnauditedChange,
        MissingCopy,
        ChangedCopy,
        Integrity
    };
    Kind kind = Kind::Integrity;
    QString table;
    QString entityId;
    QString message; // for the user
};

struct VerifyReport
{
    qint64 auditEntries = 0;
    int rowsChecked = 0;
    int copiesChecked = 0;
    QList<VerifyProblem> problems;
    bool ok() const { return problems.isEmpty(); }
};

struct CaseStats
{
    int labs = 0, models = 0, sources = 0, findings = 0, evidence = 0;
    int proposed = 0, accepted = 0, disputed = 0, rejected = 0;
    int comments = 0, conclusions = 0, openConflicts = 0;
    qint64 auditEntries = 0;
};

// What CaseFile::inspect() learns from a file without changing it.
struct CaseHeader
{
    int schemaVersion = 0;
    QString id;
    QString title;
};

// A batch of items added in one transaction (a repository scan, a document import): all or none.
struct ImportBatch
{
    QString label;
    QList<Source> sources;
    QList<FindingRecord> findings;
    QList<Evidence> evidence;
};

// Text forms (stable: stored in case files and printed by the CLI). SourceKind and
// ReviewStatus have theirs in domain/vocabulary.h.
QString nameOf(Stance stance); // "supports" "contradicts" "qualifies"
QString nameOf(EvidenceScope scope); // "training" "fine-tuning" "inference"
QString nameOf(Reliability r); // "A".."F"
QString nameOf(Credibility c); // "1".."6"
QString nameOf(Verdict v); // "accept" "dispute" "reject"
std::optional<Stance> stanceFromName(const QString &name);
std::optional<EvidenceScope> evidenceScopeFromName(const QString &name);
std::optional<Reliability> reliabilityFromName(const QString &name);
std::optional<Credibility> credibilityFromName(const QString &name);
std::optional<Verdict> verdictFromName(const QString &name);

// Training figures as one JSON object ("phase", "active_params", "total_params", "tokens",
// "device_hours", "devices", "days", "precision"; empty fields left out): how the case file
// stores them and the CLI prints them.
QJsonObject toJson(const TrainingFacts &facts);
TrainingFacts trainingFactsFromJson(const QJsonObject &object);

QString newId(); // a UUID without braces

} // namespace ChipTrace::Case
