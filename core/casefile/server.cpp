// SPDX-License-Identifier: GPL-3.0-or-later
#include "casefile/server.h"

#include "casefile/anchor.h"
#include "casefile/audit.h"
#include "casefile/casefile.h"
#include "casefile/pgdatabase.h"
#include "casefile/schema.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace ChipTrace::Case::Server {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ChipTrace::Case::Server", text);
}

// The server-wide part: group roles, the registry and the trigger functions. Idempotent.
// Every message a trigger raises starts with "ChipTrace server:" and says what to do.
const char *const serverDdl = R"SQL(
DO $$ BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'chiptrace_reader') THEN CREATE ROLE chiptrace_reader NOLOGIN; END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'chiptrace_reviewer') THEN CREATE ROLE chiptrace_reviewer NOLOGIN; END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'chiptrace_analyst') THEN CREATE ROLE chiptrace_analyst NOLOGIN; END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'chiptrace_admin') THEN CREATE ROLE chiptrace_admin NOLOGIN; END IF;
END $$;
GRANT chiptrace_reader TO chiptrace_reviewer;
GRANT chiptrace_reviewer TO chiptrace_analyst;
GRANT chiptrace_analyst TO chiptrace_admin;
DO $$ BEGIN
    EXECUTE format('GRANT CREATE, CONNECT ON DATABASE %I TO chiptrace_admin', current_database());
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO chiptrace_reader', current_database());
    EXECUTE format('GRANT chiptrace_admin TO %I', session_user);
END $$;
CREATE SCHEMA IF NOT EXISTS chiptrace;
GRANT USAGE ON SCHEMA chiptrace TO chiptrace_reader;
CREATE TABLE IF NOT EXISTS chiptrace.cases (name text PRIMARY KEY, schema_version integer NOT NULL,
    created text NOT NULL);
GRANT SELECT ON chiptrace.cases TO chiptrace_reader;
GRANT INSERT, UPDATE, DELETE ON chiptrace.cases TO chiptrace_admin;

-- A push (by an admin, who says so for the transaction) copies rows written under other names.
CREATE OR REPLACE FUNCTION chiptrace.importing() RETURNS boolean LANGUAGE sql STABLE
SET search_path = pg_catalog AS $f$
    SELECT coalesce(current_setting('chiptrace.importing', true), '') = 'on'
        AND pg_has_role(session_user, 'chiptrace_admin', 'MEMBER')
$f$;

-- The audit trail: append-only, each entry under the signed-in role, linked to the head and
-- hashed as audit.cpp hashes it.
CREATE OR REPLACE FUNCTION chiptrace.audit_guard() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog AS $f$
DECLARE
    head_seq bigint;
    head_hash text;
    expected text;
BEGIN
    IF TG_OP <> 'INSERT' THEN
        RAISE EXCEPTION 'ChipTrace server: the audit trail is append-only (% refused).', TG_OP
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NOT chiptrace.importing() AND NEW.actor IS DISTINCT FROM session_user THEN
        RAISE EXCEPTION 'ChipTrace server: you are signed in as "%"; a change is recorded under your own role, not "%".',
            session_user, NEW.actor USING ERRCODE = 'insufficient_privilege';
    END IF;
    EXECUTE format('SELECT seq, hash FROM %I.audit ORDER BY seq DESC LIMIT 1', TG_TABLE_SCHEMA)
        INTO head_seq, head_hash;
    IF NEW.seq IS DISTINCT FROM coalesce(head_seq, 0) + 1
        OR NEW.prev_hash IS DISTINCT FROM coalesce(head_hash, '') THEN
        RAISE EXCEPTION 'ChipTrace server: audit entry % does not follow the head of the trail (entry %); try again.',
            NEW.seq, coalesce(head_seq, 0) USING ERRCODE = 'serialization_failure';
    END IF;
    expected := encode(sha256(convert_to(concat(NEW.prev_hash, chr(31), NEW.seq::text, chr(31),
        NEW.at, chr(31), NEW.actor, chr(31), NEW.action, chr(31), NEW.entity, chr(31),
        NEW.entity_id, chr(31), coalesce(NEW.before, ''), chr(31), coalesce(NEW.after, ''),
        chr(31)), 'UTF8')), 'hex');
    IF NEW.hash IS DISTINCT FROM expected THEN
        RAISE EXCEPTION 'ChipTrace server: audit entry % has a wrong hash.', NEW.seq
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$f$;

