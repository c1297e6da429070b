// SPDX-License-Identifier: GPL-3.0-or-later
#include "casefile/rows.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace ChipTrace::Case::Rows {

// Text columns: a null QString is stored as NULL so "unset" survives a round trip.
static QJsonValue txt(const QString &s)
{
    return s.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}
static QJsonValue num(int n)
{
    return n == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(qint64(n));
}
static QJsonValue date(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}
static QJsonValue list(const QStringList &l)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(l)).toJson(QJsonDocument::Compact));
}
static QString str(const QJsonObject &r, const char16_t *k)
{
    return r.value(QStringView(k)).toString();
}
static int integer(const QJsonObject &r, const char16_t *k)
{
    return int(r.value(QStringView(k)).toInteger());
}
static QDate dateFrom(const QJsonObject &r, const char16_t *k)
{
    return QDate::fromString(str(r, k), Qt::ISODate);
}
static QStringList listFrom(const QJsonObject &r, const char16_t *k)
{
    QStringList out;
    const QJsonArray a = QJsonDocument::fromJson(str(r, k).toUtf8()).array();
    for (const QJsonValue &v : a)
        out << v.toString();
    return out;
}

QString timeText(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}
QDateTime timeFrom(const QJsonValue &v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}
static QJsonValue time(const QDateTime &t)
{
    return txt(timeText(t));
}

static void putLocator(QJsonObject &o, const Locator &l)
{
    o[u"commit_id"_s] = txt(l.commit);
    o[u"path"_s] = txt(l.path);
    o[u"line"_s] = num(l.line);
    o[u"col"_s] = num(l.column);
    o[u"length"_s] = num(l.length);
    o[u"page"_s] = num(l.page);
    o[u"archive_record"_s] = txt(l.archiveRecord);
}

static Locator locatorFrom(const QJsonObject &r)
{
    return {str(r, u"commit_id"), str(r, u"path"), integer(r, u"line"), integer(r, u"col"),
        integer(r, u"length"), integer(r, u"page"), str(r, u"archive_record")};
}

QJsonObject toRow(const CaseInfo &v)
{
    return {{u"id"_s, v.id}, {u"title"_s, v.title}, {u"question"_s, txt(v.question)},
        {u"summary"_s, txt(v.summary)}, {u"created"_s, time(v.created)}};
}

CaseInfo caseInfo(const QJsonObject &r)
{
    CaseInfo v;
    v.id = str(r, u"id");
    v.title = str(r, u"title");
    v.question = str(r, u"question");
    v.summary = str(r, u"summary");
    v.created = timeFrom(r.value(u"created"_s));
    return v;
}

QJsonObject toRow(const Lab &v)
{
    return {{u"id"_s, v.id}, {u"name"_s, v.name}, {u"aliases"_s, list(v.aliases)},
        {u"country"_s, txt(v.country)}, {u"notes"_s, txt(v.notes)}};
}

Lab lab(const QJsonObject &r)
{
    return {str(r, u"id"), str(r, u"name"), listFrom(r, u"aliases"), str(r, u"country"),
        str(r, u"notes")};
}

QJsonObject toRow(const Model &v)
{
    return {{u"id"_s, v.id}, {u"lab_id"_s, v.labId}, {u"name"_s, v.name},
        {u"release_date"_s, date(v.releaseDate)}, {u"training_start"_s, date(v.trainingStart)},
        {u"training_end"_s, date(v.trainingEnd)}, {u"notes"_s, txt(v.notes)}};
}

Model model(const QJsonObject &r)
{
    return {str(r, u"id"), str(r, u"lab_id"), str(r, u"name"), dateFrom(r, u"release_date"),
        dateFrom(r, u"training_start"), dateFrom(r, u"training_end"), str(r, u"notes")};
}

QJsonObject toRow(const Source &v)
{
    return {{u"id"_s, v.id}, {u"kind"_s, sourceKindName(v.kind)}, {u"uri"_s, txt(v.uri)},
        {u"title"_s, txt(v.title)}, {u"retrieved"_s, time(v.retrieved)},
        {u"sha256"_s, txt(v.sha256)}, {u"captured_path"_s, txt(v.capturedPath)},
        {u"commit_id"_s, txt(v.commit)}, {u"notes"_s, txt(v.notes)}};
}

Source source(const QJsonObject &r)
{
    Source v;
    v.id = str(r, u"id");
    v.kind = sourceKindFromName(str(r, u"kind")).value_or(SourceKind::WebPage);
    v.uri = str(r, u"uri");
    v.title = str(r, u"title");
    v.retrieved = timeFrom(r.value(u"retrieved"_s));
    v.sha256 = str(r, u"sha256");
    v.capturedPath = str(r, u"captured_path");
    v.commit = str(r, u"commit_id");
    v.notes = str(r, u"notes");
    return v;
}

