// SPDX-License-Identifier: GPL-3.0-or-later
// The Workbench's side of watching labs: rounds of the watch engine off the GUI thread, the
// Changes model, and a change's file for the code viewer.

#include "casefile/casefile.h"
#include "git/blobreader.h"
#include "git/repositorystore.h"
#include "models/watchchangesmodel.h"
#include "scan/scanner.h"
#include "watch/watch.h"
#include "workbench.h"

#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace ChipTrace::Ui {

static Result<Watch::WatchReport> runWatchRound(const QString &casePath, bool dueOnly)
{
    // Its own connection, scanner and store: nothing here is shared with the GUI thread.
    Result<std::unique_ptr<Case::CaseFile>> cf = Case::CaseFile::open(casePath);
    if (!cf)
        return cf.error();
    auto scanner = Scan::Scanner::create(Scan::ScanOptions{});
    if (!scanner)
        return scanner.error();
    Git::RepositoryStore store;
    Watch::WatchEngine engine(**cf, store, (*scanner)->contentScanner());
    Watch::WatchOptions options;
    options.dueOnly = dueOnly;
    return engine.runOnce(options);
}

Result<QFuture<Result<Watch::WatchReport>>> Workbench::startWatch(bool dueOnly)
{
    if (!m_case)
        return fail(ErrorCode::InvalidArgument, tr("No case is open."));
    if (!hasWatches())
        return fail(ErrorCode::NotFound, tr("This case watches no repository."));
    return QtConcurrent::run(&m_pool, runWatchRound, m_case->path(), dueOnly);
}

QList<Case::WatchChange> Workbench::finishWatch(const Result<Watch::WatchReport> &report)
{
    QList<Case::WatchChange> recorded;
    if (!report) {
        this->report(report.error());
        return recorded;
    }
    for (const Watch::RepoOutcome &r : report->repositories) {
        recorded << r.changes;
        if (!r.error.isEmpty())
            Q_EMIT message(tr("Watching %1: %2").arg(r.url, r.error));
    }
    refreshWatchChanges();
    return recorded;
}

bool Workbench::hasWatches() const
{
    return m_case && !Case::WatchList(*m_case).entries().isEmpty();
}

Status Workbench::addWatch(const QString &url, int intervalHours)
{
    if (!m_case)
        return report(fail(ErrorCode::InvalidArgument, tr("No case is open.")));
    if (Status s =
            Case::WatchList(*m_case).add(Git::RepositoryStore::normalizeUrl(url), intervalHours);
        !s)
        return report(s.error());
    return {};
}

Status Workbench::markWatchChangesSeen()
{
    if (!m_case)
        return {};
    if (Status s = Case::WatchList(*m_case).markSeen(); !s)
        return report(s.error());
    refreshWatchChanges();
    return {};
}

void Workbench::refreshWatchChanges()
{
    m_watchChanges->setChanges(
        m_case ? Case::WatchList(*m_case).changes() : QList<Case::WatchChange>());
    Q_EMIT watchChangesChanged();
}

// Off the GUI thread: the repository's objects in the store, at the version the change shows.
static Result<SourceView> readWatchChange(const Case::WatchChange &c)
{
    Result<Git::StoreEntry> entry = Git::RepositoryStore().find(c.repo);
    if (!entry)
        return entry.error();
    // A removal shows the line in the version before the commit that removed it.
    const bool before = c.kind == u"removed"_s;
    const QString version = before ? c.commit + u'^' : c.commit;
    Result<QByteArray> data = Git::readFileAt(entry->path, version, c.path);
    if (!data)
        return data.error();
    SourceView view;
    view.path = c.path;
    view.text = QString::fromUtf8(*data);
    view.version = before ? Workbench::tr("before %1").arg(c.commit.left(10)) : c.commit.left(10);
    view.note = watchKindTitle(c.kind) + u": "_s
        + (c.detail.isEmpty() ? Workbench::tr("in %1").arg(c.commit.left(10)) : c.detail)
        + (c.ref.isEmpty() ? QString() : u" ("_s + c.ref + u')');
    CodeHit hit;
    hit.line = qMax(1, c.line);
    hit.ruleId = c.ruleId;
    hit.history = view.note;
    hit.removed = c.kind == u"removed"_s || c.kind == u"rewritten"_s;
    view.hits.push_back(hit);
    view.focusHit = 0;
    return view;
}

QFuture<Result<SourceView>> Workbench::sourceForWatchChange(const Case::WatchChange &change)
{
    return QtConcurrent::run(&m_readPool, readWatchChange, change);
}

} // namespace ChipTrace::Ui
