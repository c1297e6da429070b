// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/scanreport.h"

#include "assess/assessment.h"
#include "catalog/catalog.h"
#include "funnel/funnel.h"
#include "scan/site.h"
#include "util/buildinfo.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QUrl>

namespace ChipTrace::Scan {

using namespace Qt::StringLiterals;

namespace {

QJsonValue commitToJson(const std::optional<CommitRef> &ref, bool withPath)
{
    if (!ref)
        return QJsonValue::Null;
    QJsonObject o{{u"commit"_s, ref->commit}, {u"date"_s, ref->date.toUTC().toString(Qt::ISODate)},
        {u"author"_s, ref->author}, {u"subject"_s, ref->subject}};
    if (withPath)
        o.insert(u"path"_s, ref->path);
    return o;
}

QString sarifLevel(ChipTrace::Strength strength)
{
    switch (strength) {
    case ChipTrace::Strength::Proof:
        return u"error"_s;
    case ChipTrace::Strength::Strong:
        return u"warning"_s;
    case ChipTrace::Strength::Hint:
        break;
    }
    return u"note"_s;
}

QJsonObject sarifRule(const Signatures::Rule &rule)
{
    QJsonObject r{{u"id"_s, rule.id}, {u"name"_s, rule.id},
        {u"shortDescription"_s, QJsonObject{{u"text"_s, rule.title}}},
        {u"fullDescription"_s,
            QJsonObject{{u"text"_s, rule.rationale.isEmpty() ? rule.title : rule.rationale}}},
        {u"defaultConfiguration"_s, QJsonObject{{u"level"_s, sarifLevel(rule.strength)}}},
        {u"properties"_s,
            QJsonObject{{u"family"_s, rule.family},
                {u"strength"_s, ChipTrace::strengthName(rule.strength)},
                {u"implies"_s, rule.implies}}}};
    if (!rule.references.isEmpty() && rule.references.first().startsWith(u"http"))
        r.insert(u"helpUri"_s, rule.references.first());
    return r;
}

QJsonObject sarifResult(const Finding &f, int ruleIndex)
{
    QJsonObject region{{u"startLine"_s, f.line}, {u"startColumn"_s, f.column},
        {u"endColumn"_s, f.column + f.length}, {u"snippet"_s, QJsonObject{{u"text"_s, f.text}}}};
    QJsonObject location{{u"physicalLocation"_s,
        QJsonObject{{u"artifactLocation"_s,
                        QJsonObject{{u"uri"_s, f.path}, {u"uriBaseId"_s, u"SRCROOT"_s}}},
            {u"region"_s, region}}}};
    QString message = f.title;
    if (f.kind == FindingKind::Claim)
        message =
            u"Claim: %1 (%2), scope %3"_s.arg(f.match, f.chips.join(u", "_s), scopeName(f.scope));
    else if (!f.implies.isEmpty())
        message += u" - implies %1"_s.arg(f.implies);
    return QJsonObject{{u"ruleId"_s, f.ruleId}, {u"ruleIndex"_s, ruleIndex},
        {u"level"_s, sarifLevel(f.strength)}, {u"message"_s, QJsonObject{{u"text"_s, message}}},
        {u"locations"_s, QJsonArray{location}},
        {u"partialFingerprints"_s, QJsonObject{{u"chiptraceFinding/v1"_s, findingFingerprint(f)}}},
        {u"properties"_s, findingToJson(f)}};
}

} // namespace

std::optional<ReportFormat> reportFormatFromName(const QString &name)
{
    if (name == u"text")
        return ReportFormat::Text;
    if (name == u"json")
        return ReportFormat::Json;
    if (name == u"sarif")
        return ReportFormat::Sarif;
    return std::nullopt;
}

QJsonObject findingToJson(const Finding &f)
{
    return QJsonObject{
        {u"rule"_s, f.ruleId},
        {u"family"_s, f.family},
        {u"kind"_s, kindName(f.kind)},
        {u"title"_s, f.title},
        {u"path"_s, f.path},
        {u"line"_s, f.line},
        {u"column"_s, f.column},
        {u"length"_s, f.length},
        {u"text"_s, f.text},
        {u"match"_s, f.match},
        {u"context"_s, contextName(f.context)},
        {u"vendored"_s, f.vendored},
        {u"site"_s, siteName(siteOf(f.path))},
        {u"strength"_s, ChipTrace::strengthName(f.strength)},
        {u"implies"_s, f.implies.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(f.implies)},
        {u"chips"_s, QJsonArray::fromStringList(f.chips)},
        {u"scope"_s,
            f.kind == FindingKind::Claim ? QJsonValue(scopeName(f.scope))
                                         : QJsonValue(QJsonValue::Null)},
        {u"at_head"_s, f.atHead},
        {u"first_seen"_s, commitToJson(f.firstSeen, true)},
        {u"removed_in"_s, commitToJson(f.removedIn, false)},
        {u"merged_in"_s, commitToJson(f.mergedIn, false)},
        {u"unmerged"_s, f.unmerged},
        {u"alive_on"_s, QJsonArray::fromStringList(f.aliveOn)},
        {u"moved_from"_s, QJsonArray::fromStringList(f.movedFrom)},
        {u"blob"_s, f.blob.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(f.blob)},
        {u"fingerprint"_s, findingFingerprint(f)},
    };
}

QJsonObject scanToJson(const ScanResult &result)
{
    const Assess::Assessment assessment = Assess::assessFindings(result.findings);
    QJsonArray findings;
    for (const Finding &f : result.findings)
        findings.append(findingToJson(f));
    const ScanStats &s = result.stats;
    return QJsonObject{
        {u"format"_s, u"chiptrace-scan"_s},
        {u"version"_s, kScanJsonVersion},
        {u"tool"_s, QJsonObject{{u"name"_s, u"chiptrace"_s}, {u"version"_s, BuildInfo::version()}}},
        {u"root"_s, result.root},
        {u"history"_s, result.history},
        {u"head"_s,
            result.headCommit.isEmpty() ? QJsonValue(QJsonValue::Null)
                                        : QJsonValue(result.headCommit)},
        {u"rules_loaded"_s, int(result.rules.size())},
        {u"stats"_s,
            QJsonObject{{u"files_scanned"_s, s.filesScanned},
                {u"binary_skipped"_s, s.binarySkipped}, {u"oversize_skipped"_s, s.oversizeSkipped},
                {u"lfs_pointers"_s, s.lfsPointers}, {u"symlinks_skipped"_s, s.symlinksSkipped},
                {u"unreadable"_s, s.unreadable}, {u"commits"_s, s.commits},
                {u"missing_objects"_s, s.missingObjects},
                {u"bytes_scanned"_s, double(s.bytesScanned)},
                {u"time_ms"_s,
                    QJsonObject{{u"walk"_s, double(s.walkMs)}, {u"read"_s, double(s.readMs)},
                        {u"scan"_s, double(s.scanMs)}, {u"attribute"_s, double(s.attributeMs)}}}}},
        {u"warnings"_s, QJsonArray::fromStringList(result.warnings)},
        {u"findings"_s, findings},
        {u"funnel"_s, funnelToJson(assessment)},
        {u"assessment"_s, Assess::toJson(assessment)},
    };
}

QJsonObject scanToSarif(const ScanResult &result)
{
    QJsonArray rules;
    QHash<QString, int> ruleIndex;
    for (const Signatures::Rule &rule : result.rules) {
        ruleIndex.insert(rule.id, int(rules.size()));
        rules.append(sarifRule(rule));
    }
    Signatures::Rule claim;
    claim.id = u"claim"_s;
    claim.title = u"Chip named in prose (claim)"_s;
    claim.family = u"claim"_s;
    claim.rationale =
        u"A README, document, model card or config names an accelerator; the sentence gives the scope."_s;
    ruleIndex.insert(claim.id, int(rules.size()));
    rules.append(sarifRule(claim));

    QJsonArray results;
    for (const Finding &f : result.findings)
        results.append(sarifResult(f, ruleIndex.value(f.ruleId, -1)));
    const QString rootUri = QUrl::fromLocalFile(QDir(result.root).absolutePath() + u'/').toString();
    QJsonObject driver{{u"name"_s, u"ChipTrace"_s}, {u"version"_s, BuildInfo::version()},
        {u"informationUri"_s, u"https://github.com/chiptrace/chiptrace"_s}, {u"rules"_s, rules}};
    QJsonObject run{{u"tool"_s, QJsonObject{{u"driver"_s, driver}}},
        {u"columnKind"_s, u"utf16CodeUnits"_s},
        {u"originalUriBaseIds"_s, QJsonObject{{u"SRCROOT"_s, QJsonObject{{u"uri"_s, rootUri}}}}},
        {u"results"_s, results}};
    return QJsonObject{{u"$schema"_s, u"https://json.schemastore.org/sarif-2.1.0.json"_s},
        {u"version"_s, u"2.1.0"_s}, {u"runs"_s, QJsonArray{run}}};
}

QString scanToText(const ScanResult &result)
{
    QString out;
    for (const Finding &f : result.findings) {
        out += u"%1:%2:%3: [%4] %5 (%6, %7%8): %9\n"_s.arg(f.path).arg(f.line).arg(f.column).arg(
            ChipTrace::strengthName(f.strength), f.ruleId, f.family, contextName(f.context),
            f.vendored ? u", vendored"_s : QString(), f.text.trimmed());
        if (f.kind == FindingKind::Claim)
            out += u"    claim: %1 -> %2 (scope: %3)\n"_s.arg(
                f.match, f.chips.join(u"; "_s), scopeName(f.scope));
        else if (!f.implies.isEmpty())
            out += u"    implies: %1\n"_s.arg(f.implies);
        if (f.firstSeen)
            out += u"    first seen %1 %2 by %3\n"_s.arg(f.firstSeen->commit.left(12),
                f.firstSeen->date.toUTC().toString(Qt::ISODate), f.firstSeen->author);
        if (!f.movedFrom.isEmpty())
            out += u"    moved from %1\n"_s.arg(f.movedFrom.join(u", "_s));
        if (f.removedIn)
            out += u"    removed in %1 %2 by %3: %4\n"_s.arg(f.removedIn->commit.left(12),
                f.removedIn->date.toUTC().toString(Qt::ISODate), f.removedIn->author,
                f.removedIn->subject);
        if (f.mergedIn)
            out += u"    merged into HEAD's line in %1 %2\n"_s.arg(
                f.mergedIn->commit.left(12), f.mergedIn->date.toUTC().toString(Qt::ISODate));
        if (f.unmerged)
            out += u"    never in HEAD's history%1\n"_s.arg(
                f.aliveOn.isEmpty() ? QString() : u"; still on %1"_s.arg(f.aliveOn.join(u", "_s)));
        else if (!f.aliveOn.isEmpty())
            out += u"    still on unmerged branches: %1\n"_s.arg(f.aliveOn.join(u", "_s));
        else if (result.history && !f.atHead && !f.removedIn)
            out += u"    not on HEAD's history (another reference)\n"_s;
    }
    const ScanStats &s = result.stats;
    out +=
        u"%1 findings; %2 files scanned, %3 binary, %4 oversize, %5 LFS pointers, %6 symlinks skipped"_s
            .arg(result.findings.size())
            .arg(s.filesScanned)
            .arg(s.binarySkipped)
            .arg(s.oversizeSkipped)
            .arg(s.lfsPointers)
            .arg(s.symlinksSkipped);
    if (result.history)
        out += u"; %1 commits, %2 missing objects"_s.arg(s.commits).arg(s.missingObjects);
    out += u'\n';
    out += Assess::toText(Assess::assessFindings(result.findings));
    return out;
}

QJsonObject funnelToJson(const ScanResult &result)
{
    return funnelToJson(Assess::assessFindings(result.findings));
}

QJsonObject funnelToJson(const Assess::Assessment &a)
{
    // The funnel as the assessment ran it: combined, site-weighted steps (see core/assess). The
    // keys of the first format stay; `rests_on` and `note` say what each step stands on.
    QJsonArray steps;
    for (const Assess::StepReport &s : a.steps) {
        const Assess::Item *item = s.item >= 0 ? &a.items[s.item] : nullptr;
        QJsonArray restsOn;
        if (item)
            for (const Assess::FindingRef &r : item->restsOn)
                restsOn.append(r.display());
        steps.append(QJsonObject{{u"constraint"_s, s.constraint},
            {u"strength"_s, ChipTrace::strengthName(s.strength)},
            {u"evidence"_s, item ? item->label : s.note},
            {u"item"_s, item ? item->id : u"vendors"_s},
            {u"findings"_s, item ? int(item->restsOn.size()) : 0}, {u"rests_on"_s, restsOn},
            {u"status"_s, Funnel::stepStatusName(s.status)},
            {u"eliminated"_s, QJsonArray::fromStringList(s.eliminated)},
            {u"remaining_after"_s, s.remainingAfter}});
    }
    QJsonArray candidates;
    for (const Assess::RankedCandidate &c : a.candidates)
        candidates.append(
            QJsonObject{{u"id"_s, c.chipId}, {u"name"_s, c.name}, {u"vendor"_s, c.vendor},
                {u"rank"_s, c.rank}, {u"likelihood"_s, Assess::likelihoodName(c.likelihood)},
                {u"hint_score"_s, c.hintScore}});
    QStringList claimed;
    for (const Assess::Item &item : a.items)
        if (item.kind == Assess::ItemKind::Claim)
            for (const QString &chip : item.chips)
                if (!claimed.contains(chip))
                    claimed.append(chip);
    QJsonObject out{{u"catalog_size"_s, a.catalogSize}, {u"steps"_s, steps},
        {u"candidates"_s, candidates}, {u"claimed_chips"_s, QJsonArray::fromStringList(claimed)}};
    if (!Catalog::Catalog::builtinError().isEmpty())
        out.insert(u"catalog_error"_s, Catalog::Catalog::builtinError());
    return out;
}

QByteArray renderReport(const ScanResult &result, ReportFormat format)
{
    switch (format) {
    case ReportFormat::Json:
        return QJsonDocument(scanToJson(result)).toJson(QJsonDocument::Indented);
    case ReportFormat::Sarif:
        return QJsonDocument(scanToSarif(result)).toJson(QJsonDocument::Indented);
    case ReportFormat::Text:
        break;
    }
    return scanToText(result).toUtf8();
}

} // namespace ChipTrace::Scan