-- Who wrote a row (TG_ARGV[0]: its author or reviewer column) is the signed-in role; a personal
-- row (TG_ARGV[1] = 'own': a review, a comment) is changed or removed by its writer only; and
-- an evidence item's author cannot accept it.
CREATE OR REPLACE FUNCTION chiptrace.identity_guard() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog AS $f$
DECLARE
    who text;
    before_who text;
    item_author text;
BEGIN
    IF chiptrace.importing() THEN
        RETURN coalesce(NEW, OLD);
    END IF;
    IF TG_OP <> 'INSERT' THEN
        before_who := to_jsonb(OLD) ->> TG_ARGV[0];
        IF TG_ARGV[1] = 'own' AND before_who IS DISTINCT FROM session_user THEN
            RAISE EXCEPTION 'ChipTrace server: this % is by "%"; you are signed in as "%" and cannot change it.',
                TG_TABLE_NAME, before_who, session_user USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF TG_OP = 'DELETE' THEN
            RETURN OLD;
        END IF;
    END IF;
    who := to_jsonb(NEW) ->> TG_ARGV[0];
    IF TG_OP = 'INSERT' AND who IS DISTINCT FROM session_user THEN
        RAISE EXCEPTION 'ChipTrace server: you are signed in as "%"; this % would be recorded under "%". Work under your own role.',
            session_user, TG_TABLE_NAME, who USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF TG_OP = 'UPDATE' AND who IS DISTINCT FROM before_who THEN
        RAISE EXCEPTION 'ChipTrace server: who wrote this % ("%") cannot be changed.', TG_TABLE_NAME, before_who
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF TG_TABLE_NAME = 'reviews' AND to_jsonb(NEW) ->> 'verdict' = 'accept' THEN
        EXECUTE format('SELECT author FROM %I.evidence WHERE id = $1', TG_TABLE_SCHEMA)
            INTO item_author USING to_jsonb(NEW) ->> 'evidence_id';
        IF item_author = who THEN
            RAISE EXCEPTION 'ChipTrace server: "%" proposed evidence item % and cannot accept it; another analyst must review it.',
                who, to_jsonb(NEW) ->> 'evidence_id' USING ERRCODE = 'insufficient_privilege';
        END IF;
    END IF;
    RETURN NEW;
END
$f$;

-- Live updates: a change to a case is announced on the case's channel (its schema's name) when
-- it commits, with who made it. Once per statement, and the server folds a transaction's equal
-- notifications into one, so a 10,000-row import wakes listeners once; they read the audit
-- trail for the rest (livefeed.cpp).
CREATE OR REPLACE FUNCTION chiptrace.announce() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog AS $f$
BEGIN
    PERFORM pg_notify(TG_TABLE_SCHEMA, session_user);
    RETURN NULL;
END
$f$;
)SQL";

// Rows one person owns: only they change or remove them. Every other audited table with an
// author column (evidence, conclusions, and any a later schema adds) is shared: anyone with
// the right may edit it, and its author stays who first wrote it.
bool personal(const QString &table)
{
    return table == u"reviews"_s || table == u"comments"_s;
}

