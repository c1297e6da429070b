// SPDX-License-Identifier: GPL-3.0-or-later
// The funnel's arrangement belongs to the case: stored per model, undone and redone as one
// change, kept through a reopen and an upgrade from schema version 2; and the one function that
// turns evidence into funnel steps applies its policy (reviewed only / with proposed items).
// The arrangement's storage runs on a case file and on a case on a real PostgreSQL server.

#include "casebackend.h"
#include "casefile/casefunnel.h"
#include "casefile/database.h"
#include "casefixture.h"
#include "testsupport.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ChipTrace;
using namespace Qt::StringLiterals;

class TestFunnelState : public QObject
{
    Q_OBJECT
private:
    Test::CaseBackends m_backends;
    // The small case on the test's backend row (backends_data()); a server row skips when
    // PostgreSQL is not installed.
    Test::SmallCase make(const QTemporaryDir &dir);
    static void backends_data();

private slots:
    void initTestCase();
    void init();
    void roundTrip_survivesReopen_data() { backends_data(); }
    void roundTrip_survivesReopen();
    void undoRedo_restoresArrangement_data() { backends_data(); }
    void undoRedo_restoresArrangement();
    void removeModel_takesItsArrangement_data() { backends_data(); }
    void removeModel_takesItsArrangement();
    void migrate_v2FileOpensAndUpgrades();
    void caseSteps_policyAndOrder();
    void caseSteps_flagsUnreadableConstraint();
    void movedStep_keepsHiddenItemsInPlace();
};

void TestFunnelState::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // anchors go to the test-mode data folder
    qputenv("CHIPTRACE_IDENTITY", "alice");
}

void TestFunnelState::backends_data()
{
    QTest::addColumn<Test::Backend>("backend");
    QTest::newRow("file") << Test::Backend::File;
    QTest::newRow("server") << Test::Backend::Server;
}

void TestFunnelState::init()
{
    if (QTest::currentDataTag() && qstrcmp(QTest::currentDataTag(), "server") == 0)
        CHIPTRACE_REQUIRE_SERVER(m_backends);
}

Test::SmallCase TestFunnelState::make(const QTemporaryDir &dir)
{
    QFETCH(Test::Backend, backend);
    return m_backends.make(backend, dir);
}

// Two more items for the small case's model: a proof and a hint.
static QStringList addEvidence(Case::CaseFile &cf, const Test::SmallCase &c)
{
    QStringList ids{c.evidence.id};
    for (const auto &[constraint, strength] :
        {std::pair{u"vendor = NVIDIA"_s, ChipTrace::Strength::Proof},
            std::pair{u"fp8"_s, ChipTrace::Strength::Hint}}) {
        Case::Evidence e = c.evidence;
        e.id.clear();
        e.constraint = constraint;
        e.strength = strength;
        if (!cf.saveEvidence(e))
            return {};
        ids << e.id;
    }
    return ids;
}

void TestFunnelState::roundTrip_survivesReopen()
{
    QTemporaryDir dir;
    QString path;
    Case::FunnelState state;
    {
        Test::SmallCase c = make(dir);
        path = c.location;
        const QStringList ids = addEvidence(*c.file, c);
        QCOMPARE(ids.size(), 3);
        QCOMPARE(c.file->funnelState(c.model.id), Case::FunnelState{c.model.id}); // none stored yet
        state = {c.model.id, {ids[2], ids[0], ids[1], u"not-in-the-case"_s}, {ids[1], ids[1]},
            QDate(2024, 3, 1)};
        auto change = c.file->saveFunnelState(state, u"Arrange"_s);
        QVERIFY2(change, qPrintable(change.message()));
        QCOMPARE(change->changes.size(), 1);
        QCOMPARE(change->label, u"Arrange"_s);
        // Saving the same arrangement again changes nothing (no empty undo step).
        QVERIFY(c.file->saveFunnelState(state)->isEmpty());
        state.order.removeLast(); // ids of items not in the case are dropped
        state.disabled = {ids[1]};
    }
    auto cf = Case::CaseFile::open(path);
    QVERIFY2(cf, qPrintable(cf.message()));
    QCOMPARE((*cf)->funnelState(state.modelId), state);
    const Case::VerifyReport report = (*cf)->verify();
    QVERIFY2(report.ok(), qPrintable(report.problems.value(0).message));
}

