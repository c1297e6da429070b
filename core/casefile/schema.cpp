// SPDX-License-Identifier: GPL-3.0-or-later
#include "casefile/schema.h"

#include "casefile/audit.h"
#include "casefile/database.h"

#include <QHash>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace ChipTrace::Case::Schema {

// Version 1: the first released format. Kept verbatim: migrations start from it and tests
// build v1 fixtures from it.
static const char *const v1 = R"SQL(
CREATE TABLE case_info (id TEXT PRIMARY KEY, title TEXT NOT NULL, question TEXT, summary TEXT, created TEXT NOT NULL);
CREATE TABLE labs (id TEXT PRIMARY KEY, name TEXT NOT NULL, aliases TEXT NOT NULL DEFAULT '[]', country TEXT, notes TEXT);
CREATE TABLE models (id TEXT PRIMARY KEY, lab_id TEXT NOT NULL REFERENCES labs(id), name TEXT NOT NULL,
    release_date TEXT, notes TEXT);
CREATE TABLE sources (id TEXT PRIMARY KEY, kind TEXT NOT NULL, uri TEXT, title TEXT, retrieved TEXT,
    sha256 TEXT, captured_path TEXT, commit_id TEXT, notes TEXT);
CREATE TABLE findings (id TEXT PRIMARY KEY, source_id TEXT NOT NULL REFERENCES sources(id), kind TEXT NOT NULL,
    rule_id TEXT, family TEXT, title TEXT, commit_id TEXT, path TEXT, line INTEGER, col INTEGER, length INTEGER,
    page INTEGER, archive_record TEXT, line_text TEXT, match_text TEXT, context TEXT, vendored INTEGER NOT NULL DEFAULT 0,
    chips TEXT NOT NULL DEFAULT '[]', scope TEXT, strength TEXT, implies TEXT, at_head INTEGER NOT NULL DEFAULT 1,
    first_commit TEXT, first_date TEXT, first_author TEXT, first_path TEXT, removed_commit TEXT, removed_date TEXT, blob TEXT);
CREATE INDEX findings_source ON findings(source_id);
CREATE TABLE evidence (id TEXT PRIMARY KEY, model_id TEXT NOT NULL REFERENCES models(id),
    finding_id TEXT REFERENCES findings(id), source_id TEXT REFERENCES sources(id), quote TEXT,
    commit_id TEXT, path TEXT, line INTEGER, col INTEGER, length INTEGER, page INTEGER, archive_record TEXT,
    stance TEXT NOT NULL, reliability TEXT NOT NULL, credibility TEXT NOT NULL, constraint_text TEXT,
    strength TEXT NOT NULL, rationale TEXT, author TEXT NOT NULL, created TEXT NOT NULL);
CREATE INDEX evidence_model ON evidence(model_id);
CREATE TABLE reviews (id TEXT PRIMARY KEY, evidence_id TEXT NOT NULL REFERENCES evidence(id), reviewer TEXT NOT NULL,
    verdict TEXT NOT NULL, note TEXT, at TEXT NOT NULL);
CREATE INDEX reviews_evidence ON reviews(evidence_id);
CREATE TABLE comments (id TEXT PRIMARY KEY, evidence_id TEXT NOT NULL REFERENCES evidence(id), author TEXT NOT NULL,
    text TEXT NOT NULL, at TEXT NOT NULL);
CREATE INDEX comments_evidence ON comments(evidence_id);
CREATE TABLE audit (seq INTEGER PRIMARY KEY, at TEXT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL,
    entity TEXT NOT NULL, entity_id TEXT NOT NULL, before TEXT, after TEXT, prev_hash TEXT NOT NULL, hash TEXT NOT NULL);
CREATE INDEX audit_entity ON audit(entity, entity_id);
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
)SQL";

