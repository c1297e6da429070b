// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Real git servers on loopback for tests of the acquisition code: `git daemon` for git:// and
// `git http-backend` (CGI) behind a minimal HTTP/1.1 server for smart HTTP, both serving every
// repository under one base directory. Each picks a free port and is ready (accepting) when
// start() returns true; the destructor stops it.

#include <QByteArray>
#include <QProcess>
#include <QString>

#include <atomic>
#include <memory>

class QThread;

namespace ChipTrace::Test {

class GitDaemon
{
public:
    explicit GitDaemon(QString basePath);
    ~GitDaemon();
    bool start();
    QString url(const QString &repo) const; // git://127.0.0.1:PORT/repo
    QString errorString() const { return m_error; }

private:
    QString m_base;
    QProcess m_process;
    quint16 m_port = 0;
    QString m_error;
};

class HttpGitServer
{
public:
    explicit HttpGitServer(QString basePath);
    ~HttpGitServer();
    // When set, every request needs HTTP Basic credentials user:password (else 401).
    void requireAuth(const QByteArray &user, const QByteArray &password);
    bool start();
    QString url(const QString &repo) const; // http://127.0.0.1:PORT/repo
    int requestCount() const { return m_requests.load(); }
    // Requests that came as to an HTTP proxy: absolute URLs are served like the others, CONNECT
    // (https through a proxy) is counted and refused with 502.
    int proxiedCount() const { return m_proxied.load(); }

private:
    void serve();

    QString m_base;
    QByteArray m_auth; // "user:password" or empty
    std::atomic<quint16> m_port{0};
    std::atomic<bool> m_stop{false};
    std::atomic<bool> m_failed{false};
    std::atomic<int> m_requests{0};
    std::atomic<int> m_proxied{0};
    std::unique_ptr<QThread> m_thread;
};

// Free TCP port on 127.0.0.1 (bound and released; good enough for tests).
quint16 freePort();
// Polls until something accepts on 127.0.0.1:port, up to timeoutMs.
bool waitUntilAccepting(quint16 port, int timeoutMs = 15000);

} // namespace ChipTrace::Test
