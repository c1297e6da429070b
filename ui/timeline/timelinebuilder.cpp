// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinebuilder.h"

#include "rules/exportrules.h"

#include <QCoreApplication>
#include <QMap>
#include <QTimeZone>

namespace ChipTrace::Ui::TimelineBuilder {

// The builder is the controller's timeline half: its words keep the controller's translation
// context (existing translations of the marker labels stay valid), visible to lupdate.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ChipTrace::Ui::FunnelController)
};

static int strengthRank(const QString &strength)
{
    if (strength == QLatin1String("proof"))
        return 3;
    return strength == QLatin1String("strong") ? 2 : 1;
}

static QDateTime utcNoon(const QDate &d)
{
    return QDateTime(d, QTime(12, 0), QTimeZone::UTC);
}

// "added 2023-05-01 in abc1234 by alice" / "removed 2024-01-16 in def5678"
static QStringList history(const Case::FindingRecord &f)
{
    QStringList out{Text::tr("added %1 in %2 by %3")
            .arg(f.firstDate.date().toString(Qt::ISODate), f.firstCommit.left(10), f.firstAuthor)};
    if (!f.atHead)
        out << Text::tr("removed %1 in %2")
                   .arg(f.removedDate.date().toString(Qt::ISODate), f.removedCommit.left(10));
    return out;
}

QList<TimelineSpan> findingLanes(const QList<Case::FindingRecord> &findings)
{
    struct Lane
    {
        QString family;
        QDateTime start, end;
        bool present = false;
        int rank = 0;
        QStringList lines;
        QString firstId;
    };
    QMap<QString, Lane> lanes;
    for (const Case::FindingRecord &f : findings) {
        if (!f.firstDate.isValid())
            continue;
        Lane &l = lanes[f.ruleId + QStringLiteral(" — ") + f.locator.path];
        l.family = f.family;
        if (l.firstId.isEmpty() || f.firstDate < l.start) // the lane opens on its oldest line
            l.firstId = f.id;
        l.start = l.start.isValid() ? qMin(l.start, f.firstDate) : f.firstDate;
        l.present = l.present || f.atHead;
        if (!f.atHead && f.removedDate.isValid())
            l.end = qMax(l.end, f.removedDate);
        l.rank = qMax(l.rank, strengthRank(f.strength));
        if (l.lines.isEmpty())
            l.lines << (f.title.isEmpty() ? f.match : f.title);
        l.lines << history(f);
    }
    QList<std::pair<QString, TimelineSpan>> out; // keyed by family for grouping
    for (auto it = lanes.cbegin(); it != lanes.cend(); ++it) {
        QStringList lines = it->lines;
        lines.removeDuplicates();
        TimelineSpan s{it.key(), it->start, it->present ? QDateTime() : it->end, lines.join(u'\n')};
        s.tone = it->present ? SpanTone::Present : SpanTone::Removed;
        s.relevance = it->rank * 10 + (it->present ? 0 : 5); // removed claims tell the story
        s.findingId = it->firstId;
        out.append({it->family, s});
    }
    std::stable_sort(out.begin(), out.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first < b.first : a.second.start < b.second.start;
    });
    QList<TimelineSpan> spans;
    for (const auto &entry : std::as_const(out))
        spans.append(entry.second);
    return spans;
}

static SpanTone evidenceTone(const Case::Evidence &e)
{
    if (e.stance == Case::Stance::Contradicts)
        return SpanTone::Contradicts;
    switch (e.status) {
    case Case::ReviewStatus::Accepted:
        return SpanTone::Accepted;
    case Case::ReviewStatus::Disputed:
        return SpanTone::Disputed;
    case Case::ReviewStatus::Rejected:
        return SpanTone::Rejected;
    case Case::ReviewStatus::Proposed:
        break;
    }
    return SpanTone::Proposed;
}

static QString evidenceLabel(const Case::Evidence &e, const Case::FindingRecord *f)
{
    const QString quote = e.quote.simplified();
    if (!quote.isEmpty())
        return quote.size() > 48 ? quote.left(47) + QChar(0x2026) : quote;
    if (!e.locator.isEmpty())
        return e.locator.toDisplayString();
    return f ? f->ruleId + QStringLiteral(" — ") + f->locator.path : e.id.left(8);
}

// A document's date: the day its copy was captured (the case keeps no publication date).
static bool datedDocument(const Case::Source &s)
{
    return s.kind != Case::SourceKind::Repository && s.kind != Case::SourceKind::Note
        && s.retrieved.isValid();
}

