// SPDX-License-Identifier: GPL-3.0-or-later
// CaseFile::merge: folds another analyst's copy of the case into this one by stable ids.
// A row new to us is added; where both copies hold a row and they differ, the audit trails
// decide: if our trail already went through their version we are newer, if theirs went through
// ours they are newer (taken); otherwise both sides edited it and a Conflict keeps both for a
// decision. Reviews and comments are separate rows, so both sides' reviews are always kept.

#include "casefile/audit.h"
#include "casefile/bundle.h"
#include "casefile/casefile.h"
#include "casefile/casewriter.h"
#include "casefile/database.h"
#include "casefile/rows.h"
#include "casefile/schema.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace ChipTrace::Case {


class CaseMerger
{
public:
    CaseMerger(CaseFile &ours, CaseFile &theirs, QString origin, CaseWriter &w)
        : m_ours(ours)
        , m_theirs(theirs)
        , m_origin(std::move(origin))
        , m_w(w)
    { }

    Status run(const ProgressFn &progress);
    MergeReport report;

private:
    // Every state a row went through in a copy (canonical text), from its audit trail.
    static QSet<QString> history(Database &db, const QString &table, const QString &id);
    Status mergeRow(const QString &table, const QJsonObject &theirs);
    Status theirDeletions();
    Status conflict(const QString &table, const QString &id, const QJsonObject &ours,
        const QJsonObject &theirs);
    Status copyFiles();

    CaseFile &m_ours;
    CaseFile &m_theirs;
    QString m_origin;
    CaseWriter &m_w;
};

QSet<QString> CaseMerger::history(Database &db, const QString &table, const QString &id)
{
    QSet<QString> out;
    auto rows =
        db.rows(u"SELECT after FROM audit WHERE entity = ?1 AND entity_id = ?2"_s, {table, id});
    if (rows)
        for (const QJsonObject &r : *rows)
            out.insert(r.value(u"after"_s).toString()); // "" marks a deletion
    return out;
}

Status CaseMerger::conflict(
    const QString &table, const QString &id, const QJsonObject &ours, const QJsonObject &theirs)
{
    const QString theirText = AuditLog::canonical(theirs);
    for (const Conflict &c : m_ours.conflicts())
        if (c.table == table && c.entityId == id && AuditLog::canonical(c.theirs) == theirText)
            return {}; // already surfaced by an earlier merge of the same copy
    Conflict c{
        newId(), table, id, ours, theirs, m_origin, QDateTime::currentDateTimeUtc(), false, {}};
    report.conflicts.append(c);
    return m_w.put(u"conflicts"_s, c.id, Rows::toRow(c));
}

Status CaseMerger::mergeRow(const QString &table, const QJsonObject &theirs)
{
    const QString id = theirs.value(u"id"_s).toString();
    const QJsonObject ours = m_w.read(table, id);
    if (ours == theirs) {
        ++report.unchanged;
        return {};
    }
    const QString theirText = AuditLog::canonical(theirs);
    const QSet<QString> ourHistory = history(m_w.db(), table, id);
    if (ourHistory.contains(theirText)) { // we already went past their version
        ++report.unchanged;
        return {};
    }
    if (ours.isEmpty() && ourHistory.isEmpty()) {
        if (Status s = m_w.put(table, id, theirs); !s)
            return conflict(table, id, {}, theirs); // e.g. it hangs off an item we deleted
        ++report.added;
        return {};
    }
    if (!ours.isEmpty() && history(*m_theirs.m_db, table, id).contains(AuditLog::canonical(ours))) {
        if (Status s = m_w.put(table, id, theirs); !s)
            return s;
        ++report.updated;
        return {};
    }
    return conflict(table, id, ours, theirs);
}

// Rows they deleted after holding our current version: shown for a decision, not deleted here.
Status CaseMerger::theirDeletions()
{
    auto rows = m_theirs.m_db->rows(
        u"SELECT entity, entity_id FROM audit a WHERE after IS NULL AND seq = "
        "(SELECT max(seq) FROM audit b WHERE b.entity = a.entity AND b.entity_id = a.entity_id)"_s);
    if (!rows)
        return rows.error();
    for (const QJsonObject &r : *rows) {
        const QString table = r.value(u"entity"_s).toString(),
                      id = r.value(u"entity_id"_s).toString();
        if (table == u"conflicts"_s)
            continue;
        const QJsonObject ours = m_w.read(table, id);
        if (!ours.isEmpty()
            && history(*m_theirs.m_db, table, id).contains(AuditLog::canonical(ours)))
            if (Status s = conflict(table, id, ours, {}); !s)
                return s;
    }
    return {};
}

