// Scanning a case's repositories from the workbench: the scan runs on the scanner's own pool
// (see Scan::Scanner); its findings go into the case in one transaction and one undo step.

#include "workbench.h"

#include "casefile/casefile.h"
#include "scan/scanner.h"

#include <QSet>

namespace ChipTrace::Ui {

// The scan's value as a case item. (The case file's own converter, Case::fromScanFinding, is
// not on main yet; this mapping is the same field for field, without the stable id.)
static Case::FindingRecord toRecord(const Scan::Finding &f, const QString &sourceId, const QString &commit)
{
    Case::FindingRecord r;
    r.sourceId = sourceId;
    r.kind = Scan::kindName(f.kind);
    r.ruleId = f.ruleId;
    r.family = f.family;
    r.title = f.title;
    r.locator.commit = f.firstSeen ? f.firstSeen->commit : commit;
    r.locator.path = f.path;
    r.locator.line = f.line;
    r.locator.column = f.column;
    r.locator.length = f.length;
    r.text = f.text;
    r.match = f.match;
    r.context = Scan::contextName(f.context);
    r.vendored = f.vendored;
    r.chips = f.chips;
    r.scope = Scan::scopeName(f.scope);
    r.strength = Signatures::strengthName(f.strength);
    r.implies = f.implies;
    r.atHead = f.atHead;
    if (f.firstSeen) {
        r.firstCommit = f.firstSeen->commit;
        r.firstDate = f.firstSeen->date;
        r.firstAuthor = f.firstSeen->author;
        r.firstPath = f.firstSeen->path;
    }
    if (f.removedIn) {
        r.removedCommit = f.removedIn->commit;
        r.removedDate = f.removedIn->date;
    }
    r.blob = f.blob;
    return r;
}

// What makes two findings the same for a rescan.
static QString identity(const Case::FindingRecord &r)
{
    return QStringList{r.ruleId, r.locator.path, QString::number(r.locator.line), QString::number(r.locator.column),
                       r.match, r.firstCommit}.join(QChar(0x1f));
}

Result<QFuture<Scan::ScanResult>> Workbench::startScan(const QString &sourceId, bool history)
{
    const QString repo = repositoryPath(sourceId);
    if (repo.isEmpty())
        return fail(ErrorCode::NotFound, tr("The repository is not on this computer; fetch it first."));
    if (!m_scanner) {
        Result<std::unique_ptr<Scan::Scanner>> scanner = Scan::Scanner::create(Scan::ScanOptions{});
        if (!scanner)
            return scanner.error();
        m_scanner = std::move(scanner.value());
    }
    return history ? m_scanner->scanHistory(repo) : m_scanner->scanWorkingTree(repo);
}

Status Workbench::importScan(const QString &sourceId, const Scan::ScanResult &result)
{
    if (!m_case)
        return fail(ErrorCode::InvalidArgument, tr("The case was closed during the scan."));
    if (!result.error.isEmpty())
        return fail(ErrorCode::Generic, result.error);
    const std::optional<Case::Source> source = m_case->source(sourceId);
    if (!source)
        return fail(ErrorCode::NotFound, tr("The repository was removed from the case during the scan."));
    QSet<QString> known;
    for (const Case::FindingRecord &f : m_case->findings(sourceId))
        known.insert(identity(f));
    Case::ImportBatch batch;
    batch.label = tr("Scan %1").arg(source->title);
    for (const Scan::Finding &f : result.findings) {
        Case::FindingRecord r = toRecord(f, sourceId, result.headCommit);
        // A rescan adds only what is new.
        if (!known.contains(identity(r))) {
            known.insert(identity(r));
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

} // namespace ChipTrace::Ui
