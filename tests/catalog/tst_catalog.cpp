// SPDX-License-Identifier: GPL-3.0-or-later
// The built-in catalog loads, keeps every reference row, resolves analysts' spellings, computes
// TPP and PD from its figures, and rejects malformed files with file, line and field.

#include "catalog/catalog.h"
#include "catalog/catalogformat.h"

#include <QFile>
#include <QJsonObject>
#include <QTest>

using namespace ChipTrace;
using namespace ChipTrace::Catalog;
using namespace Qt::StringLiterals;

class TestCatalog : public QObject
{
    Q_OBJECT

private:
    static QByteArray builtinText()
    {
        QFile f(u":/data/catalog/accelerators.csv"_s);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return f.readAll();
    }

private Q_SLOTS:
    void builtinLoads()
    {
        QVERIFY2(Catalog::Catalog::builtinError().isEmpty(),
            qPrintable(Catalog::Catalog::builtinError()));
        QVERIFY(Catalog::Catalog::builtin().size() >= 53);
        for (const Accelerator &a : Catalog::Catalog::builtin().all()) {
            QVERIFY2(!a.sources.isEmpty(), qPrintable(a.id));
            QVERIFY2(!a.aliases.isEmpty(), qPrintable(a.id));
        }
    }

    // Every accelerator named in the shared reference CSV has an entry.
    void coversReference_data()
    {
        QTest::addColumn<QString>("spelling");
        const char *names[] = {"V100", "T4", "A10", "A30", "A40", "RTX A6000", "A100 40GB",
            "A100 80GB", "A800", "L4", "L20", "L2", "L40", "L40S", "H100 SXM5", "H100 PCIe",
            "H100 NVL", "H800", "H20", "H200", "GH200", "B100", "B200", "GB200", "RTX 3090",
            "RTX 4090", "RTX 4090 D", "RTX 5090", "5090D V1", "RTX 5090 D V2", "MI100", "MI210",
            "MI250X", "MI300X", "MI325X", "MI308X", "Gaudi 2", "HL-225B", "Gaudi 3",
            "Gaudi 3 China", "Ascend 910", "Ascend 910B", "Ascend 910C", "TPU v4", "TPU v5e",
            "TPU v5p", "MLU290", "MLU370-X8", "MLU590", "DCU Z100", "DCU K100", "MTT S4000",
            "BR100"};
        for (const char *n : names)
            QTest::newRow(n) << QString::fromUtf8(n);
    }
    void coversReference()
    {
        QFETCH(QString, spelling);
        QCOMPARE(Catalog::Catalog::builtin().resolve(spelling).size(), 1);
    }

    void resolve_data()
    {
        QTest::addColumn<QString>("spelling");
        QTest::addColumn<QStringList>("ids");
        QTest::newRow("H800") << u"H800"_s << QStringList{u"nvidia-h800-sxm5"_s};
        QTest::newRow("A100 80GB") << u"A100 80GB"_s << QStringList{u"nvidia-a100-80gb"_s};
        QTest::newRow("A100-80G") << u"A100-80G"_s << QStringList{u"nvidia-a100-80gb"_s};
        QTest::newRow("a100_80gb lower") << u"a100_80gb"_s << QStringList{u"nvidia-a100-80gb"_s};
        QTest::newRow("RTX 4090 D")
            << u"RTX 4090 D"_s << QStringList{u"nvidia-geforce-rtx-4090-d"_s};
        QTest::newRow("4090D") << u"4090D"_s << QStringList{u"nvidia-geforce-rtx-4090-d"_s};
        QTest::newRow("NVIDIA GeForce RTX 4090")
            << u"NVIDIA GeForce RTX 4090"_s << QStringList{u"nvidia-geforce-rtx-4090"_s};
        QTest::newRow("昇腾910B") << u"昇腾910B"_s << QStringList{u"huawei-ascend-910b"_s};
        QTest::newRow("Ascend 910B") << u"Ascend 910B"_s << QStringList{u"huawei-ascend-910b"_s};
        QTest::newRow("Huawei Ascend-910B")
            << u"Huawei Ascend-910B"_s << QStringList{u"huawei-ascend-910b"_s};
        QTest::newRow("A100 ambiguous")
            << u"A100"_s << QStringList{u"nvidia-a100-40gb"_s, u"nvidia-a100-80gb"_s};
        QTest::newRow("H100 ambiguous")
            << u"h100"_s
            << QStringList{u"nvidia-h100-sxm5-80gb"_s, u"nvidia-h100-pcie-80gb"_s,
                   u"nvidia-h100-nvl-94gb"_s};
        QTest::newRow("A100-SXM4-80G") << u"A100-SXM4-80G"_s << QStringList{u"nvidia-a100-80gb"_s};
        QTest::newRow("DGX-A100 fullwidth")
            << u"DGX-A100（40G）"_s << QStringList{u"nvidia-a100-40gb"_s};
        QTest::newRow("H100 80GB ambiguous")
            << u"H100 80GB"_s
            << QStringList{u"nvidia-h100-sxm5-80gb"_s, u"nvidia-h100-pcie-80gb"_s};
        QTest::newRow("H100-PCIe-80G")
            << u"H100-PCIe-80G"_s << QStringList{u"nvidia-h100-pcie-80gb"_s};
        QTest::newRow("华为昇腾910B") << u"华为昇腾910B"_s << QStringList{u"huawei-ascend-910b"_s};
        QTest::newRow("research CSV spelling")
            << u"A800 (40GB PCIe / 80GB PCIe / 80GB SXM)"_s << QStringList{u"nvidia-a800"_s};
        QTest::newRow("unknown") << u"Z9000"_s << QStringList{};
    }
    void resolve()
    {
        QFETCH(QString, spelling);
        QFETCH(QStringList, ids);
        QStringList got;
        for (const Accelerator *a : Catalog::Catalog::builtin().resolve(spelling))
            got.append(a->id);
        QCOMPARE(got, ids);
    }

