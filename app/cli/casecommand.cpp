// SPDX-License-Identifier: GPL-3.0-or-later
// `chiptrace case new|info|verify|export|import|merge`: thin front ends over Case::CaseFile.

#include "caseargs.h"
#include "casefile/casefile.h"
#include "casefile/caselocation.h"
#include "casefile/server.h"
#include "commandregistry.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace ChipTrace::Cli {


static int runNew(const QStringList &args)
{
    Parsed p;
    const QCommandLineOption title(u"title"_s,
        QCoreApplication::translate("Cli", "The case title (default: the file name)."), u"text"_s);
    const QCommandLineOption question(u"question"_s,
        QCoreApplication::translate("Cli", "The question the case answers."), u"text"_s);
    if (const int done = parse(p, args, {u"CASE"_s},
            QCoreApplication::translate("Cli", "Create a new case file."), {title, question});
        done >= 0)
        return done;
    const QString path = Case::resolveCasePath(p.positional[0]);
    Case::CaseInfo info;
    info.title = p.parser.isSet(title) ? p.parser.value(title) : QFileInfo(path).completeBaseName();
    info.question = p.parser.value(question);
    auto cf = Case::CaseFile::create(path, info);
    if (!cf)
        return failWith(cf.error());
    out() << path << Qt::endl;
    return ExitOk;
}

static int runInfo(const QStringList &args)
{
    Parsed p;
    const QCommandLineOption json(u"json"_s, QCoreApplication::translate("Cli", "Print JSON."));
    if (const int done = parse(p, args, {u"CASE"_s},
            QCoreApplication::translate("Cli", "Show what a case holds."), {json});
        done >= 0)
        return done;
    auto cf = openCase(p, p.positional[0]);
    if (!cf)
        return failWith(cf.error());
    const Case::CaseInfo i = (*cf)->info();
    const Case::CaseStats s = (*cf)->stats();
    if (p.parser.isSet(json)) {
        const QJsonObject o{{u"id"_s, i.id}, {u"title"_s, i.title}, {u"question"_s, i.question},
            {u"schema"_s, i.schemaVersion}, {u"created"_s, i.created.toString(Qt::ISODate)},
            {u"modified"_s, i.modified.toString(Qt::ISODate)}, {u"labs"_s, s.labs},
            {u"models"_s, s.models}, {u"sources"_s, s.sources}, {u"findings"_s, s.findings},
            {u"evidence"_s, s.evidence}, {u"proposed"_s, s.proposed}, {u"accepted"_s, s.accepted},
            {u"disputed"_s, s.disputed}, {u"rejected"_s, s.rejected}, {u"comments"_s, s.comments},
            {u"conclusions"_s, s.conclusions}, {u"open_conflicts"_s, s.openConflicts},
            {u"audit_entries"_s, s.auditEntries}};
        out() << QString::fromUtf8(QJsonDocument(o).toJson());
        return ExitOk;
    }
    out()
        << QCoreApplication::translate("Cli", "Case:      %1 (%2)").arg(i.title, i.id) << Qt::endl
        << QCoreApplication::translate("Cli", "Question:  %1").arg(i.question) << Qt::endl
        << QCoreApplication::translate("Cli", "Format:    %1").arg(i.schemaVersion) << Qt::endl
        << QCoreApplication::translate("Cli", "Modified:  %1").arg(i.modified.toString(Qt::ISODate))
        << Qt::endl
        << QCoreApplication::translate("Cli", "Labs %1, models %2, sources %3, findings %4")
               .arg(s.labs)
               .arg(s.models)
               .arg(s.sources)
               .arg(s.findings)
        << Qt::endl
        << QCoreApplication::translate(
               "Cli", "Evidence %1: %2 proposed, %3 accepted, %4 disputed, %5 rejected")
               .arg(s.evidence)
               .arg(s.proposed)
               .arg(s.accepted)
               .arg(s.disputed)
               .arg(s.rejected)
        << Qt::endl
        << QCoreApplication::translate(
               "Cli", "Comments %1, conclusions %2, open conflicts %3, audit entries %4")
               .arg(s.comments)
               .arg(s.conclusions)
               .arg(s.openConflicts)
               .arg(s.auditEntries)
        << Qt::endl;
    return ExitOk;
}

