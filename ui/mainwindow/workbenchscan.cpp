// Scanning a case's repositories from the workbench: the scan runs on the scanner's own pool
// (see Scan::Scanner); its findings go into the case in one transaction and one undo step.

#include "workbench.h"

#include "casefile/casefile.h"
#include "casefile/scanimport.h"
#include "git/repositorystore.h"
#include "scan/scanner.h"
#include "models/findingsmodel.h"

#include <QFutureWatcher>

#include <QSet>

namespace ChipTrace::Ui {

Result<QFuture<Scan::ScanResult>> Workbench::startScan(const QString &sourceId, bool history)
{
    const QString repo = repositoryPath(sourceId);
    if (repo.isEmpty())
        return fail(ErrorCode::NotFound, tr("The repository is not on this computer; fetch it first."));
    if (!m_scanner) {
        Scan::ScanOptions options;
        options.streamBatches = true;
        Result<std::unique_ptr<Scan::Scanner>> scanner = Scan::Scanner::create(options);
        if (!scanner)
            return scanner.error();
        m_scanner = std::move(scanner.value());
    }
    discardStreamed();
    QFuture<Scan::ScanResult> future = history ? m_scanner->scanHistory(repo) : m_scanner->scanWorkingTree(repo);
    // Early batches go into the findings table as pending rows while the scan runs.
    auto *watcher = new QFutureWatcher<Scan::ScanResult>(this);
    connect(watcher, &QFutureWatcherBase::resultsReadyAt, this, [this, watcher, sourceId](int begin, int end) {
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

Status Workbench::importScan(const QString &sourceId, const Scan::ScanResult &result)
{
    discardStreamed(); // the imported findings replace the early ones
    if (!m_case)
        return fail(ErrorCode::InvalidArgument, tr("The case was closed during the scan."));
    if (!result.error.isEmpty())
        return fail(ErrorCode::Generic, result.error);
    const std::optional<Case::Source> source = m_case->source(sourceId);
    if (!source)
        return fail(ErrorCode::NotFound, tr("The repository was removed from the case during the scan."));
    QSet<QString> known;
    for (const Case::FindingRecord &f : m_case->findings(sourceId))
        known.insert(f.id);
    Case::ImportBatch batch;
    batch.label = tr("Scan %1").arg(source->title);
    for (const Scan::Finding &f : result.findings) {
        Case::FindingRecord r = Case::fromScanFinding(f, sourceId, result.headCommit);
        // Finding ids are derived from content: a rescan adds only what is new.
        if (!known.contains(r.id)) {
            known.insert(r.id);
            batch.findings.append(std::move(r));
        }
    }
    if (batch.findings.isEmpty()) {
        Q_EMIT message(tr("Scan of %1: nothing new.").arg(source->title));
        return {};
    }
    const qsizetype added = batch.findings.size();
    Result<Case::ChangeSet> change = m_case->importBatch(batch);
    if (change)
        change->label = batch.label;
    if (Status s = pushChange(std::move(change)); !s)
        return s;
    Q_EMIT message(tr("Scan of %1: %n new finding(s).", nullptr, int(added)).arg(source->title));
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