    // TPP = max over formats of dense TOPS x bits, from the catalog figures.
    void tpp_data()
    {
        QTest::addColumn<QString>("chip");
        QTest::addColumn<double>("tpp");
        QTest::addColumn<QString>("format");
        QTest::newRow("A100") << u"A100 80GB"_s << 4992.0 << u"FP16/BF16"_s;
        QTest::newRow("L4 via FP8") << u"L4"_s << 1940.0 << u"FP8"_s;
        QTest::newRow("H20") << u"H20"_s << 2368.0 << u"FP16/BF16"_s;
        QTest::newRow("Gaudi 3 16-bit") << u"Gaudi 3"_s << 29360.0 << u"FP16/BF16"_s;
        QTest::newRow("5090D V2 tie keeps FP8") << u"RTX 5090 D V2"_s << 4750.0 << u"FP8"_s;
    }
    void tpp()
    {
        QFETCH(QString, chip);
        QFETCH(double, tpp);
        QFETCH(QString, format);
        const auto hits = Catalog::Catalog::builtin().resolve(chip);
        QCOMPARE(hits.size(), 1);
        const Tpp t = totalProcessingPerformance(*hits.first());
        QVERIFY(t.known);
        QCOMPARE(qRound(t.value), qRound(tpp));
        QCOMPARE(formatName(t.format), format);
    }

    void provenance()
    {
        const Accelerator *h800 = Catalog::Catalog::builtin().resolve(u"H800"_s).value(0);
        QVERIFY(h800);
        QVERIFY(h800->ioBandwidthGBs.known());
        QVERIFY(h800->ioBandwidthGBs.unverified);
        QVERIFY(!h800->sourcesFor(h800->ioBandwidthGBs.sources).isEmpty());
        QVERIFY(h800->sourcesFor(h800->ioBandwidthGBs.sources).size() < h800->sources.size());
        const Accelerator *mlu590 = Catalog::Catalog::builtin().resolve(u"MLU590"_s).value(0);
        QVERIFY(mlu590);
        QCOMPARE(mlu590->dieAreaMm2.availability, Availability::Unknown);
        const Accelerator *mi300 = Catalog::Catalog::builtin().resolve(u"MI300X"_s).value(0);
        QCOMPARE(mi300->computeCapability.availability, Availability::NotApplicable);
        const QJsonObject json = acceleratorToJson(*h800);
        QCOMPARE(json[u"io_bandwidth_gbs"].toObject()[u"unverified"].toBool(), true);
    }

    // A malformed file names the file, the line and the field.
    void malformed_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("expected");
        QTest::newRow("bad number") << u",Volta,GV100,7.0 [1],"_s << u",Volta,GV100,seven,"_s
                                    << u"accelerators.csv:4: field 'cc'"_s;
        QTest::newRow("bad segment") << u"TU104,7.5 [1],datacenter,"_s << u"TU104,7.5 [1],server,"_s
                                     << u"accelerators.csv:5: field 'segment'"_s;
        QTest::newRow("bad source ref") << u"400 [1]"_s << u"400 [9]"_s << u"field 'io_bw_gbs'"_s;
        QTest::newRow("missing column")
            << u"die_area_mm2,"_s << u"die_mm2,"_s << u"field 'die_area_mm2'"_s;
    }
    void malformed()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, expected);
        QString text = QString::fromUtf8(builtinText());
        QVERIFY(text.contains(from));
        text.replace(text.indexOf(from), from.size(), to);
        const auto parsed = Catalog::Catalog::parse(text.toUtf8(), u"accelerators.csv"_s);
        QVERIFY(!parsed);
        QVERIFY2(parsed.message().contains(expected), qPrintable(parsed.message()));
    }

    // The exported CSV reads back with every figure, mark and source reference intact.
    void csvRoundTrip()
    {
        const auto &builtin = Catalog::Catalog::builtin();
        const QByteArray csv = catalogToCsv(builtin);
        QVERIFY(csv.startsWith("id,vendor,name"));
        QCOMPARE(csv.count('\n'), builtin.size() + 1);
        const auto again = Catalog::Catalog::parse(csv, u"export.csv"_s);
        QVERIFY2(again, qPrintable(again.message()));
        QCOMPARE(again->size(), builtin.size());
        for (const Accelerator &a : builtin.all()) {
            const Accelerator *b = again->byId(a.id);
            QVERIFY(b);
            QCOMPARE(acceleratorToJson(*b), acceleratorToJson(a));
        }
    }

    void rowWithMissingField()
    {
        QString text = QString::fromUtf8(builtinText());
        const qsizetype at = text.indexOf(u"\nnvidia-t4,"_s);
        QVERIFY(at > 0);
        text.insert(text.indexOf(u'\n', at + 1), u",extra"_s);
        const auto parsed = Catalog::Catalog::parse(text.toUtf8(), u"accelerators.csv"_s);
        QVERIFY(!parsed);
        QVERIFY2(parsed.message().startsWith(u"accelerators.csv:5: field '(row)'"_s),
            qPrintable(parsed.message()));
    }
};

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