static int runVerify(const QStringList &args)
{
    Parsed p;
    if (const int done = parse(p, args, {u"CASE"_s},
            QCoreApplication::translate(
                "Cli", "Check a case's audit trail, rows and captured copies for tampering."));
        done >= 0)
        return done;
    auto cf = openCase(p, p.positional[0]);
    if (!cf)
        return failWith(cf.error());
    const Case::VerifyReport r = (*cf)->verify();
    for (const Case::VerifyProblem &problem : r.problems)
        out() << QCoreApplication::translate("Cli", "PROBLEM: %1").arg(problem.message) << Qt::endl;
    out() << QCoreApplication::translate(
        "Cli", "%1 audit entries, %2 rows, %3 captured copies checked: %4")
                 .arg(r.auditEntries)
                 .arg(r.rowsChecked)
                 .arg(r.copiesChecked)
                 .arg(r.ok() ? QCoreApplication::translate("Cli", "OK")
                             : QCoreApplication::translate(
                                   "Cli", "%n problem(s)", nullptr, int(r.problems.size())))
          << Qt::endl;
    return r.ok() ? ExitOk : ExitVerifyFailed;
}

static int runExport(const QStringList &args)
{
    Parsed p;
    if (const int done = parse(p, args, {u"CASE"_s, u"BUNDLE"_s},
            QCoreApplication::translate(
                "Cli", "Write a case and its captured copies as one bundle file."));
        done >= 0)
        return done;
    auto cf = openCase(p, p.positional[0]);
    if (!cf)
        return failWith(cf.error());
    if (Status s = (*cf)->exportBundle(p.positional[1]); !s)
        return failWith(s.error());
    out() << p.positional[1] << Qt::endl;
    return ExitOk;
}

static int runImport(const QStringList &args)
{
    Parsed p;
    if (const int done = parse(p, args, {u"BUNDLE"_s, u"CASE"_s},
            QCoreApplication::translate("Cli", "Unpack a bundle into a new case file."));
        done >= 0)
        return done;
    const QString path = Case::resolveCasePath(p.positional[1]);
    auto cf = Case::CaseFile::importBundle(p.positional[0], path);
    if (!cf)
        return failWith(cf.error());
    out() << path << Qt::endl;
    return ExitOk;
}

static int runMerge(const QStringList &args)
{
    Parsed p;
    if (const int done = parse(p, args, {u"CASE"_s, u"OTHER"_s},
            QCoreApplication::translate(
                "Cli", "Merge another copy of the case (a bundle or a case file) into CASE."));
        done >= 0)
        return done;
    auto cf = openCase(p, p.positional[0]);
    if (!cf)
        return failWith(cf.error());
    auto r = (*cf)->merge(p.positional[1]);
    if (!r)
        return failWith(r.error());
    out() << QCoreApplication::translate(
        "Cli", "%1 added, %2 updated, %3 unchanged, %4 conflict(s)")
                 .arg(r->added)
                 .arg(r->updated)
                 .arg(r->unchanged)
                 .arg(r->conflicts.size())
          << Qt::endl;
    for (const Case::Conflict &c : r->conflicts)
        out() << QCoreApplication::translate("Cli",
            "CONFLICT: %1 %2 differs in both copies; ours is kept until resolved (chiptrace conflicts, chiptrace resolve).")
                     .arg(c.table, c.entityId)
              << Qt::endl;
    return ExitOk;
}

static int runPush(const QStringList &args)
{
    Parsed p;
    if (const int done = parse(p, args, {u"FILE"_s, u"URI"_s},
            QCoreApplication::translate("Cli",
                "Put a case file on a server as a new case (postgresql://host/db?case=NAME), its "
                "audit trail and captured copies included."));
        done >= 0)
        return done;
    if (Status s = Case::Server::push(Case::resolveCasePath(p.positional[0]), p.positional[1]); !s)
        return failWith(s.error());
    out() << p.positional[1] << Qt::endl;
    return ExitOk;
}

static int runPull(const QStringList &args)
{
    Parsed p;
    if (const int done = parse(p, args, {u"URI"_s, u"FILE"_s},
            QCoreApplication::translate("Cli",
                "Copy a server case into a new case file, its audit trail and captured copies "
                "included."));
        done >= 0)
        return done;
    const QString path = Case::resolveCasePath(p.positional[1]);
    if (Status s = Case::Server::pull(p.positional[0], path); !s)
        return failWith(s.error());
    out() << path << Qt::endl;
    return ExitOk;
}

static int runCase(const QStringList &args)
{
    static const QList<QPair<QString, SubCommand>> subs{{u"new"_s, runNew}, {u"info"_s, runInfo},
        {u"verify"_s, runVerify}, {u"export"_s, runExport}, {u"import"_s, runImport},
        {u"merge"_s, runMerge}, {u"push"_s, runPush}, {u"pull"_s, runPull}};
    return dispatch(args, subs,
        QCoreApplication::translate("Cli",
            "Usage: chiptrace case new|info|verify|export|import|merge|push|pull ... (see chiptrace case "
            "<command> --help)"));
}

static const CommandRegistration registration({
    u"case"_s,
    QT_TRANSLATE_NOOP("Cli", "Create, inspect, verify, export, import, merge, push and pull cases"),
    runCase,
});

} // namespace ChipTrace::Cli
