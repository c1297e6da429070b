// SPDX-License-Identifier: GPL-3.0-or-later
// `chiptrace watch CASE [--add URL [--interval H]] [--remove URL] [--list] [--once|--due]
// [--format text|json]`: the case's watch list from the command line, for a systemd timer or
// cron (logic in core/watch). Exits 1 when hardware evidence was removed, rewritten away or a
// claim changed, so a script can raise the alarm; a later run reports only what is new.

#include "caseargs.h"
#include "commandregistry.h"
#include "git/repositorystore.h"
#include "scan/scanner.h"
#include "watch/watch.h"

#include <QCommandLineOption>
#include <QJsonDocument>
#include <QThread>

using namespace Qt::StringLiterals;

namespace ChipTrace::Cli {

static QString watchTag(const Case::WatchChange &c)
{
    if (c.kind == u"removed"_s)
        return u"REMOVED  "_s;
    if (c.kind == u"rewritten"_s)
        return u"REWRITTEN"_s;
    if (c.kind == u"claim-changed"_s)
        return u"CHANGED  "_s;
    if (c.kind == u"added"_s)
        return u"added    "_s;
    return u"history  "_s;
}

static void printWatchChange(const Case::WatchChange &c)
{
    if (c.kind == u"history"_s) {
        out() << "  " << watchTag(c) << ' ' << c.detail << "; "
              << QCoreApplication::translate("Cli", "old tip %1 kept as %2")
                     .arg(c.commit.left(12), c.ref)
              << Qt::endl;
        return;
    }
    out() << "  " << watchTag(c) << ' ' << c.ruleId << "  " << c.path << ':' << c.line << "  "
          << c.text << Qt::endl;
    QString where = QCoreApplication::translate("Cli", "in %1 (%2)")
                        .arg(c.commit.left(12), c.commitDate.toString(Qt::ISODate));
    if (c.kind == u"rewritten"_s)
        where +=
            u", "_s + QCoreApplication::translate("Cli", "%1; kept as %2").arg(c.detail, c.ref);
    else if (c.kind == u"claim-changed"_s)
        where += u", "_s + c.detail;
    else if (!c.ref.isEmpty())
        where += u", "_s + QCoreApplication::translate("Cli", "on %1").arg(c.ref);
    out() << "             " << where << Qt::endl;
}

static void printWatchText(const Watch::WatchReport &report)
{
    for (const Watch::RepoOutcome &r : report.repositories) {
        if (!r.checked)
            continue;
        if (!r.error.isEmpty()) {
            err() << QCoreApplication::translate("Cli", "%1: %2 (next try %3)")
                         .arg(r.url, r.error, r.nextAttempt.toString(Qt::ISODate))
                  << Qt::endl;
            continue;
        }
        if (r.baseline) {
            out() << QCoreApplication::translate("Cli",
                "%1: now watched (baseline: %n file(s) scanned, nothing to compare yet)", nullptr,
                r.blobsScanned)
                         .arg(r.url)
                  << Qt::endl;
            continue;
        }
        if (r.changes.isEmpty())
            continue;
        out() << QCoreApplication::translate(
            "Cli", "%1: %n change(s)", nullptr, int(r.changes.size()))
                     .arg(r.url)
              << Qt::endl;
        for (const Case::WatchChange &c : r.changes)
            printWatchChange(c);
    }
}

static void printWatchList(Case::WatchList &list)
{
    for (const Case::WatchEntry &e : list.entries()) {
        const qsizetype unseen = list.changes(e.url, true).size();
        out() << e.url << '\t'
              << QCoreApplication::translate("Cli", "every %1 h").arg(e.intervalHours) << '\t'
              << QCoreApplication::translate("Cli", "last fetched %1")
                     .arg(e.lastFetched.isValid() ? e.lastFetched.toString(Qt::ISODate)
                                                  : QCoreApplication::translate("Cli", "never"))
              << '\t' << QCoreApplication::translate("Cli", "%1 unseen change(s)").arg(unseen);
        if (!e.lastError.isEmpty())
            out() << '\t'
                  << QCoreApplication::translate("Cli", "failing (%1 time(s)): %2")
                         .arg(e.failures)
                         .arg(e.lastError);
        out() << Qt::endl;
    }
}

// Watching without --once/--due: a round whenever a repository is due, until killed.
static int watchForever(Watch::WatchEngine &engine, Case::WatchList &list, bool json)
{
    for (;;) {
        Watch::WatchOptions options;
        options.dueOnly = true;
        Result<Watch::WatchReport> report = engine.runOnce(options);
        if (!report)
            return failWith(report.error());
        if (json)
            out() << QJsonDocument(Watch::toJson(*report)).toJson(QJsonDocument::Compact)
                  << Qt::endl;
        else
            printWatchText(*report);
        QDateTime next = QDateTime::currentDateTimeUtc().addSecs(3600);
        for (const Case::WatchEntry &e : list.entries())
            if (e.nextAttempt.isValid() && e.nextAttempt < next)
                next = e.nextAttempt;
        const qint64 wait = QDateTime::currentDateTimeUtc().msecsTo(next);
        QThread::msleep(quint64(qMax<qint64>(wait, 1000)));
    }
}

static int runWatch(const QStringList &args)
{
    const QCommandLineOption add(u"add"_s,
        QCoreApplication::translate("Cli", "Watch this repository URL (or local path)"), u"URL"_s);
    const QCommandLineOption interval(u"interval"_s,
        QCoreApplication::translate("Cli", "With --add: fetch every H hours (default 24)"), u"H"_s,
        u"24"_s);
    const QCommandLineOption remove(
        u"remove"_s, QCoreApplication::translate("Cli", "Stop watching this URL"), u"URL"_s);
    const QCommandLineOption list(
        u"list"_s, QCoreApplication::translate("Cli", "Show the watch list and exit"));
    const QCommandLineOption once(u"once"_s,
        QCoreApplication::translate("Cli", "Check every watched repository now, then exit"));
    const QCommandLineOption due(u"due"_s,
        QCoreApplication::translate("Cli",
            "Check the repositories whose interval (or back-off) has passed, then exit (timers)"));
    const QCommandLineOption format(u"format"_s,
        QCoreApplication::translate("Cli", "Output: text (default) or json"), u"format"_s,
        u"text"_s);
    Parsed p;
    const int code = parse(p, args, {u"CASE"_s},
        QCoreApplication::translate("Cli",
            "Watch the case's repositories: fetch them, scan only what is new, and record in the "
            "case the hardware evidence the lab added, removed or rewrote. Exits 1 when "
            "evidence was removed, rewritten away or a claim changed."),
        {add, interval, remove, list, once, due, format});
    if (code >= 0)
        return code;
    const bool json = p.parser.value(format) == u"json"_s;
    if (!json && p.parser.value(format) != u"text"_s) {
        err()
            << QCoreApplication::translate("Cli", "Unknown format: %1").arg(p.parser.value(format))
            << Qt::endl;
        return ExitUsage;
    }
    auto cf = openCase(p, p.positional[0]);
    if (!cf)
        return failWith(cf.error());
    Case::WatchList watchList(**cf);
    if (p.parser.isSet(add)) {
        bool ok = false;
        const int hours = p.parser.value(interval).toInt(&ok);
        if (!ok || hours < 1) {
            err() << QCoreApplication::translate("Cli", "--interval takes a whole number of hours")
                  << Qt::endl;
            return ExitUsage;
        }
        const QString url = Git::RepositoryStore::normalizeUrl(p.parser.value(add));
        if (Status s = watchList.add(url, hours); !s)
            return failWith(s.error());
        if (!json)
            out()
                << QCoreApplication::translate("Cli", "Watching %1 every %2 h").arg(url).arg(hours)
                << Qt::endl;
    }
    if (p.parser.isSet(remove)) {
        const QString url = Git::RepositoryStore::normalizeUrl(p.parser.value(remove));
        if (Status s = watchList.remove(url); !s)
            return failWith(s.error());
    }
    if (p.parser.isSet(list)) {
        printWatchList(watchList);
        return ExitOk;
    }
    const bool runNow = p.parser.isSet(once) || p.parser.isSet(due);
    if (!runNow && (p.parser.isSet(add) || p.parser.isSet(remove)))
        return ExitOk;
    auto scanner = Scan::Scanner::create(Scan::ScanOptions{});
    if (!scanner)
        return failWith(scanner.error());
    Git::RepositoryStore store;
    Watch::WatchEngine engine(**cf, store, (*scanner)->contentScanner());
    if (!runNow)
        return watchForever(engine, watchList, json);
    Watch::WatchOptions options;
    options.dueOnly = p.parser.isSet(due);
    Result<Watch::WatchReport> report = engine.runOnce(options);
    if (!report)
        return failWith(report.error());
    if (json)
        out() << QJsonDocument(Watch::toJson(*report)).toJson(QJsonDocument::Indented);
    else
        printWatchText(*report);
    if (report->evidenceWithdrawn())
        return ExitFindings;
    return report->errorCount() > 0 ? ExitError : ExitOk;
}

static const CommandRegistration registration({
    u"watch"_s,
    QT_TRANSLATE_NOOP("Cli", "Watch a case's repositories and record what the lab removes"),
    runWatch,
});

} // namespace ChipTrace::Cli