Status CaseMerger::copyFiles()
{
    const QDir from(m_theirs.filesDir());
    QDirIterator it(from.path(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString abs = it.next();
        const QString target = m_ours.filesDir() + u'/' + from.relativeFilePath(abs);
        if (QFileInfo::exists(target))
            continue; // content-addressed: same name, same bytes (verify checks)
        QDir().mkpath(QFileInfo(target).absolutePath());
        if (!QFile::copy(abs, target))
            return fail(ErrorCode::Io,
                QCoreApplication::translate(
                    "ChipTrace::Case::Merge", "Cannot copy the captured copy %1 into the case.")
                    .arg(abs));
    }
    return {};
}

Status CaseMerger::run(const ProgressFn &progress)
{
    if (m_ours.info().id != m_theirs.info().id)
        return fail(ErrorCode::InvalidArgument,
            QCoreApplication::translate("ChipTrace::Case::Merge",
                "%1 is a copy of another case (\"%2\"); only copies of the same "
                "case can be merged.")
                .arg(m_origin, m_theirs.info().title));
    if (Status s = copyFiles(); !s)
        return s;
    const QStringList tables = Schema::auditedTables();
    for (int i = 0; i < tables.size(); ++i) {
        if (tables[i] == u"conflicts"_s)
            continue; // our decisions are ours; theirs stay in their copy
        auto rows = m_theirs.m_db->rows(u"SELECT * FROM "_s + tables[i]);
        if (!rows)
            return rows.error();
        for (const QJsonObject &r : *rows)
            if (Status s = mergeRow(tables[i], r); !s)
                return s;
        if (progress && !progress(i + 1, tables.size()))
            return fail(ErrorCode::Cancelled,
                QCoreApplication::translate(
                    "ChipTrace::Case::Merge", "The merge was cancelled; nothing was changed."));
    }
    return theirDeletions();
}

// Their copy, staged in `tmp` so that nothing of theirs is changed (not even a migration).
static Result<std::unique_ptr<CaseFile>> stage(const QString &path, const QTemporaryDir &tmp)
{
    const QString staged = tmp.filePath(u"theirs.chiptrace"_s);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(ErrorCode::NotFound,
            QCoreApplication::translate("ChipTrace::Case::Merge", "Cannot read %1: %2")
                .arg(path, f.errorString()));
    const bool zip = f.read(2) == "PK";
    f.close();
    if (zip) {
        if (Status s = Bundle::extract(path, staged); !s)
            return s.error();
        return CaseFile::open(staged);
    }
    if (auto h = CaseFile::inspect(path); !h)
        return h.error();
    auto db = Database::open(path, Database::Mode::ReadOnly);
    if (!db)
        return db.error();
    auto st = (*db)->prepare(u"VACUUM INTO ?1"_s);
    if (!st)
        return st.error();
    st->bind(1, staged);
    if (Status s = st->exec(); !s)
        return s.error();
    QDirIterator it(path + u".files"_s, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString abs = it.next();
        const QString target =
            staged + u".files/"_s + QDir(path + u".files"_s).relativeFilePath(abs);
        QDir().mkpath(QFileInfo(target).absolutePath());
        QFile::copy(abs, target);
    }
    return CaseFile::open(staged);
}

Result<MergeReport> CaseFile::merge(const QString &bundleOrCasePath, const ProgressFn &progress)
{
    QTemporaryDir tmp;
    if (!tmp.isValid())
        return fail(ErrorCode::Io,
            QCoreApplication::translate(
                "ChipTrace::Case::Merge", "Cannot create a temporary folder for the merge."));
    auto theirs = stage(bundleOrCasePath, tmp);
    if (!theirs)
        return theirs.error();
    const QString origin = QFileInfo(bundleOrCasePath).fileName();
    CaseWriter w(*m_db, m_actor,
        QCoreApplication::translate("ChipTrace::Case::Merge", "Merge %1").arg(origin), this);
    if (Status s = w.status(); !s)
        return s.error();
    CaseMerger merger(*this, **theirs, origin, w);
    if (Status s = merger.run(progress); !s)
        return s.error();
    if (auto done = w.commit(); !done)
        return done.error();
    return merger.report;
}

Result<ChangeSet> CaseFile::resolveConflict(const QString &conflictId, Resolution resolution)
{
    CaseWriter w(*m_db, m_actor,
        QCoreApplication::translate("ChipTrace::Case::Merge", "Resolve conflict"), this);
    const QJsonObject row = w.read(u"conflicts"_s, conflictId);
    if (row.isEmpty())
        return fail(ErrorCode::NotFound,
            QCoreApplication::translate(
                "ChipTrace::Case::Merge", "There is no such conflict in this case."));
    Conflict c = Rows::conflict(row);
    if (c.resolved)
        return fail(ErrorCode::InvalidArgument,
            QCoreApplication::translate(
                "ChipTrace::Case::Merge", "This conflict was already resolved."));
    if (resolution == Resolution::TakeTheirs) {
        Status s = c.theirs.isEmpty() ? w.removeTree(c.table, c.entityId)
                                      : w.put(c.table, c.entityId, c.theirs);
        if (!s)
            return s.error();
    }
    c.resolved = true;
    c.resolution = resolution == Resolution::TakeTheirs ? u"theirs"_s : u"ours"_s;
    if (Status s = w.put(u"conflicts"_s, c.id, Rows::toRow(c)); !s)
        return s.error();
    return w.commit();
}

} // namespace ChipTrace::Case
