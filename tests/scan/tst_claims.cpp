// Claims: chips named in English, Chinese and Japanese prose resolve to catalog names, with the
// scope the sentence gives; spellings that are not chips resolve to nothing and are dropped.

#include "scan/claimextractor.h"

#include <QTest>

using namespace ChipTrace::Scan;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ChipTrace::Scan::ClaimScope)

class TestClaims : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void extract_resolvesChipAndScope_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("chip");   // a resolved catalog name expected among the chips
        QTest::addColumn<int>("chipCount"); // how many names the spelling resolves to
        QTest::addColumn<ClaimScope>("scope");
        QTest::newRow("gpu hours") << u"DeepSeek-V3 requires only 2.788M H800 GPU hours for its full training."_s
                                   << u"H800 SXM5"_s << 1 << ClaimScope::Training;
        QTest::newRow("zh cards") << u"我们使用16卡H800完成了预训练。"_s << u"H800 SXM5"_s << 1 << ClaimScope::Training;
        QTest::newRow("memory suffix") << u"fine-tunes LLaMA-7B on a machine with 4 A100-80G GPUs."_s
                                       << u"A100 80GB"_s << 1 << ClaimScope::FineTuning;
        QTest::newRow("sxm4 80g") << u"QLora fine-tuning on a single A100-SXM4-80G GPU."_s
                                  << u"A100 80GB"_s << 1 << ClaimScope::FineTuning;
        QTest::newRow("dgx 40g") << u"GLM-130B的预训练持续了60天，使用96个DGX-A100（40G）节点"_s
                                 << u"A100 40GB"_s << 1 << ClaimScope::Training;
        QTest::newRow("ascend zh") << u"在1536颗昇腾910上训练"_s << u"Ascend 910"_s << 1 << ClaimScope::Training;
        QTest::newRow("ascend en") << u"trained on a cluster of 1,536 Ascend 910 AI Processors"_s
                                   << u"Ascend 910"_s << 1 << ClaimScope::Training;
        QTest::newRow("ja") << u"H100 を 512 基使って事前学習を行いました。"_s << u"H100 SXM5 80GB"_s << 3 << ClaimScope::Training;
        QTest::newRow("deployment") << u"BF16 requires 16 H20 GPUs for deployment."_s << u"H20"_s << 1 << ClaimScope::Deployment;
        QTest::newRow("inference") << u"we utilize 8 NVIDIA A100-PCIE-40GB GPUs for inference."_s
                                   << u"A100 40GB"_s << 1 << ClaimScope::Inference;
        QTest::newRow("benchmark") << u"achieving up to 660 TFlops on NVIDIA H800 SXM5 GPUs"_s << u"H800 SXM5"_s << 1
                                   << ClaimScope::Benchmark;
        QTest::newRow("unknown scope") << u"| GPU | A800 |"_s << u"A800"_s << 1
                                       << ClaimScope::Unknown;
        QTest::newRow("h100 pcie") << u"Tested on H100 PCIe cards."_s << u"H100 PCIe 80GB"_s << 1 << ClaimScope::Benchmark;
        QTest::newRow("mi300x") << u"We pre-trained on AMD Instinct MI300X accelerators."_s << u"Instinct MI300X"_s << 1
                                << ClaimScope::Training;
    }

    void extract_resolvesChipAndScope()
    {
        QFETCH(QString, text);
        QFETCH(QString, chip);
        QFETCH(int, chipCount);
        QFETCH(ClaimScope, scope);
        const ClaimExtractor extractor;
        const QList<Claim> claims = extractor.extract(text);
        QCOMPARE(claims.size(), 1);
        QVERIFY2(claims[0].chips.contains(chip), qPrintable(claims[0].spelling + u" -> "_s + claims[0].chips.join(u"; "_s)));
        QCOMPARE(claims[0].chips.size(), chipCount);
        QCOMPARE(claims[0].scope, scope);
        QCOMPARE(text.mid(claims[0].offset, claims[0].length), claims[0].spelling);
    }

    void extract_dropsNonChips_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("vitamin") << u"Take B12 daily."_s;
        QTest::newRow("hex") << u"colour 0xA100 is fine"_s;
        QTest::newRow("model size") << u"a 7B model with L2 regularisation"_s;
        QTest::newRow("inside word") << u"The XH800 router"_s;
    }

    void extract_dropsNonChips()
    {
        QFETCH(QString, text);
        QCOMPARE(ClaimExtractor().extract(text).size(), 0);
    }

    void extract_usesTheGivenResolver()
    {
        int calls = 0;
        const ClaimExtractor extractor([&calls](const QString &spelling) {
            ++calls;
            return spelling == u"H800" ? QStringList{u"Catalog H800"_s} : QStringList{};
        });
        const auto claims = extractor.extract(u"512 H800 GPUs and 8 A100 GPUs"_s);
        QCOMPARE(calls, 2);
        QCOMPARE(claims.size(), 1);
        QCOMPARE(claims[0].chips, QStringList{u"Catalog H800"_s});
    }
};

QTEST_GUILESS_MAIN(TestClaims)
#include "tst_claims.moc"
