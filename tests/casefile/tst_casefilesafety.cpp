// SPDX-License-Identifier: GPL-3.0-or-later
// Never lose data, never hide tampering: migration, refusal, crash in the middle of an import,
// and verify on edits made outside ChipTrace. Real files in a temporary folder.
#include "casefile/audit.h"
#include "casefile/database.h"
#include "casefile/watchlist.h"
#include "casefixture.h"
#include "testsupport.h"

#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace ChipTrace;
using namespace Qt::StringLiterals;

class TestCaseFileSafety : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void migrate_v1FixtureAfterBackup();
    void migrate_v3FindingsGainUnmerged();
    void migrate_v5GainsAnEmptyWatchList();
    void open_refusesNewerFileUntouched();
    void open_refusesCorruptFileUntouched();
    void open_refusesForeignFiles();
    void sigkill_midImport_leavesAllOrNone();
    void verify_detectsEditedRow();
    void verify_detectsDeletedRowAndEditedTrail();
    void verify_detectsChangedCapturedCopy();
    void cli_verifyExitCode();
    void read_ofADamagedCaseSaysUnreadable();
};

// The v1 schema as ChipTrace 0.1 wrote it, spelled out here (not taken from the product) so
// that a change to the product's copy cannot silently change what "a v1 file" means.
static const char v1Schema[] = R"SQL(
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
PRAGMA application_id = 1129607779;
PRAGMA user_version = 1;
)SQL";

// Inserts a row with raw SQL and appends its audit entry, as ChipTrace 0.1 did.
// What undoes version 5 (the watch tables), for fixtures of older versions.
static const QString watchTablesGone =
    u"DROP TABLE watch_changes; DROP TABLE watch_blobs; DROP TABLE watches"_s;

static void v1Insert(
    Case::Database &db, Case::AuditLog &log, const QString &table, const QString &sql)
{
    QVERIFY2(db.exec(sql), qPrintable(db.lastError()));
    auto rows = db.rows(u"SELECT * FROM %1 ORDER BY rowid DESC LIMIT 1"_s.arg(table));
    QVERIFY(rows && rows->size() == 1);
    QVERIFY(log.append(u"v1-analyst"_s, u"fixture"_s, table,
        rows->first().value(u"id"_s).toString(), {}, rows->first()));
}

void TestCaseFileSafety::migrate_v1FixtureAfterBackup()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"old.chiptrace"_s);
    {
        auto db = Case::Database::open(path, Case::Database::Mode::Create);
        QVERIFY(db);
        QVERIFY((*db)->exec(QString::fromUtf8(v1Schema)));
        Case::AuditLog log(**db);
        v1Insert(**db, log, u"case_info"_s,
            u"INSERT INTO case_info VALUES ('c1', 'Old case', 'q?', NULL, '2024-01-01T00:00:00.000Z')"_s);
        v1Insert(**db, log, u"labs"_s,
            u"INSERT INTO labs VALUES ('l1', 'Zhipu', '[\"智谱\"]', 'CN', NULL)"_s);
        v1Insert(**db, log, u"models"_s,
            u"INSERT INTO models VALUES ('m1', 'l1', 'GLM-4', '2024-06-05', NULL)"_s);
        v1Insert(**db, log, u"sources"_s,
            u"INSERT INTO sources (id, kind, uri) VALUES ('s1', 'note', 'note:1')"_s);
        v1Insert(**db, log, u"evidence"_s,
            u"INSERT INTO evidence (id, model_id, source_id, quote, stance, reliability, "
            "credibility, strength, author, created) VALUES ('e1', 'm1', 's1', 'trained on "
            "Ascend 910B', 'supports', 'C', '3', 'hint', 'v1-analyst', '2024-01-02T00:00:00.000Z')"_s);
    }
    const QByteArray before = Test::fileHash(path);
    auto hdr = Case::CaseFile::inspect(path);
    QVERIFY2(hdr, qPrintable(hdr.message()));
    QCOMPARE(hdr->schemaVersion, 1);
    QCOMPARE(Test::fileHash(path), before); // inspecting changes nothing

    auto cf = Case::CaseFile::open(path);
    QVERIFY2(cf, qPrintable(cf.message()));
    QCOMPARE((*cf)->info().schemaVersion, Case::CaseFile::SchemaVersion);
    QCOMPARE((*cf)->info().title, u"Old case"_s);
    QCOMPARE((*cf)->labs().value(0).aliases, QStringList{u"智谱"_s});
    QCOMPARE((*cf)->models().value(0).releaseDate, QDate(2024, 6, 5));
    const auto ev = (*cf)->evidence();
    QCOMPARE(ev.size(), 1);
    QCOMPARE(ev[0].scope, Case::EvidenceScope::Training); // the column v2 added, with its default
    QCOMPARE(ev[0].reliability, Case::Reliability::C);
    // New v2 features work on the migrated file, and the trail still verifies.
    Case::Model m = (*cf)->models().value(0);
    m.trainingEnd = QDate(2024, 5, 1);
    QVERIFY((*cf)->saveModel(m));
    const auto report = (*cf)->verify();
    QVERIFY2(report.ok(), qPrintable(report.problems.value(0).message));

    // The backup holds the file as it was: still v1, same rows.
    const QString backup = path + u".v1.bak"_s;
    QVERIFY(QFile::exists(backup));
    auto old = Case::CaseFile::inspect(backup);
    QVERIFY2(old, qPrintable(old.message()));
    QCOMPARE(old->schemaVersion, 1);
    QCOMPARE(old->title, u"Old case"_s);
}

