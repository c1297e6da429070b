// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The built-in demo, as data: the history of the sample repository "tinylm" (commits, dates,
// files written and removed, tags) and the case that walks an analyst through the method on it.
// Both are JSON files compiled in under :/data/demo/, so the demo needs no network and can be
// read and changed without touching code.

#include "util/result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace ChipTrace::Demo {

struct ScriptCommit
{
    QDateTime date; // author and committer date, UTC
    QString message;
    QMap<QString, QString> writes; // repository path -> file under :/data/demo/files/
    QStringList removes; // repository paths
    QString tag; // lightweight tag on this commit, if any
};

struct RepositoryScript
{
    QString name;
    QString branch;
    QString authorName;
    QString authorEmail;
    QList<ScriptCommit> commits;
};

struct WalkthroughStep
{
    QString title;
    QString text;
};

struct CaseScript
{
    QString title;
    QString question;
    QString summary;
    QString labName;
    QStringList labAliases;
    QString labCountry;
    QString labNotes;
    QString modelName;
    QDate releaseDate;
    QDate trainingStart;
    QDate trainingEnd;
    QString modelNotes;
    QList<WalkthroughStep> walkthrough;
};

Result<RepositoryScript> loadRepositoryScript(
    const QString &path = QStringLiteral(":/data/demo/repository.json"));
Result<CaseScript> loadCaseScript(const QString &path = QStringLiteral(":/data/demo/case.json"));

} // namespace ChipTrace::Demo
