// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Fixtures shared by the git acquisition suites: repositories made at test time with git's own
// porcelain and plumbing, served over loopback by a real `git daemon` and `git http-backend`
// (support/gitserver.h). A suite derives from ServedRepos (after QObject) and calls start() in
// initTestCase().

#include "gitserver.h"
#include "testsupport.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace ChipTrace::Test {

// `git args` in `dir` (fixed identity and dates); stdout trimmed, failures logged.
QString gitOut(const QString &dir, const QStringList &args, const QString &date = {});
QByteArray readFile(const QString &path);
QByteArray randomBytes(int size, quint32 seed);
// A bare repository made with `git fast-import`: `files` files of `size` random bytes each.
bool makeRandomRepo(const QString &bare, int files, int size);
// `git hash-object -w` of `content` in the bare repository `repo`.
QString hashObject(const QString &repo, const QByteArray &content);
// `git mktree --missing` from ls-tree lines; accepts names porcelain never writes.
QString mktree(const QString &repo, const QStringList &lines);
QString entry(const char *mode, const char *type, const QString &id, const QString &name);
QStringList filesUnder(const QString &dir);

class ServedRepos
{
protected:
    bool start(); // temporary folders, git daemon and HTTP server
    QString work(const QString &name) const;
    QString bare(const QString &name) const;
    QString freshStore();
    // A working repository `name` with one commit per (file, content) pair, published bare.
    void makeSource(const QString &name, const QList<std::pair<QString, QByteArray>> &commits);
    // Pushes every branch and tag of work(name) to bare(name), forced and pruned.
    void publish(const QString &name);

    QTemporaryDir m_tmp;
    QString m_served;
    std::unique_ptr<GitDaemon> m_daemon;
    std::unique_ptr<HttpGitServer> m_http;
    int m_counter = 0;
};

} // namespace ChipTrace::Test