// Version 4 stores whether a finding's line never reached HEAD's history. A v3 file's findings
// were all read as part of HEAD's history: they open as not unmerged, and the new column then
// keeps what a scan says, across a reopen, with the audit trail still whole.
void TestCaseFileSafety::migrate_v3FindingsGainUnmerged()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"v3.chiptrace"_s);
    QString oldId, sourceId;
    {
        Test::SmallCase c = Test::makeSmallCase(path);
        oldId = c.finding.id;
        sourceId = c.source.id;
    }
    // Back to what ChipTrace wrote before the column existed.
    QVERIFY(Test::downgradeCase(path,
        watchTablesGone
            + u"; ALTER TABLE evidence DROP COLUMN training_facts; "
              "ALTER TABLE findings DROP COLUMN unmerged"_s,
        3));
    auto header = Case::CaseFile::inspect(path);
    QVERIFY2(header, qPrintable(header.message()));
    QCOMPARE(header->schemaVersion, 3);

    auto cf = Case::CaseFile::open(path);
    QVERIFY2(cf, qPrintable(cf.message()));
    QCOMPARE(Case::CaseFile::SchemaVersion, 6);
    QCOMPARE((*cf)->info().schemaVersion, 6);
    QVERIFY(QFile::exists(path + u".v3.bak"_s));
    const std::optional<Case::FindingRecord> old = (*cf)->finding(oldId);
    QVERIFY(old);
    QVERIFY(!old->unmerged);
    QVERIFY(old->atHead);

    Case::FindingRecord branchOnly = *old;
    branchOnly.id.clear();
    branchOnly.text = u"benchmarked on a single H20 (draft, never merged)"_s;
    branchOnly.atHead = false;
    branchOnly.unmerged = true;
    QVERIFY((*cf)->saveFinding(branchOnly));
    // Version 5: evidence rows gain training figures, none stated by the old ones.
    Case::Evidence stated = (*cf)->evidence().first();
    QVERIFY(stated.facts.isEmpty());
    stated.facts.tokens = u"2T"_s;
    QVERIFY((*cf)->saveEvidence(stated));
    const auto report = (*cf)->verify();
    QVERIFY2(report.ok(), qPrintable(report.problems.value(0).message));
    cf->reset();

    auto again = Case::CaseFile::open(path);
    QVERIFY2(again, qPrintable(again.message()));
    int unmerged = 0;
    const QList<Case::FindingRecord> findings = (*again)->findings(sourceId);
    QCOMPARE(findings.size(), 2);
    for (const Case::FindingRecord &f : findings)
        unmerged += f.unmerged ? 1 : 0;
    QCOMPARE(unmerged, 1);
    QVERIFY((*again)->finding(branchOnly.id)->unmerged);
    QVERIFY(!(*again)->finding(oldId)->unmerged);
    QCOMPARE((*again)->evidenceItem(stated.id)->facts.tokens, u"2T"_s);
    QVERIFY(!QFile::exists(path + u".v6.bak"_s)); // a current file is not backed up again
}

