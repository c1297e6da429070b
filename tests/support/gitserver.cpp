// SPDX-License-Identifier: GPL-3.0-or-later
#include "gitserver.h"

#include <QDeadlineTimer>
#include <QProcessEnvironment>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

namespace ChipTrace::Test {

quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

bool waitUntilAccepting(quint16 port, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, port);
        if (s.waitForConnected(200)) {
            s.disconnectFromHost();
            return true;
        }
        QThread::msleep(50);
    }
    return false;
}

static QProcessEnvironment gitEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GIT_CONFIG_NOSYSTEM"), QStringLiteral("1"));
    env.insert(QStringLiteral("GIT_CONFIG_GLOBAL"), QStringLiteral("/dev/null"));
    return env;
}

// --- git daemon -------------------------------------------------------------------------------

GitDaemon::GitDaemon(QString basePath)
    : m_base(std::move(basePath))
{ }

GitDaemon::~GitDaemon()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
}

bool GitDaemon::start()
{
    for (int attempt = 0; attempt < 5; ++attempt) {
        m_port = freePort();
        m_process.setProcessEnvironment(gitEnvironment());
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(QStringLiteral("git"),
            {QStringLiteral("daemon"), QStringLiteral("--reuseaddr"),
                QStringLiteral("--export-all"), QStringLiteral("--informative-errors"),
                QStringLiteral("--listen=127.0.0.1"), QStringLiteral("--port=%1").arg(m_port),
                QStringLiteral("--base-path=") + m_base, m_base});
        if (!m_process.waitForStarted(10000)) {
            m_error = m_process.errorString();
            return false;
        }
        if (waitUntilAccepting(m_port))
            return true;
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    m_error = QStringLiteral("git daemon did not start accepting");
    return false;
}

QString GitDaemon::url(const QString &repo) const
{
    return QStringLiteral("git://127.0.0.1:%1/%2").arg(m_port).arg(repo);
}

// --- smart HTTP -------------------------------------------------------------------------------

HttpGitServer::HttpGitServer(QString basePath)
    : m_base(std::move(basePath))
{ }

HttpGitServer::~HttpGitServer()
{
    m_stop = true;
    if (m_thread) {
        m_thread->wait(30000);
    }
}

void HttpGitServer::requireAuth(const QByteArray &user, const QByteArray &password)
{
    m_auth = user + ':' + password;
}

bool HttpGitServer::start()
{
    m_thread.reset(QThread::create([this] { serve(); }));
    m_thread->start();
    QDeadlineTimer deadline(15000);
    while (m_port.load() == 0 && !m_failed.load() && !deadline.hasExpired())
        QThread::msleep(10);
    return m_port.load() != 0 && waitUntilAccepting(m_port.load());
}

QString HttpGitServer::url(const QString &repo) const
{
    return QStringLiteral("http://127.0.0.1:%1/%2").arg(m_port.load()).arg(repo);
}

namespace {

struct Request
{
    QByteArray method;
    QByteArray path;
    QByteArray query;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    bool proxied = false;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[k, v] : headers) {
            if (k.compare(name, Qt::CaseInsensitive) == 0)
                return v;
        }
        return {};
    }
};

bool readMore(QTcpSocket &s, QByteArray &buf)
{
    if (s.bytesAvailable() == 0 && !s.waitForReadyRead(30000))
        return false;
    buf += s.readAll();
    return true;
}

bool readChunked(QTcpSocket &s, QByteArray &buf, QByteArray &body)
{
    for (;;) {
        qsizetype eol;
        while ((eol = buf.indexOf("\r\n")) < 0) {
            if (!readMore(s, buf))
                return false;
        }
        const qsizetype size = buf.left(eol).split(';').first().trimmed().toLongLong(nullptr, 16);
        buf.remove(0, eol + 2);
        while (buf.size() < size + 2) {
            if (!readMore(s, buf))
                return false;
        }
        body += buf.left(size);
        buf.remove(0, size + 2);
        if (size == 0)
            return true;
    }
}

bool readRequest(QTcpSocket &s, Request &r)
{
    QByteArray buf;
    qsizetype end;
    while ((end = buf.indexOf("\r\n\r\n")) < 0) {
        if (!readMore(s, buf))
            return false;
    }
    const QList<QByteArray> lines = buf.left(end).split('\n');
    buf.remove(0, end + 4);
    const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
    r.method = first.value(0);
    QByteArray target = first.value(1);
    if (target.startsWith("http://")) { // a proxy request names the whole URL: serve its path
        r.proxied = true;
        const qsizetype slash = target.indexOf('/', 7);
        target = slash < 0 ? QByteArray("/") : target.mid(slash);
    }
    r.path = target.split('?').first();
    r.query = target.contains('?') ? target.mid(target.indexOf('?') + 1) : QByteArray();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            r.headers.append({lines[i].left(colon).trimmed(), lines[i].mid(colon + 1).trimmed()});
    }
    if (r.header("Transfer-Encoding").toLower() == "chunked")
        return readChunked(s, buf, r.body);
    const qsizetype length = r.header("Content-Length").toLongLong();
    while (buf.size() < length) {
        if (!readMore(s, buf))
            return false;
    }
    r.body = buf.left(length);
    return true;
}

