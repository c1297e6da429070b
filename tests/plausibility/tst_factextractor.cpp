// SPDX-License-Identifier: GPL-3.0-or-later
// Training facts proposed from text, in English and Chinese, written for these tests in the way
// model cards state them; the phase each sentence gives; and the claim the check runs on,
// including the cases where it must stay incomplete (an MoE without its active parameters).

#include "catalog/catalog.h"
#include "plausibility/factextractor.h"

#include <QTest>

using namespace ChipTrace;
using namespace ChipTrace::Plausibility;
using namespace Qt::StringLiterals;

namespace {

const TrainingFact *first(const QList<TrainingFact> &facts, FactKind kind)
{
    for (const TrainingFact &f : facts)
        if (f.kind == kind)
            return &f;
    return nullptr;
}

// A model card in our own words, shaped like a large MoE release.
const QString kMoeCard =
    u"Our model is a mixture-of-experts network with 480B total parameters, "
    "of which 30B activated parameters are used per token. We pre-train it "
    "on 12.5 trillion diverse tokens with FP8 mixed precision training. "
    "Pre-training took 1.9M H800 GPU hours. The whole run, including "
    "post-training, used 2.1M GPU hours in total."_s;

} // namespace

class TestFactExtractor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void chipNames_areNotFigures()
    {
        const QList<TrainingFact> facts = extractTrainingFacts(
            u"| Model | A100 GPU hours to train on 300B tokens |\n"
            "You can also train the small model on RTX 3090/4090 GPUs for a few days.\n"_s);
        for (const TrainingFact &f : facts) {
            QVERIFY2(f.kind != FactKind::DeviceHours, qPrintable(f.spelling));
            QVERIFY2(f.kind != FactKind::Devices, qPrintable(f.spelling));
        }
        QVERIFY(first(facts, FactKind::Tokens)); // the 300B tokens are still read
    }

    void afterPretraining_isPostTraining()
    {
        const QList<TrainingFact> facts = extractTrainingFacts(
            u"The stages that follow, run after pre-training, needed only 0.2M GPU hours. "
            "预训练之后的阶段用了10万GPU小时。"_s);
        QList<Phase> phases;
        for (const TrainingFact &f : facts)
            if (f.kind == FactKind::DeviceHours && f.phase)
                phases << *f.phase;
        QCOMPARE(phases, (QList<Phase>{Phase::PostTraining, Phase::PostTraining}));
    }

    void english_moeCard()
    {
        const QList<TrainingFact> facts = extractTrainingFacts(kMoeCard);
        const TrainingFact *active = first(facts, FactKind::ActiveParams);
        QVERIFY(active);
        QCOMPARE(active->value.low, 30e9);
        const TrainingFact *tokens = first(facts, FactKind::Tokens);
        QVERIFY(tokens);
        QCOMPARE(tokens->value.low, 12.5e12);
        QCOMPARE(tokens->phase, std::optional<Phase>(Phase::Pretraining));
        const TrainingFact *hours = first(facts, FactKind::DeviceHours);
        QVERIFY(hours);
        QCOMPARE(hours->value.low, 1.9e6);
        QCOMPARE(hours->phase, std::optional<Phase>(Phase::Pretraining));
        QVERIFY(hours->spelling.contains(u"H800"_s));
        QCOMPARE(kMoeCard.mid(hours->offset, hours->length).trimmed(), hours->spelling);
        const TrainingFact *precision = first(facts, FactKind::Precision);
        QVERIFY(precision);
        QCOMPARE(precision->precision, std::optional<Precision>(Precision::FP8));

        const TrainingClaim claim = claimFromFacts(facts);
        QVERIFY2(claim.cannotAssess().isEmpty(), qPrintable(claim.cannotAssess()));
        QCOMPARE(claim.activeParams->low, 30e9); // not the 480B total
        QCOMPARE(claim.deviceHours->low, 1.9e6); // the pre-training figure, not the total
        QCOMPARE(claim.precision, std::optional<Precision>(Precision::FP8));
        // The total is what a "total" phase gets.
        QCOMPARE(claimFromFacts(facts, Phase::Total).deviceHours->low, 2.1e6);
    }

    void chinese_figures()
    {
        const QString text =
            u"本模型总参数量为2300亿，激活参数210亿。预训练使用了8.1万亿个token，"
            "共消耗约150万H800 GPU小时。"_s;
        const QList<TrainingFact> facts = extractTrainingFacts(text);
        QVERIFY(first(facts, FactKind::ActiveParams));
        QCOMPARE(first(facts, FactKind::ActiveParams)->value.low, 21e9);
        QCOMPARE(first(facts, FactKind::TotalParams)->value.low, 230e9);
        QCOMPARE(first(facts, FactKind::Tokens)->value.low, 8.1e12);
        QCOMPARE(first(facts, FactKind::DeviceHours)->value.low, 1.5e6);
        QCOMPARE(first(facts, FactKind::Tokens)->phase, std::optional<Phase>(Phase::Pretraining));
    }

    void devicesTimesDays()
    {
        const QString text =
            u"The 13B model was trained for 45 days on 512 GPUs over 1.1T tokens."_s;
        const TrainingClaim claim = claimFromFacts(extractTrainingFacts(text));
        QVERIFY(claim.deviceHours);
        QCOMPARE(claim.deviceHours->low, 512.0 * 45 * 24);
        QCOMPARE(claim.activeParams, std::nullopt); // "13B model" states no parameter count
        QVERIFY(claim.cannotAssess().contains(u"param"_s, Qt::CaseInsensitive));
    }

    void zh_devicesTimesDays()
    {
        const QString text = u"我们使用1024张卡训练了30天，共130亿参数，训练数据2T tokens。"_s;
        const TrainingClaim claim = claimFromFacts(extractTrainingFacts(text));
        QVERIFY(claim.deviceHours);
        QCOMPARE(claim.deviceHours->low, 1024.0 * 30 * 24);
        QCOMPARE(claim.activeParams->low, 13e9); // dense: the total is what is active
        QCOMPARE(claim.tokens->low, 2e12);
    }

    void moeWithoutActiveParams_abstains()
    {
        // Using the total of an MoE would overstate the compute and eliminate chips wrongly.
        const QString text =
            u"A sparse mixture-of-experts model with 300B parameters, trained on "
            "10T tokens in 1M GPU hours."_s;
        const TrainingClaim claim = claimFromFacts(extractTrainingFacts(text));
        QCOMPARE(claim.activeParams, std::nullopt);
        QVERIFY(!claim.cannotAssess().isEmpty());
    }

    void notFacts()
    {
        // Device counts outside a training sentence, a model size, a price, a year.
        const QString text =
            u"Serving needs 8 GPUs. Our 7B model costs $2M. See the 2024 report."_s;
        const QList<TrainingFact> facts = extractTrainingFacts(text);
        QVERIFY2(facts.isEmpty(), qPrintable(facts.value(0).spelling));
    }
};

QTEST_GUILESS_MAIN(TestFactExtractor)
#include "tst_factextractor.moc"
