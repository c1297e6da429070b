// SPDX-License-Identifier: GPL-3.0-or-later
#include "casefile/livefeed.h"

#include "casefile/audit.h"
#include "casefile/casefile.h"
#include "casefile/pgdatabase.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace ChipTrace::Case {

namespace {

QString liveTr(const char *text)
{
    return QCoreApplication::translate("ChipTrace::Case::LiveFeed", text);
}

QString shortId(const QString &id)
{
    return id.left(8);
}

} // namespace

Result<std::unique_ptr<LiveFeed>> LiveFeed::attach(CaseFile &caseFile)
{
    auto *db = dynamic_cast<PgDatabase *>(caseFile.m_db.get());
    if (!db)
        return std::unique_ptr<LiveFeed>();
    std::unique_ptr<LiveFeed> feed(new LiveFeed(caseFile, *db));
    auto head = db->scalar(u"SELECT coalesce(max(seq), 0) FROM audit"_s);
    if (!head)
        return head.error();
    feed->m_seen = *head;
    if (Status s = feed->subscribe(); !s)
        return s.error();
    return feed;
}

LiveFeed::LiveFeed(CaseFile &caseFile, PgDatabase &db)
    : m_case(caseFile)
    , m_db(db)
{
    m_pool.setMaxThreadCount(1);
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &LiveFeed::poll);
    m_tick.start();
    m_retry.setInterval(3000);
    connect(&m_retry, &QTimer::timeout, this, &LiveFeed::reconnect);
    connect(&m_connecting, &QFutureWatcher<Connection>::finished, this, &LiveFeed::reconnected);
    // Our own commits announce themselves too; look right after one rather than at the tick.
    connect(&m_case, &CaseFile::changed, this,
        [this] { QMetaObject::invokeMethod(this, &LiveFeed::poll, Qt::QueuedConnection); });
}

LiveFeed::~LiveFeed()
{
    m_connecting.waitForFinished(); // the worker touches nothing of ours, but its result does
}

Status LiveFeed::subscribe()
{
    if (Status s = m_db.listen(); !s)
        return s;
    m_notifier = std::make_unique<QSocketNotifier>(m_db.socket(), QSocketNotifier::Read);
    connect(m_notifier.get(), &QSocketNotifier::activated, this, &LiveFeed::poll);
    return {};
}

bool LiveFeed::isOwn(qint64 seq) const
{
    return std::any_of(m_case.m_ownWrites.cbegin(), m_case.m_ownWrites.cend(),
        [seq](const auto &range) { return seq >= range.first && seq <= range.second; });
}

void LiveFeed::poll()
{
    if (!m_online)
        return;
    // A read or write that failed on a dead connection left it marked lost; so does a closed
    // socket, which consumeInput() reads.
    if (!m_db.isConnected() || !m_db.consumeInput())
        return goOffline(m_db.lastError());
    const bool announced = !m_db.takeNotifications().isEmpty();
    // A tick without news costs nothing; an announcement (ours or theirs) means new entries.
    if (announced)
        catchUp();
}

void LiveFeed::catchUp()
{
    auto rows = m_db.rows(u"SELECT * FROM audit WHERE seq > ?1 ORDER BY seq"_s, {m_seen});
    if (!rows) {
        if (!m_db.isConnected())
            goOffline(rows.message());
        return;
    }
    ChangeSet theirs;
    QList<AuditEntry> entries;
    for (const QJsonObject &row : std::as_const(*rows)) {
        const AuditEntry e = AuditLog::fromRow(row);
        m_seen = std::max(m_seen, e.seq);
        if (isOwn(e.seq)
            || (e.actor == m_case.actor()
                && m_case.m_announced.remove(e.table + u'/' + e.entityId)))
            continue;
        theirs.label = e.action;
        theirs.changes.append({e.table, e.entityId, e.before, e.after});
        entries.append(e);
    }
    m_case.m_ownWrites.removeIf([this](const auto &range) { return range.second <= m_seen; });
    if (entries.isEmpty())
        return;
    Q_EMIT m_case.changed(theirs);
    const AuditEntry &last = entries.constLast();
    QString summary = describe(last);
    if (entries.size() > 1)
        summary = QCoreApplication::translate("ChipTrace::Case::LiveFeed",
            "%1 (and %n more change(s))", nullptr, int(entries.size() - 1))
                      .arg(summary);
    Q_EMIT colleagueChanged(last.actor, summary);
}

QString LiveFeed::describe(const AuditEntry &e)
{
    const QString id = shortId(e.entityId);
    if (e.table == u"reviews"_s && !e.after.isEmpty()) {
        const QString verdict = e.after.value(u"verdict"_s).toString();
        const QString item = shortId(e.after.value(u"evidence_id"_s).toString());
        if (verdict == u"accept"_s)
            return liveTr("%1 accepted evidence %2").arg(e.actor, item);
        if (verdict == u"dispute"_s)
            return liveTr("%1 disputed evidence %2").arg(e.actor, item);
        return liveTr("%1 rejected evidence %2").arg(e.actor, item);
    }
    if (e.table == u"comments"_s && e.before.isEmpty())
        return liveTr("%1 commented on evidence %2")
            .arg(e.actor, shortId(e.after.value(u"evidence_id"_s).toString()));
    if (e.table == u"evidence"_s) {
        if (e.before.isEmpty())
            return liveTr("%1 proposed evidence %2").arg(e.actor, id);
        if (e.after.isEmpty())
            return liveTr("%1 removed evidence %2").arg(e.actor, id);
        return liveTr("%1 edited evidence %2").arg(e.actor, id);
    }
    return liveTr("%1: %2 (%3 %4)").arg(e.actor, e.action, e.table, id);
}

void LiveFeed::goOffline(const QString &why)
{
    if (!m_online)
        return;
    m_online = false;
    m_notifier.reset(); // a closed socket would fire for ever
    const QString message =
        liveTr(
            "Offline: the case server %1 cannot be reached (%2). Edits are refused until it "
            "is back; ChipTrace reconnects by itself and nothing is lost.")
            .arg(m_db.address().display, why.isEmpty() ? liveTr("connection lost") : why);
    m_case.m_offline = message;
    m_case.m_db->setReadFailuresMuted(true); // empty reads while offline are not damage
    m_retry.start();
    Q_EMIT onlineChanged(false, message);
}

void LiveFeed::reconnect()
{
    if (m_connecting.isRunning())
        return;
    ServerAddress address = m_db.address();
    // A retry must not hang on a silent network for minutes: closing the case waits for it.
    if (!address.conninfo.contains(u"connect_timeout="_s))
        address.conninfo +=
            (address.conninfo.contains(u'?') ? u"&"_s : u"?"_s) + u"connect_timeout=5"_s;
    m_connecting.setFuture(QtConcurrent::run(&m_pool, [address]() -> Connection {
        auto db = PgDatabase::connect(address);
        if (!db)
            return db.error();
        return std::shared_ptr<PgDatabase>(std::move(*db));
    }));
}

void LiveFeed::reconnected()
{
    const Connection fresh = m_connecting.result();
    if (!fresh || m_online)
        return; // still offline: the retry timer tries again
    m_db.replaceConnection(**fresh);
    if (Status s = subscribe(); !s)
        return; // lost again at once; the next poll or retry sees to it
    m_retry.stop();
    m_online = true;
    m_case.m_offline.clear();
    m_case.m_db->setReadFailuresMuted(false);
    Q_EMIT onlineChanged(true, liveTr("Back online: %1.").arg(m_db.address().display));
    catchUp(); // what colleagues committed while we were away
}

} // namespace ChipTrace::Case
