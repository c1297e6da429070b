// SPDX-License-Identifier: GPL-3.0-or-later
// CaseFile: the changing half. Every call is one CaseWriter (transaction + audit + ChangeSet).

#include "casefile/casefile.h"
#include "casefile/casewriter.h"
#include "casefile/computestep.h"
#include "casefile/database.h"
#include "casefile/pgdatabase.h"
#include "casefile/rows.h"
#include "casefile/schema.h"
#include "funnel/constraint.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace ChipTrace::Case {


// Runs `body` inside one writer and commits it.
template<typename F>
static Result<ChangeSet> inWriter(Database &db, CaseFile &cf, const QString &label, F body)
{
    if (const QString blocked = cf.writesBlocked(); !blocked.isEmpty())
        return fail(ErrorCode::Conflict, blocked);
    CaseWriter w(db, cf.actor(), label, &cf);
    if (Status s = w.status(); !s)
        return s.error();
    if (Status s = body(w); !s)
        return s.error();
    return w.commit();
}

Result<ChangeSet> CaseFile::setInfo(const CaseInfo &info)
{
    if (info.title.trimmed().isEmpty())
        return fail(ErrorCode::InvalidArgument,
            QCoreApplication::translate("ChipTrace::Case::CaseFile", "A case needs a title."));
    return inWriter(*m_db, *this,
        QCoreApplication::translate("ChipTrace::Case::CaseFile", "Edit case"), [&](CaseWriter &w) {
            const CaseInfo current = this->info();
            CaseInfo v = info;
            v.id = current.id;
            v.created = current.created;
            return w.put(u"case_info"_s, v.id, Rows::toRow(v));
        });
}

template<typename T>
static Status requireName(const T &item)
{
    if (item.name.trimmed().isEmpty())
        return fail(ErrorCode::InvalidArgument,
            QCoreApplication::translate("ChipTrace::Case::CaseFile", "A name is required."));
    return {};
}

Result<ChangeSet> CaseFile::saveLab(Lab &lab)
{
    if (Status s = requireName(lab); !s)
        return s.error();
    if (lab.id.isEmpty())
        lab.id = newId();
    return inWriter(*m_db, *this,
        QCoreApplication::translate("ChipTrace::Case::CaseFile", "Save lab %1").arg(lab.name),
        [&](CaseWriter &w) { return w.put(u"labs"_s, lab.id, Rows::toRow(lab)); });
}

Result<ChangeSet> CaseFile::saveModel(Model &model)
{
    if (Status s = requireName(model); !s)
        return s.error();
    if (model.id.isEmpty())
        model.id = newId();
    return inWriter(*m_db, *this,
        QCoreApplication::translate("ChipTrace::Case::CaseFile", "Save model %1").arg(model.name),
        [&](CaseWriter &w) { return w.put(u"models"_s, model.id, Rows::toRow(model)); });
}

Result<ChangeSet> CaseFile::saveSource(Source &source)
{
    if (source.id.isEmpty())
        source.id = newId();
    if (!source.retrieved.isValid())
        source.retrieved = QDateTime::currentDateTimeUtc();
    return inWriter(*m_db, *this,
        QCoreApplication::translate("ChipTrace::Case::CaseFile", "Save source %1")
            .arg(source.title.isEmpty() ? source.uri : source.title),
        [&](CaseWriter &w) { return w.put(u"sources"_s, source.id, Rows::toRow(source)); });
}

Result<ChangeSet> CaseFile::saveFinding(FindingRecord &finding)
{
    if (finding.id.isEmpty())
        finding.id = newId();
    return inWriter(*m_db, *this,
        QCoreApplication::translate("ChipTrace::Case::CaseFile", "Save finding"),
        [&](CaseWriter &w) { return w.put(u"findings"_s, finding.id, Rows::toRow(finding)); });
}

// Author and creation time belong to whoever first saved the item; later edits keep them.
template<typename T>
static void stampAuthor(CaseWriter &w, const QString &table, T &item)
{
    if (item.id.isEmpty())
        item.id = newId();
    const QJsonObject existing = w.read(table, item.id);
    if (!existing.isEmpty()) {
        item.author = existing.value(u"author"_s).toString();
        item.created = Rows::timeFrom(existing.value(u"created"_s));
    } else {
        if (item.author.isEmpty())
            item.author = w.actor();
        item.created = QDateTime::currentDateTimeUtc();
    }
}

