// SPDX-License-Identifier: GPL-3.0-or-later
// Sharing: bundles out and in, and two analysts' copies that diverge and merge back.
#include "casefixture.h"
#include "testsupport.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ChipTrace;
using namespace Qt::StringLiterals;

class TestCaseFileMerge : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void bundle_roundTripKeepsCopiesAndVerifies()
    {
        QTemporaryDir dir;
        auto c = Test::makeSmallCase(dir.filePath(u"a.chiptrace"_s));
        const QString bundle = dir.filePath(u"a.ctbundle"_s);
        QVERIFY(c.file->exportBundle(bundle));
        auto b = Case::CaseFile::importBundle(bundle, dir.filePath(u"b/b.chiptrace"_s));
        QVERIFY2(b, qPrintable(b.message()));
        QCOMPARE((*b)->info().id, c.file->info().id);
        QCOMPARE((*b)->evidence().size(), 1);
        const auto src = (*b)->source(c.source.id);
        QVERIFY(src);
        QVERIFY(QFile::exists((*b)->absoluteCapturedPath(*src)));
        const auto report = (*b)->verify();
        QVERIFY2(report.ok(), qPrintable(report.problems.value(0).message));
        QCOMPARE(report.copiesChecked, 1);
        // Importing over an existing case is refused.
        QVERIFY(!Case::CaseFile::importBundle(bundle, dir.filePath(u"a.chiptrace"_s)));
    }

    void merge_divergedCopiesKeepBothReviewsAndSurfaceConflict()
    {
        QTemporaryDir dir;
        auto alice = Test::makeSmallCase(dir.filePath(u"alice.chiptrace"_s), u"alice"_s);
        const QString shared = dir.filePath(u"shared.ctbundle"_s);
        QVERIFY(alice.file->exportBundle(shared));
        auto bobFile = Case::CaseFile::importBundle(shared, dir.filePath(u"bob.chiptrace"_s));
        QVERIFY(bobFile);
        auto &bob = *bobFile;
        bob->setActor(u"bob"_s);

        // Bob: accepts alice's evidence, comments, edits the lab, adds a quote.
        QVERIFY(bob->review(alice.evidence.id, Case::Verdict::Accept, u"confirmed"_s));
        QVERIFY(bob->addComment(alice.evidence.id, u"bob was here"_s));
        Case::Lab bobLab = alice.lab;
        bobLab.notes = u"bob: HQ in Hangzhou"_s;
        QVERIFY(bob->saveLab(bobLab));
        Case::Evidence quote;
        quote.modelId = alice.model.id;
        quote.sourceId = alice.source.id;
        quote.quote = u"H800"_s;
        QVERIFY(bob->saveEvidence(quote));

        // Alice: disputes her own item's wording, comments, edits the same lab, and the model.
        QVERIFY(alice.file->addComment(alice.evidence.id, u"alice was here"_s));
        Case::Lab aliceLab = alice.lab;
        aliceLab.notes = u"alice: founded 2023"_s;
        QVERIFY(alice.file->saveLab(aliceLab));
        Case::Model m = alice.model;
        m.trainingEnd = QDate(2024, 11, 30);
        QVERIFY(alice.file->saveModel(m));

        // Alice merges Bob's copy.
        const QString bobBundle = dir.filePath(u"bob.ctbundle"_s);
        QVERIFY(bob->exportBundle(bobBundle));
        auto r = alice.file->merge(bobBundle);
        QVERIFY2(r, qPrintable(r.message()));
        QCOMPARE(r->conflicts.size(), 1);
        QCOMPARE(r->conflicts[0].table, u"labs"_s);
        QCOMPARE(r->conflicts[0].ours.value(u"notes"_s).toString(), aliceLab.notes);
        QCOMPARE(r->conflicts[0].theirs.value(u"notes"_s).toString(), bobLab.notes);
        QCOMPARE(alice.file->lab(aliceLab.id)->notes, aliceLab.notes); // nothing overwritten
        QCOMPARE(alice.file->model(m.id)->trainingEnd, m.trainingEnd); // her newer edit stays
        QCOMPARE(alice.file->reviews(alice.evidence.id).size(), 1); // bob's review arrived
        QCOMPARE(alice.file->evidenceItem(alice.evidence.id)->status, Case::ReviewStatus::Accepted);
        QCOMPARE(alice.file->comments(alice.evidence.id).size(), 2); // both comments kept
        QVERIFY(alice.file->evidenceItem(quote.id));
        QCOMPARE(alice.file->conflicts().size(), 1);
        QVERIFY(alice.file->verify().ok());

        // Merging the same copy again adds nothing and raises no second conflict.
        auto again = alice.file->merge(bobBundle);
        QVERIFY(again);
        QCOMPARE(again->added, 0);
        QCOMPARE(again->conflicts.size(), 0);
        QCOMPARE(alice.file->conflicts().size(), 1);

        // Alice decides for Bob's text.
        QVERIFY(alice.file->resolveConflict(
            alice.file->conflicts()[0].id, Case::Resolution::TakeTheirs));
        QCOMPARE(alice.file->lab(aliceLab.id)->notes, bobLab.notes);
        QVERIFY(alice.file->conflicts().isEmpty());
        QCOMPARE(alice.file->conflicts(true).size(), 1);

        // Bob merges Alice's copy (a case file this time): her model edit is newer, so it is taken.
        auto back = bob->merge(alice.file->path());
        QVERIFY2(back, qPrintable(back.message()));
        QCOMPARE(bob->model(m.id)->trainingEnd, m.trainingEnd);
        QCOMPARE(bob->comments(alice.evidence.id).size(), 2);
        QCOMPARE(bob->lab(aliceLab.id)->notes, bobLab.notes); // alice resolved to bob's version
        QVERIFY(bob->verify().ok());
    }

    void merge_theirDeletionIsShownNotApplied()
    {
        QTemporaryDir dir;
        auto alice = Test::makeSmallCase(dir.filePath(u"alice.chiptrace"_s));
        Case::Lab extra;
        extra.name = u"Moonshot"_s;
        QVERIFY(alice.file->saveLab(extra));
        const QString shared = dir.filePath(u"shared.ctbundle"_s);
        QVERIFY(alice.file->exportBundle(shared));
        auto bob = Case::CaseFile::importBundle(shared, dir.filePath(u"bob.chiptrace"_s));
        QVERIFY(bob);
        (*bob)->setActor(u"bob"_s);
        QVERIFY((*bob)->remove(u"labs"_s, extra.id));

        auto r = alice.file->merge((*bob)->path());
        QVERIFY2(r, qPrintable(r.message()));
        QCOMPARE(r->conflicts.size(), 1);
        QVERIFY(r->conflicts[0].theirs.isEmpty());
        QVERIFY(alice.file->lab(extra.id)); // still there until alice decides
        QVERIFY(alice.file->resolveConflict(r->conflicts[0].id, Case::Resolution::TakeTheirs));
        QVERIFY(!alice.file->lab(extra.id));
        QVERIFY(alice.file->verify().ok());
    }

    void merge_refusesAnotherCase()
    {
        QTemporaryDir dir;
        auto a = Test::makeSmallCase(dir.filePath(u"a.chiptrace"_s));
        auto b = Test::makeSmallCase(dir.filePath(u"b.chiptrace"_s));
        auto r = a.file->merge(b.file->path());
        QVERIFY(!r);
        QCOMPARE(r.code(), ErrorCode::InvalidArgument);
    }

    void cli_caseCommandsEndToEnd()
    {
        QTemporaryDir home;
        auto run = [&](const QStringList &args) { return Test::chiptrace(args, home.path()); };
        auto made = run({u"case"_s, u"new"_s, u"deepseek"_s, u"--title"_s, u"DeepSeek"_s,
            u"--question"_s, u"Which chips?"_s});
        QCOMPARE(made.exitCode, 0);
        const QString path = QString::fromUtf8(made.out).trimmed();
        QVERIFY2(path.endsWith(u"/cases/deepseek.chiptrace"_s), qPrintable(path));
        QVERIFY(QFile::exists(path));
        QCOMPARE(run({u"case"_s, u"new"_s, u"deepseek"_s}).exitCode, 2); // exists already

        auto info = run({u"case"_s, u"info"_s, u"deepseek"_s, u"--json"_s});
        QCOMPARE(info.exitCode, 0);
        QVERIFY(info.out.contains("\"title\": \"DeepSeek\""));
        const QByteArray schema =
            "\"schema\": " + QByteArray::number(Case::CaseFile::SchemaVersion);
        QVERIFY(info.out.contains(schema));

        const QString bundle = home.filePath(u"ds.ctbundle"_s);
        QCOMPARE(run({u"case"_s, u"export"_s, path, bundle}).exitCode, 0);
        const QString copy = home.filePath(u"copy.chiptrace"_s);
        QCOMPARE(run({u"case"_s, u"import"_s, bundle, copy}).exitCode, 0);
        QCOMPARE(run({u"case"_s, u"verify"_s, copy}).exitCode, 0);
        auto merged = run({u"case"_s, u"merge"_s, path, copy});
        QCOMPARE(merged.exitCode, 0);
        QVERIFY2(merged.out.contains("0 conflict"), merged.out.constData());
        QCOMPARE(run({u"case"_s, u"frobnicate"_s}).exitCode, 2);
        QCOMPARE(run({u"case"_s, u"info"_s, path, u"--no-such-option"_s}).exitCode, 2);
        auto help = run({u"case"_s, u"verify"_s, u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("--as"));
    }
};

QTEST_GUILESS_MAIN(TestCaseFileMerge)
#include "tst_casefilemerge.moc"
