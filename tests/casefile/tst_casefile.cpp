// SPDX-License-Identifier: GPL-3.0-or-later
// The case file's model, review workflow and undo, run twice: on real files in a temporary
// folder, and on the same case pushed to a real PostgreSQL server (casebackend.h), so every
// behaviour holds for both kinds of case. Where they differ on purpose (the server refuses
// what a file only leaves uncounted), the test says so.
#include "casebackend.h"
#include "casefile/caselocation.h"
#include "casefile/caseundocommand.h"
#include "casefixture.h"
#include "evidence/scanimport.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace ChipTrace;
using namespace Qt::StringLiterals;
using Test::Backend;

class TestCaseFile : public QObject
{
    Q_OBJECT
private:
    Test::CaseBackends m_backends;

    static Backend backend()
    {
        QFETCH_GLOBAL(Backend, backend);
        return backend;
    }
    Test::SmallCase make(const QTemporaryDir &dir) { return m_backends.make(backend(), dir); }
    Case::CaseFile &as(Test::SmallCase &c, const QString &actor) { return m_backends.as(c, actor); }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void initTestCase_data()
    {
        QTest::addColumn<Backend>("backend");
        QTest::newRow("file") << Backend::File;
        QTest::newRow("server") << Backend::Server;
    }

    void init()
    {
        if (backend() == Backend::Server)
            CHIPTRACE_REQUIRE_SERVER(m_backends);
    }

