// SPDX-License-Identifier: GPL-3.0-or-later
#include "watch/watch.h"

#include "watch/changefinder.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QMap>
#include <QThreadPool>
#include <QUrl>
#include <QtConcurrent>

#include <vector>

using namespace Qt::StringLiterals;

namespace ChipTrace::Watch {

bool withdrawsEvidence(const Case::WatchChange &change)
{
    return change.kind == u"removed"_s || change.kind == u"rewritten"_s
        || change.kind == u"claim-changed"_s;
}

bool WatchReport::evidenceWithdrawn() const
{
    for (const RepoOutcome &r : repositories)
        for (const Case::WatchChange &c : r.changes)
            if (withdrawsEvidence(c))
                return true;
    return false;
}

int WatchReport::changeCount() const
{
    int n = 0;
    for (const RepoOutcome &r : repositories)
        n += int(r.changes.size());
    return n;
}

int WatchReport::errorCount() const
{
    int n = 0;
    for (const RepoOutcome &r : repositories)
        n += r.error.isEmpty() ? 0 : 1;
    return n;
}

static QString jsonTime(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QJsonObject toJson(const Case::WatchChange &c)
{
    return QJsonObject{{u"kind"_s, c.kind}, {u"repository"_s, c.repo}, {u"at"_s, jsonTime(c.at)},
        {u"commit"_s, c.commit}, {u"commitDate"_s, jsonTime(c.commitDate)},
        {u"fingerprint"_s, c.fingerprint}, {u"rule"_s, c.ruleId}, {u"path"_s, c.path},
        {u"line"_s, c.line}, {u"text"_s, c.text}, {u"ref"_s, c.ref}, {u"detail"_s, c.detail},
        {u"withdrawsEvidence"_s, withdrawsEvidence(c)}};
}

QJsonObject toJson(const WatchReport &report)
{
    QJsonArray repos;
    QJsonArray all;
    for (const RepoOutcome &r : report.repositories) {
        QJsonArray changes;
        for (const Case::WatchChange &c : r.changes) {
            changes.append(toJson(c));
            all.append(toJson(c));
        }
        repos.append(
            QJsonObject{{u"url"_s, r.url}, {u"checked"_s, r.checked}, {u"baseline"_s, r.baseline},
                {u"error"_s, r.error}, {u"fetch"_s, r.fetchSummary}, {u"commits"_s, r.commits},
                {u"blobsScanned"_s, r.blobsScanned}, {u"bytesScanned"_s, r.bytesScanned},
                {u"fetchMs"_s, r.fetchMs}, {u"analyseMs"_s, r.analyseMs},
                {u"nextAttempt"_s, jsonTime(r.nextAttempt)}, {u"changes"_s, changes}});
    }
    return QJsonObject{{u"repositories"_s, repos}, {u"changes"_s, all},
        {u"evidenceWithdrawn"_s, report.evidenceWithdrawn()}, {u"errors"_s, report.errorCount()}};
}

QString hostOf(const QString &url)
{
    const QUrl u(url);
    const QString host = u.host().toLower();
    return host.isEmpty() ? u"local"_s : host;
}

QDateTime nextAttemptAfter(const Case::WatchEntry &entry, bool failed, const QDateTime &now)
{
    const qint64 interval = qint64(qMax(1, entry.intervalHours)) * 3600;
    if (!failed)
        return now.addSecs(interval);
    // 5 min, 10, 20, ...: a server that is down for a while is not asked every few minutes,
    // and never less often than the analyst asked for.
    const int doublings = qBound(0, entry.failures, 20); // failures already counts this one
    const qint64 backoff = qint64(300) << qMax(0, doublings - 1);
    return now.addSecs(qMin(backoff, interval));
}

WatchEngine::WatchEngine(
    Case::CaseFile &cf, Git::RepositoryStore &store, const Scan::ContentScanner &content)
    : m_case(cf)
    , m_store(store)
    , m_content(content)
{ }

RepoOutcome WatchEngine::check(const Case::WatchEntry &entry, const WatchOptions &options,
    const QSet<QString> &known, QHash<QString, QByteArray> cache, Case::WatchEntry *state,
    QList<Case::WatchBlob> *newBlobs)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    RepoOutcome out;
    out.url = entry.url;
    out.checked = true;
    *state = entry;
    state->lastAttempt = now;
    auto failed = [&](const QString &message) {
        out.error = message;
        state->lastError = message;
        ++state->failures;
        state->nextAttempt = out.nextAttempt = nextAttemptAfter(*state, true, now);
        return out;
    };
    QElapsedTimer clock;
    clock.start();
    // The watch reads objects, never files: the entry's checkout is left for `fetch` or
    // `scan`, which see it is stale and write it then (writing a large tree took minutes).
    Git::AcquireOptions acquire = options.acquire;
    acquire.checkout = false;
    Result<Git::Acquisition> got = m_store.acquire(
        entry.url, acquire, [this](const Git::TransferProgress &) { return !m_cancel.load(); });
    out.fetchMs = clock.restart();
    if (!got)
        return failed(got.message());
    out.fetchSummary = got->changes.summary();
    const AnalysisInput input{got->path, entry.url, entry.refs, known, std::move(cache), &m_content,
        options.maxBlobSize, now};
    Result<Analysis> analysis = analyseRepository(input);
    out.analyseMs = clock.elapsed();
    if (!analysis)
        return failed(analysis.message());
    out.baseline = analysis->baseline;
    out.changes = analysis->changes;
    out.commits = analysis->commits;
    out.blobsScanned = analysis->blobsScanned;
    out.bytesScanned = analysis->bytesScanned;
    *newBlobs = std::move(analysis->newBlobs);
    state->refs = analysis->refsAfter;
    state->lastFetched = now;
    state->lastError.clear();
    state->failures = 0;
    state->nextAttempt = out.nextAttempt = nextAttemptAfter(*state, false, now);
    return out;
}

// Blobs and changes first, the refs last: should the process die in between, the next round
// compares from the old refs again and recording the same changes twice keeps one row.
Status WatchEngine::store(const RepoOutcome &outcome, const Case::WatchEntry &state,
    const QList<Case::WatchBlob> &newBlobs, RepoOutcome *recorded)
{
    Case::WatchList list(m_case);
    *recorded = outcome;
    if (outcome.error.isEmpty()) {
        if (Status s = list.addBlobs(outcome.url, newBlobs); !s)
            return s;
        Result<QList<Case::WatchChange>> fresh = list.record(outcome.changes);
        if (!fresh)
            return fresh.error();
        recorded->changes = *fresh;
    }
    return list.saveState(state);
}

Result<WatchReport> WatchEngine::runOnce(const WatchOptions &options)
{
    m_cancel = false;
    Case::WatchList list(m_case);
    const QList<Case::WatchEntry> entries = list.entries();
    if (!m_case.readError().isEmpty())
        return fail(ErrorCode::Io, m_case.readError());
    const QSet<QString> known = list.findingFingerprints();
    const QDateTime now = QDateTime::currentDateTimeUtc();

    struct Job
    {
        Case::WatchEntry entry;
        QHash<QString, QByteArray> cache;
        RepoOutcome outcome;
        Case::WatchEntry state;
        QList<Case::WatchBlob> newBlobs;
    };
    std::vector<Job> jobs;
    QMap<QString, QList<size_t>> byHost;
    for (const Case::WatchEntry &e : entries) {
        Job job{e, {}, {}, e, {}};
        job.outcome.url = e.url;
        job.outcome.nextAttempt = e.nextAttempt;
        if (!options.dueOnly || e.isDue(now)) {
            Result<QHash<QString, QByteArray>> cache = list.blobCache(e.url);
            if (!cache)
                return cache.error();
            job.cache = std::move(*cache);
            byHost[hostOf(e.url)] << jobs.size();
        }
        jobs.push_back(std::move(job));
    }

    // One thread per host, its repositories one after another: one transfer per host.
    QThreadPool pool;
    pool.setMaxThreadCount(qMax(1, options.parallelHosts));
    QList<QFuture<void>> running;
    for (const QList<size_t> &indexes : std::as_const(byHost)) {
        running << QtConcurrent::run(&pool, [this, &jobs, &options, &known, indexes] {
            for (size_t i : indexes) {
                if (m_cancel)
                    return;
                Job &j = jobs[i];
                j.outcome =
                    check(j.entry, options, known, std::move(j.cache), &j.state, &j.newBlobs);
            }
        });
    }
    for (QFuture<void> &f : running)
        f.waitForFinished();

    WatchReport report;
    for (Job &j : jobs) {
        RepoOutcome recorded = j.outcome;
        if (j.outcome.checked)
            if (Status s = store(j.outcome, j.state, j.newBlobs, &recorded); !s)
                return s.error();
        report.repositories << recorded;
    }
    if (m_cancel)
        return fail(ErrorCode::Cancelled,
            QCoreApplication::translate("ChipTrace::Watch", "The watch was cancelled."));
    return report;
}

} // namespace ChipTrace::Watch
