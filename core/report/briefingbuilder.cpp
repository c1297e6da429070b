// SPDX-License-Identifier: GPL-3.0-or-later
#include "briefingbuilder.h"

#include "briefingbuilder_p.h"
#include "casefile/casefile.h"
#include "catalog/catalog.h"
#include "rules/exportrules.h"
#include "util/buildinfo.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ChipTrace::Report {

namespace Build {

namespace {


const Case::FindingRecord *findingOf(const Context &ctx, const Case::Evidence &e)
{
    const auto it = ctx.findingIndex.constFind(e.findingId);
    return it == ctx.findingIndex.constEnd() ? nullptr : &ctx.findings[*it];
}

Citation citationFor(const Context &ctx, const Case::Evidence &e)
{
    const Case::FindingRecord *finding = findingOf(ctx, e);
    const Case::Locator &loc = finding ? finding->locator : e.locator;
    const Case::Source source = ctx.sources.value(finding ? finding->sourceId : e.sourceId);
    Citation c;
    c.kind = source.kind;
    c.title = source.title;
    c.url = source.uri;
    c.sourceId = source.id;
    c.commit = loc.commit.isEmpty() ? source.commit : loc.commit;
    c.path = loc.path;
    c.line = loc.line;
    c.page = loc.page;
    c.archiveUrl = loc.archiveRecord;
    c.capturedAt = source.retrieved;
    if (c.kind == SourceKind::Paper)
        c.authors = source.notes.section(u'\n', 0, 0); // importers put the authors' line first
    return c;
}

// Reviews are the analysts' verdicts; the latest of each reviewer counts (as for the status).
void addReviews(const Context &ctx, const Case::Evidence &e, EvidenceItem &item)
{
    const QList<Case::Review> reviews = ctx.file.reviews(e.id);
    QHash<QString, Case::Review> latest;
    for (const Case::Review &r : reviews)
        latest.insert(r.reviewer, r);
    QList<Case::Review> current = latest.values();
    std::sort(current.begin(), current.end(), [](const Case::Review &a, const Case::Review &b) {
        return a.at != b.at ? a.at < b.at : a.reviewer < b.reviewer;
    });
    QStringList accepted;
    for (const Case::Review &r : current) {
        if (r.verdict == Case::Verdict::Accept) {
            accepted << r.reviewer;
            continue;
        }
        const QString verdict = r.verdict == Case::Verdict::Reject
            ? QCoreApplication::translate("Report", "rejects")
            : QCoreApplication::translate("Report", "disputes");
        item.dissent << Dissent{
            r.reviewer, r.at, verdict + (r.note.isEmpty() ? QString() : u": "_s + r.note)};
    }
    item.reviewer = accepted.join(u", "_s);
}

QString summaryFor(const Context &ctx, const Case::Evidence &e)
{
    if (!e.rationale.isEmpty())
        return e.rationale.section(u'\n', 0, 0);
    if (const Case::FindingRecord *f = findingOf(ctx, e))
        return f->title.isEmpty() ? f->ruleId : f->title;
    return QCoreApplication::translate("Report", "Quote from %1")
        .arg(ctx.sources.value(e.sourceId).title);
}

} // namespace

QList<EvidenceItem> evidenceItems(const Context &ctx)
{
    QList<EvidenceItem> items;
    for (const Case::Evidence &e : ctx.evidence) {
        const Case::FindingRecord *finding = findingOf(ctx, e);
        EvidenceItem item;
        item.id = ctx.displayId.value(e.id);
        item.summary = summaryFor(ctx, e);
        item.quote = !e.quote.isEmpty() ? e.quote : finding ? finding->text.trimmed() : QString();
        item.implies = e.constraint;
        item.strength = strengthName(e.strength);
        item.citation = citationFor(ctx, e);
        item.reliability = Case::nameOf(e.reliability) + Case::nameOf(e.credibility);
        item.reliabilityNote =
            e.stance == Case::Stance::Supports ? QString() : Case::nameOf(e.stance);
        item.review = e.status;
        addReviews(ctx, e, item);
        item.observedAt = finding && finding->firstDate.isValid() ? finding->firstDate
            : ctx.sources.value(e.sourceId).retrieved.isValid()
            ? ctx.sources.value(e.sourceId).retrieved
            : e.created;
        const bool weighty = e.strength != ChipTrace::Strength::Hint && !e.constraint.isEmpty();
        item.key = weighty && item.review != ReviewStatus::Rejected;
        items << item;
    }
    return items;
}

QList<FindingRow> findingRows(const Context &ctx)
{
    QList<FindingRow> rows;
    for (const Case::FindingRecord &f : ctx.findings) {
        FindingRow row;
        row.id = f.id;
        row.kind = f.kind;
        row.ruleId = f.vendored
            ? f.ruleId + u" "_s + QCoreApplication::translate("Report", "(vendored)")
            : f.ruleId;
        row.repository = ctx.sources.value(f.sourceId).uri;
        row.path = f.locator.path;
        row.line = f.locator.line;
        row.text = f.text.trimmed();
        row.strength = f.strength;
        row.implies = f.implies;
        row.atHead = f.atHead;
        row.firstSeenCommit = f.firstCommit;
        row.firstSeenDate = f.firstDate;
        row.removedInCommit = f.removedCommit;
        row.removedDate = f.removedDate;
        rows << row;
    }
    return rows;
}

QList<SourceRecord> sourceRecords(const Context &ctx)
{
    QList<SourceRecord> records;
    for (const Case::Source &s : ctx.sources) {
        // Repositories are pinned by the commit the findings refer to, not by a captured copy.
        const QString digest = !s.sha256.isEmpty() ? s.sha256
            : !s.commit.isEmpty() ? QCoreApplication::translate("Report", "commit %1").arg(s.commit)
                                  : QCoreApplication::translate("Report", "not captured");
        records << SourceRecord{s.id, sourceKindName(s.kind), s.title, s.uri, s.retrieved, digest};
    }
    return records;
}

} // namespace Build