// Version 2: training period of models, scope of evidence, conclusions, merge conflicts.
static const char *const v1to2 = R"SQL(
ALTER TABLE models ADD COLUMN training_start TEXT;
ALTER TABLE models ADD COLUMN training_end TEXT;
ALTER TABLE evidence ADD COLUMN scope TEXT NOT NULL DEFAULT 'training';
CREATE TABLE conclusions (id TEXT PRIMARY KEY, model_id TEXT NOT NULL REFERENCES models(id), as_of TEXT,
    candidates TEXT NOT NULL DEFAULT '[]', export_status TEXT, summary TEXT, author TEXT NOT NULL, created TEXT NOT NULL);
CREATE INDEX conclusions_model ON conclusions(model_id);
CREATE TABLE conflicts (id TEXT PRIMARY KEY, entity TEXT NOT NULL, entity_id TEXT NOT NULL, ours TEXT, theirs TEXT,
    origin TEXT, detected TEXT NOT NULL, resolved TEXT, resolution TEXT);
)SQL";

// Version 3: the analyst's funnel arrangement per model (step order, disabled steps, date).
// One row per model: the row id is the model id, so two analysts' arrangements of the same
// model meet as one item in a merge. Lists of evidence ids are JSON arrays; an id may name an
// item that is no longer a step (rejected for now) so that it keeps its place if it returns.
static const char *const v2to3 = R"SQL(
CREATE TABLE funnel_states (id TEXT PRIMARY KEY, model_id TEXT NOT NULL REFERENCES models(id),
    step_order TEXT NOT NULL DEFAULT '[]', disabled TEXT NOT NULL DEFAULT '[]', as_of TEXT);
CREATE INDEX funnel_states_model ON funnel_states(model_id);
)SQL";

// Version 4: a scan finding whose line never reached HEAD's history (it lived only on branches,
// pull requests or tags that HEAD does not contain) says so; every older finding was read as
// part of HEAD's history, hence the default.
static const char *const v3to4 = R"SQL(
ALTER TABLE findings ADD COLUMN unmerged INTEGER NOT NULL DEFAULT 0;
)SQL";

// Version 5: training figures an evidence item states (Evidence::facts), one JSON object, for
// the compute-plausibility step. Older rows state none, hence NULL.
static const char *const v4to5 = R"SQL(
ALTER TABLE evidence ADD COLUMN training_facts TEXT;
)SQL";

// Version 6: watching a lab's repositories (issue 17). The watch list, what the watch last saw
// of each repository (its refs, so changes fetched by anyone else are still noticed), the
// findings of every blob it scanned (so a later fetch scans only new blobs) and the dated
// record of what the lab added, removed or rewrote. Not audited: the watch writes them on its
// own schedule and the record is append-only by construction (ids are content hashes).
static const char *const v5to6 = R"SQL(
CREATE TABLE watches (url TEXT PRIMARY KEY, interval_hours INTEGER NOT NULL DEFAULT 24, added TEXT NOT NULL,
    refs TEXT, last_fetched TEXT, last_attempt TEXT, last_error TEXT, failures INTEGER NOT NULL DEFAULT 0,
    next_attempt TEXT);
CREATE TABLE watch_blobs (repo TEXT NOT NULL REFERENCES watches(url) ON DELETE CASCADE, blob TEXT NOT NULL,
    path TEXT NOT NULL, findings TEXT NOT NULL DEFAULT '[]', PRIMARY KEY (repo, blob, path));
CREATE TABLE watch_changes (id TEXT PRIMARY KEY, at TEXT NOT NULL, repo TEXT NOT NULL, kind TEXT NOT NULL,
    commit_id TEXT, commit_date TEXT, fingerprint TEXT, rule_id TEXT, path TEXT, line INTEGER, line_text TEXT,
    ref TEXT, detail TEXT, seen INTEGER NOT NULL DEFAULT 0);
CREATE INDEX watch_changes_repo ON watch_changes(repo, at);
)SQL";

const QStringList &auditedTables()
{
    static const QStringList tables{u"case_info"_s, u"labs"_s, u"models"_s, u"sources"_s,
        u"findings"_s, u"evidence"_s, u"reviews"_s, u"comments"_s, u"conclusions"_s, u"conflicts"_s,
        u"funnel_states"_s};
    return tables;
}