void writeAll(QTcpSocket &s, const QByteArray &data)
{
    s.write(data);
    while (s.bytesToWrite() > 0 && s.state() == QAbstractSocket::ConnectedState) {
        if (!s.waitForBytesWritten(30000))
            break;
    }
}

QByteArray runBackend(const QString &base, const Request &r)
{
    QProcessEnvironment env = gitEnvironment();
    env.insert(QStringLiteral("GIT_PROJECT_ROOT"), base);
    env.insert(QStringLiteral("GIT_HTTP_EXPORT_ALL"), QStringLiteral("1"));
    env.insert(QStringLiteral("GATEWAY_INTERFACE"), QStringLiteral("CGI/1.1"));
    env.insert(QStringLiteral("SERVER_PROTOCOL"), QStringLiteral("HTTP/1.1"));
    env.insert(QStringLiteral("REMOTE_ADDR"), QStringLiteral("127.0.0.1"));
    env.insert(QStringLiteral("REQUEST_METHOD"), QString::fromLatin1(r.method));
    env.insert(
        QStringLiteral("PATH_INFO"), QString::fromUtf8(QByteArray::fromPercentEncoding(r.path)));
    env.insert(QStringLiteral("QUERY_STRING"), QString::fromLatin1(r.query));
    env.insert(QStringLiteral("CONTENT_TYPE"), QString::fromLatin1(r.header("Content-Type")));
    env.insert(QStringLiteral("CONTENT_LENGTH"), QString::number(r.body.size()));
    if (const QByteArray enc = r.header("Content-Encoding"); !enc.isEmpty())
        env.insert(QStringLiteral("HTTP_CONTENT_ENCODING"), QString::fromLatin1(enc));
    if (const QByteArray proto = r.header("Git-Protocol"); !proto.isEmpty())
        env.insert(QStringLiteral("GIT_PROTOCOL"), QString::fromLatin1(proto));
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("git"), {QStringLiteral("http-backend")});
    if (!p.waitForStarted(10000))
        return "Status: 500 Internal Server Error\r\n\r\n";
    p.write(r.body);
    p.closeWriteChannel();
    p.waitForFinished(120000);
    return p.readAllStandardOutput();
}

// CGI output ("Status: 404 ...\r\nContent-Type: ...\r\n\r\nbody") to an HTTP/1.1 response.
QByteArray toHttp(const QByteArray &cgi)
{
    qsizetype split = cgi.indexOf("\r\n\r\n");
    qsizetype skip = 4;
    if (split < 0) {
        split = cgi.indexOf("\n\n");
        skip = 2;
    }
    if (split < 0)
        return "HTTP/1.1 500 Internal Server Error\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
    QByteArray status = "200 OK";
    QByteArray headers;
    for (const QByteArray &line : cgi.left(split).split('\n')) {
        const QByteArray l = line.trimmed();
        if (l.toLower().startsWith("status:"))
            status = l.mid(7).trimmed();
        else if (!l.isEmpty())
            headers += l + "\r\n";
    }
    const QByteArray body = cgi.mid(split + skip);
    return "HTTP/1.1 " + status + "\r\n" + headers + "Content-Length: "
        + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
}

} // namespace

void HttpGitServer::serve()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0)) {
        m_failed = true;
        return;
    }
    m_port = server.serverPort();
    while (!m_stop.load()) {
        if (!server.waitForNewConnection(100))
            continue;
        std::unique_ptr<QTcpSocket> socket(server.nextPendingConnection());
        Request r;
        if (!readRequest(*socket, r))
            continue;
        ++m_requests;
        if (r.proxied)
            ++m_proxied;
        const QByteArray given = r.header("Authorization");
        if (r.method == "CONNECT") { // asked to tunnel, as an https proxy: record it, refuse it
            ++m_proxied;
            writeAll(*socket,
                "HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        } else if (!m_auth.isEmpty() && given != "Basic " + m_auth.toBase64()) {
            writeAll(*socket,
                "HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Basic realm=\"test\"\r\n"
                "Content-Length: 0\r\nConnection: close\r\n\r\n");
        } else {
            writeAll(*socket, toHttp(runBackend(m_base, r)));
        }
        socket->disconnectFromHost();
        if (socket->state() != QAbstractSocket::UnconnectedState)
            socket->waitForDisconnected(5000);
    }
}

} // namespace ChipTrace::Test
