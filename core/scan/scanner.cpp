// SPDX-License-Identifier: GPL-3.0-or-later
#include "scan/scanner.h"

#include "scan/batchstreamer.h"
#include "scan/fanout.h"
#include "scan/historyscanner.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

namespace ChipTrace::Scan {

namespace {

struct TreeEntry
{
    QString absolute;
    QString relative;
    qint64 size;
};

// Files under root, never following symlinks and never entering .git.
QList<TreeEntry> listFiles(const QString &root, ScanStats &stats)
{
    QList<TreeEntry> out;
    const QDir base(root);
    QDirIterator it(root,
        QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
        QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        const QString rel = base.relativeFilePath(info.filePath());
        if (rel == u".git" || rel.startsWith(QStringLiteral(".git/"))
            || rel.contains(QStringLiteral("/.git/")))
            continue;
        if (info.isSymLink()) {
            ++stats.symlinksSkipped;
            continue;
        }
        if (info.isFile())
            out.append({info.filePath(), rel, info.size()});
    }
    return out;
}

} // namespace

Result<std::unique_ptr<Scanner>> Scanner::create(const ScanOptions &options)
{
    std::unique_ptr<Scanner> s(new Scanner);
    s->m_options = options;
    QList<Signatures::SignaturePack> packs;
    if (options.builtinPacks) {
        auto builtin = Signatures::SignaturePack::builtin();
        if (!builtin)
            return builtin.error();
        packs = *builtin;
    }
    for (const QString &file : options.packFiles) {
        auto pack = Signatures::SignaturePack::load(file);
        if (!pack)
            return pack.error();
        packs.append(*pack);
    }
    s->m_rules = Signatures::allRules(packs);
    if (const QStringList problems = Signatures::validateRules(s->m_rules); !problems.isEmpty())
        return fail(ErrorCode::Parse, problems.join(u'\n'));
    auto matcher = Matcher::compile(s->m_rules);
    if (!matcher)
        return matcher.error();
    std::shared_ptr<const ClaimExtractor> claims;
    if (options.claims)
        claims = std::make_shared<ClaimExtractor>(
            options.resolver ? options.resolver : defaultChipResolver());
    s->m_content = std::make_shared<ContentScanner>(*matcher, claims);
    const int threads = options.threads > 0 ? options.threads : QThread::idealThreadCount();
    s->m_workers.setMaxThreadCount(std::max(1, threads));
    s->m_pool.setMaxThreadCount(1);
    return s;
}

Scanner::~Scanner()
{
    m_pool.waitForDone();
    m_workers.waitForDone();
}

QFuture<ScanResult> Scanner::scanWorkingTree(const QString &root)
{
    return QtConcurrent::run(
        &m_pool, [this, root](QPromise<ScanResult> &promise) { runWorkingTree(promise, root); });
}

QFuture<ScanResult> Scanner::scanHistory(const QString &repositoryPath)
{
    return QtConcurrent::run(&m_pool, [this, repositoryPath](QPromise<ScanResult> &promise) {
        runHistory(promise, repositoryPath);
    });
}

Result<ScanResult> Scanner::scan(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return fail(ErrorCode::NotFound,
            QCoreApplication::translate("ChipTrace::Scan::Scanner", "%1 does not exist.")
                .arg(path));
    if (!info.isDir())
        return fail(ErrorCode::InvalidArgument,
            QCoreApplication::translate(
                "ChipTrace::Scan::Scanner", "%1 is not a folder; give the repository's folder.")
                .arg(path));
    QFuture<ScanResult> future = m_options.history ? scanHistory(info.absoluteFilePath())
                                                   : scanWorkingTree(info.absoluteFilePath());
    future.waitForFinished();
    std::optional<ScanResult> last = finalResult(future);
    if (!last)
        return fail(ErrorCode::Cancelled,
            QCoreApplication::translate("ChipTrace::Scan::Scanner", "The scan was cancelled."));
    ScanResult result = std::move(*last);
    if (!result.error.isEmpty())
        return fail(ErrorCode::Generic, result.error);
    return result;
}

void Scanner::runWorkingTree(QPromise<ScanResult> &promise, const QString &root)
{
    ScanResult result;
    result.rules = m_rules;
    const QList<TreeEntry> files = listFiles(root, result.stats);
    BatchStreamer stream(promise, m_options.streamBatches);
    auto setup = [&]() -> Result<ItemHandler> {
        return ItemHandler([&](qsizetype i, WorkerTally &tally) {
            const TreeEntry &entry = files[i];
            ScanStats &stats = tally.stats;
            if (entry.size > m_options.maxFileSize) {
                ++stats.oversizeSkipped;
                return;
            }
            QElapsedTimer clock;
            clock.start();
            QFile file(entry.absolute);
            if (!file.open(QIODevice::ReadOnly)) {
                ++stats.unreadable;
                tally.warnings.append(
                    QCoreApplication::translate("ChipTrace::Scan::Scanner", "Cannot read %1: %2")
                        .arg(entry.relative, file.errorString()));
                return;
            }
            const QByteArray data = file.readAll();
            stats.readMs += clock.restart();
            if (ContentScanner::isLfsPointer(data)) {
                ++stats.lfsPointers;
            } else if (ContentScanner::looksBinary(data)) {
                ++stats.binarySkipped;
            } else {
                ++stats.filesScanned;
                stats.bytesScanned += data.size();
                const QList<Finding> found = m_content->scan(entry.relative, data);
                stream.add(found);
                tally.findings.append(found);
            }
            stats.scanMs += clock.elapsed();
        });
    };
    FanOut plan;
    plan.count = files.size();
    plan.progressText = [&](qsizetype i) { return files[i].relative; };
    if (Status s = fanOut(m_workers, promise, plan, setup, result); !s)
        result.error = s.message();
    if (promise.isCanceled())
        return;
    stream.flush();
    result.root = root;
    sortFindings(result.findings);
    promise.addResult(std::move(result));
}

void Scanner::runHistory(QPromise<ScanResult> &promise, const QString &repositoryPath)
{
    HistoryScanner history(*m_content, m_workers, m_options.maxFileSize, m_options.streamBatches);
    ScanResult result = history.run(promise, repositoryPath);
    if (promise.isCanceled())
        return;
    result.rules = m_rules;
    sortFindings(result.findings);
    promise.addResult(std::move(result));
}

ScanStats &ScanStats::operator+=(const ScanStats &o)
{
    filesScanned += o.filesScanned;
    binarySkipped += o.binarySkipped;
    oversizeSkipped += o.oversizeSkipped;
    lfsPointers += o.lfsPointers;
    symlinksSkipped += o.symlinksSkipped;
    unreadable += o.unreadable;
    commits += o.commits;
    missingObjects += o.missingObjects;
    bytesScanned += o.bytesScanned;
    walkMs += o.walkMs;
    readMs += o.readMs;
    scanMs += o.scanMs;
    attributeMs += o.attributeMs;
    return *this;
}

void sortFindings(QList<Finding> &findings)
{
    std::sort(findings.begin(), findings.end(), [](const Finding &a, const Finding &b) {
        if (a.path != b.path)
            return a.path < b.path;
        if (a.line != b.line)
            return a.line < b.line;
        if (a.column != b.column)
            return a.column < b.column;
        return a.ruleId < b.ruleId;
    });
}

} // namespace ChipTrace::Scan
