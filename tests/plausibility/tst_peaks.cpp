// SPDX-License-Identifier: GPL-3.0-or-later
// The training-peaks table: the built-in file loads against the catalog, keeps dense and sparse
// apart, and a malformed row is an error naming the file, the line and the field.

#include "catalog/catalog.h"
#include "plausibility/peaks.h"

#include <QTest>

using namespace ChipTrace;
using namespace ChipTrace::Plausibility;
using namespace Qt::StringLiterals;

namespace {
const QByteArray header =
    "chip,precision,dense_tflops,sparse_tflops,training_tflops,devices,status,source,note\n";
}

class TestPeaks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtin_loadsAndCoversTheCatalog()
    {
        QVERIFY2(PeakTable::builtinError().isEmpty(), qPrintable(PeakTable::builtinError()));
        const PeakTable &table = PeakTable::builtin();
        QVERIFY(!table.all().isEmpty());
        QSet<QString> chips;
        for (const Peak &p : table.all()) {
            QVERIFY2(Catalog::Catalog::builtin().byId(p.chipId), qPrintable(p.chipId));
            QVERIFY2(!p.source.isEmpty(), qPrintable(p.chipId));
            // A sparse figure mistaken for the dense one is the error this table guards against.
            if (p.sparse)
                QVERIFY2(*p.sparse > p.denseHigh, qPrintable(p.chipId));
            chips.insert(p.chipId);
        }
        // Most of the catalog has a peak; the rest are chips with no published figure.
        QVERIFY2(chips.size() * 10 >= Catalog::Catalog::builtin().size() * 8,
            qPrintable(u"%1 of %2"_s.arg(chips.size()).arg(Catalog::Catalog::builtin().size())));
    }

    void builtin_sameSiliconSameCompute()
    {
        // The H800 and the H20 are GH100 parts; the H800 keeps the H100's compute, the H20 not.
        const PeakTable &t = PeakTable::builtin();
        const Peak *h100 = t.find(u"nvidia-h100-sxm5-80gb"_s, Precision::FP8);
        const Peak *h800 = t.find(u"nvidia-h800-sxm5"_s, Precision::FP8);
        const Peak *h20 = t.find(u"nvidia-h20"_s, Precision::FP8);
        QVERIFY(h100 && h800 && h20);
        QCOMPARE(h800->denseHigh, h100->denseHigh);
        QVERIFY(h20->denseHigh * 5 < h100->denseHigh);
        // The A100 has no FP8 path; its BF16 row also serves FP16.
        QVERIFY(!t.find(u"nvidia-a100-80gb"_s, Precision::FP8));
        QCOMPARE(t.find(u"nvidia-a100-80gb"_s, Precision::BF16),
            t.find(u"nvidia-a100-80gb"_s, Precision::FP16));
    }

    void builtin_geforceTrainsAtTheFp32AccumulateRate()
    {
        const Peak *p = PeakTable::builtin().find(u"nvidia-geforce-rtx-4090"_s, Precision::BF16);
        QVERIFY(p && p->training);
        QVERIFY(qAbs(p->trainingHigh() * 2 - p->denseHigh) < 0.2); // 165.2 x 2 vs 330.3: rounding
    }

    void builtin_unitsAndRanges()
    {
        const Peak *mi250x = PeakTable::builtin().find(u"amd-instinct-mi250x"_s, Precision::BF16);
        QVERIFY(mi250x);
        QCOMPARE(mi250x->devices, 2);
        const Peak *ascend = PeakTable::builtin().find(u"huawei-ascend-910b"_s, Precision::FP16);
        QVERIFY(ascend);
        QVERIFY(ascend->denseLow < ascend->denseHigh);
        QVERIFY(!ascend->verified());
    }

    void parse_errorsNameLineAndField_data()
    {
        QTest::addColumn<QByteArray>("row");
        QTest::addColumn<QString>("field");
        QTest::newRow("unknown chip")
            << QByteArray("no-such-chip,fp8,100,,,1,vendor,somewhere,\n") << u"chip"_s;
        QTest::newRow("format") << QByteArray("nvidia-h20,fp7,100,,,1,vendor,somewhere,\n")
                                << u"precision"_s;
        QTest::newRow("sparse as dense")
            << QByteArray("nvidia-h20,fp8,296,296,,1,vendor,somewhere,\n") << u"sparse_tflops"_s;
        QTest::newRow("no source")
            << QByteArray("nvidia-h20,fp8,296,,,1,vendor,,\n") << u"source"_s;
        QTest::newRow("status") << QByteArray("nvidia-h20,fp8,296,,,1,rumour,somewhere,\n")
                                << u"status"_s;
        QTest::newRow("training above dense")
            << QByteArray("nvidia-h20,fp8,296,,300,1,vendor,somewhere,\n") << u"training_tflops"_s;
        QTest::newRow("range backwards")
            << QByteArray("nvidia-h20,fp8,300-200,,,1,vendor,somewhere,\n") << u"dense_tflops"_s;
        QTest::newRow("devices") << QByteArray("nvidia-h20,fp8,296,,,0,vendor,somewhere,\n")
                                 << u"devices"_s;
    }
    void parse_errorsNameLineAndField()
    {
        QFETCH(QByteArray, row);
        QFETCH(QString, field);
        const QByteArray csv = "# comment\n" + header + row;
        const auto parsed = PeakTable::parse(csv, u"peaks.csv"_s, &Catalog::Catalog::builtin());
        QVERIFY(!parsed);
        QVERIFY2(parsed.message().startsWith(u"peaks.csv:3: field '%1'"_s.arg(field)),
            qPrintable(parsed.message()));
    }

    void parse_duplicateFormatIsAnError()
    {
        const QByteArray csv = header + "nvidia-h20,fp8,296,,,1,vendor,a,\n"
                                        "nvidia-h20,bf16 fp8,148,,,1,vendor,b,\n";
        const auto parsed = PeakTable::parse(csv, u"p.csv"_s, nullptr);
        QVERIFY(!parsed);
        QVERIFY2(parsed.message().contains(u"p.csv:3"_s), qPrintable(parsed.message()));
    }
};

QTEST_GUILESS_MAIN(TestPeaks)
#include "tst_peaks.moc"