QList<QPair<QString, QString>> dependents(const QString &table)
{
    static const QHash<QString, QList<QPair<QString, QString>>> deps{
        {u"labs"_s, {{u"models"_s, u"lab_id"_s}}},
        {u"models"_s,
            {{u"evidence"_s, u"model_id"_s}, {u"conclusions"_s, u"model_id"_s},
                {u"funnel_states"_s, u"model_id"_s}}},
        {u"sources"_s, {{u"findings"_s, u"source_id"_s}, {u"evidence"_s, u"source_id"_s}}},
        {u"findings"_s, {{u"evidence"_s, u"finding_id"_s}}},
        {u"evidence"_s, {{u"reviews"_s, u"evidence_id"_s}, {u"comments"_s, u"evidence_id"_s}}},
    };
    return deps.value(table);
}

QString ddl(int version)
{
    QString sql = QString::fromUtf8(v1);
    if (version >= 2)
        sql += QString::fromUtf8(v1to2);
    if (version >= 3)
        sql += QString::fromUtf8(v2to3);
    if (version >= 4)
        sql += QString::fromUtf8(v3to4);
    if (version >= 5)
        sql += QString::fromUtf8(v4to5);
    if (version >= 6)
        sql += QString::fromUtf8(v5to6);
    return sql;
}

Status configureFile(Database &db)
{
    return db.exec(
        u"PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL;"_s);
}

Status create(Database &db)
{
    if (Status s = db.exec(db.dialect(ddl(Current))); !s)
        return s;
    return db.setSchemaVersion(Current);
}

static QHash<QString, QHash<QString, QJsonObject>> snapshot(Database &db, const QStringList &tables)
{
    QHash<QString, QHash<QString, QJsonObject>> out;
    for (const QString &t : tables) {
        auto rows = db.rows(u"SELECT * FROM "_s + t);
        if (!rows)
            continue;
        for (const QJsonObject &r : *rows)
            out[t].insert(r.value(u"id"_s).toString(), r);
    }
    return out;
}

Status migrate(Database &db, int from, const QString &actor)
{
    const QStringList existing = {u"case_info"_s, u"labs"_s, u"models"_s, u"sources"_s,
        u"findings"_s, u"evidence"_s, u"reviews"_s, u"comments"_s};
    const auto before = snapshot(db, existing);
    if (from < 2) {
        if (Status s = db.exec(db.dialect(QString::fromUtf8(v1to2))); !s)
            return s;
    }
    if (from < 3) { // a new table only: no existing row changes its stored form
        if (Status s = db.exec(db.dialect(QString::fromUtf8(v2to3))); !s)
            return s;
    }
    if (from < 4) { // a new column: every finding row gets a migrate entry below
        if (Status s = db.exec(db.dialect(QString::fromUtf8(v3to4))); !s)
            return s;
    }
    if (from < 5) { // a new nullable column: evidence rows gain a null key, recorded below
        if (Status s = db.exec(db.dialect(QString::fromUtf8(v4to5))); !s)
            return s;
    }
    if (from < 6) { // new tables only: no existing row changes its stored form
        if (Status s = db.exec(db.dialect(QString::fromUtf8(v5to6))); !s)
            return s;
    }
    if (Status s = db.setSchemaVersion(Current); !s)
        return s;
    // Record every row whose stored form changed, so the chain of states stays complete.
    AuditLog log(db);
    if (!log.status())
        return log.status();
    const auto after = snapshot(db, existing);
    const QString action = u"migrate v%1 to v%2"_s.arg(from).arg(Current);
    for (const QString &t : existing) {
        const auto &rows = after.value(t);
        for (auto it = rows.begin(); it != rows.end(); ++it) {
            const QJsonObject old = before.value(t).value(it.key());
            if (old != it.value())
                if (Status s = log.append(actor, action, t, it.key(), old, it.value()); !s)
                    return s;
        }
    }
    return {};
}

} // namespace ChipTrace::Case::Schema