void TestFunnelState::undoRedo_restoresArrangement()
{
    QTemporaryDir dir;
    Test::SmallCase c = make(dir);
    const QStringList ids = addEvidence(*c.file, c);
    const Case::FunnelState first{c.model.id, ids, {}, {}};
    QVERIFY(c.file->saveFunnelState(first));
    const Case::FunnelState second =
        Funnel::withStepEnabled(Funnel::movedStep(first, ids, 0, 2), ids[1], false);
    QCOMPARE(second.order, (QStringList{ids[1], ids[2], ids[0]}));
    int signals_ = 0;
    connect(c.file.get(), &Case::CaseFile::changed, this, [&] { ++signals_; });
    auto change = c.file->saveFunnelState(second);
    QVERIFY(change);
    QCOMPARE(signals_, 1); // views refresh from the case's change signal

    QVERIFY(c.file->revert(*change));
    QCOMPARE(c.file->funnelState(c.model.id), first);
    QVERIFY(c.file->apply(*change));
    QCOMPARE(c.file->funnelState(c.model.id), second);
    QCOMPARE(signals_, 3);
    QVERIFY(c.file->verify().ok());
}

void TestFunnelState::removeModel_takesItsArrangement()
{
    QTemporaryDir dir;
    Test::SmallCase c = make(dir);
    QVERIFY(c.file->saveFunnelState({c.model.id, {c.evidence.id}, {c.evidence.id}, {}}));
    auto removed = c.file->remove(u"models"_s, c.model.id);
    QVERIFY2(removed, qPrintable(removed.message()));
    QVERIFY(c.file->funnelState(c.model.id).order.isEmpty());
    QVERIFY(c.file->revert(*removed)); // and undoing the removal brings it back
    QCOMPARE(c.file->funnelState(c.model.id).disabled, QStringList{c.evidence.id});
    // A model that is not in the case has no arrangement to store.
    QCOMPARE(c.file->saveFunnelState({u"no-such-model"_s, {}, {}, {}}).code(), ErrorCode::NotFound);
}

void TestFunnelState::migrate_v2FileOpensAndUpgrades()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"v2.chiptrace"_s);
    QString modelId, evidenceId;
    {
        Test::SmallCase c = Test::makeSmallCase(path);
        modelId = c.model.id;
        evidenceId = c.evidence.id;
    }
    // Back to what ChipTrace wrote before funnel states existed (and the later additions).
    QVERIFY(Test::downgradeCase(path,
        u"DROP TABLE watch_changes; DROP TABLE watch_blobs; DROP TABLE watches; "
        "DROP TABLE funnel_states; ALTER TABLE findings DROP COLUMN unmerged; "
        "ALTER TABLE evidence DROP COLUMN training_facts"_s,
        2));
    auto header = Case::CaseFile::inspect(path);
    QVERIFY2(header, qPrintable(header.message()));
    QCOMPARE(header->schemaVersion, 2);

    auto cf = Case::CaseFile::open(path);
    QVERIFY2(cf, qPrintable(cf.message()));
    QCOMPARE((*cf)->info().schemaVersion, Case::CaseFile::SchemaVersion);
    QVERIFY(QFile::exists(path + u".v2.bak"_s));
    // Nothing lost: the evidence is there, the funnel has the default arrangement, and the new
    // table takes an arrangement that survives a reopen.
    QCOMPARE((*cf)->evidence(modelId).size(), 1);
    QCOMPARE((*cf)->funnelState(modelId), Case::FunnelState{modelId});
    QVERIFY((*cf)->saveFunnelState({modelId, {evidenceId}, {evidenceId}, QDate(2024, 1, 2)}));
    QVERIFY((*cf)->verify().ok());
    cf->reset();
    auto again = Case::CaseFile::open(path);
    QVERIFY(again);
    QCOMPARE((*again)->funnelState(modelId).asOf, QDate(2024, 1, 2));
    QVERIFY(!QFile::exists(path + u".v%1.bak"_s.arg(Case::CaseFile::SchemaVersion)));
}

static Case::Evidence item(const QString &id, const QString &constraint, Case::ReviewStatus status,
    ChipTrace::Strength strength = ChipTrace::Strength::Strong,
    Case::Stance stance = Case::Stance::Supports)
{
    Case::Evidence e;
    e.id = id;
    e.constraint = constraint;
    e.status = status;
    e.strength = strength;
    e.stance = stance;
    e.quote = id;
    return e;
}