    void create_storesAndReadsBack()
    {
        QTemporaryDir dir;
        QString path;
        {
            auto c = make(dir);
            QCOMPARE(c.file->info().title, u"DeepSeek-V3 accelerators"_s);
            path = c.location;
        }
        auto cf = Case::CaseFile::open(path);
        QVERIFY2(cf, qPrintable(cf.message()));
        const auto labs = (*cf)->labs();
        QCOMPARE(labs.size(), 1);
        QCOMPARE(labs[0].aliases, QStringList{u"深度求索"_s});
        const auto models = (*cf)->models(labs[0].id);
        QCOMPARE(models.size(), 1);
        QCOMPARE(models[0].releaseDate, QDate(2024, 12, 26));
        const auto sources = (*cf)->sources();
        QCOMPARE(sources.size(), 1);
        QCOMPARE(sources[0].kind, Case::SourceKind::Paper);
        QCOMPARE(sources[0].sha256.size(), 64);
        QVERIFY(QFile::exists((*cf)->absoluteCapturedPath(sources[0])));
        const auto findings = (*cf)->findings(sources[0].id);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings[0].chips, QStringList{u"H800"_s});
        QCOMPARE(findings[0].locator.page, 1);
        const auto ev = (*cf)->evidence(models[0].id);
        QCOMPARE(ev.size(), 1);
        QCOMPARE(ev[0].author, u"alice"_s);
        QCOMPARE(ev[0].reliability, Case::Reliability::B);
        QCOMPARE(ev[0].credibility, Case::Credibility::ProbablyTrue);
        QCOMPARE(ev[0].constraint, u"arch in [Hopper]"_s);
        QCOMPARE(ev[0].status, Case::ReviewStatus::Proposed);
        QCOMPARE((*cf)->info().schemaVersion, Case::CaseFile::SchemaVersion);
        QCOMPARE((*cf)->identitiesVerified(), backend() == Backend::Server);
        QVERIFY((*cf)->verify().ok());
    }

    void secondConnection_importsWhileTheFirstReadsAndRefusesEdits()
    {
        // The workbench's background import: a second CaseFile on the same path writes; the
        // first keeps reading, refuses its own writes with a reason, then announces the change.
        QTemporaryDir dir;
        auto c = make(dir);
        const QString path = c.location;
        Case::CaseFile &first = *c.file;
        const QString sourceId = first.sources().constFirst().id;
        const qsizetype before = first.findings().size();
        first.setWritesBlocked(u"busy importing"_s);
        Case::Lab lab;
        lab.name = u"Other Lab"_s;
        const auto refused = first.saveLab(lab);
        QVERIFY(!refused);
        QCOMPARE(refused.message(), u"busy importing"_s);

        auto second = Case::CaseFile::open(path);
        QVERIFY2(second, qPrintable(second.message()));
        Case::ImportBatch batch;
        for (int i = 0; i < 300; ++i) {
            Case::FindingRecord f;
            f.sourceId = sourceId;
            f.kind = u"signature"_s;
            f.ruleId = u"nccl-ib-hca"_s;
            f.locator.path = u"run%1.sh"_s.arg(i);
            f.locator.line = 1;
            f.text = u"export NCCL_IB_HCA=mlx5_0"_s;
            batch.findings.append(f);
        }
        const auto change = (*second)->importBatch(batch);
        QVERIFY2(change, qPrintable(change.message()));
        QCOMPARE(first.findings().size(), before + 300); // the first connection sees the commit

        QSignalSpy changed(&first, &Case::CaseFile::changed);
        first.announce(*change);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.constFirst().constFirst().value<Case::ChangeSet>().changes.size(),
            change->changes.size());
        first.setWritesBlocked({});
        QVERIFY(first.saveLab(lab));
        // Undo through the first connection removes what the second added.
        QVERIFY(first.revert(*change));
        QCOMPARE(first.findings().size(), before);
        // One audit chain across both connections' writes.
        const auto report = first.verify();
        QVERIFY2(report.ok(),
            qPrintable(
                report.problems.isEmpty() ? QString() : report.problems.constFirst().message));
    }

    void create_refusesExistingCase()
    {
        QTemporaryDir dir;
        Case::CaseInfo info;
        info.title = u"t"_s;
        if (backend() == Backend::Server) {
            // A case reaches a server as a file first; a push never replaces a case there.
            auto c = make(dir);
            const auto created = Case::CaseFile::create(c.location, info);
            QVERIFY(!created);
            QVERIFY(created.message().contains(u"case push"_s));
            const QString other = dir.filePath(u"other.chiptrace"_s);
            QVERIFY(Case::CaseFile::create(other, info));
            const Status pushed =
                Case::Server::push(other, m_backends.server().uri(u"ctadmin"_s, c.serverCase));
            QVERIFY(!pushed);
            QVERIFY2(
                pushed.message().contains(u"already has a case"_s), qPrintable(pushed.message()));
            QCOMPARE(c.file->info().title, u"DeepSeek-V3 accelerators"_s);
            QCOMPARE(c.file->labs().size(), 1);
            return;
        }
        const QString path = dir.filePath(u"x.chiptrace"_s);
        Test::writeFile(dir.path(), u"x.chiptrace"_s, "keep me");
        auto cf = Case::CaseFile::create(path, info);
        QVERIFY(!cf);
        QCOMPARE(Test::fileHash(path),
            QCryptographicHash::hash("keep me", QCryptographicHash::Sha256).toHex());
    }

    void foreignKeys_areEnforced()
    {
        QTemporaryDir dir;
        auto c = make(dir);
        Case::Model orphan;
        orphan.name = u"Orphan"_s;
        orphan.labId = Case::newId();
        auto r = c.file->saveModel(orphan);
        QVERIFY(!r);
        QCOMPARE(r.code(), ErrorCode::InvalidArgument);
        QCOMPARE(c.file->models().size(), 1);
    }

    void review_authorCannotBeOnlyApprover()
    {
        QTemporaryDir dir;
        auto c = make(dir);
        // The author's own acceptance: a file records it without counting it; the server
        // refuses it outright (its trigger), leaving the case as it was.
        const auto self = c.file->review(c.evidence.id, Case::Verdict::Accept);
        const bool server = backend() == Backend::Server;
        QCOMPARE(bool(self), !server);
        if (server) {
            QCOMPARE(self.code(), ErrorCode::AuthRequired);
            QVERIFY2(self.message().contains(u"cannot accept it"_s), qPrintable(self.message()));
        }
        QCOMPARE(c.file->evidenceItem(c.evidence.id)->status, Case::ReviewStatus::Proposed);
        QVERIFY(
            as(c, u"bob"_s).review(c.evidence.id, Case::Verdict::Accept, u"matches the paper"_s));
        QCOMPARE(c.file->evidenceItem(c.evidence.id)->status, Case::ReviewStatus::Accepted);
        Case::CaseFile &carol = as(c, u"carol"_s);
        QVERIFY(carol.review(c.evidence.id, Case::Verdict::Dispute, u"H800 vs H100?"_s));
        QCOMPARE(c.file->evidenceItem(c.evidence.id)->status, Case::ReviewStatus::Disputed);
        QVERIFY(carol.addComment(c.evidence.id, u"the paper says H800 twice"_s));
        // The dispute stays visible until carol herself changes her verdict.
        QVERIFY(as(c, u"bob"_s).review(c.evidence.id, Case::Verdict::Accept));
        QCOMPARE(c.file->evidenceItem(c.evidence.id)->status, Case::ReviewStatus::Disputed);
        QVERIFY(as(c, u"carol"_s).review(c.evidence.id, Case::Verdict::Accept));
        QCOMPARE(c.file->evidenceItem(c.evidence.id)->status, Case::ReviewStatus::Accepted);
        QCOMPARE(c.file->reviews(c.evidence.id).size(), server ? 4 : 5);
        const auto comments = c.file->comments(c.evidence.id);
        QCOMPARE(comments.size(), 1);
        QCOMPARE(comments[0].author, u"carol"_s);
        QVERIFY(comments[0].at.isValid());
        QCOMPARE(c.file->stats().accepted, 1);
    }

    void evidence_refusesInvalidConstraint()
    {
        QTemporaryDir dir;
        auto c = make(dir);
        Case::Evidence e = c.evidence;
        e.constraint = u"vendor !== (AMD"_s;
        auto r = c.file->saveEvidence(e);
        QVERIFY(!r);
        QCOMPARE(r.code(), ErrorCode::InvalidArgument);
        QCOMPARE(c.file->evidenceItem(e.id)->constraint, u"arch in [Hopper]"_s);
    }

    void saveEvidence_concurrentEditMergesOrBecomesConflict()
    {
        // alice and bob both opened the item; bob saves first.
        QTemporaryDir dir;
        auto c = make(dir);
        const Case::Evidence base = *c.file->evidenceItem(c.evidence.id);
        Case::Evidence bobs = base;
        bobs.constraint = u"arch in [Hopper, Ada]"_s;
        const auto bobSaved = as(c, u"bob"_s).saveEvidence(bobs, base);
        QVERIFY2(bobSaved, qPrintable(bobSaved.message()));
        // alice changed another field: both edits stand.
        Case::Evidence alices = base;
        alices.rationale = u"the report names H800 twice"_s;
        QVERIFY(as(c, u"alice"_s).saveEvidence(alices, base));
        auto stored = c.file->evidenceItem(c.evidence.id);
        QCOMPARE(stored->constraint, bobs.constraint);
        QCOMPARE(stored->rationale, alices.rationale);
        // alice changed the same field: her edit becomes a conflict, bob's value stays.
        alices.constraint = u"arch in [Ampere]"_s;
        const auto clash = c.file->saveEvidence(alices, base);
        QVERIFY(!clash);
        QCOMPARE(clash.code(), ErrorCode::Conflict);
        QVERIFY2(clash.message().startsWith(u"bob changed this evidence item (constraint text)"_s),
            qPrintable(clash.message()));
        QCOMPARE(c.file->evidenceItem(c.evidence.id)->constraint, bobs.constraint);
        const auto conflicts = c.file->conflicts();
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts[0].ours.value(u"constraint_text"_s).toString(), bobs.constraint);
        QCOMPARE(conflicts[0].theirs.value(u"constraint_text"_s).toString(), alices.constraint);
        QCOMPARE(conflicts[0].theirs.value(u"rationale"_s).toString(), alices.rationale);
        // Decided as after a merge.
        QVERIFY(c.file->resolveConflict(conflicts[0].id, Case::Resolution::TakeTheirs));
        QCOMPARE(c.file->evidenceItem(c.evidence.id)->constraint, alices.constraint);
        QVERIFY(c.file->conflicts().isEmpty());
        QVERIFY(c.file->verify().ok());
    }

    void review_rejectByOther()
    {
        QTemporaryDir dir;
        auto c = make(dir);
        QVERIFY(as(c, u"bob"_s).review(c.evidence.id, Case::Verdict::Reject));
        QCOMPARE(c.file->evidenceItem(c.evidence.id)->status, Case::ReviewStatus::Rejected);
    }

    void undo_revertsAndRedoes()
    {
        QTemporaryDir dir;
        auto c = make(dir);
        QSignalSpy spy(c.file.get(), &Case::CaseFile::changed);
        Case::Lab lab = c.lab;
        lab.notes = u"Hangzhou"_s;
        auto edit = c.file->saveLab(lab);
        QVERIFY(edit);
        QCOMPARE(edit->changes.size(), 1);
        QCOMPARE(spy.count(), 1);
        QVERIFY(c.file->revert(*edit));
        QCOMPARE(c.file->lab(lab.id)->notes, QString());
        QVERIFY(c.file->apply(*edit));
        QCOMPARE(c.file->lab(lab.id)->notes, u"Hangzhou"_s);
        QCOMPARE(spy.count(), 3);

        // Removing the lab takes its model, evidence and reviews with it; undo brings all back.
        // alice's own dispute: a server lets only a review's writer remove it.
        QVERIFY(c.file->review(c.evidence.id, Case::Verdict::Dispute));
        auto removal = c.file->remove(u"labs"_s, lab.id);
        QVERIFY2(removal, qPrintable(removal.message()));
        QCOMPARE(removal->changes.size(), 4);
        QVERIFY(c.file->labs().isEmpty());
        QVERIFY(c.file->evidence().isEmpty());
        auto undo = c.file->revert(*removal);
        QVERIFY2(undo, qPrintable(undo.message()));
        QCOMPARE(c.file->evidence().size(), 1);
        QCOMPARE(c.file->reviews(c.evidence.id).size(), 1);
        QVERIFY(c.file->verify().ok());
    }

    void undo_throughQUndoStack()
    {
        QTemporaryDir dir;
        auto c = make(dir);
        QUndoStack stack;
        Case::Lab lab = c.lab;
        lab.country = u"HK"_s;
        auto edit = c.file->saveLab(lab);
        QVERIFY(edit);
        stack.push(new Case::CaseUndoCommand(c.file.get(), *edit));
        QCOMPARE(c.file->lab(lab.id)->country, u"HK"_s); // push did not apply it twice
        stack.undo();
        QCOMPARE(c.file->lab(lab.id)->country, u"CN"_s);
        stack.redo();
        QCOMPARE(c.file->lab(lab.id)->country, u"HK"_s);
        // A change made outside the stack makes the command obsolete instead of clobbering it.
        lab.country = u"SG"_s;
        QVERIFY(c.file->saveLab(lab));
        stack.undo();
        QCOMPARE(c.file->lab(lab.id)->country, u"SG"_s);
        QCOMPARE(stack.count(), 0);
    }

    void undo_refusesWhenChangedSince()
    {
        QTemporaryDir dir;
        auto c = make(dir);
        Case::Lab lab = c.lab;
        lab.notes = u"first"_s;
        auto first = c.file->saveLab(lab);
        lab.notes = u"second"_s;
        QVERIFY(c.file->saveLab(lab));
        auto r = c.file->revert(*first);
        QVERIFY(!r);
        QCOMPARE(r.code(), ErrorCode::Conflict);
        QCOMPARE(c.file->lab(lab.id)->notes, u"second"_s);
    }

    void audit_recordsWhoAndBeforeAfter()
    {
        QTemporaryDir dir;
        auto c = make(dir);
        Case::Model m = c.model;
        m.trainingStart = QDate(2024, 9, 1);
        QVERIFY(as(c, u"bob"_s).saveModel(m));
        const auto trail = c.file->auditTrail(m.id);
        QCOMPARE(trail.size(), 2);
        QCOMPARE(trail[1].actor, u"bob"_s);
        QVERIFY(trail[1].before.value(u"training_start"_s).isNull());
        QCOMPARE(trail[1].after.value(u"training_start"_s).toString(), u"2024-09-01"_s);
        QCOMPARE(trail[1].prevHash, c.file->auditTrail().at(trail[1].seq - 2).hash);
    }

    void importBatch_cancelAddsNothing()
    {
        QTemporaryDir dir;
        auto c = make(dir);
        Case::ImportBatch batch;
        for (int i = 0; i < 1000; ++i) {
            Case::FindingRecord f;
            f.sourceId = c.source.id;
            f.kind = u"signature"_s;
            batch.findings.append(f);
        }
        auto r = c.file->importBatch(batch, [](qint64 done, qint64) { return done < 500; });
        QVERIFY(!r);
        QCOMPARE(r.code(), ErrorCode::Cancelled);
        QCOMPARE(c.file->findings().size(), 1);
        QVERIFY(c.file->verify().ok());
    }

    void conclusions_roundTrip()
    {
        QTemporaryDir dir;
        auto c = make(dir);
        Case::Conclusion k;
        k.modelId = c.model.id;
        k.asOf = QDate(2024, 12, 26);
        k.candidates = {u"H800"_s, u"H20"_s};
        k.exportStatus = u"controlled"_s;
        QVERIFY(c.file->saveConclusion(k));
        const auto list = c.file->conclusions(c.model.id);
        QCOMPARE(list.size(), 1);
        QCOMPARE(list[0].candidates, k.candidates);
        QCOMPARE(list[0].author, u"alice"_s);
    }

    void identity_defaultsToOsUserOrIsTheServerRole()
    {
        if (backend() == Backend::Server) {
            // Whatever the client says, a server case's actor is the role that signed in.
            QTemporaryDir dir;
            auto c = make(dir);
            c.file->setActor(u"mallory"_s);
            QCOMPARE(c.file->actor(), u"alice"_s);
            QVERIFY(c.file->identitiesVerified());
            QVERIFY(c.file->addComment(c.evidence.id, u"signed in"_s));
            QCOMPARE(c.file->comments(c.evidence.id).constFirst().author, u"alice"_s);
            return;
        }
        qunsetenv("CHIPTRACE_IDENTITY");
        Case::setCurrentIdentity(QString());
        const QString os = qEnvironmentVariable(
            "USER", qEnvironmentVariable("USERNAME", qEnvironmentVariable("LOGNAME")));
        if (!os.isEmpty())
            QCOMPARE(Case::currentIdentity(), os);
        Case::setCurrentIdentity(u"Analyst One"_s);
        QCOMPARE(Case::currentIdentity(), u"Analyst One"_s);
        Case::setCurrentIdentity(QString());
    }

    void scanImport_proposesStrongFindingsAndIsIdempotent()
    {
        QTemporaryDir dir;
        auto c = make(dir);
        QList<Scan::Finding> found(3);
        found[0].ruleId = u"nccl.ib"_s;
        found[0].path = u"train.sh"_s;
        found[0].line = 3;
        found[0].strength = ChipTrace::Strength::Strong;
        found[0].implies = u"vendor = NVIDIA"_s;
        found[0].atHead = false;
        found[0].firstSeen =
            Scan::CommitRef{u"abc123"_s, QDateTime(QDate(2024, 1, 2), QTime(3, 4), QTimeZone::UTC),
                u"Dev <d@x>"_s, u"train.sh"_s};
        found[0].removedIn = Scan::CommitRef{
            u"def456"_s, QDateTime(QDate(2024, 2, 2), QTime(3, 4), QTimeZone::UTC), {}, {}};
        found[1].ruleId = u"cuda.bf16"_s;
        found[1].path = u"third_party/x.cu"_s;
        found[1].strength = ChipTrace::Strength::Proof;
        found[1].vendored = true; // vendored code is kept as a finding but not proposed
        found[2].kind = Scan::FindingKind::Claim;
        found[2].ruleId = u"claim"_s;
        found[2].path = u"README.md"_s;
        found[2].chips = {u"H800"_s};
        found[2].scope = Scan::ClaimScope::Training;
        auto batch = Case::batchFromScan(
            u"https://example.org/lab/repo.git"_s, u"repo"_s, u"fff000"_s, found, c.model.id);
        QCOMPARE(batch.findings.size(), 3);
        QCOMPARE(batch.evidence.size(), 2);
        auto first = c.file->importBatch(batch);
        QVERIFY2(first, qPrintable(first.message()));
        const auto rec = c.file->finding(batch.findings[0].id);
        QVERIFY(rec);
        QCOMPARE(rec->removedCommit, u"def456"_s);
        QCOMPARE(rec->locator.commit, u"abc123"_s);
        QCOMPARE(rec->strength, u"strong"_s);
        QCOMPARE(c.file->evidence(c.model.id).size(), 3);
        QCOMPARE(c.file->evidenceItem(batch.evidence[0].id)->status, Case::ReviewStatus::Proposed);
        // The same scan imported again changes nothing.
        auto batch2 = Case::batchFromScan(
            u"https://example.org/lab/repo.git"_s, u"repo"_s, u"fff000"_s, found, c.model.id);
        auto second = c.file->importBatch(batch2);
        QVERIFY(second);
        QVERIFY(second->isEmpty());
        QCOMPARE(c.file->findings().size(), 4);
    }

    void location_bareNameGoesToCasesDir()
    {
        if (backend() == Backend::Server) {
            const QString uri = u"postgresql://alice@db/chiptrace?case=deepseek"_s;
            QCOMPARE(Case::resolveCasePath(uri), uri); // an address is taken as it is
            return;
        }
        const QString p = Case::resolveCasePath(u"deepseek"_s);
        QVERIFY(p.endsWith(u"/chiptrace/cases/deepseek.chiptrace"_s));
    }
};

QTEST_GUILESS_MAIN(TestCaseFile)
#include "tst_casefile.moc"
