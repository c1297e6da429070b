// SPDX-License-Identifier: GPL-3.0-or-later
#include "briefing.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDataStream>
#include <QIODevice>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ChipTrace::Report {


QString confidencePhrase(Confidence confidence)
{
    switch (confidence) {
    case Confidence::Remote:
        return QCoreApplication::translate("Report", "almost no chance (1–5%)");
    case Confidence::VeryUnlikely:
        return QCoreApplication::translate("Report", "very unlikely (5–20%)");
    case Confidence::Unlikely:
        return QCoreApplication::translate("Report", "unlikely (20–45%)");
    case Confidence::RoughlyEven:
        return QCoreApplication::translate("Report", "roughly even chance (45–55%)");
    case Confidence::Likely:
        return QCoreApplication::translate("Report", "likely (55–80%)");
    case Confidence::VeryLikely:
        return QCoreApplication::translate("Report", "very likely (80–95%)");
    case Confidence::AlmostCertain:
        return QCoreApplication::translate("Report", "almost certain (95–99%)");
    case Confidence::Unknown:
        break;
    }
    return QCoreApplication::translate("Report", "not assessed");
}

QString controlStatusText(ControlStatus status)
{
    switch (status) {
    case ControlStatus::NotControlled:
        return QCoreApplication::translate("Report", "not controlled");
    case ControlStatus::Controlled:
        return QCoreApplication::translate("Report", "controlled");
    case ControlStatus::LicenseException:
        return QCoreApplication::translate("Report", "controlled, licence exception");
    case ControlStatus::Mixed:
        return QCoreApplication::translate("Report", "mixed: depends on the candidate");
    case ControlStatus::Undecidable:
        return QCoreApplication::translate("Report", "undecidable from the rule data");
    case ControlStatus::Unknown:
        break;
    }
    return QCoreApplication::translate("Report", "unknown");
}

QString reliabilityText(const QString &code)
{
    static const char *const sources[] = {QT_TRANSLATE_NOOP("Report", "completely reliable"),
        QT_TRANSLATE_NOOP("Report", "usually reliable"),
        QT_TRANSLATE_NOOP("Report", "fairly reliable"),
        QT_TRANSLATE_NOOP("Report", "not usually reliable"),
        QT_TRANSLATE_NOOP("Report", "unreliable"),
        QT_TRANSLATE_NOOP("Report", "reliability cannot be judged")};
    static const char *const information[] = {QT_TRANSLATE_NOOP("Report", "confirmed"),
        QT_TRANSLATE_NOOP("Report", "probably true"), QT_TRANSLATE_NOOP("Report", "possibly true"),
        QT_TRANSLATE_NOOP("Report", "doubtfully true"), QT_TRANSLATE_NOOP("Report", "improbable"),
        QT_TRANSLATE_NOOP("Report", "truth cannot be judged")};
    if (code.isEmpty())
        return QCoreApplication::translate("Report", "not graded");
    QStringList parts;
    const QChar letter = code.at(0).toUpper();
    if (letter >= u'A' && letter <= u'F')
        parts << QCoreApplication::translate("Report", sources[letter.unicode() - u'A']);
    const int digit = code.size() > 1 ? code.at(1).digitValue() : -1;
    if (digit >= 1 && digit <= 6)
        parts << QCoreApplication::translate("Report", information[digit - 1]);
    return parts.isEmpty() ? code : code + u" — "_s + parts.join(u", "_s);
}

QString identityText(const Provenance &provenance, const QString &name)
{
    if (name.isEmpty() || provenance.identitiesVerified)
        return name;
    return QCoreApplication::translate("Report", "%1 (self-asserted)").arg(name);
}

QString reviewStatusText(ReviewStatus status)
{
    switch (status) {
    case ReviewStatus::Accepted:
        return QCoreApplication::translate("Report", "accepted");
    case ReviewStatus::Disputed:
        return QCoreApplication::translate("Report", "disputed");
    case ReviewStatus::Rejected:
        return QCoreApplication::translate("Report", "rejected");
    case ReviewStatus::Proposed:
        break;
    }
    return QCoreApplication::translate("Report", "not reviewed");
}

QString sourceKindText(SourceKind kind)
{
    switch (kind) {
    case SourceKind::Repository:
        return QCoreApplication::translate("Report", "repository");
    case SourceKind::Paper:
        return QCoreApplication::translate("Report", "paper");
    case SourceKind::ArchivedPage:
        return QCoreApplication::translate("Report", "archived page");
    case SourceKind::WebPage:
    case SourceKind::NewsArticle:
    case SourceKind::Dataset:
        return QCoreApplication::translate("Report", "web page");
    case SourceKind::Note:
        break;
    }
    return QCoreApplication::translate("Report", "note");
}

