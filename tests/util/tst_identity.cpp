// SPDX-License-Identifier: GPL-3.0-or-later
// Identities that case files and scans rely on: content-derived ids must stay what earlier
// versions wrote (an id that changed would turn the next import of the same scan or document
// into duplicates), and one finding key serves the scan's de-duplication and its fingerprint.

#include "evidence/documentbatch.h"
#include "evidence/scanimport.h"
#include "scan/finding.h"
#include "util/stableid.h"

#include <QCryptographicHash>
#include <QTest>

using namespace ChipTrace;

class TestIdentity : public QObject
{
    Q_OBJECT
private slots:
    // The expected ids were computed outside ChipTrace (RFC 4122 UUID v5 over the
    // U+001F-joined parts, in each namespace) and are what case files already hold.
    void stableId_keepsTheIdsOfExistingCases()
    {
        const QString commit = QStringLiteral("0123456789abcdef0123456789abcdef01234567");
        QCOMPARE(stableId(IdSpace::Scan,
                     {QStringLiteral("repository"), QStringLiteral("https://example.org/lab/train"),
                         commit}),
            QStringLiteral("89632c53-30d3-5fac-9ea1-8ac541d5562b"));
        QCOMPARE(stableId(IdSpace::Document,
                     {QStringLiteral("source"), QStringLiteral("ab").repeated(32)}),
            QStringLiteral("bb180733-81be-54d1-9fae-3db52398f334"));
    }
    void scanImport_keepsItsIds()
    {
        Scan::Finding f;
        f.ruleId = QStringLiteral("nccl-ib-hca");
        f.path = QStringLiteral("scripts/run.sh");
        f.line = 3;
        f.column = 8;
        f.match = QStringLiteral("NCCL_IB_HCA");
        f.text = QStringLiteral("export NCCL_IB_HCA=mlx5_0");
        f.strength = ChipTrace::Strength::Strong;
        const Case::ImportBatch batch =
            Case::batchFromScan(QStringLiteral("https://example.org/lab/train"),
                QStringLiteral("train"), QStringLiteral("0123456789abcdef0123456789abcdef01234567"),
                {f}, QStringLiteral("model-1"));
        QCOMPARE(batch.sources.size(), 1);
        QCOMPARE(
            batch.sources.constFirst().id, QStringLiteral("89632c53-30d3-5fac-9ea1-8ac541d5562b"));
        QCOMPARE(batch.findings.size(), 1);
        QCOMPARE(
            batch.findings.constFirst().id, QStringLiteral("5e06edb9-73c8-5853-be84-33f4e3500b12"));
        // The finding's own proposal keeps its id; combined steps (core/assess) come beside it.
        QStringList direct;
        for (const Case::Evidence &e : batch.evidence)
            if (!e.rationale.startsWith(QStringLiteral("[combination:")))
                direct << e.id;
        QCOMPARE(direct, QStringList{QStringLiteral("d5cacc90-517f-56c5-b6a3-f69db86e4c37")});
    }
    void documentImport_keepsItsIds()
    {
        Evidence::ImportedDocument doc;
        doc.source.sha256 = QStringLiteral("ab").repeated(32);
        doc.source.title = QStringLiteral("notes");
        const Case::ImportBatch batch = Evidence::batchFromDocument(doc, {});
        QCOMPARE(batch.sources.size(), 1);
        QCOMPARE(
            batch.sources.constFirst().id, QStringLiteral("bb180733-81be-54d1-9fae-3db52398f334"));
    }
    // The scan's de-duplication and the exported fingerprint name the same identity.
    void findingKey_isWhatTheFingerprintHashes()
    {
        Scan::Finding f;
        f.ruleId = QStringLiteral("cuda-arch");
        f.path = QStringLiteral("setup.py");
        f.text = QStringLiteral("   arch = 'sm_90'  ");
        QCOMPARE(Scan::findingKey(f), Scan::findingKey(f, f.path));
        QVERIFY(Scan::findingKey(f) != Scan::findingKey(f, QStringLiteral("other.py")));
        Scan::Finding moved = f;
        moved.line = 40; // the same text elsewhere in the file is the same finding
        moved.text = f.text.trimmed();
        QCOMPARE(Scan::findingKey(moved), Scan::findingKey(f));
        const QByteArray hash =
            QCryptographicHash::hash(Scan::findingKey(f).toUtf8(), QCryptographicHash::Sha256)
                .toHex()
                .left(32);
        QCOMPARE(Scan::findingFingerprint(f), QString::fromLatin1(hash));
    }
};

QTEST_GUILESS_MAIN(TestIdentity)
#include "tst_identity.moc"