using namespace Build;

BriefingBuilder::BriefingBuilder()
    : BriefingBuilder(Catalog::Catalog::builtin(), Rules::ExportRules::builtin())
{ }

BriefingBuilder::BriefingBuilder(const Catalog::Catalog &catalog, const Rules::ExportRules &rules)
    : m_catalog(catalog)
    , m_rules(rules)
{ }

static QString resourceDigest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(
        QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex().left(12));
}

QString BriefingBuilder::catalogVersion(const Catalog::Catalog &catalog)
{
    const QString digest = &catalog == &Catalog::Catalog::builtin()
        ? resourceDigest(u":/data/catalog/accelerators.csv"_s)
        : QString();
    const QString entries =
        QCoreApplication::translate("Report", "%n entries", nullptr, int(catalog.size()));
    return digest.isEmpty() ? entries : entries + u", sha256 "_s + digest;
}

QString BriefingBuilder::rulesVersion(const Rules::ExportRules &rules)
{
    QString latest;
    QDate latestDate;
    for (const Rules::RuleVersion &v : rules.versions()) {
        if (!latestDate.isValid() || v.effective > latestDate) {
            latestDate = v.effective;
            latest = v.id;
        }
    }
    const QString digest = &rules == &Rules::ExportRules::builtin()
        ? resourceDigest(u":/data/rules/us-ai-chips.json"_s)
        : QString();
    QString text = QCoreApplication::translate(
        "Report", "%n rule version(s), latest %1", nullptr, int(rules.versions().size()))
                       .arg(latest);
    return digest.isEmpty() ? text : text + u", sha256 "_s + digest;
}

static QDate trainingDateOf(const Case::Model &m, const QList<Case::Conclusion> &conclusions)
{
    for (const QDate &d : {m.trainingEnd, m.trainingStart, m.releaseDate})
        if (d.isValid())
            return d;
    return conclusions.isEmpty() ? QDate() : conclusions.last().asOf;
}

static Result<Case::Model> pickModel(const Case::CaseFile &file, const QString &modelId)
{
    if (!modelId.isEmpty()) {
        if (auto m = file.model(modelId))
            return *m;
        return fail(ErrorCode::NotFound,
            QCoreApplication::translate("Report", "The case has no model with id %1.")
                .arg(modelId));
    }
    QList<Case::Model> models = file.models();
    if (models.isEmpty())
        return fail(ErrorCode::NotFound,
            QCoreApplication::translate("Report",
                "The case has no model to brief on; add the model under investigation first."));
    std::sort(models.begin(), models.end(), [](const Case::Model &a, const Case::Model &b) {
        return a.name != b.name ? a.name < b.name : a.id < b.id;
    });
    return models.first();
}