// Everything of one case the server adds to the case file's tables: the copies table, the
// triggers and the grants. Derived from Schema::auditedTables() and each table's columns, so a
// table added to the schema gets them with no change here. Idempotent.
QString caseDdl(const PgDatabase &db, const QString &schema)
{
    const QString s = db.quoted(schema);
    QString sql =
        u"SET LOCAL search_path TO %1;\n"
        "CREATE TABLE IF NOT EXISTS captured_copies (sha256 text PRIMARY KEY, "
        "content bytea NOT NULL);\n"
        "DROP TRIGGER IF EXISTS ct_audit_guard ON audit;\n"
        "CREATE TRIGGER ct_audit_guard BEFORE INSERT OR UPDATE OR DELETE ON audit "
        "FOR EACH ROW EXECUTE FUNCTION chiptrace.audit_guard();\n"
        "DROP TRIGGER IF EXISTS ct_audit_truncate ON audit;\n"
        "CREATE TRIGGER ct_audit_truncate BEFORE TRUNCATE ON audit "
        "FOR EACH STATEMENT EXECUTE FUNCTION chiptrace.audit_guard();\n"
        "DROP TRIGGER IF EXISTS ct_announce ON audit;\n"
        "CREATE TRIGGER ct_announce AFTER INSERT ON audit "
        "FOR EACH STATEMENT EXECUTE FUNCTION chiptrace.announce();\n"
        "REVOKE ALL ON SCHEMA %1 FROM PUBLIC;\n"
        "GRANT USAGE ON SCHEMA %1 TO chiptrace_reader;\n"
        "GRANT SELECT ON ALL TABLES IN SCHEMA %1 TO chiptrace_reader;\n"
        "GRANT INSERT ON audit TO chiptrace_reviewer;\n"
        "GRANT INSERT, UPDATE, DELETE ON reviews, comments TO chiptrace_reviewer;\n"
        "GRANT INSERT ON captured_copies TO chiptrace_analyst;\n"_s.arg(s);
    for (const QString &table : Schema::auditedTables()) {
        const QString t = db.quoted(table);
        sql += u"GRANT INSERT, UPDATE, DELETE ON %1 TO chiptrace_analyst;\n"_s.arg(t);
        const QStringList columns = db.columns(table);
        const QString who = columns.contains(u"reviewer"_s) ? u"reviewer"_s
            : columns.contains(u"author"_s)                 ? u"author"_s
                                                            : QString();
        if (who.isEmpty())
            continue;
        sql +=
            u"DROP TRIGGER IF EXISTS ct_identity ON %1;\n"
            "CREATE TRIGGER ct_identity BEFORE INSERT OR UPDATE OR DELETE ON %1 FOR EACH ROW "
            "EXECUTE FUNCTION chiptrace.identity_guard('%2', '%3');\n"_s.arg(
                t, who, personal(table) ? u"own"_s : u"shared"_s);
    }
    return sql;
}

Result<std::unique_ptr<PgDatabase>> connectTo(const QString &uri, bool needCase)
{
    auto address = PgDatabase::parse(uri);
    if (!address)
        return address.error();
    if (needCase && address->caseName.isEmpty())
        return fail(ErrorCode::InvalidArgument,
            tr("The address names no case: add ?case=NAME (e.g. %1?case=deepseek).").arg(uri));
    ServerAddress server = *address;
    server.caseName.clear(); // the registry is checked by the caller
    auto db = PgDatabase::connect(server);
    if (!db)
        return db.error();
    return db;
}

// Copies every row of `table` (all columns the target knows) in `order`.
Status copyTable(const Database &from, Database &to, const QString &table, const QString &order)
{
    auto rows = from.rows(u"SELECT * FROM %1 ORDER BY %2"_s.arg(table, order));
    if (!rows)
        return rows.error();
    const QStringList known = to.columns(table);
    std::optional<Statement> insert;
    QStringList columns;
    for (const QJsonObject &row : std::as_const(*rows)) {
        if (!insert) {
            for (const QString &c : row.keys())
                if (known.contains(c))
                    columns << c;
            QStringList params;
            for (int i = 0; i < columns.size(); ++i)
                params << u"?%1"_s.arg(i + 1);
            auto st = to.prepare(u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(
                table, columns.join(u", "_s), params.join(u", "_s)));
            if (!st)
                return st.error();
            insert.emplace(std::move(*st));
        }
        insert->reset();
        for (int i = 0; i < columns.size(); ++i)
            insert->bind(i + 1, row.value(columns[i]));
        if (Status s = insert->exec(); !s)
            return fail(s.code(),
                tr("Copying %1 %2 failed: %3")
                    .arg(table, row.value(u"id"_s).toString(), s.message()));
    }
    return {};
}

// The case's rows, parents before children, then its audit trail in order.
Status copyCase(const Database &from, Database &to)
{
    for (const QString &table : Schema::auditedTables())
        if (Status s = copyTable(from, to, table, u"id"_s); !s)
            return s;
    return copyTable(from, to, u"audit"_s, u"seq"_s);
}

Status refuseUnverified(const CaseFile &cf, const QString &what)
{
    const VerifyReport report = cf.verify();
    if (report.ok())
        return {};
    return fail(ErrorCode::Corrupt,
        tr("%1 does not verify (%2); it was not copied. Run `chiptrace case verify` on it.")
            .arg(what, report.problems.first().message));
}