void TestFunnelState::caseSteps_policyAndOrder()
{
    using RS = Case::ReviewStatus;
    const QList<Case::Evidence> evidence{
        item(u"hint"_s, u"fp8"_s, RS::Accepted, ChipTrace::Strength::Hint),
        item(u"proposed"_s, u"memory_gb >= 80"_s, RS::Proposed),
        item(u"accepted"_s, u"vendor = NVIDIA"_s, RS::Accepted),
        item(u"disputed"_s, u"vendor = AMD"_s, RS::Disputed),
        item(u"rejected"_s, u"vendor = Huawei"_s, RS::Rejected),
        item(u"against"_s, u"vendor = Huawei"_s, RS::Accepted, ChipTrace::Strength::Proof,
            Case::Stance::Contradicts),
        item(u"proof"_s, u"cc >= 9.0"_s, RS::Accepted, ChipTrace::Strength::Proof),
        item(u"no-constraint"_s, QString(), RS::Accepted),
    };
    // No stored order: strongest first, then in the case's order.
    const Funnel::CaseSteps reviewed =
        Funnel::caseSteps(evidence, {}, Funnel::EvidencePolicy::ReviewedOnly);
    QCOMPARE(reviewed.ids(), (QStringList{u"proof"_s, u"accepted"_s, u"hint"_s}));
    const Funnel::CaseSteps all =
        Funnel::caseSteps(evidence, {}, Funnel::EvidencePolicy::IncludeProposed);
    QCOMPARE(all.ids(), (QStringList{u"proof"_s, u"proposed"_s, u"accepted"_s, u"hint"_s}));
    QCOMPARE(all.steps.size(), 4);
    QCOMPARE(all.steps.at(1).evidenceId, u"proposed"_s);
    QCOMPARE(all.steps.at(0).strength, ChipTrace::Strength::Proof);

    // The stored order comes first (unknown and not-counted ids are skipped); disabled steps stay.
    const Case::FunnelState state{
        u"m"_s, {u"hint"_s, u"gone"_s, u"rejected"_s, u"accepted"_s}, {u"accepted"_s}, {}};
    const Funnel::CaseSteps arranged =
        Funnel::caseSteps(evidence, state, Funnel::EvidencePolicy::ReviewedOnly);
    QCOMPARE(arranged.ids(), (QStringList{u"hint"_s, u"accepted"_s, u"proof"_s}));
    QCOMPARE(arranged.steps.at(1).enabled, false);
    QCOMPARE(arranged.steps.at(0).enabled, true);
    QCOMPARE(arranged.entryOfStep(2), 2);
}

void TestFunnelState::caseSteps_flagsUnreadableConstraint()
{
    const QList<Case::Evidence> evidence{
        item(u"bad"_s, u"vendor === (("_s, Case::ReviewStatus::Accepted),
        item(u"good"_s, u"vendor = NVIDIA"_s, Case::ReviewStatus::Accepted)};
    const Funnel::CaseSteps plan =
        Funnel::caseSteps(evidence, {}, Funnel::EvidencePolicy::ReviewedOnly);
    QCOMPARE(plan.ids(), (QStringList{u"bad"_s, u"good"_s}));
    QCOMPARE(plan.entries.at(0).stepIndex, -1);
    QVERIFY(!plan.entries.at(0).error.isEmpty());
    QCOMPARE(plan.steps.size(), 1);
    QCOMPARE(plan.entryOfStep(0), 1);
}

void TestFunnelState::movedStep_keepsHiddenItemsInPlace()
{
    // "p" is proposed and hidden while the analyst looks at reviewed evidence only.
    const Case::FunnelState state{u"m"_s, {u"a"_s, u"p"_s, u"b"_s, u"c"_s}, {}, {}};
    const QStringList shown{u"a"_s, u"b"_s, u"c"_s};
    QCOMPARE(
        Funnel::movedStep(state, shown, 0, 2).order, (QStringList{u"p"_s, u"b"_s, u"c"_s, u"a"_s}));
    QCOMPARE(
        Funnel::movedStep(state, shown, 2, 0).order, (QStringList{u"c"_s, u"a"_s, u"p"_s, u"b"_s}));
    QCOMPARE(Funnel::movedStep(state, shown, 1, 1), state);
    QCOMPARE(Funnel::movedStep(state, shown, 0, 3), state); // out of range: unchanged
    // Items without a place yet are placed as shown.
    const Case::FunnelState none{u"m"_s, {}, {}, {}};
    QCOMPARE(Funnel::movedStep(none, shown, 2, 1).order, (QStringList{u"a"_s, u"c"_s, u"b"_s}));
    const Case::FunnelState off = Funnel::withStepEnabled(none, u"b"_s, false);
    QCOMPARE(off.disabled, QStringList{u"b"_s});
    QVERIFY(Funnel::withStepEnabled(off, u"b"_s, true).disabled.isEmpty());
}

QTEST_GUILESS_MAIN(TestFunnelState)
#include "tst_funnelstate.moc"
