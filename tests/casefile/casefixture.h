// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared fixtures for the case-file tests: a small case with a lab, a model, a captured source,
// a finding and an evidence item, and helpers to hash files and to edit a case "by hand".

#include "casefile/casefile.h"
#include "casefile/database.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTest>

#include <map>

namespace ChipTrace::Test {

struct SmallCase
{
    std::unique_ptr<Case::CaseFile> file;
    Case::Lab lab;
    Case::Model model;
    Case::Source source;
    Case::FindingRecord finding;
    Case::Evidence evidence;
    QString location; // where to open it again: the file, or the server case's URI
    QString serverCase; // the case's name on a server (casebackend.h); empty for a file
    // On a server, the case as seen by other signed-in analysts (CaseBackends::as()).
    std::map<QString, std::unique_ptr<Case::CaseFile>> signedIn;
};

inline SmallCase makeSmallCase(const QString &path, const QString &author = QStringLiteral("alice"))
{
    SmallCase c;
    Case::CaseInfo info;
    info.title = QStringLiteral("DeepSeek-V3 accelerators");
    info.question = QStringLiteral("Which accelerators trained DeepSeek-V3?");
    auto cf = Case::CaseFile::create(path, info);
    if (!cf)
        qFatal("cannot create case: %s", qPrintable(cf.message()));
    c.file = std::move(*cf);
    c.location = path;
    c.file->setActor(author);
    c.lab.name = QStringLiteral("DeepSeek");
    c.lab.aliases = {QStringLiteral("深度求索")};
    c.lab.country = QStringLiteral("CN");
    bool ok = bool(c.file->saveLab(c.lab));
    c.model.labId = c.lab.id;
    c.model.name = QStringLiteral("DeepSeek-V3");
    c.model.releaseDate = QDate(2024, 12, 26);
    ok = ok && c.file->saveModel(c.model);
    c.source.kind = Case::SourceKind::Paper;
    c.source.uri = QStringLiteral("https://arxiv.org/abs/2412.19437");
    c.source.title = QStringLiteral("DeepSeek-V3 Technical Report");
    ok = ok
        && c.file->capture(
            c.source, QByteArrayLiteral("2.788M H800 GPU hours for its full training"));
    ok = ok && c.file->saveSource(c.source);
    c.finding.sourceId = c.source.id;
    c.finding.kind = QStringLiteral("claim");
    c.finding.ruleId = QStringLiteral("claim");
    c.finding.locator.page = 1;
    c.finding.text = QStringLiteral("2.788M H800 GPU hours for its full training");
    c.finding.chips = {QStringLiteral("H800")};
    ok = ok && c.file->saveFinding(c.finding);
    c.evidence.modelId = c.model.id;
    c.evidence.findingId = c.finding.id;
    c.evidence.sourceId = c.source.id;
    c.evidence.stance = Case::Stance::Supports;
    c.evidence.reliability = Case::Reliability::B;
    c.evidence.credibility = Case::Credibility::ProbablyTrue;
    c.evidence.constraint = QStringLiteral("arch in [Hopper]");
    c.evidence.strength = ChipTrace::Strength::Strong;
    ok = ok && c.file->saveEvidence(c.evidence);
    if (!ok)
        qFatal("cannot fill the small case");
    return c;
}

// Turns a current case file back into an older version by hand (`sql` undoes what the later
// versions added), left as ChipTrace wrote files then: one file, no WAL.
inline bool downgradeCase(const QString &path, const QString &sql, int version)
{
    auto db = Case::Database::open(path, Case::Database::Mode::ReadWrite);
    return db
        && (*db)->exec(sql + QStringLiteral("; PRAGMA user_version = %1; ").arg(version)
            + QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode = DELETE;"));
}

inline QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

} // namespace ChipTrace::Test