// Copies the captured copies of the file's sources into the case's table.
Status copyCopies(const CaseFile &cf, PgDatabase &db)
{
    for (const Source &source : cf.sources()) {
        if (source.capturedPath.isEmpty())
            continue;
        QFile f(cf.absoluteCapturedPath(source));
        if (!f.open(QIODevice::ReadOnly))
            return fail(ErrorCode::Io,
                tr("Cannot read the captured copy %1: %2").arg(f.fileName(), f.errorString()));
        if (Status s = db.putCopy(source.sha256, f.readAll()); !s)
            return s;
    }
    return {};
}

Status createCase(PgDatabase &db, const ServerAddress &address, const CaseFile &cf)
{
    auto known = db.rows(u"SELECT name FROM chiptrace.cases WHERE name = ?1"_s, {address.caseName});
    if (!known)
        return known.error();
    if (!known->isEmpty())
        return fail(ErrorCode::InvalidArgument,
            tr("The server already has a case \"%1\"; choose another name.").arg(address.caseName));
    auto file = Database::open(cf.path(), Database::Mode::ReadOnly);
    if (!file)
        return file.error();
    const QString schema = db.quoted(address.schema());
    Transaction tx(db);
    Status s = tx.status();
    if (s)
        s = db.exec(u"SET LOCAL ROLE chiptrace_admin; SET LOCAL chiptrace.importing = 'on';"_s);
    if (!s)
        return s.code() == ErrorCode::AuthRequired
            ? fail(ErrorCode::AuthRequired,
                  tr("Only a member of chiptrace_admin can put a case on the server (%1).")
                      .arg(s.message()))
            : s;
    s = db.exec(u"CREATE SCHEMA %1; SET LOCAL search_path TO %1;"_s.arg(schema));
    if (s)
        s = db.exec(db.dialect(Schema::ddl(Schema::Current)));
    if (s)
        s = db.exec(caseDdl(db, address.schema()));
    if (s) {
        auto st = db.prepare(
            u"INSERT INTO chiptrace.cases (name, schema_version, created) VALUES (?1, ?2, ?3)"_s);
        s = st ? st->bind(1, address.caseName)
                     .bind(2, qint64(Schema::Current))
                     .bind(3, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))
                     .exec()
               : Status(st.error());
    }
    if (s)
        s = copyCase(**file, db);
    if (s)
        s = copyCopies(cf, db);
    if (s)
        s = tx.commit();
    return s;
}

} // namespace

std::optional<Role> roleFromName(const QString &name)
{
    static const QList<QPair<QString, Role>> names{{u"reader"_s, Role::Reader},
        {u"reviewer"_s, Role::Reviewer}, {u"analyst"_s, Role::Analyst}, {u"admin"_s, Role::Admin}};
    for (const auto &[n, r] : names)
        if (n == name)
            return r;
    return std::nullopt;
}

Result<QStringList> init(const QString &uri)
{
    auto db = connectTo(uri, false);
    if (!db)
        return db.error();
    QStringList done;
    if (Status s = (*db)->exec(QString::fromUtf8(serverDdl)); !s)
        return fail(s.code(), tr("Preparing the server failed: %1").arg(s.message()));
    done << tr(
        "roles chiptrace_admin, chiptrace_analyst, chiptrace_reviewer, chiptrace_reader; "
        "registry chiptrace.cases; audit and review triggers: ready");
    auto listed = (*db)->rows(u"SELECT name, schema_version FROM chiptrace.cases ORDER BY name"_s);
    if (!listed)
        return listed.error();
    for (const QJsonObject &c : std::as_const(*listed)) {
        ServerAddress address = (*db)->address();
        address.caseName = c.value(u"name"_s).toString();
        const int version = int(c.value(u"schema_version"_s).toInteger());
        auto cdb = PgDatabase::connect(address);
        if (!cdb)
            return cdb.error();
        Transaction tx(**cdb);
        Status s = tx.status();
        if (s)
            s = (*cdb)->exec(u"SET LOCAL ROLE chiptrace_admin;"_s);
        if (s && version < Schema::Current)
            s = Schema::migrate(**cdb, version, (*cdb)->role());
        if (s)
            s = (*cdb)->exec(caseDdl(**cdb, address.schema()));
        if (s)
            s = tx.commit();
        if (!s)
            return fail(s.code(), tr("Case %1: %2").arg(address.caseName, s.message()));
        done << (version < Schema::Current
                ? tr("case %1: migrated from format %2 to %3; triggers and grants renewed")
                      .arg(address.caseName)
                      .arg(version)
                      .arg(Schema::Current)
                : tr("case %1: triggers and grants renewed").arg(address.caseName));
    }
    return done;
}

