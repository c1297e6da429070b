// SPDX-License-Identifier: GPL-3.0-or-later
#include "casefile/watchlist.h"

#include "casefile/database.h"
#include "scan/finding.h"
#include "util/stableid.h"

#include <QCoreApplication>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace ChipTrace::Case {

namespace {

QString watchTime(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime watchParseTime(const QJsonValue &v)
{
    return v.isString() ? QDateTime::fromString(v.toString(), Qt::ISODateWithMs) : QDateTime();
}

WatchEntry watchEntryFromRow(const QJsonObject &r)
{
    WatchEntry e;
    e.url = r.value(u"url"_s).toString();
    e.intervalHours = r.value(u"interval_hours"_s).toInt(24);
    e.added = watchParseTime(r.value(u"added"_s));
    e.refs = QJsonDocument::fromJson(r.value(u"refs"_s).toString().toUtf8()).object();
    e.lastFetched = watchParseTime(r.value(u"last_fetched"_s));
    e.lastAttempt = watchParseTime(r.value(u"last_attempt"_s));
    e.lastError = r.value(u"last_error"_s).toString();
    e.failures = r.value(u"failures"_s).toInt();
    e.nextAttempt = watchParseTime(r.value(u"next_attempt"_s));
    return e;
}

WatchChange watchChangeFromRow(const QJsonObject &r)
{
    WatchChange c;
    c.id = r.value(u"id"_s).toString();
    c.at = watchParseTime(r.value(u"at"_s));
    c.repo = r.value(u"repo"_s).toString();
    c.kind = r.value(u"kind"_s).toString();
    c.commit = r.value(u"commit_id"_s).toString();
    c.commitDate = watchParseTime(r.value(u"commit_date"_s));
    c.fingerprint = r.value(u"fingerprint"_s).toString();
    c.ruleId = r.value(u"rule_id"_s).toString();
    c.path = r.value(u"path"_s).toString();
    c.line = r.value(u"line"_s).toInt();
    c.text = r.value(u"line_text"_s).toString();
    c.ref = r.value(u"ref"_s).toString();
    c.detail = r.value(u"detail"_s).toString();
    c.seen = r.value(u"seen"_s).toInt() != 0;
    return c;
}

} // namespace

WatchList::WatchList(CaseFile &cf)
    : m_case(cf)
{ }

Database &WatchList::db() const
{
    return *m_case.m_db;
}

Status WatchList::writable() const
{
    if (!m_case.writesBlocked().isEmpty())
        return fail(ErrorCode::Conflict, m_case.writesBlocked());
    return {};
}

QList<WatchEntry> WatchList::entries() const
{
    QList<WatchEntry> out;
    auto rows = db().rows(u"SELECT * FROM watches ORDER BY url"_s);
    if (!rows) {
        db().noteReadFailure(rows.message());
        return out;
    }
    for (const QJsonObject &r : *rows)
        out << watchEntryFromRow(r);
    return out;
}

std::optional<WatchEntry> WatchList::entry(const QString &url) const
{
    auto rows = db().rows(u"SELECT * FROM watches WHERE url = ?1"_s, {url});
    if (!rows || rows->isEmpty())
        return std::nullopt;
    return watchEntryFromRow(rows->constFirst());
}

Status WatchList::add(const QString &url, int intervalHours)
{
    if (Status s = writable(); !s)
        return s;
    if (url.isEmpty() || intervalHours < 1)
        return fail(ErrorCode::InvalidArgument,
            QCoreApplication::translate("ChipTrace::Case::WatchList",
                "A watch needs a repository URL and an interval of at least one hour."));
    auto st = db().prepare(
        u"INSERT INTO watches (url, interval_hours, added) VALUES (?1, ?2, ?3) "
        "ON CONFLICT (url) DO UPDATE SET interval_hours = excluded.interval_hours"_s);
    if (!st)
        return st.error();
    return st->bind(1, url)
        .bind(2, qint64(intervalHours))
        .bind(3, watchTime(QDateTime::currentDateTimeUtc()))
        .exec();
}

Status WatchList::remove(const QString &url)
{
    if (Status s = writable(); !s)
        return s;
    Transaction tx(db());
    if (!tx.status())
        return tx.status();
    for (const QString &sql :
        {u"DELETE FROM watch_blobs WHERE repo = ?1"_s, u"DELETE FROM watches WHERE url = ?1"_s}) {
        auto st = db().prepare(sql);
        if (!st)
            return st.error();
        if (Status s = st->bind(1, url).exec(); !s)
            return s;
    }
    return tx.commit();
}

Status WatchList::saveState(const WatchEntry &e)
{
    if (Status s = writable(); !s)
        return s;
    auto st = db().prepare(
        u"UPDATE watches SET refs = ?2, last_fetched = ?3, last_attempt = ?4, "
        "last_error = ?5, failures = ?6, next_attempt = ?7 WHERE url = ?1"_s);
    if (!st)
        return st.error();
    const QString refs = e.refs.isEmpty()
        ? QString()
        : QString::fromUtf8(QJsonDocument(e.refs).toJson(QJsonDocument::Compact));
    return st->bind(1, e.url)
        .bind(2, refs)
        .bind(3, watchTime(e.lastFetched))
        .bind(4, watchTime(e.lastAttempt))
        .bind(5, e.lastError.isEmpty() ? QString() : e.lastError)
        .bind(6, qint64(e.failures))
        .bind(7, watchTime(e.nextAttempt))
        .exec();
}

Result<QHash<QString, QByteArray>> WatchList::blobCache(const QString &url) const
{
    auto st = db().prepare(u"SELECT blob, path, findings FROM watch_blobs WHERE repo = ?1"_s);
    if (!st)
        return st.error();
    st->bind(1, url);
    QHash<QString, QByteArray> cache;
    while (st->next())
        cache.insert(st->text(0) + u'\n' + st->text(1), st->text(2).toUtf8());
    if (!st->ok())
        return fail(ErrorCode::Io, st->error());
    return cache;
}

Status WatchList::addBlobs(const QString &url, const QList<WatchBlob> &blobs)
{
    if (blobs.isEmpty())
        return {};
    if (Status s = writable(); !s)
        return s;
    Transaction tx(db());
    if (!tx.status())
        return tx.status();
    auto st = db().prepare(
        u"INSERT INTO watch_blobs (repo, blob, path, findings) VALUES "
        "(?1, ?2, ?3, ?4) ON CONFLICT DO NOTHING"_s);
    if (!st)
        return st.error();
    for (const WatchBlob &b : blobs) {
        st->reset();
        if (Status s = st->bind(1, url)
                .bind(2, b.blob)
                .bind(3, b.path)
                .bind(4, QString::fromUtf8(b.findings))
                .exec();
            !s)
            return s;
    }
    return tx.commit();
}

QString WatchList::changeId(const WatchChange &c)
{
    return stableId(IdSpace::Scan,
        {u"watch-change"_s, c.repo, c.kind, c.fingerprint, c.commit, c.ref, c.detail});
}

Result<QList<WatchChange>> WatchList::record(const QList<WatchChange> &changes)
{
    if (Status s = writable(); !s)
        return s.error();
    Transaction tx(db());
    if (!tx.status())
        return tx.status().error();
    auto exists = db().prepare(u"SELECT COUNT(*) FROM watch_changes WHERE id = ?1"_s);
    auto insert = db().prepare(
        u"INSERT INTO watch_changes (id, at, repo, kind, commit_id, commit_date, fingerprint, "
        "rule_id, path, line, line_text, ref, detail, seen) VALUES "
        "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, 0)"_s);
    if (!exists)
        return exists.error();
    if (!insert)
        return insert.error();
    QList<WatchChange> fresh;
    for (WatchChange c : changes) {
        c.id = changeId(c);
        exists->reset();
        exists->bind(1, c.id);
        const bool known = exists->next() && exists->integer(0) > 0;
        if (!exists->ok())
            return fail(ErrorCode::Io, exists->error());
        if (known)
            continue;
        insert->reset();
        if (Status s = insert->bind(1, c.id)
                .bind(2, watchTime(c.at))
                .bind(3, c.repo)
                .bind(4, c.kind)
                .bind(5, c.commit)
                .bind(6, watchTime(c.commitDate))
                .bind(7, c.fingerprint)
                .bind(8, c.ruleId)
                .bind(9, c.path)
                .bind(10, qint64(c.line))
                .bind(11, c.text)
                .bind(12, c.ref)
                .bind(13, c.detail)
                .exec();
            !s)
            return s.error();
        fresh << c;
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return fresh;
}

QList<WatchChange> WatchList::changes(const QString &url, bool unseenOnly) const
{
    QStringList where;
    QList<QJsonValue> args;
    if (!url.isEmpty()) {
        where << u"repo = ?1"_s;
        args << url;
    }
    if (unseenOnly)
        where << u"seen = 0"_s;
    const QString filter = where.isEmpty() ? QString() : u" WHERE "_s + where.join(u" AND "_s);
    auto rows = db().rows(u"SELECT * FROM watch_changes"_s + filter
            + u" ORDER BY at, repo, commit_date, path, line"_s,
        args);
    QList<WatchChange> out;
    if (!rows) {
        db().noteReadFailure(rows.message());
        return out;
    }
    for (const QJsonObject &r : *rows)
        out << watchChangeFromRow(r);
    return out;
}

Status WatchList::markSeen(const QString &url)
{
    if (Status s = writable(); !s)
        return s;
    if (url.isEmpty())
        return db().exec(u"UPDATE watch_changes SET seen = 1"_s);
    auto st = db().prepare(u"UPDATE watch_changes SET seen = 1 WHERE repo = ?1"_s);
    if (!st)
        return st.error();
    return st->bind(1, url).exec();
}

QSet<QString> WatchList::findingFingerprints() const
{
    QSet<QString> out;
    auto rows = db().rows(u"SELECT rule_id, path, line_text FROM findings"_s);
    if (!rows) {
        db().noteReadFailure(rows.message());
        return out;
    }
    for (const QJsonObject &r : *rows) {
        Scan::Finding f;
        f.ruleId = r.value(u"rule_id"_s).toString();
        f.path = r.value(u"path"_s).toString();
        f.text = r.value(u"line_text"_s).toString();
        out.insert(Scan::findingFingerprint(f));
    }
    return out;
}

} // namespace ChipTrace::Case