static void fillContext(Context &ctx)
{
    for (const Case::Source &s : ctx.file.sources())
        ctx.sources.insert(s.id, s);
    ctx.findings = ctx.file.findings();
    for (qsizetype i = 0; i < ctx.findings.size(); ++i)
        ctx.findingIndex.insert(ctx.findings[i].id, i);
    ctx.evidence = ctx.file.evidence(ctx.model.id);
    std::sort(ctx.evidence.begin(), ctx.evidence.end(),
        [](const Case::Evidence &a, const Case::Evidence &b) {
            return a.created != b.created ? a.created < b.created : a.id < b.id;
        });
    for (qsizetype i = 0; i < ctx.evidence.size(); ++i)
        ctx.displayId.insert(ctx.evidence[i].id, u"E%1"_s.arg(i + 1));
    ctx.lab = ctx.file.lab(ctx.model.labId);
    ctx.destination = !ctx.settings.destination.isEmpty() ? ctx.settings.destination.toUpper()
        : ctx.lab && ctx.lab->country.size() == 2         ? ctx.lab->country.toUpper()
                                                          : u"CN"_s;
    ctx.trainingDate = trainingDateOf(ctx.model, ctx.file.conclusions(ctx.model.id));
}

static Provenance provenanceFor(const Context &ctx, const BriefingBuilder &,
    const Catalog::Catalog &catalog, const Rules::ExportRules &rules,
    const QList<FindingRow> &findings)
{
    Provenance p;
    p.toolVersion = BuildInfo::version();
    p.catalogVersion = BriefingBuilder::catalogVersion(catalog);
    p.rulePackVersion = BriefingBuilder::rulesVersion(rules);
    QStringList rules_;
    for (const FindingRow &f : findings)
        rules_ << f.ruleId.section(u'.', 0, 0);
    rules_.removeDuplicates();
    p.signaturePacks = rules_;
    p.caseFile = QFileInfo(ctx.file.path()).fileName();
    p.caseId = ctx.info.id;
    p.generatedAt = ctx.settings.generatedAt.isValid() ? ctx.settings.generatedAt.toUTC()
                                                       : ctx.info.modified.toUTC();
    p.generatedBy =
        ctx.settings.generatedBy.isEmpty() ? ctx.file.actor() : ctx.settings.generatedBy;
    p.identitiesVerified = ctx.file.identitiesVerified();
    p.settings << u"model=%1"_s.arg(ctx.model.id) << u"destination=%1"_s.arg(ctx.destination);
    return p;
}

Result<Briefing> BriefingBuilder::build(
    const Case::CaseFile &file, const BuildSettings &settings) const
{
    Result<Case::Model> model = pickModel(file, settings.modelId);
    if (!model)
        return model.error();
    Context ctx{
        file, m_catalog, m_rules, settings, file.info(), *model, {}, {}, {}, {}, {}, {}, {}, {}};
    fillContext(ctx);

    Briefing b;
    b.title = ctx.info.title.isEmpty()
        ? QCoreApplication::translate("Report", "Which accelerators trained %1?")
              .arg(ctx.model.name)
        : ctx.info.title;
    b.caseQuestion = ctx.info.question;
    b.lab = ctx.lab ? ctx.lab->name : QString();
    if (ctx.lab && !ctx.lab->aliases.isEmpty())
        b.lab += u" ("_s + ctx.lab->aliases.join(u", "_s) + u")"_s;
    b.model = ctx.model.name;
    b.trainingDate = ctx.trainingDate;
    b.marking = settings.marking;
    b.evidence = evidenceItems(ctx);
    b.findings = findingRows(ctx);
    b.sources = sourceRecords(ctx);
    assess(ctx, b);
    b.timeline = timeline(ctx, b);
    methodAndLimits(ctx, b);
    b.provenance = provenanceFor(ctx, *this, m_catalog, m_rules, b.findings);
    b.author = b.provenance.generatedBy;
    normalize(b);
    return b;
}

} // namespace ChipTrace::Report
