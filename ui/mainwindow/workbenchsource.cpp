// SPDX-License-Identifier: GPL-3.0-or-later
// The Workbench's code-viewer feed: a file's text at the right version and its hits.

#include "casefile/casefile.h"
#include "git/blobreader.h"
#include "models/findingsmodel.h"
#include "review/ruleindex.h"
#include "scan/scanner.h"
#include "workbench.h"

#include <QtConcurrent/QtConcurrentRun>

namespace ChipTrace::Ui {

static QString shortDate(const QDateTime &d)
{
    return d.isValid() ? d.date().toString(Qt::ISODate) : QString();
}

static QString historyText(const Case::FindingRecord &f)
{
    QString text;
    if (f.firstDate.isValid())
        text = Workbench::tr("added in %1 (%2) by %3")
                   .arg(f.firstCommit.left(10), shortDate(f.firstDate), f.firstAuthor);
    if (!f.atHead)
        text += (text.isEmpty() ? QString() : QStringLiteral(", "))
            + Workbench::tr("removed in %1 (%2)")
                  .arg(f.removedCommit.left(10), shortDate(f.removedDate));
    return text;
}

static CodeHit toHit(const Case::FindingRecord &f)
{
    CodeHit h;
    h.line = qMax(1, f.locator.line);
    h.column = qMax(0, f.locator.column - 1); // the case counts columns from 1
    h.length = f.locator.length;
    h.ruleId = f.ruleId;
    h.family = f.family;
    h.strength = strengthFromName(f.strength).value_or(Strength::Hint);
    h.implies = f.implies;
    const Signatures::Rule *rule = builtinRule(f.ruleId);
    h.why = rule && !rule->rationale.isEmpty() ? rule->rationale : f.title;
    if (rule)
        h.references = rule->references;
    h.findingId = f.id;
    h.history = historyText(f);
    h.removed = !f.atHead;
    return h;
}

// What to read, decided from the case on the GUI thread: a working-tree file or a blob.
struct SourceRead
{
    QString repository;
    QString path;
    QString blob; // empty: the working tree
};

// On the read pool. The path and blob come from case rows, possibly from a colleague's bundle:
// confined to the repository and capped like the scanner's reads (a larger file was not
// scanned either).
static Result<QString> readSource(const SourceRead &what)
{
    const qint64 cap = Scan::ScanOptions().maxFileSize;
    Result<QByteArray> data = what.blob.isEmpty()
        ? Git::readWorkingFile(what.repository, what.path, cap)
        : Git::readBlob(what.repository, what.blob, cap);
    if (!data)
        return data.error();
    return QString::fromUtf8(*data);
}

static QFuture<Result<SourceView>> ready(Result<SourceView> view)
{
    return QtFuture::makeReadyValueFuture(std::move(view));
}

QFuture<Result<SourceView>> Workbench::sourceForFinding(const QString &findingId)
{
    const std::optional<Case::FindingRecord> f = m_case ? m_case->finding(findingId) : std::nullopt;
    if (!f)
        return ready(fail(ErrorCode::NotFound, tr("The finding is not in this case.")));
    const QString repo = repositoryPath(f->sourceId);
    if (repo.isEmpty())
        return ready(fail(
            ErrorCode::NotFound, tr("The repository of this finding is not on this computer.")));
    // A hit still at HEAD shows in the working tree; a removed one in the blob it was found in.
    const bool useBlob = !f->atHead && !f->blob.isEmpty();
    return QtConcurrent::run(
        &m_readPool, readSource, SourceRead{repo, f->locator.path, useBlob ? f->blob : QString()})
        .then(this, [this, f = *f, useBlob](Result<QString> text) -> Result<SourceView> {
            if (!text)
                return text.error();
            return findingView(f, useBlob, std::move(*text));
        });
}

SourceView Workbench::findingView(const Case::FindingRecord &f, bool useBlob, QString text) const
{
    SourceView view;
    view.path = f.locator.path;
    view.text = std::move(text);
    if (useBlob) {
        // Name the commit, not only the blob: that is what an analyst can look up and cite.
        view.version = f.firstCommit.isEmpty()
            ? tr("history, blob %1").arg(f.blob.left(10))
            : tr("history: as committed in %1 (%2), blob %3")
                  .arg(f.firstCommit.left(10), shortDate(f.firstDate), f.blob.left(10));
        view.note = tr("This hit is no longer in the repository: %1.").arg(historyText(f));
    } else {
        view.version = tr("working tree");
        if (f.firstDate.isValid())
            view.note = tr("This hit was %1.").arg(historyText(f));
    }
    for (const Case::FindingRecord &other : m_findings->findings()) {
        if (other.sourceId != f.sourceId || other.locator.path != f.locator.path)
            continue;
        if (useBlob ? other.blob != f.blob : !other.atHead)
            continue;
        view.hits.push_back(toHit(other));
    }
    // The viewer sorts hits by position; find ours after that.
    std::stable_sort(view.hits.begin(), view.hits.end(), [](const CodeHit &a, const CodeHit &b) {
        return a.line != b.line ? a.line < b.line : a.column < b.column;
    });
    const CodeHit mine = toHit(f);
    for (size_t i = 0; i < view.hits.size(); ++i)
        if (view.hits[i].line == mine.line && view.hits[i].column == mine.column
            && view.hits[i].ruleId == mine.ruleId)
            view.focusHit = int(i);
    return view;
}

// The finding of a file removed before HEAD that sits in the file's most recent version: the
// one removed last (then added last), so the browser opens what the file last looked like
// rather than whichever blob the scan happened to list first.
QString Workbench::latestHistoricalFinding(const QString &sourceId, const QString &path) const
{
    const Case::FindingRecord *best = nullptr;
    const auto key = [](const Case::FindingRecord &f) {
        return std::pair(f.removedDate, f.firstDate);
    };
    for (const Case::FindingRecord &f : m_findings->findings())
        if (f.sourceId == sourceId && f.locator.path == path && !f.blob.isEmpty()
            && (!best || key(*best) < key(f)))
            best = &f;
    return best ? best->id : QString();
}

QFuture<Result<SourceView>> Workbench::sourceForPath(const QString &path)
{
    const QString repo = repositoryPath(m_browsedSource);
    if (repo.isEmpty())
        return ready(fail(ErrorCode::NotFound, tr("No local repository is selected.")));
    return QtConcurrent::run(&m_readPool, readSource, SourceRead{repo, path, {}})
        .then(this,
            [this, source = m_browsedSource, path](
                Result<QString> text) -> QFuture<Result<SourceView>> {
                if (!text) {
                    // Only in the history: show its last version that had hits.
                    if (const QString latest = latestHistoricalFinding(source, path);
                        !latest.isEmpty())
                        return sourceForFinding(latest);
                    return ready(text.error());
                }
                SourceView view;
                view.path = path;
                view.text = std::move(*text);
                view.version = tr("working tree");
                for (const Case::FindingRecord &f : m_findings->findings())
                    if (f.sourceId == source && f.locator.path == path && f.atHead)
                        view.hits.push_back(toHit(f));
                return ready(std::move(view));
            })
        .unwrap();
}

} // namespace ChipTrace::Ui
