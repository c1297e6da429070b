// SPDX-License-Identifier: GPL-3.0-or-later
#include "gitfixtures.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>
#include <QStandardPaths>

namespace ChipTrace::Test {

QString gitOut(const QString &dir, const QStringList &args, const QString &date)
{
    const ProcessResult r = git(dir, args, date);
    if (r.exitCode != 0)
        qWarning("git %s failed: %s", qPrintable(args.join(QLatin1Char(' '))), r.err.constData());
    return QString::fromUtf8(r.out).trimmed();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray randomBytes(int size, quint32 seed)
{
    QRandomGenerator gen(seed);
    QByteArray data(size, Qt::Uninitialized);
    gen.fillRange(reinterpret_cast<quint32 *>(data.data()), size / 4);
    return data;
}

bool makeRandomRepo(const QString &bare, int files, int size)
{
    QDir().mkpath(bare);
    gitOut(bare, {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("--bare")});
    QByteArray stream;
    for (int i = 1; i <= files; ++i) {
        const QByteArray blob = randomBytes(size, quint32(i));
        stream += "blob\nmark :" + QByteArray::number(i) + "\ndata "
            + QByteArray::number(blob.size()) + '\n' + blob + '\n';
    }
    stream +=
        "commit refs/heads/main\ncommitter Fixture <f@example.org> 1700000000 +0000\ndata 7\nrandom\n";
    for (int i = 1; i <= files; ++i)
        stream +=
            "M 100644 :" + QByteArray::number(i) + " data/f" + QByteArray::number(i) + ".bin\n";
    stream += '\n';
    const ProcessResult r = run(QStringLiteral("git"),
        {QStringLiteral("-C"), bare, QStringLiteral("fast-import"), QStringLiteral("--quiet")}, {},
        stream);
    if (r.exitCode != 0)
        qWarning("fast-import failed: %s", r.err.constData());
    return r.exitCode == 0;
}

QString hashObject(const QString &repo, const QByteArray &content)
{
    const ProcessResult r = run(QStringLiteral("git"),
        {QStringLiteral("-C"), repo, QStringLiteral("hash-object"), QStringLiteral("-w"),
            QStringLiteral("--stdin")},
        {}, content);
    return QString::fromUtf8(r.out).trimmed();
}

// git's own plumbing accepts names such as ".git" and ".." that porcelain never writes: that is
// how a hostile repository is made.
QString mktree(const QString &repo, const QStringList &lines)
{
    const QByteArray input = (lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8();
    const ProcessResult r = run(QStringLiteral("git"),
        {QStringLiteral("-C"), repo, QStringLiteral("mktree"), QStringLiteral("--missing")}, {},
        input);
    if (r.exitCode != 0)
        qWarning("mktree failed: %s", r.err.constData());
    return QString::fromUtf8(r.out).trimmed();
}

QString entry(const char *mode, const char *type, const QString &id, const QString &name)
{
    return QLatin1String(mode) + QLatin1Char(' ') + QLatin1String(type) + QLatin1Char(' ') + id
        + QLatin1Char('\t') + name;
}

QStringList filesUnder(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    return files;
}

bool ServedRepos::start()
{
    QStandardPaths::setTestModeEnabled(true);
    if (!m_tmp.isValid())
        return false;
    m_served = m_tmp.path() + QStringLiteral("/served");
    QDir().mkpath(m_served);
    m_daemon = std::make_unique<GitDaemon>(m_served);
    if (!m_daemon->start()) {
        qWarning("git daemon: %s", qPrintable(m_daemon->errorString()));
        return false;
    }
    m_http = std::make_unique<HttpGitServer>(m_served);
    return m_http->start();
}

QString ServedRepos::work(const QString &name) const
{
    return m_tmp.path() + QStringLiteral("/work/") + name;
}

QString ServedRepos::bare(const QString &name) const
{
    return m_served + QLatin1Char('/') + name + QStringLiteral(".git");
}

QString ServedRepos::freshStore()
{
    return m_tmp.path() + QStringLiteral("/store%1").arg(++m_counter);
}

void ServedRepos::makeSource(
    const QString &name, const QList<std::pair<QString, QByteArray>> &commits)
{
    const QString w = work(name);
    QDir().mkpath(w);
    gitOut(w, {QStringLiteral("init"), QStringLiteral("-q")});
    int day = 1;
    for (const auto &[file, content] : commits) {
        writeFile(w, file, content);
        gitOut(w, {QStringLiteral("add"), QStringLiteral("-A")});
        gitOut(w,
            {QStringLiteral("commit"), QStringLiteral("-qm"), QStringLiteral("change ") + file},
            QStringLiteral("2024-01-%1T10:00:00Z").arg(day++, 2, 10, QLatin1Char('0')));
    }
    gitOut(m_served,
        {QStringLiteral("clone"), QStringLiteral("-q"), QStringLiteral("--bare"), w, bare(name)});
}

void ServedRepos::publish(const QString &name)
{
    gitOut(work(name),
        {QStringLiteral("push"), QStringLiteral("-q"), QStringLiteral("--force"),
            QStringLiteral("--prune"), bare(name), QStringLiteral("refs/heads/*:refs/heads/*"),
            QStringLiteral("refs/tags/*:refs/tags/*")});
}

} // namespace ChipTrace::Test