QJsonObject toRow(const FindingRecord &v)
{
    QJsonObject o{{u"id"_s, v.id}, {u"source_id"_s, v.sourceId}, {u"kind"_s, v.kind},
        {u"rule_id"_s, txt(v.ruleId)}, {u"family"_s, txt(v.family)}, {u"title"_s, txt(v.title)},
        {u"line_text"_s, txt(v.text)}, {u"match_text"_s, txt(v.match)},
        {u"context"_s, txt(v.context)}, {u"vendored"_s, qint64(v.vendored ? 1 : 0)},
        {u"chips"_s, list(v.chips)}, {u"scope"_s, txt(v.scope)}, {u"strength"_s, txt(v.strength)},
        {u"implies"_s, txt(v.implies)}, {u"at_head"_s, qint64(v.atHead ? 1 : 0)},
        {u"first_commit"_s, txt(v.firstCommit)}, {u"first_date"_s, time(v.firstDate)},
        {u"first_author"_s, txt(v.firstAuthor)}, {u"first_path"_s, txt(v.firstPath)},
        {u"removed_commit"_s, txt(v.removedCommit)}, {u"removed_date"_s, time(v.removedDate)},
        {u"unmerged"_s, qint64(v.unmerged ? 1 : 0)}, {u"blob"_s, txt(v.blob)}};
    putLocator(o, v.locator);
    return o;
}

FindingRecord finding(const QJsonObject &r)
{
    FindingRecord v;
    v.id = str(r, u"id");
    v.sourceId = str(r, u"source_id");
    v.kind = str(r, u"kind");
    v.ruleId = str(r, u"rule_id");
    v.family = str(r, u"family");
    v.title = str(r, u"title");
    v.locator = locatorFrom(r);
    v.text = str(r, u"line_text");
    v.match = str(r, u"match_text");
    v.context = str(r, u"context");
    v.vendored = integer(r, u"vendored") != 0;
    v.chips = listFrom(r, u"chips");
    v.scope = str(r, u"scope");
    v.strength = str(r, u"strength");
    v.implies = str(r, u"implies");
    v.atHead = integer(r, u"at_head") != 0;
    v.firstCommit = str(r, u"first_commit");
    v.firstDate = timeFrom(r.value(u"first_date"_s));
    v.firstAuthor = str(r, u"first_author");
    v.firstPath = str(r, u"first_path");
    v.removedCommit = str(r, u"removed_commit");
    v.removedDate = timeFrom(r.value(u"removed_date"_s));
    v.unmerged = integer(r, u"unmerged") != 0;
    v.blob = str(r, u"blob");
    return v;
}

// One JSON object in one column: the facts are read together and rarely, and a column per
// figure would make every evidence row wider for the few items that state training figures.
static QJsonValue factsColumn(const TrainingFacts &f)
{
    if (f.isEmpty())
        return QJsonValue(QJsonValue::Null);
    return QString::fromUtf8(QJsonDocument(toJson(f)).toJson(QJsonDocument::Compact));
}

static TrainingFacts factsFrom(const QJsonObject &r)
{
    return trainingFactsFromJson(
        QJsonDocument::fromJson(str(r, u"training_facts").toUtf8()).object());
}

QJsonObject toRow(const Evidence &v)
{
    QJsonObject o{{u"id"_s, v.id}, {u"model_id"_s, v.modelId},
        {u"finding_id"_s, txt(v.findingId.isEmpty() ? QString() : v.findingId)},
        {u"source_id"_s, txt(v.sourceId.isEmpty() ? QString() : v.sourceId)},
        {u"quote"_s, txt(v.quote)}, {u"stance"_s, nameOf(v.stance)}, {u"scope"_s, nameOf(v.scope)},
        {u"reliability"_s, nameOf(v.reliability)}, {u"credibility"_s, nameOf(v.credibility)},
        {u"constraint_text"_s, txt(v.constraint)}, {u"strength"_s, strengthName(v.strength)},
        {u"rationale"_s, txt(v.rationale)}, {u"training_facts"_s, factsColumn(v.facts)},
        {u"author"_s, v.author}, {u"created"_s, time(v.created)}};
    putLocator(o, v.locator);
    return o;
}

Evidence evidence(const QJsonObject &r)
{
    Evidence v;
    v.id = str(r, u"id");
    v.modelId = str(r, u"model_id");
    v.findingId = str(r, u"finding_id");
    v.sourceId = str(r, u"source_id");
    v.quote = str(r, u"quote");
    v.locator = locatorFrom(r);
    v.stance = stanceFromName(str(r, u"stance")).value_or(Stance::Supports);
    v.scope = evidenceScopeFromName(str(r, u"scope")).value_or(EvidenceScope::Training);
    v.reliability = reliabilityFromName(str(r, u"reliability")).value_or(Reliability::F);
    v.credibility =
        credibilityFromName(str(r, u"credibility")).value_or(Credibility::CannotBeJudged);
    v.constraint = str(r, u"constraint_text");
    v.strength = strengthFromName(str(r, u"strength")).value_or(Strength::Hint);
    v.rationale = str(r, u"rationale");
    v.facts = factsFrom(r);
    v.author = str(r, u"author");
    v.created = timeFrom(r.value(u"created"_s));
    return v;
}