EvidenceLanes evidenceLanes(const QList<Case::Evidence> &items,
    const QList<Case::FindingRecord> &findings, const QHash<QString, qsizetype> &findingIndex,
    const QList<Case::Source> &sources)
{
    QHash<QString, const Case::Source *> sourceById;
    for (const Case::Source &s : sources)
        sourceById.insert(s.id, &s);
    EvidenceLanes out;
    for (const Case::Evidence &e : items) {
        const qsizetype row = findingIndex.value(e.findingId, -1);
        const Case::FindingRecord *f =
            row >= 0 && row < findings.size() ? &findings.at(row) : nullptr;
        const Case::Source *src = sourceById.value(e.sourceId);
        TimelineSpan s{evidenceLabel(e, f), {}, {}, {}};
        s.evidence = true;
        s.evidenceId = e.id;
        s.tone = evidenceTone(e);
        const QString state =
            Text::tr("%1, %2, %3")
                .arg(reviewStatusName(e.status), Case::nameOf(e.stance), strengthName(e.strength));
        if (f && f->firstDate.isValid()) {
            s.start = f->firstDate;
            s.end = f->atHead ? QDateTime() : f->removedDate;
            s.detail =
                QStringList{state, f->locator.path + u':' + QString::number(f->locator.line)}.join(
                    u'\n')
                + u'\n' + history(*f).join(u'\n');
        } else if (src && datedDocument(*src)) {
            s.start = src->retrieved;
            s.point = true;
            s.detail = state + u'\n'
                + Text::tr("%1, captured %2")
                      .arg(src->title, src->retrieved.date().toString(Qt::ISODate));
        } else {
            ++out.undated;
            continue;
        }
        s.relevance = 1000 + int(e.strength) * 10 + (s.end.isValid() ? 5 : 0);
        out.spans.append(s);
    }
    return out;
}

QList<TimelineMarker> modelMarkers(const QList<Case::Model> &models)
{
    QList<TimelineMarker> out;
    for (const Case::Model &m : models) {
        if (m.releaseDate.isValid())
            out.append(
                {utcNoon(m.releaseDate), Text::tr("%1 released").arg(m.name), MarkerKind::Release});
        if (m.trainingStart.isValid())
            out.append({utcNoon(m.trainingStart), Text::tr("%1 training starts").arg(m.name),
                MarkerKind::TrainingStart});
        if (m.trainingEnd.isValid())
            out.append({utcNoon(m.trainingEnd), Text::tr("%1 training ends").arg(m.name),
                MarkerKind::TrainingEnd});
    }
    return out;
}

QList<TimelineMarker> ruleMarkers(
    const Rules::ExportRules &rules, const QDate &from, const QDate &to)
{
    QList<TimelineMarker> out;
    if (!from.isValid() || !to.isValid())
        return out;
    // Per family, the latest version in force on `from` (an older revision it replaced is noise).
    QHash<QString, const Rules::RuleVersion *> inForce;
    for (const Rules::RuleVersion &r : rules.versions()) {
        const bool active = r.effective <= from && (!r.until || *r.until > from);
        const QString family =
            r.kind.startsWith(QLatin1String("3a090")) ? QStringLiteral("3a090") : r.kind;
        if (active && (!inForce.value(family) || inForce.value(family)->effective < r.effective))
            inForce.insert(family, &r);
    }
    for (const Rules::RuleVersion &r : rules.versions()) {
        const bool later = r.effective > from && r.effective <= to.addYears(1);
        const QString family =
            r.kind.startsWith(QLatin1String("3a090")) ? QStringLiteral("3a090") : r.kind;
        if (!later && inForce.value(family) != &r)
            continue;
        QString detail = r.citation;
        if (r.until)
            detail +=
                u'\n' + Text::tr("no longer applies from %1").arg(r.until->toString(Qt::ISODate));
        if (!r.summary.isEmpty())
            detail += u'\n' + r.summary;
        out.append(
            {utcNoon(r.effective), r.title, MarkerKind::ExportRule, r.kind, detail.trimmed()});
    }
    return out;
}

std::pair<QDate, QDate> period(
    const QList<TimelineSpan> &spans, const QList<TimelineMarker> &markers)
{
    QDate lo, hi;
    auto take = [&](const QDate &d, bool end) {
        if (!d.isValid())
            return;
        lo = lo.isValid() ? qMin(lo, d) : d;
        if (end)
            hi = hi.isValid() ? qMax(hi, d) : d;
    };
    // With model dates the period ends at the latest of them: evidence still at HEAD would
    // otherwise stretch it to today and bring in every later rule.
    for (const TimelineMarker &m : markers)
        take(m.at.date(), true);
    for (const TimelineSpan &s : spans) {
        take(s.start.date(), markers.isEmpty());
        if (markers.isEmpty())
            take(s.end.isValid() ? s.end.date() : (s.point ? s.start.date() : QDate::currentDate()),
                true);
    }
    return {lo, hi};
}

} // namespace ChipTrace::Ui::TimelineBuilder
