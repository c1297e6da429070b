// SPDX-License-Identifier: GPL-3.0-or-later
// Compute plausibility against the built-in catalog and peaks: the worked example
// (DeepSeek-V3's public figures), the bands, the ranges the inputs' uncertainty gives, and the
// cases that must abstain or must never eliminate.

#include "catalog/catalog.h"
#include "plausibility/plausibility.h"

#include <QTest>

#include <cmath>

using namespace ChipTrace;
using namespace ChipTrace::Plausibility;
using namespace Qt::StringLiterals;

namespace {

// Public pre-training figures of DeepSeek-V3: 37B active parameters, 14.8T tokens, 2,664K H800
// GPU-hours, FP8 GEMMs.
TrainingClaim deepSeekV3()
{
    TrainingClaim c;
    c.activeParams = Quantity::exact(37e9);
    c.tokens = Quantity::exact(14.8e12);
    c.deviceHours = Quantity::exact(2.664e6);
    c.precision = Precision::FP8;
    return c;
}

ChipVerdict verdict(const TrainingClaim &claim, const QString &chipId)
{
    const Catalog::Accelerator *chip = Catalog::Catalog::builtin().byId(chipId);
    if (!chip)
        qFatal("no chip %s", qPrintable(chipId));
    return assessChip(claim, *chip, PeakTable::builtin());
}

// 6·N·D / (H × 3600 × P), computed here independently of the module.
double mfu(double n, double d, double hours, double tflops)
{
    return 6 * n * d / (hours * 3600 * tflops * 1e12);
}

} // namespace

class TestPlausibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deepSeekV3_bands_data()
    {
        QTest::addColumn<QString>("chip");
        QTest::addColumn<Band>("band");
        QTest::addColumn<bool>("eliminates");
        QTest::newRow("H800") << u"nvidia-h800-sxm5"_s << Band::Plausible << false;
        QTest::newRow("H100 SXM") << u"nvidia-h100-sxm5-80gb"_s << Band::Plausible << false;
        QTest::newRow("H100 PCIe") << u"nvidia-h100-pcie-80gb"_s << Band::Plausible << false;
        QTest::newRow("H200") << u"nvidia-h200-sxm-141gb"_s << Band::Plausible << false;
        QTest::newRow("MI300X") << u"amd-instinct-mi300x"_s << Band::Plausible << false;
        QTest::newRow("H20") << u"nvidia-h20"_s << Band::Impossible << true;
        QTest::newRow("A100 40GB") << u"nvidia-a100-40gb"_s << Band::Impossible << true;
        QTest::newRow("A800") << u"nvidia-a800"_s << Band::Impossible << true;
        QTest::newRow("V100") << u"nvidia-v100-sxm2"_s << Band::Impossible << true;
        QTest::newRow("TPU v5p") << u"google-tpu-v5p"_s << Band::Implausible << true;
        // Implausible on its figure, but the 910B's peak is unverified: it stays in.
        QTest::newRow("Ascend 910B") << u"huawei-ascend-910b"_s << Band::Implausible << false;
    }
    void deepSeekV3_bands()
    {
        QFETCH(QString, chip);
        QFETCH(Band, band);
        QFETCH(bool, eliminates);
        const ChipVerdict v = verdict(deepSeekV3(), chip);
        QVERIFY2(v.band == band, qPrintable(v.explain()));
        QCOMPARE(v.eliminates(), eliminates);
    }

    void deepSeekV3_figures()
    {
        const TrainingClaim claim = deepSeekV3();
        const ChipVerdict h800 = verdict(claim, u"nvidia-h800-sxm5"_s);
        QCOMPARE(h800.precision, Precision::FP8);
        QVERIFY(!h800.fallback);
        QVERIFY(h800.verified);
        const double expected = mfu(37e9, 14.8e12, 2.664e6, h800.peakHigh);
        QVERIFY(qAbs(h800.mfuLow - expected) < 1e-9);
        QVERIFY2(h800.mfuLow > 0.15 && h800.mfuLow < 0.20, qPrintable(h800.explain()));
        // The high end adds the overhead 6·N·D leaves out, and nothing else for exact inputs.
        QVERIFY(qAbs(h800.mfuHigh - h800.mfuLow * (1 + claim.overhead)) < 1e-9);

        // The A100 has no FP8 path: it is judged at BF16, and the explanation says so.
        const ChipVerdict a100 = verdict(claim, u"nvidia-a100-80gb"_s);
        QVERIFY(a100.fallback);
        QCOMPARE(a100.precision, Precision::BF16);
        QVERIFY(a100.mfuLow > 1.0);
        QVERIFY2(a100.explain().contains(u"no FP8"_s), qPrintable(a100.explain()));

        // "H20: would need 116-130% of its FP8 peak".
        const ChipVerdict h20 = verdict(claim, u"nvidia-h20"_s);
        QVERIFY2(h20.explain().startsWith(u"H20: would need 116-130% of its FP8 peak"_s),
            qPrintable(h20.explain()));
    }

    void deepSeekV3_sameAnswerFromDevicesAndDays()
    {
        // 2,048 GPUs for 54.2 days is the same 2.664M GPU-hours within rounding.
        TrainingClaim claim = deepSeekV3();
        claim.deviceHours = (Quantity::exact(2048) * Quantity::exact(54.2)).scaled(24);
        const ChipVerdict v = verdict(claim, u"nvidia-h20"_s);
        QCOMPARE(v.band, Band::Impossible);
        QVERIFY(qAbs(v.mfuLow - verdict(deepSeekV3(), u"nvidia-h20"_s).mfuLow) < 0.01);
    }

    void assess_coversEveryChipInCatalogOrder()
    {
        const Assessment a =
            assess(deepSeekV3(), Catalog::Catalog::builtin(), PeakTable::builtin());
        QVERIFY(a.cannotAssess.isEmpty());
        QCOMPARE(a.chips.size(), Catalog::Catalog::builtin().size());
        for (qsizetype i = 0; i < a.chips.size(); ++i)
            QCOMPARE(a.chips.at(i).chipId, Catalog::Catalog::builtin().all().at(i).id);
        // Chips without any published peak abstain one by one and say why.
        const auto noPeak = std::find_if(a.chips.cbegin(), a.chips.cend(),
            [](const ChipVerdict &v) { return v.band == Band::CannotAssess; });
        QVERIFY(noPeak != a.chips.cend());
        QVERIFY(!noPeak->reason.isEmpty());
        QVERIFY(!noPeak->eliminates());
    }

    void abstains_data()
    {
        QTest::addColumn<int>("drop");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no active parameters") << 0 << u"active parameter"_s;
        QTest::newRow("no tokens") << 1 << u"token"_s;
        QTest::newRow("no GPU-hours") << 2 << u"GPU-hours"_s;
        QTest::newRow("RL phase") << 3 << u"RL"_s;
    }
    void abstains()
    {
        QFETCH(int, drop);
        QFETCH(QString, mentions);
        TrainingClaim claim = deepSeekV3();
        if (drop == 0)
            claim.activeParams.reset();
        else if (drop == 1)
            claim.tokens.reset();
        else if (drop == 2)
            claim.deviceHours.reset();
        else
            claim.phase = Phase::Rl;
        QVERIFY2(claim.cannotAssess().contains(mentions), qPrintable(claim.cannotAssess()));
        const Assessment a = assess(claim, Catalog::Catalog::builtin(), PeakTable::builtin());
        QCOMPARE(a.cannotAssess, claim.cannotAssess());
        for (const ChipVerdict &v : a.chips) {
            QCOMPARE(v.band, Band::CannotAssess);
            QVERIFY(!v.eliminates());
        }
    }

    void lowUtilisationOnlyFlags()
    {
        // A 13B dense model on 850B tokens over 1,536 Ascend 910 for 65 days sits near 3%:
        // low, a flag, never an elimination.
        TrainingClaim claim;
        claim.activeParams = Quantity::exact(13e9);
        claim.tokens = Quantity::exact(850e9);
        claim.deviceHours = (Quantity::exact(1536) * Quantity::exact(65)).scaled(24);
        claim.precision = Precision::FP16;
        const ChipVerdict v = verdict(claim, u"huawei-ascend-910"_s);
        QVERIFY2(v.band == Band::Low, qPrintable(v.explain()));
        QVERIFY(!v.eliminates());
        QVERIFY(v.mfuHigh < lowBelow);
    }

    void uncertainInputsWidenTheRange()
    {
        // "~7,000,000 GPU hours" is one significant digit: the range must cover 6.5M to 7.5M.
        TrainingClaim claim;
        claim.activeParams = Quantity::exact(179.5e9);
        claim.tokens = Quantity::exact(3.5e12);
        claim.deviceHours = parseQuantity(u"~7,000,000"_s);
        claim.precision = Precision::BF16;
        claim.overhead = 0;
        const ChipVerdict v = verdict(claim, u"nvidia-a100-40gb"_s);
        QVERIFY(qAbs(v.mfuLow - mfu(179.5e9, 3.5e12, 7.5e6, 312)) < 1e-9);
        QVERIFY(qAbs(v.mfuHigh - mfu(179.5e9, 3.5e12, 6.5e6, 312)) < 1e-9);
        QCOMPARE(v.band, Band::Plausible);

        // An upper bound on the hours ("an access window") bounds MFU from below only.
        claim.deviceHours = parseQuantity(u"<= 1e6"_s);
        const ChipVerdict bound = verdict(claim, u"nvidia-a100-40gb"_s);
        QVERIFY(std::isinf(bound.mfuHigh));
        QCOMPARE(bound.band, Band::Impossible);
        // A lower bound never eliminates: the real figure may be far larger.
        claim.deviceHours = parseQuantity(u">= 1e5"_s);
        QVERIFY(verdict(claim, u"nvidia-a100-40gb"_s).mfuLow == 0);
        QCOMPARE(verdict(claim, u"nvidia-a100-40gb"_s).band, Band::Plausible);
    }

    void packageShownAsTwoDevicesWidensTheRange()
    {
        TrainingClaim claim = deepSeekV3();
        claim.overhead = 0;
        const ChipVerdict v = verdict(claim, u"amd-instinct-mi250x"_s);
        QCOMPARE(v.devices, 2);
        QVERIFY(qAbs(v.mfuHigh - 2 * v.mfuLow) < 1e-9);
        QVERIFY2(v.explain().contains(u"2 devices"_s), qPrintable(v.explain()));
    }

    void geforceIsJudgedAtItsTrainingRate()
    {
        TrainingClaim claim = deepSeekV3();
        claim.precision = Precision::BF16;
        const ChipVerdict v = verdict(claim, u"nvidia-geforce-rtx-4090"_s);
        const Peak *peak = PeakTable::builtin().find(u"nvidia-geforce-rtx-4090"_s, Precision::BF16);
        QCOMPARE(v.peakHigh, *peak->training);
        QVERIFY(v.peakHigh < peak->denseHigh);
    }

    void noPrecisionUsesTheFastestFormat()
    {
        TrainingClaim claim = deepSeekV3();
        claim.precision.reset();
        const ChipVerdict v = verdict(claim, u"nvidia-h800-sxm5"_s);
        QCOMPARE(v.precision, Precision::FP8);
        QVERIFY(!v.fallback);
    }

    void quantity_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("low");
        QTest::addColumn<double>("high");
        const double inf = Quantity::unbounded;
        QTest::newRow("plain") << u"37e9"_s << 37e9 << 37e9;
        QTest::newRow("suffix B") << u"37B"_s << 37e9 << 37e9;
        QTest::newRow("suffix T") << u"14.8T"_s << 14.8e12 << 14.8e12;
        QTest::newRow("suffix K commas") << u"2,664K"_s << 2.664e6 << 2.664e6;
        QTest::newRow("about") << u"~7M"_s << 6.5e6 << 7.5e6;
        QTest::newRow("about decimals") << u"about 2.8M"_s << 2.75e6 << 2.85e6;
        QTest::newRow("range dots") << u"2.6e6..2.8e6"_s << 2.6e6 << 2.8e6;
        QTest::newRow("range hyphen") << u"2.6e6-2.8e6"_s << 2.6e6 << 2.8e6;
        QTest::newRow("up to") << u"up to 16K"_s << 0.0 << 16e3;
        QTest::newRow("at least") << u">=15T"_s << 15e12 << inf;
        QTest::newRow("plus") << u"15T+"_s << 15e12 << inf;
    }
    void quantity()
    {
        QFETCH(QString, text);
        QFETCH(double, low);
        QFETCH(double, high);
        const auto q = parseQuantity(text);
        QVERIFY2(q, qPrintable(text));
        QVERIFY2(qAbs(q->low - low) <= 1e-9 * qMax(1.0, low), qPrintable(q->text()));
        QVERIFY2(q->high == high || qAbs(q->high - high) <= 1e-9 * high, qPrintable(q->text()));
    }

    void quantity_rejects_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("word") << u"many"_s;
        QTest::newRow("zero") << u"0"_s;
        QTest::newRow("backwards") << u"5..3"_s;
        QTest::newRow("unknown suffix") << u"3Q"_s;
    }
    void quantity_rejects()
    {
        QFETCH(QString, text);
        QVERIFY(!parseQuantity(text));
    }
};

QTEST_GUILESS_MAIN(TestPlausibility)
#include "tst_plausibility.moc"
