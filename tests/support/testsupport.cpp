// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "demo/democase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

namespace ChipTrace::Test {

static ProcessResult runWith(const QString &program, const QStringList &args,
    const QString &workDir, const QProcessEnvironment &env, const QByteArray &stdinData,
    int timeoutMs)
{
    QProcess p;
    p.setProcessEnvironment(env);
    if (!workDir.isEmpty())
        p.setWorkingDirectory(workDir);
    p.start(program, args);
    ProcessResult r;
    if (!p.waitForStarted(30000)) {
        r.err = "failed to start " + program.toUtf8();
        return r;
    }
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = "timed out: " + program.toUtf8();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

ProcessResult run(const QString &program, const QStringList &args, const QString &workDir,
    const QByteArray &stdinData, int timeoutMs)
{
    return runWith(
        program, args, workDir, QProcessEnvironment::systemEnvironment(), stdinData, timeoutMs);
}

ProcessResult git(const QString &repoDir, const QStringList &args, const QString &date)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GIT_AUTHOR_NAME"), QStringLiteral("Fixture Author"));
    env.insert(QStringLiteral("GIT_AUTHOR_EMAIL"), QStringLiteral("author@example.org"));
    env.insert(QStringLiteral("GIT_COMMITTER_NAME"), QStringLiteral("Fixture Author"));
    env.insert(QStringLiteral("GIT_COMMITTER_EMAIL"), QStringLiteral("author@example.org"));
    env.insert(QStringLiteral("GIT_CONFIG_NOSYSTEM"), QStringLiteral("1"));
    env.insert(QStringLiteral("GIT_CONFIG_GLOBAL"), QStringLiteral("/dev/null"));
    if (!date.isEmpty()) {
        env.insert(QStringLiteral("GIT_AUTHOR_DATE"), date);
        env.insert(QStringLiteral("GIT_COMMITTER_DATE"), date);
    }
    QStringList full{QStringLiteral("-c"), QStringLiteral("init.defaultBranch=main"),
        QStringLiteral("-c"), QStringLiteral("protocol.file.allow=always")};
    full += args;
    return runWith(QStringLiteral("git"), full, repoDir, env, {}, 120000);
}

void writeFile(const QString &repoDir, const QString &relPath, const QByteArray &content)
{
    const QString path = repoDir + QLatin1Char('/') + relPath;
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write fixture file %s", qPrintable(path));
    f.write(content);
}

ProcessResult chiptrace(const QStringList &args, const QString &home, int timeoutMs)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    if (!home.isEmpty()) {
        env.insert(QStringLiteral("HOME"), home);
        env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
    }
    return runWith(QStringLiteral(CHIPTRACE_CLI), args, {}, env, {}, timeoutMs);
}

void initWorkbenchTest(const QString &name)
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("CHIPTRACE_NO_DIALOGS", "1");
    QCoreApplication::setOrganizationName(QStringLiteral("chiptrace-test"));
    QCoreApplication::setApplicationName(name);
    QSettings().clear();
    QDir(QFileInfo(Demo::defaultCasePath()).absolutePath()).removeRecursively();
}

} // namespace ChipTrace::Test