static QString isoUtc(const QDateTime &when)
{
    return when.isValid() ? when.toUTC().toString(Qt::ISODate) : QString();
}

static QString repositoryCitation(const Citation &c)
{
    QString text = c.url.isEmpty() ? c.title : c.url;
    if (!c.commit.isEmpty())
        text += u" @ "_s + c.commit.left(12);
    if (!c.path.isEmpty())
        text += u", "_s + c.path + (c.line > 0 ? u":"_s + QString::number(c.line) : QString());
    return text;
}

QString citationText(const Citation &c)
{
    switch (c.kind) {
    case SourceKind::Repository:
        return repositoryCitation(c);
    case SourceKind::Paper: {
        QStringList parts;
        for (const QString &p :
            {c.authors, c.title.isEmpty() ? QString() : u"“"_s + c.title + u"”"_s, c.venue})
            if (!p.isEmpty())
                parts << p;
        if (c.page > 0)
            parts << QCoreApplication::translate("Report", "p. %1").arg(c.page);
        if (!c.url.isEmpty())
            parts << c.url;
        return parts.join(u", "_s);
    }
    case SourceKind::ArchivedPage:
    case SourceKind::WebPage:
    case SourceKind::NewsArticle:
    case SourceKind::Dataset: {
        QString text = (c.title.isEmpty() ? QString() : c.title + u", "_s) + c.url;
        if (c.capturedAt.isValid())
            text += u", "_s
                + QCoreApplication::translate("Report", "captured %1").arg(isoUtc(c.capturedAt));
        if (!c.archiveUrl.isEmpty())
            text += u", "_s + c.archiveUrl;
        return text;
    }
    case SourceKind::Note:
        break;
    }
    return c.title;
}

// Forges whose permalinks we know; others get the repository URL itself.
static QUrl repositoryLink(const Citation &c)
{
    QUrl url(c.url);
    if (!url.isValid() || url.scheme().isEmpty() || !url.scheme().startsWith(u"http"_s))
        return {};
    const QString host = url.host();
    const bool github = host == u"github.com"_s;
    const bool gitlabLike =
        host.contains(u"gitlab"_s) || host == u"gitee.com"_s || host == u"codeberg.org"_s;
    if ((!github && !gitlabLike) || c.commit.isEmpty() || c.path.isEmpty())
        return url;
    QString base = c.url;
    if (base.endsWith(u".git"_s))
        base.chop(4);
    const QString blob = host.contains(u"gitlab"_s) ? u"/-/blob/"_s : u"/blob/"_s;
    QString link = base + blob + c.commit + u'/' + c.path;
    if (c.line > 0)
        link += u"#L"_s + QString::number(c.line);
    return QUrl(link);
}

QUrl citationLink(const Citation &c)
{
    switch (c.kind) {
    case SourceKind::Repository:
        return repositoryLink(c);
    case SourceKind::Paper: {
        if (c.url.isEmpty())
            return {};
        QUrl url(c.url);
        if (c.page > 0 && url.fragment().isEmpty())
            url.setFragment(u"page="_s + QString::number(c.page));
        return url;
    }
    case SourceKind::ArchivedPage:
        return QUrl(c.archiveUrl.startsWith(u"http"_s) ? c.archiveUrl : c.url);
    case SourceKind::WebPage:
    case SourceKind::NewsArticle:
    case SourceKind::Dataset:
        return QUrl(c.url);
    case SourceKind::Note:
        break;
    }
    return {};
}

// "E2" before "E10": ids are compared by their digit runs as numbers.
static bool naturalLess(const QString &a, const QString &b)
{
    qsizetype i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i].isDigit() && b[j].isDigit()) {
            qsizetype i2 = i, j2 = j;
            while (i2 < a.size() && a[i2].isDigit())
                ++i2;
            while (j2 < b.size() && b[j2].isDigit())
                ++j2;
            const qulonglong x = a.mid(i, i2 - i).toULongLong(), y = b.mid(j, j2 - j).toULongLong();
            if (x != y)
                return x < y;
            i = i2;
            j = j2;
        } else {
            if (a[i] != b[j])
                return a[i] < b[j];
            ++i;
            ++j;
        }
    }
    return a.size() - i < b.size() - j;
}