// Three-way merge of one row: `edit` was made on `base`, and `stored` is what the case holds
// now. Fills `clashes` with the columns both changed differently (a row removed meanwhile
// clashes as a whole).
static QJsonObject mergeLiveEdit(const QJsonObject &stored, const QJsonObject &base,
    const QJsonObject &edit, QStringList &clashes)
{
    if (stored.isEmpty()) {
        clashes << QStringLiteral("(removed)");
        return edit;
    }
    QJsonObject merged = edit;
    for (auto it = edit.begin(); it != edit.end(); ++it) {
        const QJsonValue was = base.value(it.key());
        const QJsonValue now = stored.value(it.key());
        if (it.value() == was)
            merged.insert(it.key(), now); // untouched here: theirs, if they changed it
        else if (now != was && now != it.value())
            clashes << it.key();
    }
    return merged;
}

// Who last changed a row (for the message of a conflicting edit).
// Someone else if anyone else edited it, else (another window of) the same analyst.
static QString lastEditor(Database &db, const QString &table, const QString &id, const QString &me)
{
    auto rows = db.rows(QStringLiteral("SELECT actor FROM audit WHERE entity = ?1 AND "
                                       "entity_id = ?2 ORDER BY actor = ?3, seq DESC LIMIT 1"),
        {table, id, me});
    return rows && !rows->isEmpty() ? rows->constFirst().value(u"actor"_s).toString() : QString();
}

Result<ChangeSet> CaseFile::saveEvidence(Evidence &evidence, const std::optional<Evidence> &base)
{
    if (evidence.findingId.isEmpty() && evidence.quote.trimmed().isEmpty())
        return fail(ErrorCode::InvalidArgument,
            QCoreApplication::translate(
                "ChipTrace::Case::CaseFile", "Evidence needs a finding or a quote."));
    if (!evidence.constraint.trimmed().isEmpty()) { // the funnel must be able to use what is stored
        if (auto parsed = Funnel::Constraint::parse(evidence.constraint); !parsed)
            return fail(ErrorCode::InvalidArgument,
                QCoreApplication::translate(
                    "ChipTrace::Case::CaseFile", "The funnel constraint \"%1\" is not valid: %2")
                    .arg(evidence.constraint, parsed.message()));
    }
    if (const QString problem = Funnel::trainingFactsError(evidence.facts); !problem.isEmpty())
        return fail(ErrorCode::InvalidArgument,
            QCoreApplication::translate(
                "ChipTrace::Case::CaseFile", "The training figures are not valid: %1")
                .arg(problem));
    if (Funnel::isComputeStep(evidence.id))
        return fail(ErrorCode::InvalidArgument,
            QCoreApplication::translate("ChipTrace::Case::CaseFile",
                "\"%1\" names the compute-plausibility step, not a stored item.")
                .arg(evidence.id));
    QStringList clashes;
    QString editor;
    Result<ChangeSet> saved = inWriter(*m_db, *this,
        QCoreApplication::translate("ChipTrace::Case::CaseFile", "Save evidence"),
        [&](CaseWriter &w) {
            stampAuthor(w, u"evidence"_s, evidence);
            QJsonObject row = Rows::toRow(evidence);
            const QJsonObject stored = w.read(u"evidence"_s, evidence.id);
            if (base && stored != Rows::toRow(*base)) {
                row = mergeLiveEdit(stored, Rows::toRow(*base), row, clashes);
                if (!clashes.isEmpty()) {
                    editor = lastEditor(w.db(), u"evidence"_s, evidence.id, w.actor());
                    const Conflict c{newId(), u"evidence"_s, evidence.id, stored, row,
                        QCoreApplication::translate("ChipTrace::Case::CaseFile", "edit by %1")
                            .arg(w.actor()),
                        QDateTime::currentDateTimeUtc(), false, {}};
                    return w.put(u"conflicts"_s, c.id, Rows::toRow(c));
                }
            }
            return w.put(u"evidence"_s, evidence.id, row);
        });
    if (!saved || clashes.isEmpty())
        return saved;
    return fail(ErrorCode::Conflict,
        QCoreApplication::translate("ChipTrace::Case::CaseFile",
            "%1 changed this evidence item (%2) while you were editing it; your edit was not "
            "saved over theirs. It is kept as a conflict to decide, as after a merge.")
            .arg(editor.isEmpty()
                    ? QCoreApplication::translate("ChipTrace::Case::CaseFile", "Someone")
                    : editor,
                clashes.join(u", "_s).replace(u'_', u' ')));
}

Result<ChangeSet> CaseFile::saveConclusion(Conclusion &conclusion)
{
    return inWriter(*m_db, *this,
        QCoreApplication::translate("ChipTrace::Case::CaseFile", "Save conclusion"),
        [&](CaseWriter &w) {
            stampAuthor(w, u"conclusions"_s, conclusion);
            return w.put(u"conclusions"_s, conclusion.id, Rows::toRow(conclusion));
        });
}

// Keeps only ids of this model's evidence and of its compute steps (made from the figures the
// items state, so never stored as items): a deleted item must not linger in the arrangement.
static QStringList known(const QStringList &ids, const QSet<QString> &present)
{
    QStringList out;
    for (const QString &id : ids)
        if ((present.contains(id) || Funnel::isComputeStep(id)) && !out.contains(id))
            out << id;
    return out;
}