// Version 6 adds the watch list and its record in new tables: a v5 case opens with an empty
// watch list that then takes entries and changes, and its other rows stay as they were.
void TestCaseFileSafety::migrate_v5GainsAnEmptyWatchList()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"v5.chiptrace"_s);
    QString findingId;
    {
        Test::SmallCase c = Test::makeSmallCase(path);
        findingId = c.finding.id;
    }
    QVERIFY(Test::downgradeCase(path, watchTablesGone, 5));
    auto cf = Case::CaseFile::open(path);
    QVERIFY2(cf, qPrintable(cf.message()));
    QCOMPARE((*cf)->info().schemaVersion, 6);
    QVERIFY(QFile::exists(path + u".v5.bak"_s));
    QVERIFY((*cf)->finding(findingId));
    Case::WatchList watches(**cf);
    QVERIFY(watches.entries().isEmpty());
    QVERIFY(watches.add(u"https://example.org/lab/model"_s, 6));
    QVERIFY(!watches.add(u"https://example.org/lab/model"_s, 0)); // an interval of no hours
    Case::WatchChange removed;
    removed.at = QDateTime::currentDateTimeUtc();
    removed.repo = u"https://example.org/lab/model"_s;
    removed.kind = u"removed"_s;
    removed.commit = u"0123456789abcdef0123456789abcdef01234567"_s;
    removed.fingerprint = u"feedface"_s;
    auto first = watches.record({removed});
    QVERIFY2(first, qPrintable(first.message()));
    QCOMPARE(first->size(), 1);
    auto again = watches.record({removed}); // the same change seen by a second run
    QVERIFY(again);
    QCOMPARE(again->size(), 0);
    QCOMPARE(watches.changes().size(), 1);
    QCOMPARE(watches.entries().constFirst().intervalHours, 6);
    const auto report = (*cf)->verify();
    QVERIFY2(report.ok(), qPrintable(report.problems.value(0).message));
}

void TestCaseFileSafety::open_refusesNewerFileUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"new.chiptrace"_s);
    Test::makeSmallCase(path); // closed again at the end of the statement
    {
        auto db = Case::Database::open(path, Case::Database::Mode::ReadWrite);
        QVERIFY(db);
        QVERIFY((*db)->exec(
            u"PRAGMA user_version = 99; PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode = DELETE;"_s));
    }
    const QByteArray before = Test::fileHash(path);
    auto cf = Case::CaseFile::open(path);
    QVERIFY(!cf);
    QCOMPARE(cf.code(), ErrorCode::NewerVersion);
    QVERIFY2(cf.message().contains(u"newer"_s), qPrintable(cf.message()));
    QCOMPARE(Test::fileHash(path), before);
    QVERIFY(!QFile::exists(path + u".v99.bak"_s));
    const auto r = Test::chiptrace({u"case"_s, u"info"_s, path});
    QCOMPARE(r.exitCode, 3);
    QVERIFY(r.err.contains("newer"));
    QCOMPARE(Test::fileHash(path), before);
}

void TestCaseFileSafety::open_refusesCorruptFileUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"bad.chiptrace"_s);
    {
        auto c = Test::makeSmallCase(path);
        for (int i = 0; i < 50; ++i) { // enough rows for several pages
            Case::Lab lab;
            lab.name = u"Lab %1 "_s.arg(i).repeated(20);
            QVERIFY(c.file->saveLab(lab));
        }
    }
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    const qint64 size = f.size();
    QVERIFY(size > 3 * 4096);
    f.seek(4096); // keep page 1 (header and schema), wreck every page after it
    f.write(QByteArray(size - 4096, '\xa5'));
    f.close();
    const QByteArray before = Test::fileHash(path);
    auto cf = Case::CaseFile::open(path);
    QVERIFY(!cf);
    QCOMPARE(cf.code(), ErrorCode::Corrupt);
    QVERIFY2(cf.message().contains(u"not changed"_s), qPrintable(cf.message()));
    QCOMPARE(Test::fileHash(path), before);

    // Not even a database: same answer, same care.
    const QString junk = dir.filePath(u"junk.chiptrace"_s);
    Test::writeFile(dir.path(), u"junk.chiptrace"_s, QByteArray(10000, 'x'));
    const QByteArray junkBefore = Test::fileHash(junk);
    auto j = Case::CaseFile::open(junk);
    QVERIFY(!j);
    QCOMPARE(j.code(), ErrorCode::Corrupt);
    QCOMPARE(Test::fileHash(junk), junkBefore);
}