QJsonObject toRow(const Review &v)
{
    return {{u"id"_s, v.id}, {u"evidence_id"_s, v.evidenceId}, {u"reviewer"_s, v.reviewer},
        {u"verdict"_s, nameOf(v.verdict)}, {u"note"_s, txt(v.note)}, {u"at"_s, time(v.at)}};
}

Review review(const QJsonObject &r)
{
    return {str(r, u"id"), str(r, u"evidence_id"), str(r, u"reviewer"),
        verdictFromName(str(r, u"verdict")).value_or(Verdict::Dispute), str(r, u"note"),
        timeFrom(r.value(u"at"_s))};
}

QJsonObject toRow(const Comment &v)
{
    return {{u"id"_s, v.id}, {u"evidence_id"_s, v.evidenceId}, {u"author"_s, v.author},
        {u"text"_s, v.text}, {u"at"_s, time(v.at)}};
}

Comment comment(const QJsonObject &r)
{
    return {str(r, u"id"), str(r, u"evidence_id"), str(r, u"author"), str(r, u"text"),
        timeFrom(r.value(u"at"_s))};
}

QJsonObject toRow(const Conclusion &v)
{
    return {{u"id"_s, v.id}, {u"model_id"_s, v.modelId}, {u"as_of"_s, date(v.asOf)},
        {u"candidates"_s, list(v.candidates)}, {u"export_status"_s, txt(v.exportStatus)},
        {u"summary"_s, txt(v.summary)}, {u"author"_s, v.author}, {u"created"_s, time(v.created)}};
}

Conclusion conclusion(const QJsonObject &r)
{
    return {str(r, u"id"), str(r, u"model_id"), dateFrom(r, u"as_of"), listFrom(r, u"candidates"),
        str(r, u"export_status"), str(r, u"summary"), str(r, u"author"),
        timeFrom(r.value(u"created"_s))};
}

static QString jsonText(const QJsonObject &o)
{
    return o.isEmpty() ? QString()
                       : QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject toRow(const Conflict &v)
{
    return {{u"id"_s, v.id}, {u"entity"_s, v.table}, {u"entity_id"_s, v.entityId},
        {u"ours"_s, txt(jsonText(v.ours))}, {u"theirs"_s, txt(jsonText(v.theirs))},
        {u"origin"_s, txt(v.origin)}, {u"detected"_s, time(v.detected)},
        {u"resolved"_s,
            v.resolved ? time(QDateTime::currentDateTimeUtc()) : QJsonValue(QJsonValue::Null)},
        {u"resolution"_s, txt(v.resolution)}};
}

Conflict conflict(const QJsonObject &r)
{
    Conflict v;
    v.id = str(r, u"id");
    v.table = str(r, u"entity");
    v.entityId = str(r, u"entity_id");
    v.ours = QJsonDocument::fromJson(str(r, u"ours").toUtf8()).object();
    v.theirs = QJsonDocument::fromJson(str(r, u"theirs").toUtf8()).object();
    v.origin = str(r, u"origin");
    v.detected = timeFrom(r.value(u"detected"_s));
    v.resolved = !str(r, u"resolved").isEmpty();
    v.resolution = str(r, u"resolution");
    return v;
}

QJsonObject toRow(const FunnelState &v)
{
    QStringList disabled = v.disabled; // a set: sorted so the same set is stored the same way
    disabled.sort();
    disabled.removeDuplicates();
    return {{u"id"_s, v.modelId}, {u"model_id"_s, v.modelId}, {u"step_order"_s, list(v.order)},
        {u"disabled"_s, list(disabled)}, {u"as_of"_s, date(v.asOf)}};
}

FunnelState funnelState(const QJsonObject &r)
{
    return {str(r, u"model_id"), listFrom(r, u"step_order"), listFrom(r, u"disabled"),
        dateFrom(r, u"as_of")};
}

ReviewStatus deriveStatus(const QString &author, const QList<Review> &reviews)
{
    QHash<QString, Verdict>
        latest; // reviews come oldest first: later verdicts replace earlier ones
    for (const Review &r : reviews)
        latest.insert(r.reviewer, r.verdict);
    bool rejected = false, acceptedByOther = false;
    for (auto it = latest.cbegin(); it != latest.cend(); ++it) {
        if (it.value() == Verdict::Dispute)
            return ReviewStatus::Disputed;
        rejected |= it.value() == Verdict::Reject;
        acceptedByOther |= it.value() == Verdict::Accept && it.key() != author;
    }
    if (rejected)
        return ReviewStatus::Rejected;
    return acceptedByOther ? ReviewStatus::Accepted : ReviewStatus::Proposed;
}

} // namespace ChipTrace::Case::Rows