Result<ChangeSet> CaseFile::saveFunnelState(const FunnelState &state, const QString &label)
{
    if (!model(state.modelId))
        return fail(ErrorCode::NotFound,
            QCoreApplication::translate(
                "ChipTrace::Case::CaseFile", "The model of this funnel is not in the case."));
    auto ids = m_db->rows(u"SELECT id FROM evidence WHERE model_id = ?1"_s, {state.modelId});
    if (!ids)
        return ids.error();
    QSet<QString> present;
    for (const QJsonObject &r : std::as_const(*ids))
        present.insert(r.value(u"id"_s).toString());
    FunnelState v = state;
    v.order = known(state.order, present);
    v.disabled = known(state.disabled, present);
    const QString action = label.isEmpty()
        ? QCoreApplication::translate("ChipTrace::Case::CaseFile", "Arrange funnel")
        : label;
    return inWriter(*m_db, *this, action,
        [&](CaseWriter &w) { return w.put(u"funnel_states"_s, v.modelId, Rows::toRow(v)); });
}

Result<ChangeSet> CaseFile::remove(const QString &table, const QString &id)
{
    if (!Schema::auditedTables().contains(table) || table == u"case_info"_s)
        return fail(ErrorCode::InvalidArgument,
            QCoreApplication::translate(
                "ChipTrace::Case::CaseFile", "Cannot remove items of kind '%1'.")
                .arg(table));
    return inWriter(*m_db, *this,
        QCoreApplication::translate("ChipTrace::Case::CaseFile", "Remove %1").arg(table),
        [&](CaseWriter &w) -> Status {
            if (w.read(table, id).isEmpty())
                return fail(ErrorCode::NotFound,
                    QCoreApplication::translate(
                        "ChipTrace::Case::CaseFile", "The item to remove is not in the case."));
            return w.removeTree(table, id);
        });
}

Status CaseFile::capture(Source &source, const QByteArray &content)
{
    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    const QString rel = u"sha256/%1/%2"_s.arg(sha.left(2), sha);
    if (auto *server = dynamic_cast<PgDatabase *>(m_db.get())) {
        if (Status s = server->putCopy(sha, content); !s)
            return s;
    }
    const QString abs = filesDir() + u'/' + rel;
    if (!QFileInfo::exists(abs)) { // content-addressed: an existing copy is the same bytes
        QDir().mkpath(QFileInfo(abs).absolutePath());
        QSaveFile f(abs);
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size() || !f.commit())
            return fail(ErrorCode::Io,
                QCoreApplication::translate(
                    "ChipTrace::Case::CaseFile", "Cannot store the captured copy in %1: %2")
                    .arg(abs, f.errorString()));
    }
    source.sha256 = sha;
    source.capturedPath = rel;
    return {};
}

Status CaseFile::captureFile(Source &source, const QString &filePath)
{
    QFile f(filePath);
    if (!f.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io,
            QCoreApplication::translate("ChipTrace::Case::CaseFile", "Cannot read %1: %2")
                .arg(filePath, f.errorString()));
    return capture(source, f.readAll());
}

Result<ChangeSet> CaseFile::review(const QString &evidenceId, Verdict verdict, const QString &note)
{
    Review r{newId(), evidenceId, m_actor, verdict, note, QDateTime::currentDateTimeUtc()};
    return inWriter(*m_db, *this,
        QCoreApplication::translate("ChipTrace::Case::CaseFile", "Review: %1").arg(nameOf(verdict)),
        [&](CaseWriter &w) -> Status {
            if (w.read(u"evidence"_s, evidenceId).isEmpty())
                return fail(ErrorCode::NotFound,
                    QCoreApplication::translate("ChipTrace::Case::CaseFile",
                        "The evidence item to review is not in the case."));
            return w.put(u"reviews"_s, r.id, Rows::toRow(r));
        });
}

Result<ChangeSet> CaseFile::addComment(const QString &evidenceId, const QString &text)
{
    if (text.trimmed().isEmpty())
        return fail(ErrorCode::InvalidArgument,
            QCoreApplication::translate("ChipTrace::Case::CaseFile", "The comment is empty."));
    Comment c{newId(), evidenceId, m_actor, text, QDateTime::currentDateTimeUtc()};
    return inWriter(*m_db, *this,
        QCoreApplication::translate("ChipTrace::Case::CaseFile", "Comment"),
        [&](CaseWriter &w) -> Status {
            if (w.read(u"evidence"_s, evidenceId).isEmpty())
                return fail(ErrorCode::NotFound,
                    QCoreApplication::translate("ChipTrace::Case::CaseFile",
                        "The evidence item to comment on is not in the case."));
            return w.put(u"comments"_s, c.id, Rows::toRow(c));
        });
}