Status grant(const QString &uri, const QString &user, Role role)
{
    auto db = connectTo(uri, false);
    if (!db)
        return db.error();
    static const char *const groups[] = {
        "chiptrace_reader", "chiptrace_reviewer", "chiptrace_analyst", "chiptrace_admin"};
    const QString name = (*db)->quoted(user);
    auto exists = (*db)->rows(u"SELECT 1 AS yes FROM pg_roles WHERE rolname = ?1"_s, {user});
    if (!exists)
        return exists.error();
    if (exists->isEmpty())
        if (Status s = (*db)->exec(u"CREATE ROLE %1 LOGIN"_s.arg(name)); !s)
            return s;
    return (*db)->exec(u"GRANT %1 TO %2"_s.arg(QString::fromLatin1(groups[int(role)]), name));
}

Result<QStringList> cases(const QString &uri)
{
    auto db = connectTo(uri, false);
    if (!db)
        return db.error();
    auto rows = (*db)->rows(u"SELECT name, schema_version FROM chiptrace.cases ORDER BY name"_s);
    if (!rows)
        return rows.error();
    QStringList out;
    for (const QJsonObject &r : std::as_const(*rows))
        out << u"%1 %2"_s.arg(r.value(u"name"_s).toString())
                   .arg(r.value(u"schema_version"_s).toInteger());
    return out;
}

Status push(const QString &filePath, const QString &uri)
{
    auto db = connectTo(uri, true);
    if (!db)
        return db.error();
    auto address = PgDatabase::parse(uri);
    // Opening migrates an older file (after a backup), so the server gets the current format.
    auto cf = CaseFile::open(filePath);
    if (!cf)
        return cf.error();
    if (Status s = refuseUnverified(**cf, filePath); !s)
        return s;
    if (Status s = createCase(**db, *address, **cf); !s)
        return s;
    auto server = PgDatabase::connect(*address);
    if (!server)
        return server.error();
    AuditLog head(**server);
    Anchor::record((*server)->path(), {head.headSeq(), head.headHash()});
    return {};
}

Status pull(const QString &uri, const QString &filePath)
{
    if (QFileInfo::exists(filePath))
        return fail(ErrorCode::InvalidArgument,
            tr("%1 already exists; choose another name for the copy.").arg(filePath));
    auto cf = CaseFile::open(uri);
    if (!cf)
        return cf.error();
    if (Status s = refuseUnverified(**cf, uri); !s)
        return s;
    auto address = PgDatabase::parse(uri);
    auto server = PgDatabase::connect(*address);
    if (!server)
        return server.error();
    QDir().mkpath(QFileInfo(filePath).absolutePath());
    Status s;
    {
        auto file = Database::open(filePath, Database::Mode::Create);
        if (!file)
            return file.error();
        s = Schema::configureFile(**file);
        Transaction tx(**file);
        if (s)
            s = tx.status();
        if (s)
            s = Schema::create(**file);
        if (s)
            s = copyCase(**server, **file);
        if (s)
            s = tx.commit();
        if (s) {
            AuditLog head(**file);
            Anchor::record(
                QFileInfo(filePath).absoluteFilePath(), {head.headSeq(), head.headHash()});
        }
    }
    for (const Source &source : (*cf)->sources()) {
        if (!s || source.capturedPath.isEmpty())
            continue;
        auto content = (*server)->copy(source.sha256);
        if (!content) {
            s = content.error();
            break;
        }
        const QString target = filePath + u".files/"_s + source.capturedPath;
        QDir().mkpath(QFileInfo(target).absolutePath());
        QSaveFile out(target);
        if (!out.open(QIODevice::WriteOnly) || out.write(*content) != content->size()
            || !out.commit())
            s = fail(ErrorCode::Io, tr("Cannot write %1: %2").arg(target, out.errorString()));
    }
    if (!s) {
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
            QFile::remove(filePath + suffix);
        QDir(filePath + u".files"_s).removeRecursively();
    }
    return s;
}

} // namespace ChipTrace::Case::Server
