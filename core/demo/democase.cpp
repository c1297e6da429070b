// SPDX-License-Identifier: GPL-3.0-or-later
#include "democase.h"

#include "casefile/casefile.h"
#include "demo/demorepository.h"
#include "demo/demoscript.h"
#include "util/paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace ChipTrace::Demo {


QString defaultCasePath()
{
    return Paths::dataDir() + QStringLiteral("/demo/demo.chiptrace");
}

static QString walkthroughText(const CaseScript &script)
{
    QString text = script.summary + QStringLiteral("\n\n");
    for (const WalkthroughStep &s : script.walkthrough)
        text += s.title + QStringLiteral("\n") + s.text + QStringLiteral("\n\n");
    return text.trimmed();
}

static Status fill(Case::CaseFile &c, const CaseScript &script, const QString &repositoryPath)
{
    Case::Lab lab;
    lab.name = script.labName;
    lab.aliases = script.labAliases;
    lab.country = script.labCountry;
    lab.notes = script.labNotes;
    if (Result<Case::ChangeSet> r = c.saveLab(lab); !r)
        return r.error();
    Case::Model model;
    model.labId = lab.id;
    model.name = script.modelName;
    model.releaseDate = script.releaseDate;
    model.trainingStart = script.trainingStart;
    model.trainingEnd = script.trainingEnd;
    model.notes = script.modelNotes;
    if (Result<Case::ChangeSet> r = c.saveModel(model); !r)
        return r.error();
    Case::Source repo;
    repo.kind = Case::SourceKind::Repository;
    repo.uri = QDir(repositoryPath).absolutePath();
    repo.title = QCoreApplication::translate("Demo", "tinylm (demo repository)");
    repo.retrieved = QDateTime::currentDateTimeUtc();
    repo.notes = QCoreApplication::translate(
        "Demo", "Ships with ChipTrace; created with libgit2 on first run.");
    if (Result<Case::ChangeSet> r = c.saveSource(repo); !r)
        return r.error();
    return {};
}

Result<std::unique_ptr<Case::CaseFile>> createCase(
    const QString &casePath, const QString &repositoryPath)
{
    Result<CaseScript> script = loadCaseScript();
    if (!script)
        return script.error();
    QDir().mkpath(QFileInfo(casePath).absolutePath());
    Case::CaseInfo info;
    info.title = script->title;
    info.question = script->question;
    info.summary = walkthroughText(*script);
    Result<std::unique_ptr<Case::CaseFile>> c = Case::CaseFile::create(casePath, info);
    if (!c)
        return c.error();
    if (Status s = fill(**c, *script, repositoryPath); !s)
        return s.error();
    return c;
}

Result<std::unique_ptr<Case::CaseFile>> openOrCreateCase(
    const QString &casePath, const QString &repositoryPath)
{
    Result<QString> repo = ensureRepository(repositoryPath);
    if (!repo)
        return repo.error();
    const QString path = casePath.isEmpty() ? defaultCasePath() : casePath;
    if (QFileInfo::exists(path))
        return Case::CaseFile::open(path);
    return createCase(path, *repo);
}

} // namespace ChipTrace::Demo