void TestCaseFileSafety::open_refusesForeignFiles()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"other.db"_s);
    {
        auto db = Case::Database::open(path, Case::Database::Mode::Create);
        QVERIFY(db && (*db)->exec(u"CREATE TABLE t (x)"_s));
    }
    const QByteArray before = Test::fileHash(path);
    auto cf = Case::CaseFile::open(path);
    QVERIFY(!cf);
    QCOMPARE(Test::fileHash(path), before);
}

void TestCaseFileSafety::sigkill_midImport_leavesAllOrNone()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"big.chiptrace"_s);
    Test::makeSmallCase(path);
    const int count = 200000;
    QProcess p;
    p.start(QStringLiteral(CASEFILE_IMPORTER), {path, QString::number(count)});
    QVERIFY(p.waitForStarted());
    // Wait until the import is well under way (inside its transaction), then kill it hard.
    QByteArray seen;
    while (!seen.contains("progress 20") && p.state() == QProcess::Running) {
        p.waitForReadyRead(10000);
        seen += p.readAllStandardOutput();
    }
    QVERIFY2(!seen.contains("done"), "the import finished before it could be killed; raise count");
    ::kill(pid_t(p.processId()), SIGKILL);
    QVERIFY(p.waitForFinished());
    QCOMPARE(p.exitStatus(), QProcess::CrashExit);

    auto cf = Case::CaseFile::open(path);
    QVERIFY2(cf, qPrintable(cf.message()));
    const auto report = (*cf)->verify();
    QVERIFY2(report.ok(), qPrintable(report.problems.value(0).message));
    const int findings = (*cf)->stats().findings;
    QVERIFY2(findings == 1 || findings == 1 + count, qPrintable(QString::number(findings)));
    QCOMPARE((*cf)->sources().size(), findings == 1 ? 1 : 2);

    // And the same import left to finish adds all of it.
    cf->reset();
    QProcess full;
    full.start(QStringLiteral(CASEFILE_IMPORTER), {path, u"3000"_s});
    QVERIFY(full.waitForFinished(120000));
    QCOMPARE(full.exitCode(), 0);
    auto again = Case::CaseFile::open(path);
    QVERIFY(again);
    QCOMPARE((*again)->stats().findings, findings + 3000);
    QVERIFY((*again)->verify().ok());
}

// Edits the file with raw SQL, the way someone with the sqlite3 shell would.
static void tamper(const QString &path, const QString &sql)
{
    auto db = Case::Database::open(path, Case::Database::Mode::ReadWrite);
    QVERIFY(db);
    QVERIFY2((*db)->exec(sql), qPrintable((*db)->lastError()));
}

void TestCaseFileSafety::verify_detectsEditedRow()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"t.chiptrace"_s);
    QString evidenceId;
    {
        auto c = Test::makeSmallCase(path);
        evidenceId = c.evidence.id;
        QVERIFY(c.file->verify().ok());
    }
    tamper(path, u"UPDATE evidence SET stance = 'contradicts' WHERE id = '%1'"_s.arg(evidenceId));
    auto cf = Case::CaseFile::open(path);
    QVERIFY(cf);
    const auto report = (*cf)->verify();
    QCOMPARE(report.problems.size(), 1);
    QCOMPARE(report.problems[0].kind, Case::VerifyProblem::Kind::UnauditedChange);
    QCOMPARE(report.problems[0].entityId, evidenceId);
}

