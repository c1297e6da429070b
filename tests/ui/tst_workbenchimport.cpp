// SPDX-License-Identifier: GPL-3.0-or-later
// Importing documents from the workbench: the file menu's queue and a file dropped on the
// window go through the importer plugins in the background, land in the case as one undo step
// each, and an unsupported file is refused with a message and changes nothing.

#include "casefile/casefile.h"
#include "casefile/caseundocommand.h"
#include "evidence/scanimport.h"
#include "mainwindow/findingspanel.h"
#include "mainwindow/jobrunner.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/workbench.h"
#include "models/findingsmodel.h"
#include "scan/scanner.h"
#include "testsupport.h"

#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QDropEvent>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QMenu>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QUrl>

using namespace ChipTrace;
using namespace ChipTrace::Ui;

class TestWorkbenchImport : public QObject
{
    Q_OBJECT
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_dir;
    Workbench *wb() const { return m_window->workbench(); }

    // A finding that is not evidence for the current model yet: a new one on the demo
    // repository (the documents' claims are all proposed already).
    QString freeFinding(const QString &text) const
    {
        Case::FindingRecord f;
        f.sourceId = wb()->repositories().constFirst().id;
        f.kind = QStringLiteral("signature");
        f.ruleId = QStringLiteral("nccl-ib-hca");
        f.family = QStringLiteral("nccl");
        f.locator.path = QStringLiteral("scripts/extra.sh");
        f.locator.line = 1;
        f.text = text;
        return wb()->caseFile()->saveFinding(f) ? f.id : QString();
    }

    qsizetype documentSources() const
    {
        qsizetype n = 0;
        for (const Case::Source &s : wb()->caseFile()->sources())
            n += s.kind != Case::SourceKind::Repository ? 1 : 0;
        return n;
    }

private slots:
    void initTestCase()
    {
        Test::initWorkbenchTest(QStringLiteral("tst_workbenchimport"));
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(m_window->openDemo());
    }
    void cleanupTestCase() { m_window.reset(); }

    void importDocuments_addsClaimsAsOneUndoStep()
    {
        const QString card = m_dir.filePath(QStringLiteral("model-card.md"));
        Test::writeFile(m_dir.path(), QStringLiteral("model-card.md"),
            "# TinyLM\n\nTinyLM was pre-trained on 512 NVIDIA H800 GPUs over six weeks.\n");
        const qsizetype sources = documentSources();
        const qsizetype evidence = wb()->caseFile()->evidence().size();
        const int steps = wb()->undoStack()->count();
        m_window->importDocuments({card});
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->jobs()->isBusy(), 60000);
        QCOMPARE(documentSources(), sources + 1);
        QVERIFY(wb()->caseFile()->evidence().size()
            > evidence); // the H800 claim, proposed for the model
        QCOMPARE(wb()->undoStack()->count(), steps + 1);
        wb()->undoStack()->undo();
        QCOMPARE(documentSources(), sources);
        QCOMPARE(wb()->caseFile()->evidence().size(), evidence);
        wb()->undoStack()->redo();
        QCOMPARE(documentSources(), sources + 1);