static Status importRows(CaseWriter &w, ImportBatch &batch, const ProgressFn &progress)
{
    const qint64 total = batch.sources.size() + batch.findings.size() + batch.evidence.size();
    qint64 done = 0;
    auto step = [&]() -> Status {
        if (progress && (++done % 256 == 0 || done == total) && !progress(done, total))
            return fail(ErrorCode::Cancelled,
                QCoreApplication::translate(
                    "ChipTrace::Case::CaseFile", "The import was cancelled; nothing was added."));
        return {};
    };
    for (Source &s : batch.sources) {
        s.id = s.id.isEmpty() ? newId() : s.id;
        if (!s.retrieved.isValid()) { // the same source imported again keeps its first retrieval
            const QJsonObject existing = w.read(u"sources"_s, s.id);
            s.retrieved = existing.isEmpty() ? QDateTime::currentDateTimeUtc()
                                             : Rows::timeFrom(existing.value(u"retrieved"_s));
        }
        if (Status st = w.put(u"sources"_s, s.id, Rows::toRow(s)); !st || !(st = step()))
            return st;
    }
    for (FindingRecord &f : batch.findings) {
        f.id = f.id.isEmpty() ? newId() : f.id;
        if (Status st = w.put(u"findings"_s, f.id, Rows::toRow(f)); !st || !(st = step()))
            return st;
    }
    for (Evidence &e : batch.evidence) {
        stampAuthor(w, u"evidence"_s, e);
        if (Status st = w.put(u"evidence"_s, e.id, Rows::toRow(e)); !st || !(st = step()))
            return st;
    }
    return {};
}

void CaseFile::announce(const ChangeSet &changes)
{
    if (identitiesVerified())
        for (const RowChange &c : changes.changes)
            m_announced.insert(c.table + u'/' + c.id);
    if (!changes.isEmpty())
        Q_EMIT changed(changes);
}

Result<ChangeSet> CaseFile::importBatch(ImportBatch &batch, const ProgressFn &progress)
{
    const QString label = batch.label.isEmpty()
        ? QCoreApplication::translate("ChipTrace::Case::CaseFile", "Import")
        : batch.label;
    return inWriter(
        *m_db, *this, label, [&](CaseWriter &w) { return importRows(w, batch, progress); });
}

// Moves every row of `changes` from `expected(change)` to `target(change)`, refusing when
// the current row is not what the change expects.
template<typename Expected, typename Target>
static Status move(CaseWriter &w, const QList<RowChange> &changes, Expected expected, Target target)
{
    for (const RowChange &c : changes) {
        if (w.read(c.table, c.id) != expected(c))
            return fail(ErrorCode::Conflict,
                QCoreApplication::translate("ChipTrace::Case::CaseFile",
                    "This change cannot be undone or redone: the item was changed "
                    "since (by a later edit or a merge)."));
        if (Status s = w.put(c.table, c.id, target(c)); !s)
            return s;
    }
    return {};
}

Result<ChangeSet> CaseFile::revert(const ChangeSet &changes)
{
    QList<RowChange> reversed(changes.changes.crbegin(), changes.changes.crend());
    return inWriter(*m_db, *this,
        QCoreApplication::translate("ChipTrace::Case::CaseFile", "Undo: %1").arg(changes.label),
        [&](CaseWriter &w) {
            return move(
                w, reversed, [](const RowChange &c) { return c.after; },
                [](const RowChange &c) { return c.before; });
        });
}

Result<ChangeSet> CaseFile::apply(const ChangeSet &changes)
{
    return inWriter(*m_db, *this,
        QCoreApplication::translate("ChipTrace::Case::CaseFile", "Redo: %1").arg(changes.label),
        [&](CaseWriter &w) {
            return move(
                w, changes.changes, [](const RowChange &c) { return c.before; },
                [](const RowChange &c) { return c.after; });
        });
}


QString currentIdentity()
{
    // An explicit override (scripts, tests), then the setting, then the OS user.
    if (const QString forced = qEnvironmentVariable("CHIPTRACE_IDENTITY");
        !forced.trimmed().isEmpty())
        return forced.trimmed();
    const QString configured =
        QSettings(u"chiptrace"_s, u"chiptrace"_s).value(u"review/identity"_s).toString();
    if (!configured.trimmed().isEmpty())
        return configured.trimmed();
    for (const char *var : {"USER", "USERNAME", "LOGNAME"}) {
        const QString v = qEnvironmentVariable(var);
        if (!v.isEmpty())
            return v;
    }
    return u"unknown"_s;
}

void setCurrentIdentity(const QString &identity)
{
    QSettings(u"chiptrace"_s, u"chiptrace"_s).setValue(u"review/identity"_s, identity);
}

} // namespace ChipTrace::Case