void normalize(Briefing &b)
{
    std::stable_sort(b.evidence.begin(), b.evidence.end(),
        [](const EvidenceItem &x, const EvidenceItem &y) { return naturalLess(x.id, y.id); });
    for (EvidenceItem &e : b.evidence)
        std::stable_sort(e.dissent.begin(), e.dissent.end(),
            [](const Dissent &x, const Dissent &y) { return x.when < y.when; });
    std::stable_sort(
        b.timeline.begin(), b.timeline.end(), [](const TimelineEvent &x, const TimelineEvent &y) {
            return x.when != y.when ? x.when < y.when : x.title < y.title;
        });
    std::stable_sort(
        b.findings.begin(), b.findings.end(), [](const FindingRow &x, const FindingRow &y) {
            if (x.repository != y.repository)
                return x.repository < y.repository;
            if (x.path != y.path)
                return x.path < y.path;
            if (x.line != y.line)
                return x.line < y.line;
            return x.ruleId < y.ruleId;
        });
    std::stable_sort(b.sources.begin(), b.sources.end(),
        [](const SourceRecord &x, const SourceRecord &y) { return naturalLess(x.id, y.id); });
    b.provenance.signaturePacks.sort();
    // Candidates and funnel steps keep the builder's order: it is the argument's order.
}

static void hashStatus(QDataStream &s, const ExportStatus &e)
{
    s << controlStatusName(e.status) << e.date << e.classification << e.ruleId << e.ruleTitle
      << e.rationale;
}

static void hashCitation(QDataStream &s, const Citation &c)
{
    s << sourceKindName(c.kind) << c.title << c.url << c.commit << c.path << c.line << c.authors
      << c.venue << c.page << c.archiveUrl << c.capturedAt << c.sourceId;
}

static void hashEvidence(QDataStream &s, const QList<EvidenceItem> &items)
{
    for (const EvidenceItem &e : items) {
        s << e.id << e.summary << e.quote << e.implies << e.strength;
        hashCitation(s, e.citation);
        s << e.reliability << e.reliabilityNote << reviewStatusName(e.review) << e.reviewer
          << e.observedAt << e.key;
        for (const Dissent &d : e.dissent)
            s << d.reviewer << d.when << d.text;
    }
}

static void hashLists(QDataStream &s, const Briefing &b)
{
    for (const FunnelStep &f : b.funnel)
        s << f.label << f.constraint << f.evidenceIds << f.before << f.after << f.eliminated;
    for (const ComputeSection &c : b.compute) {
        s << c.phase << c.inputs << c.evidenceIds << c.cannotAssess;
        for (const ComputeRow &r : c.rows)
            s << r.chip << r.mfuLow << r.mfuHigh << r.band << r.explanation << r.verified
              << r.eliminated;
    }
    for (const Candidate &c : b.candidates) {
        s << c.name << c.vendor << c.architecture << c.assessment << c.evidenceIds;
        hashStatus(s, c.exportStatus);
    }
    hashEvidence(s, b.evidence);
    for (const TimelineEvent &t : b.timeline)
        s << t.when << t.title << t.detail << t.evidenceId << t.removal;
    for (const FindingRow &f : b.findings)
        s << f.id << f.kind << f.ruleId << f.repository << f.path << f.line << f.text << f.strength
          << f.implies << f.atHead << f.firstSeenCommit << f.firstSeenDate << f.removedInCommit
          << f.removedDate;
    for (const SourceRecord &r : b.sources)
        s << r.id << r.kind << r.title << r.location << r.capturedAt << r.sha256;
}

QString contentDigest(const Briefing &b)
{
    QByteArray bytes;
    QDataStream s(&bytes, QIODevice::WriteOnly);
    s.setVersion(QDataStream::Qt_6_5); // fixed so the digest does not change with Qt
    s << b.title << b.caseQuestion << b.lab << b.model << b.trainingDate << b.marking << b.author;
    s << b.bottomLine.likelyHardware << int(b.bottomLine.confidence) << b.bottomLine.confidenceBasis
      << b.bottomLine.summary << b.bottomLine.assessment << b.bottomLine.matrixColumns
      << b.bottomLine.labAlsoHas << b.bottomLine.tied << b.bottomLine.tieStatement
      << b.bottomLine.claimedTraining << b.bottomLine.claimDisputed << b.bottomLine.separatedBy;
    for (const OutcomeGroup &g : b.bottomLine.outcomes)
        s << int(g.status) << g.names;
    for (const HypothesisRow &h : b.bottomLine.hypotheses)
        s << h.label << h.level << h.cells << h.inconsistency << h.surviving;
    hashStatus(s, b.bottomLine.exportStatus);
    s << b.catalogSize << b.method << b.limits;
    hashLists(s, b);
    const Provenance &p = b.provenance;
    s << p.toolVersion << p.catalogVersion << p.rulePackVersion << p.signaturePacks << p.caseFile
      << p.caseId << p.generatedAt << p.generatedBy << p.identitiesVerified << p.settings;
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace ChipTrace::Report