void TestCaseFileSafety::verify_detectsDeletedRowAndEditedTrail()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"t.chiptrace"_s);
    QString labId;
    {
        auto c = Test::makeSmallCase(path);
        Case::Lab extra;
        extra.name = u"Moonshot"_s;
        QVERIFY(c.file->saveLab(extra));
        labId = extra.id;
    }
    tamper(path, u"DELETE FROM labs WHERE id = '%1'"_s.arg(labId));
    {
        auto cf = Case::CaseFile::open(path);
        const auto report = (*cf)->verify();
        QCOMPARE(report.problems.size(), 1);
        QCOMPARE(report.problems[0].entityId, labId);
    }
    // Hiding the deletion in the trail too (the append-only trigger dropped first) breaks the
    // chain.
    tamper(path,
        u"DROP TRIGGER audit_no_delete; DELETE FROM audit WHERE entity_id = '%1'"_s.arg(labId));
    {
        auto cf = Case::CaseFile::open(path);
        const auto report = (*cf)->verify();
        QVERIFY(!report.ok());
        QCOMPARE(report.problems[0].kind, Case::VerifyProblem::Kind::BrokenChain);
    }
    // An entry edited in the middle of the trail breaks the chain from there on.
    const QString other = dir.filePath(u"u.chiptrace"_s);
    Test::makeSmallCase(other);
    tamper(
        other, u"DROP TRIGGER audit_no_update; UPDATE audit SET actor = 'mallory' WHERE seq = 2"_s);
    auto cf = Case::CaseFile::open(other);
    const auto report = (*cf)->verify();
    QCOMPARE(report.problems.size(), 1);
    QCOMPARE(report.problems[0].kind, Case::VerifyProblem::Kind::BrokenChain);
    QCOMPARE(report.problems[0].entityId, (*cf)->auditTrail().at(1).entityId);
}

void TestCaseFileSafety::verify_detectsChangedCapturedCopy()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"t.chiptrace"_s);
    auto c = Test::makeSmallCase(path);
    const QString copy = c.file->absoluteCapturedPath(c.source);
    QVERIFY(QFile::exists(copy));
    QFile f(copy);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Append));
    f.write(" (edited)");
    f.close();
    const auto report = c.file->verify();
    QCOMPARE(report.problems.size(), 1);
    QCOMPARE(report.problems[0].kind, Case::VerifyProblem::Kind::ChangedCopy);
    QCOMPARE(report.problems[0].entityId, c.source.id);
    QFile::remove(copy);
    QCOMPARE(c.file->verify().problems.value(0).kind, Case::VerifyProblem::Kind::MissingCopy);
}

void TestCaseFileSafety::cli_verifyExitCode()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"t.chiptrace"_s);
    QString labId;
    {
        auto c = Test::makeSmallCase(path);
        labId = c.lab.id;
    }
    auto ok = Test::chiptrace({u"case"_s, u"verify"_s, path}, dir.path());
    QCOMPARE(ok.exitCode, 0);
    QVERIFY(ok.out.contains("OK"));
    tamper(path, u"UPDATE labs SET country = 'SG' WHERE id = '%1'"_s.arg(labId));
    auto bad = Test::chiptrace({u"case"_s, u"verify"_s, path}, dir.path());
    QCOMPARE(bad.exitCode, 5);
    QVERIFY2(bad.out.contains(labId.toUtf8()), bad.out.constData());
}

// A read the database fails (here a table renamed away under the open case) must not pass
// for "nothing there": the case says it is unreadable, once, and an edit that needs the read
// fails instead of writing as if the row were absent.
void TestCaseFileSafety::read_ofADamagedCaseSaysUnreadable()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"d.chiptrace"_s);
    auto c = Test::makeSmallCase(path);
    QSignalSpy unreadable(c.file.get(), &Case::CaseFile::unreadable);
    QCOMPARE(c.file->labs().size(), 1);
    QCOMPARE(c.file->findings().size(), 1);
    QVERIFY(c.file->readError().isEmpty());
    tamper(path, u"ALTER TABLE findings RENAME TO findings_gone"_s);

    QVERIFY(c.file->findings().isEmpty());
    QVERIFY2(c.file->readError().contains(u"findings"_s), qPrintable(c.file->readError()));
    QVERIFY(!c.file->finding(c.finding.id));
    QTRY_COMPARE(unreadable.count(), 1);
    QVERIFY(unreadable.constFirst().constFirst().toString().contains(u"findings"_s));
    QCOMPARE(c.file->labs().size(), 1); // what can be read still is
    QTest::qWait(50);
    QCOMPARE(unreadable.count(), 1); // said once, not at every read

    Case::FindingRecord again = c.finding;
    again.text = u"edited"_s;
    QVERIFY(!c.file->saveFinding(again));
}

QTEST_GUILESS_MAIN(TestCaseFileSafety)
#include "tst_casefilesafety.moc"
