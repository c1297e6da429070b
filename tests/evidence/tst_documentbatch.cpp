// SPDX-License-Identifier: GPL-3.0-or-later
// Imported documents as case items: one source, a claim finding per claim with its locator,
// proposed evidence per claim for a model, and ids stable across imports of the same bytes.

#include "casefile/casefile.h"
#include "evidence/documentbatch.h"
#include "evidencefixtures.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ChipTrace;
using namespace ChipTrace::Evidence;

class TestDocumentBatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void batch_mapsClaimsToFindingsAndProposedEvidence()
    {
        QTemporaryDir dir;
        auto doc = Test::importBytes(dir.path(), QStringLiteral("page.html"), Test::htmlPage());
        QVERIFY2(doc.has_value(), qPrintable(doc.message()));
        const Case::ImportBatch batch = batchFromDocument(*doc, QStringLiteral("model-1"));
        QCOMPARE(batch.sources.size(), 1);
        QCOMPARE(batch.sources.first().kind, Case::SourceKind::WebPage);
        QCOMPARE(batch.sources.first().uri, doc->source.uri);
        QVERIFY(!doc->claims.isEmpty());
        QCOMPARE(batch.findings.size(), doc->claims.size());
        QCOMPARE(batch.evidence.size(), doc->claims.size());
        const Case::FindingRecord *h800 = nullptr;
        for (const Case::FindingRecord &f : batch.findings) {
            QCOMPARE(f.sourceId, batch.sources.first().id);
            if (f.match == u"H800")
                h800 = &f;
        }
        QVERIFY(h800);
        QCOMPARE(h800->kind, QStringLiteral("claim"));
        QCOMPARE(h800->scope, QStringLiteral("training"));
        QCOMPARE(h800->locator.path, QStringLiteral("Model X > Training > Hardware"));
        for (const Case::Evidence &e : batch.evidence) {
            QCOMPARE(e.modelId, QStringLiteral("model-1"));
            QVERIFY(!e.findingId.isEmpty() && !e.quote.isEmpty());
        }
        QVERIFY(batchFromDocument(*doc, QString()).evidence.isEmpty());

        // Same bytes, imported again under another name: same ids.
        auto again = Test::importBytes(dir.path(), QStringLiteral("copy.html"), Test::htmlPage());
        QVERIFY(again.has_value());
        const Case::ImportBatch second = batchFromDocument(*again, QStringLiteral("model-1"));
        QCOMPARE(second.sources.first().id, batch.sources.first().id);
        QCOMPARE(second.findings.first().id, batch.findings.first().id);
        QCOMPARE(second.evidence.first().id, batch.evidence.first().id);
    }

    void addToCase_addsProposedEvidenceOnceAndVerifies()
    {
        QTemporaryDir dir;
        Case::CaseInfo info;
        info.title = QStringLiteral("Model X");
        auto cf = Case::CaseFile::create(dir.filePath(QStringLiteral("x.chiptrace")), info);
        QVERIFY2(cf.has_value(), qPrintable(cf.message()));
        Case::CaseFile &caseFile = **cf;
        Case::Lab lab;
        lab.name = QStringLiteral("Lab");
        QVERIFY(caseFile.saveLab(lab));
        Case::Model model;
        model.labId = lab.id;
        model.name = QStringLiteral("Model X");
        QVERIFY(caseFile.saveModel(model));

        auto doc = Test::importBytes(dir.path(), QStringLiteral("page.html"), Test::htmlPage());
        QVERIFY2(doc.has_value(), qPrintable(doc.message()));
        auto added = addToCase(caseFile, *doc, model.id);
        QVERIFY2(added.has_value(), qPrintable(added.message()));
        QCOMPARE(caseFile.sources().size(), 1);
        QCOMPARE(caseFile.sources().first().sha256, doc->source.sha256);
        QCOMPARE(caseFile.findings().size(), doc->claims.size());
        const auto evidence = caseFile.evidence(model.id);
        QVERIFY(!evidence.isEmpty());
        QCOMPARE(evidence.size(), doc->claims.size());
        for (const Case::Evidence &e : evidence)
            QCOMPARE(e.status, Case::ReviewStatus::Proposed);
        QVERIFY(caseFile.verify().ok());

        // Same document again: the same items, no duplicates.
        QVERIFY(addToCase(caseFile, *doc, model.id));
        QCOMPARE(caseFile.sources().size(), 1);
        QCOMPARE(caseFile.evidence(model.id).size(), evidence.size());
    }

    void caseLocator_carriesPageAndArchiveRecord()
    {
        DocumentClaim pdf;
        pdf.locator.page = 7;
        pdf.offset = 10;
        pdf.length = 4;
        const Case::Locator a = caseLocator(pdf);
        QCOMPARE(a.page, 7);
        QCOMPARE(a.column, 11);
        QCOMPARE(a.length, 4);

        DocumentClaim warc;
        warc.locator.recordId = QStringLiteral("<urn:uuid:1>");
        warc.locator.targetUri = QStringLiteral("https://x.org/");
        warc.locator.captureDate = QDateTime(QDate(2023, 5, 1), QTime(10, 0), QTimeZone::UTC);
        warc.locator.archiveMember = QStringLiteral("archive/a.warc.gz");
        const Case::Locator b = caseLocator(warc);
        QCOMPARE(
            b.archiveRecord, QStringLiteral("<urn:uuid:1> https://x.org/ @ 2023-05-01T10:00:00Z"));
        QCOMPARE(b.path, QStringLiteral("archive/a.warc.gz"));
    }
};

QTEST_GUILESS_MAIN(TestDocumentBatch)
#include "tst_documentbatch.moc"
