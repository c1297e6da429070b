// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Live work together on a server case. The server announces every committed change to a case
// on the case's channel (NOTIFY from a trigger on its audit trail, server.cpp). A LiveFeed
// listens on the case's own connection through a QSocketNotifier on the event loop of the
// thread that owns the CaseFile, so nothing waits: when the socket has data it reads the audit
// entries it has not seen yet (the trail says exactly what changed, before and after), emits
// CaseFile::changed for them so views reload what changed, and says who did what. When the
// connection drops, the case is offline: its writes are refused with that reason
// (CaseFile::writesBlocked) and a reconnect is tried on the feed's pool (a connect may wait on
// the network) until the server answers; then the feed catches up on everything committed
// meanwhile, so nothing is missed. A file case has no feed.

#include "util/result.h"

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <memory>

class QSocketNotifier;

namespace ChipTrace::Case {

class CaseFile;
class PgDatabase;
struct AuditEntry;

class LiveFeed : public QObject
{
    Q_OBJECT
public:
    // Starts listening on `caseFile`'s connection; a null feed for a file case. The feed must
    // not outlive the case.
    static Result<std::unique_ptr<LiveFeed>> attach(CaseFile &caseFile);
    ~LiveFeed() override;

    bool isOnline() const { return m_online; }
    // How long to wait between reconnects while offline (default 3 s).
    void setRetryInterval(int milliseconds) { m_retry.setInterval(milliseconds); }
    // Reads what the server sent, catches up and notices a lost connection. The socket
    // notifier and a slow timer call it; it never waits on the network.
    void poll();

    // "bob accepted evidence 1a2b3c4d": one audit entry in words, for the status bar.
    static QString describe(const AuditEntry &entry);

Q_SIGNALS:
    // Someone else's committed change, after CaseFile::changed told the views.
    void colleagueChanged(const QString &actor, const QString &summary);
    // The connection was lost (writes are refused from now on) or is back.
    void onlineChanged(bool online, const QString &message);

private:
    using Connection = Result<std::shared_ptr<PgDatabase>>;
    LiveFeed(CaseFile &caseFile, PgDatabase &db);
    Status subscribe();
    void catchUp();
    bool isOwn(qint64 seq) const;
    void goOffline(const QString &why);
    void reconnect();
    void reconnected();

    CaseFile &m_case;
    PgDatabase &m_db;
    std::unique_ptr<QSocketNotifier> m_notifier;
    QTimer m_tick; // notifications libpq read during another query do not wake the socket
    QTimer m_retry;
    QThreadPool m_pool; // reconnects
    QFutureWatcher<Connection> m_connecting;
    qint64 m_seen = 0; // the last audit entry the case's listeners know of
    bool m_online = true;
};

} // namespace ChipTrace::Case
