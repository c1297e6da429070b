// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidence/caseimport.h"

#include "evidence/documentbatch.h"
#include "evidence/documentimport.h"
#include "evidence/scanimport.h"
#include "scan/scanner.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace ChipTrace::Case {


static int countAdded(const ChangeSet &changes)
{
    int n = 0;
    for (const RowChange &c : changes.changes)
        n += c.before.isEmpty() ? 1 : 0;
    return n;
}

Result<CaseImportSummary> importRepository(CaseFile &cf, const QString &folder, const QString &uri,
    const QString &modelId, bool history, const ProgressFn &progress)
{
    Scan::ScanOptions options;
    options.history = history && QFileInfo(QDir(folder).filePath(u".git"_s)).exists();
    auto scanner = Scan::Scanner::create(options);
    if (!scanner)
        return scanner.error();
    auto result = (*scanner)->scan(folder);
    if (!result)
        return result.error();
    if (!result->error.isEmpty())
        return fail(ErrorCode::InvalidArgument, result->error);
    const QString title = QFileInfo(QDir::cleanPath(folder)).fileName();
    ImportBatch batch = batchFromScan(uri, title, result->headCommit, result->findings, modelId);
    CaseImportSummary s;
    s.item = uri;
    s.sourceId = batch.sources.value(0).id;
    s.commit = result->headCommit;
    s.history = options.history;
    s.findings = int(batch.findings.size());
    s.evidence = int(batch.evidence.size());
    s.warnings = result->warnings;
    auto changes = cf.importBatch(batch, progress);
    if (!changes)
        return changes.error();
    s.added = countAdded(*changes);
    return s;
}

Result<CaseImportSummary> importDocumentFile(
    CaseFile &cf, const QString &path, const QString &modelId, const ProgressFn &progress)
{
    auto doc = ChipTrace::Evidence::importDocument(path);
    if (!doc)
        return doc.error();
    ImportBatch batch = ChipTrace::Evidence::batchFromDocument(*doc, modelId);
    if (batch.sources.isEmpty())
        return fail(ErrorCode::Generic,
            QCoreApplication::translate("ChipTrace::Case::Import", "%1 gave no source to import.")
                .arg(path));
    // The case keeps its own copy, so that a bundle carries it and verify can re-hash it.
    const QString bytes =
        doc->source.storedPath.isEmpty() ? doc->source.originalPath : doc->source.storedPath;
    if (Status st = cf.captureFile(batch.sources[0], bytes); !st)
        return st.error();
    CaseImportSummary s;
    s.item = path;
    s.sourceId = batch.sources[0].id;
    s.findings = int(batch.findings.size());
    s.evidence = int(batch.evidence.size());
    s.warnings = doc->problems;
    auto changes = cf.importBatch(batch, progress);
    if (!changes)
        return changes.error();
    s.added = countAdded(*changes);
    return s;
}

Result<QString> findOrCreateModel(CaseFile &cf, const QString &modelName, const QString &labName)
{
    for (const Model &m : cf.models())
        if (m.name.compare(modelName, Qt::CaseInsensitive) == 0)
            return m.id;
    if (labName.isEmpty())
        return fail(ErrorCode::NotFound,
            QCoreApplication::translate("ChipTrace::Case::Import",
                "The case has no model called \"%1\". Give its lab too to add it.")
                .arg(modelName));
    Lab lab;
    for (const Lab &l : cf.labs())
        if (l.name.compare(labName, Qt::CaseInsensitive) == 0
            || l.aliases.contains(labName, Qt::CaseInsensitive))
            lab = l;
    if (lab.id.isEmpty()) {
        lab.name = labName;
        if (auto r = cf.saveLab(lab); !r)
            return r.error();
    }
    Model m;
    m.labId = lab.id;
    m.name = modelName;
    if (auto r = cf.saveModel(m); !r)
        return r.error();
    return m.id;
}

} // namespace ChipTrace::Case