        // The findings table can show just this document's claims.
        QComboBox *sourceFilter = nullptr;
        for (QComboBox *box : m_window->findingsPanel()->findChildren<QComboBox *>())
            if (box->accessibleName() == u"Filter by source")
                sourceFilter = box;
        QVERIFY(sourceFilter);
        QString sourceId;
        for (const Case::Source &s : wb()->caseFile()->sources())
            if (s.kind != Case::SourceKind::Repository)
                sourceId = s.id;
        const int index = sourceFilter->findData(sourceId);
        QVERIFY(index > 0);
        sourceFilter->setCurrentIndex(index);
        const int shown = m_window->findingsPanel()->filter()->rowCount();
        QCOMPARE(qsizetype(shown), wb()->caseFile()->findings(sourceId).size());
        QVERIFY(shown > 0);
        // The demo repository is not scanned in this test: nothing of it to show.
        sourceFilter->setCurrentIndex(sourceFilter->findData(wb()->repositories().constFirst().id));
        QCOMPARE(m_window->findingsPanel()->filter()->rowCount(), 0);
        sourceFilter->setCurrentIndex(0);
        QCOMPARE(
            m_window->findingsPanel()->filter()->rowCount(), wb()->findingsModel()->rowCount());
    }
    void findingsMenu_makesEvidenceForAnyModelAndCopies()
    {
        // A second model of the lab: the right-click menu offers every model of the case.
        Case::Model other;
        other.labId = wb()->caseFile()->model(wb()->currentModelId())->labId;
        other.name = QStringLiteral("TinyLM-7B-Chat");
        QVERIFY(wb()->caseFile()->saveModel(other));
        const QString finding = wb()->findingsModel()->finding(0).id;
        m_window->findingsPanel()->selectId(finding);
        QCOMPARE(m_window->findingsPanel()->selectedIds(), QStringList{finding});
        std::unique_ptr<QMenu> menu(m_window->findingsMenu());
        auto *forModel = menu->findChild<QMenu *>(QStringLiteral("menuMakeEvidenceFor"));
        QVERIFY(forModel);
        QAction *target = nullptr;
        for (QAction *a : forModel->actions())
            if (a->data().toString() == other.id)
                target = a;
        QVERIFY(target);
        QCOMPARE(forModel->actions().size(), wb()->caseFile()->models().size());
        QCOMPARE(wb()->caseFile()->evidence(other.id).size(), 0);
        target->trigger();
        QCOMPARE(wb()->caseFile()->evidence(other.id).size(), 1);
        QCOMPARE(wb()->caseFile()->evidence(other.id).constFirst().findingId, finding);
        wb()->undoStack()->undo();
        QCOMPARE(wb()->caseFile()->evidence(other.id).size(), 0);

        for (QAction *a : menu->actions())
            if (a->text() == u"Copy Location")
                a->trigger();
        const Case::FindingRecord f = *wb()->caseFile()->finding(finding);
        QCOMPARE(QGuiApplication::clipboard()->text(),
            QStringLiteral("%1:%2").arg(f.locator.path).arg(f.locator.line));
    }
    void scanImport_runsInTheBackgroundAndCancelLeavesTheCase()
    {
        // 20,000 findings take a while to write (audited): the import runs on the pool, edits
        // meanwhile are refused with a reason, and cancelling rolls it back.
        const QString repo = wb()->repositories().constFirst().id;
        Scan::ScanResult result;
        result.headCommit = QStringLiteral("0123456789abcdef0123456789abcdef01234567");
        for (int i = 0; i < 20000; ++i) {
            Scan::Finding f;
            f.ruleId = QStringLiteral("nccl-ib-hca");
            f.family = QStringLiteral("nccl");
            f.path = QStringLiteral("gen/run%1.sh").arg(i);
            f.line = 1;
            f.text = QStringLiteral("export NCCL_IB_HCA=mlx5_%1").arg(i);
            result.findings.append(f);
        }
        const qsizetype before = wb()->caseFile()->findings().size();
        const int steps = wb()->undoStack()->index();
        auto future = wb()->startImportScan(repo, result);
        QVERIFY2(future, qPrintable(future.message()));
        Case::Lab lab;
        lab.name = QStringLiteral("Another Lab");
        const auto refused = wb()->caseFile()->saveLab(lab);
        QVERIFY(!refused);
        QVERIFY(refused.message().contains(QStringLiteral("try again")));
        future->cancel();
        future->waitForFinished();
        const Status finished = wb()->finishImportScan(repo, *future);
        QVERIFY(!finished);
        QCOMPARE(finished.error().code, ErrorCode::Cancelled);
        QCOMPARE(wb()->caseFile()->findings().size(), before);
        QCOMPARE(wb()->undoStack()->index(), steps);
        QVERIFY(wb()->caseFile()->saveLab(lab)); // writable again
        QVERIFY(wb()->caseFile()->remove(QStringLiteral("labs"), lab.id));

        // Run to the end: one undo step, and the findings table shows them.
        auto whole = wb()->startImportScan(repo, result);
        QVERIFY(whole);
        QTRY_VERIFY_WITH_TIMEOUT(whole->isFinished(), 120000);
        QVERIFY(wb()->finishImportScan(repo, *whole));
        QCOMPARE(wb()->caseFile()->findings().size(), before + 20000);
        QCOMPARE(wb()->findingsModel()->rowCount(), int(before + 20000));
        QCOMPARE(wb()->undoStack()->index(), steps + 1);
        wb()->undoStack()->undo();
        QCOMPARE(wb()->caseFile()->findings().size(), before);
    }
    void droppedFile_isImportedAndUnsupportedIsRefused()
    {
        Test::writeFile(m_dir.path(), QStringLiteral("notes.html"),
            "<html><body><p>The cluster used 256 A800 accelerators.</p></body></html>");
        Test::writeFile(
            m_dir.path(), QStringLiteral("weights.bin"), QByteArray("\x00\x01\x02\x03", 4));
        const qsizetype sources = documentSources();
        const qsizetype repositories = wb()->repositories().size();
        auto *mime = new QMimeData;
        mime->setUrls({QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("notes.html"))),
            QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("weights.bin")))});
        // As a drag from a file manager arrives: enter, then drop.
        QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(m_window.get(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(50, 50), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(m_window.get(), &drop);
        delete mime;
        // notes.html is imported, then weights.bin is refused with what is supported.
        const auto refusal = [this] {
            for (const QLabel *l : m_window->findChildren<QLabel *>())
                if (l->text().contains(QStringLiteral("weights.bin is not a format")))
                    return true;
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(refusal(), 60000);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->jobs()->isBusy(), 60000);
        QCOMPARE(documentSources(), sources + 1); // weights.bin added nothing
        QCOMPARE(wb()->repositories().size(), repositories); // and no file became a "repository"
    }

    // By hand or by the scan's import, a finding becomes the same evidence item (id, scope,
    // reliability, credibility), and making several is one transaction and one undo step.
    void makeEvidence_isTheScansProposalInOneTransaction()
    {
        const QString model = wb()->currentModelId();
        Scan::Finding claim;
        claim.kind = Scan::FindingKind::Claim;
        claim.ruleId = claim.family = QStringLiteral("claim");
        claim.title = QStringLiteral("H800");
        claim.path = QStringLiteral("docs/tuning.md");
        claim.line = 3;
        claim.column = 20;
        claim.text = QStringLiteral("The chat model was fine-tuned on 64 H800 GPUs.");
        claim.match = QStringLiteral("H800");
        claim.context = ChipTrace::HitContext::Prose;
        claim.scope = Scan::ClaimScope::FineTuning;
        claim.strength = ChipTrace::Strength::Strong;
        Scan::Finding proof;
        proof.ruleId = QStringLiteral("cuda-arch-sm90");
        proof.family = QStringLiteral("cuda-arch");
        proof.title = QStringLiteral("Built for sm_90");
        proof.path = QStringLiteral("setup.py");
        proof.line = 7;
        proof.text = QStringLiteral("arch = 'sm_90a'");
        proof.match = QStringLiteral("sm_90a");
        proof.strength = ChipTrace::Strength::Proof;
        Case::ImportBatch batch = Case::batchFromScan(
            QStringLiteral("https://example.org/lab/tuning"), QStringLiteral("tuning"),
            QStringLiteral("89abcdef0123456789abcdef0123456789abcdef"), {claim, proof}, model);
        const QList<Case::Evidence> proposals = batch.evidence;
        QCOMPARE(proposals.size(), 2);
        batch.evidence.clear(); // findings only: the analyst makes the evidence
        QVERIFY(wb()->caseFile()->importBatch(batch));

        QSignalSpy changed(wb()->caseFile(), &Case::CaseFile::changed);
        const int steps = wb()->undoStack()->index(); // an earlier test's undone step goes on push
        const Result<QStringList> ids =
            wb()->makeEvidence({batch.findings.at(0).id, batch.findings.at(1).id}, model);
        QVERIFY2(ids, qPrintable(ids.message()));
        QCOMPARE(ids->size(), 2);
        QCOMPARE(changed.count(), 1); // one transaction
        QCOMPARE(wb()->undoStack()->index(), steps + 1);
        for (int i = 0; i < 2; ++i) {
            const std::optional<Case::Evidence> made = wb()->caseFile()->evidenceItem(ids->at(i));
            QVERIFY(made);
            const Case::Evidence &proposed = proposals.at(i);
            QCOMPARE(made->id, proposed.id);
            QCOMPARE(made->findingId, proposed.findingId);
            QCOMPARE(made->scope, proposed.scope);
            QCOMPARE(made->reliability, proposed.reliability);
            QCOMPARE(made->credibility, proposed.credibility);
            QCOMPARE(made->strength, proposed.strength);
            QCOMPARE(made->stance, proposed.stance);
            QCOMPARE(made->constraint, proposed.constraint);
        }
        QCOMPARE(
            wb()->caseFile()->evidenceItem(ids->at(0))->scope, Case::EvidenceScope::FineTuning);
        QCOMPARE(wb()->caseFile()->evidenceItem(ids->at(0))->credibility,
            Case::Credibility::PossiblyTrue);
        QCOMPARE(wb()->caseFile()->evidenceItem(ids->at(1))->credibility,
            Case::Credibility::ProbablyTrue);
        wb()->undoStack()->undo();
        QVERIFY(!wb()->caseFile()->evidenceItem(ids->at(0)));
        QVERIFY(!wb()->caseFile()->evidenceItem(ids->at(1)));
        // A remote repository nobody can clone here: not left for the scans below.
        QVERIFY(wb()->caseFile()->remove(QStringLiteral("sources"), batch.sources.constFirst().id));
    }
    // An edit of an item that an undo (or a merge) removed fails and says so, through the
    // workbench's one error channel, instead of vanishing or bringing the item back.
    void editOfARemovedItem_isReported()
    {
        const QString finding = freeFinding(QString::fromLatin1(QTest::currentTestFunction()));
        QVERIFY(!finding.isEmpty());
        const Result<QStringList> ids = wb()->makeEvidence({finding}, wb()->currentModelId());
        QVERIFY2(ids, qPrintable(ids.message()));
        Case::Evidence item = *wb()->caseFile()->evidenceItem(ids->constFirst());
        wb()->undoStack()->undo();
        QVERIFY(!wb()->caseFile()->evidenceItem(item.id));

        QSignalSpy errors(wb(), &Workbench::errorOccurred);
        item.rationale = QStringLiteral("edited in the inspector after the undo");
        QVERIFY(!wb()->updateEvidence(item));
        QCOMPARE(errors.count(), 1);
        QVERIFY(m_window->statusLabel()->text().contains(QStringLiteral("no longer in this case")));
        QVERIFY(!wb()->caseFile()->evidenceItem(item.id)); // not brought back
        QVERIFY(!wb()->review(item.id, Case::Verdict::Accept));
        QCOMPARE(errors.count(), 2);
        QVERIFY(!wb()->removeEvidence(item.id));
        QCOMPARE(errors.count(), 3);
    }
    // The workbench's undo steps are core's one undo command; when a change made elsewhere (a
    // merge) stands in the way, the undo is refused, reported once and the step dropped.
    void undoBlockedByAChangeElsewhere_isReportedAndDropped()
    {
        const QString finding = freeFinding(QString::fromLatin1(QTest::currentTestFunction()));
        QVERIFY(!finding.isEmpty());
        const Result<QStringList> ids = wb()->makeEvidence({finding}, wb()->currentModelId());
        QVERIFY2(ids, qPrintable(ids.message()));
        QUndoStack *stack = wb()->undoStack();
        QVERIFY(dynamic_cast<const Case::CaseUndoCommand *>(stack->command(stack->index() - 1)));
        Case::Evidence theirs = *wb()->caseFile()->evidenceItem(ids->constFirst());
        theirs.rationale = QStringLiteral("a colleague's wording, merged");
        QVERIFY(wb()->caseFile()->saveEvidence(theirs));

        QSignalSpy errors(wb(), &Workbench::errorOccurred);
        const int steps = stack->count();
        stack->undo();
        QCOMPARE(errors.count(), 1);
        QCOMPARE(stack->count(), steps - 1); // obsolete: dropped
        QCOMPARE(wb()->caseFile()->evidenceItem(theirs.id)->rationale, theirs.rationale);
        QVERIFY(wb()->removeEvidence(theirs.id));
    }
    // A document dropped while a scan runs waits for the scan (and the import of its findings)
    // instead of being lost, and imports dropped later still work.
    void documentDroppedDuringAScan_isImportedAfterIt()
    {
        const QString repo = wb()->repositories().constFirst().id;
        Test::writeFile(m_dir.path(), QStringLiteral("during.md"),
            "# Run log\n\nThe base model was trained on 1024 H800 GPUs.\n");
        Test::writeFile(m_dir.path(), QStringLiteral("later.md"),
            "# Notes\n\nInference ran on 8 A800 cards.\n");
        const qsizetype sources = documentSources();
        const int steps = wb()->undoStack()->index(); // an earlier test's undone step goes on push
        QCOMPARE(wb()->repositories().size(), 1);
        m_window->scanRepositories();
        QVERIFY(m_window->jobs()->isBusy());
        QVERIFY(m_window->jobs()->title().startsWith(QStringLiteral("Scanning")));
        m_window->importDocuments({m_dir.filePath(QStringLiteral("during.md"))});
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->jobs()->isBusy(), 120000);
        QCOMPARE(documentSources(), sources + 1);
        QVERIFY(!wb()->caseFile()->findings(repo).isEmpty()); // the scan's findings went in too
        QVERIFY(wb()->caseFile()->writesBlocked().isEmpty());
        // The scan, then the document: in that order on the undo stack.
        QCOMPARE(wb()->undoStack()->index(), steps + 2);
        QVERIFY(wb()->undoStack()->text(steps).startsWith(QStringLiteral("Scan")));
        QVERIFY(wb()->undoStack()->text(steps + 1).contains(QStringLiteral("during.md")));

        m_window->importDocuments({m_dir.filePath(QStringLiteral("later.md"))});
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->jobs()->isBusy(), 60000);
        QCOMPARE(documentSources(), sources + 2);
    }
    // A scan started while an import finishes (here from the import's own completion, as a
    // click during its message would) runs after the queued imports; nothing is dropped and
    // the case is not left blocked for writes.
    void scanStartedWhileAnImportFinishes_runsAfterIt()
    {
        Test::writeFile(
            m_dir.path(), QStringLiteral("first.md"), "# A\n\nPre-training used 2048 H800 GPUs.\n");
        Test::writeFile(m_dir.path(), QStringLiteral("second.md"),
            "# B\n\nThe reward model ran on 16 A800 GPUs.\n");
        const qsizetype sources = documentSources();
        bool scanStarted = false;
        QStringList said;
        const QMetaObject::Connection c =
            connect(wb(), &Workbench::message, this, [&](const QString &text) {
                said << text;
                if (!scanStarted && text.startsWith(QStringLiteral("Imported"))) {
                    scanStarted = true;
                    m_window->scanRepositories();
                }
            });
        m_window->importDocuments({m_dir.filePath(QStringLiteral("first.md")),
            m_dir.filePath(QStringLiteral("second.md"))});
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->jobs()->isBusy(), 120000);
        disconnect(c);
        QVERIFY(scanStarted);
        QCOMPARE(documentSources(), sources + 2);
        QVERIFY(wb()->caseFile()->writesBlocked().isEmpty());
        QVERIFY2(
            said.constLast().startsWith(QStringLiteral("Scan of")), qPrintable(said.join(u'|')));
        QCOMPARE(wb()->findingsModel()->pendingCount(), 0);
    }
};

QTEST_MAIN(TestWorkbenchImport)
#include "tst_workbenchimport.moc"
