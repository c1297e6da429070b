// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers shared by the test suites: running real tools (git, the chiptrace executable) and
// building throwaway repositories. The product never shells out to git; tests do, to make
// fixtures the way a lab's repository is really made.

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace ChipTrace::Test {

struct ProcessResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs a program to completion (default 120 s) in `workDir`, failing loudly if it cannot start.
ProcessResult run(const QString &program, const QStringList &args, const QString &workDir = {},
    const QByteArray &stdinData = {}, int timeoutMs = 120000);

// Runs `git args...` in `repoDir` with a fixed identity and dates so fixtures are reproducible;
// `date` (ISO 8601) sets both author and committer date when given.
ProcessResult git(const QString &repoDir, const QStringList &args, const QString &date = {});

// Writes `content` to `repoDir/relPath`, creating folders.
void writeFile(const QString &repoDir, const QString &relPath, const QByteArray &content);

// Runs the built chiptrace executable with `args` (offscreen, test XDG paths in `home`).
ProcessResult chiptrace(const QStringList &args, const QString &home = {}, int timeoutMs = 300000);

// Common set-up of a workbench (GUI) test: Qt's test-mode paths (under $HOME, which ctest sets
// per test), its own settings, error messages in the status bar instead of modal boxes, and a
// demo case built afresh on first use.
void initWorkbenchTest(const QString &name);

} // namespace ChipTrace::Test
