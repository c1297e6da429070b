// SPDX-License-Identifier: GPL-3.0-or-later
// Scanning a case's repositories from the workbench: the scan runs on the scanner's own pool
// (see Scan::Scanner); its findings go into the case in one transaction and one undo step.

#include "casefile/casefile.h"
#include "evidence/scanimport.h"
#include "git/repositorystore.h"
#include "models/findingsmodel.h"
#include "scan/scanner.h"
#include "workbench.h"

#include <QFutureWatcher>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>

namespace ChipTrace::Ui {

Result<QFuture<Scan::ScanResult>> Workbench::startScan(const QString &sourceId, bool history)
{
    const QString repo = repositoryPath(sourceId);
    if (repo.isEmpty())
        return fail(
            ErrorCode::NotFound, tr("The repository is not on this computer; fetch it first."));
    if (!m_scanner) {
        Scan::ScanOptions options;
        options.streamBatches = true;
        Result<std::unique_ptr<Scan::Scanner>> scanner = Scan::Scanner::create(options);
        if (!scanner)
            return scanner.error();
        m_scanner = std::move(scanner.value());
    }
    discardStreamed();
    QFuture<Scan::ScanResult> future =
        history ? m_scanner->scanHistory(repo) : m_scanner->scanWorkingTree(repo);
    // Early batches go into the findings table as pending rows while the scan runs.
    auto *watcher = new QFutureWatcher<Scan::ScanResult>(this);
    connect(watcher, &QFutureWatcherBase::resultsReadyAt, this,
        [this, watcher, sourceId](int begin, int end) {
            for (int i = begin; i < end; ++i)
                if (const Scan::ScanResult batch = watcher->resultAt(i); batch.partial)
                    showStreamed(sourceId, batch.findings);
        });
    connect(watcher, &QFutureWatcherBase::finished, watcher, &QObject::deleteLater);
    watcher->setFuture(future);
    return future;
}

void Workbench::showStreamed(const QString &sourceId, const QList<Scan::Finding> &findings)
{
    if (!m_case || !m_case->source(sourceId))
        return;
    QList<Case::FindingRecord> rows;
    rows.reserve(findings.size());
    for (const Scan::Finding &f : findings)
        rows.append(Case::fromScanFinding(f, sourceId, {}));
    if (m_findings->appendPending(rows) > 0)
        Q_EMIT findingsStreamed(m_findings->pendingCount());
}

void Workbench::discardStreamed()
{
    m_findings->dropPending();
}

// The scan's findings not yet in the case (finding ids derive from content, so a rescan adds
// only what is new).
static Case::ImportBatch newFindings(const Case::CaseFile &cf, const QString &sourceId,
    const QString &title, const Scan::ScanResult &result)
{
    QSet<QString> known;
    for (const Case::FindingRecord &f : cf.findings(sourceId))
        known.insert(f.id);
    Case::ImportBatch batch;
    batch.label = Workbench::tr("Scan %1").arg(title);
    for (const Scan::Finding &f : result.findings) {
        Case::FindingRecord r = Case::fromScanFinding(f, sourceId, result.headCommit);
        if (!known.contains(r.id)) {
            known.insert(r.id);
            batch.findings.append(std::move(r));
        }
    }
    return batch;
}

Result<QFuture<Result<Case::ChangeSet>>> Workbench::startImportScan(
    const QString &sourceId, Scan::ScanResult result)
{
    if (!m_case)
        return fail(ErrorCode::InvalidArgument, tr("The case was closed during the scan."));
    if (!result.error.isEmpty())
        return fail(ErrorCode::Generic, result.error);
    const std::optional<Case::Source> source = m_case->source(sourceId);
    if (!source)
        return fail(
            ErrorCode::NotFound, tr("The repository was removed from the case during the scan."));
    // A second connection writes on the pool (100,000 findings take seconds, audited); this
    // one keeps reading, and edits made meanwhile are refused with a reason, not queued.
    m_case->setWritesBlocked(
        tr("The scan's findings are being added to the case; try again in a moment."));
    m_importingCase = m_case->path();
    return QtConcurrent::run(&m_pool,
        [path = m_case->path(), sourceId, title = source->title, result = std::move(result)](
            QPromise<Result<Case::ChangeSet>> &promise) {
            Result<std::unique_ptr<Case::CaseFile>> other = Case::CaseFile::open(path);
            if (!other) {
                promise.addResult(Result<Case::ChangeSet>(other.error()));
                return;
            }
            Case::ImportBatch batch = newFindings(**other, sourceId, title, result);
            promise.setProgressRange(0, int(batch.findings.size()));
            Result<Case::ChangeSet> change = batch.findings.isEmpty()
                ? Result<Case::ChangeSet>(Case::ChangeSet{})
                : (*other)->importBatch(batch, [&promise](qint64 done, qint64) {
                      promise.setProgressValue(int(done));
                      return !promise.isCanceled();
                  });
            if (change)
                change->label = batch.label;
            promise.addResult(std::move(change));
        });
}

Status Workbench::finishImportScan(
    const QString &sourceId, const QFuture<Result<Case::ChangeSet>> &future)
{
    const bool sameCase = m_case && m_case->path() == m_importingCase;
    m_importingCase.clear();
    if (m_case)
        m_case->setWritesBlocked({});
    discardStreamed(); // the imported findings replace the early ones
    if (future.isCanceled() || future.resultCount() == 0) { // asked for: said, not an alarm
        Q_EMIT message(tr("The findings were not added; the case is unchanged."));
        return fail(
            ErrorCode::Cancelled, tr("The findings were not added; the case is unchanged."));
    }
    const Result<Case::ChangeSet> change = future.result();
    if (!change) {
        if (change.code() == ErrorCode::Cancelled) {
            Q_EMIT message(change.message());
            return change.error();
        }
        return report(change.error());
    }
    if (!sameCase)
        return {};
    const std::optional<Case::Source> source = m_case->source(sourceId);
    const QString title = source ? source->title : QString();
    const int added = int(change->changes.size());
    if (change->isEmpty()) {
        Q_EMIT message(tr("Scan of %1: nothing new.").arg(title));
        return {};
    }
    m_case->announce(*change); // written by the other connection: the views refresh now
    if (Status s = pushChange(*change); !s)
        return s;
    Q_EMIT message(tr("Scan of %1: %n new finding(s).", nullptr, added).arg(title));
    return {};
}

Result<QFuture<Result<Git::Acquisition>>> Workbench::startFetch(const QString &sourceId)
{
    const std::optional<Case::Source> source = m_case ? m_case->source(sourceId) : std::nullopt;
    if (!source || source->kind != Case::SourceKind::Repository)
        return fail(ErrorCode::NotFound, tr("No such repository in the case."));
    if (!m_store)
        m_store = std::make_unique<Git::RepositoryStore>();
    return m_store->acquireAsync(source->uri);
}

} // namespace ChipTrace::Ui
