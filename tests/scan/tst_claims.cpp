// SPDX-License-Identifier: GPL-3.0-or-later
// Claims: chips named in English, Chinese and Japanese prose resolve to catalog names, with the
// scope the sentence gives; spellings that are not chips resolve to nothing and are dropped.
// Real forms: counts glued on, table cells under a GPU header, paths, hosts and partitions,
// nvidia-smi rows; every chip of a sentence in one claim; the traps real repositories hold
// (dataset files, tokens inside longer words, short names that are also engines or water)
// refused. Every text here is written for the test, not taken from a lab's repository.

#include "scan/claimextractor.h"
#include "scan/contentscanner.h"
#include "signatures/signaturepack.h"

#include <QTest>

using namespace ChipTrace::Scan;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ChipTrace::Scan::ClaimScope)
Q_DECLARE_METATYPE(ChipTrace::Scan::ClaimForm)

class TestClaims : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void extract_resolvesChipAndScope_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("chip"); // a resolved catalog name expected among the chips
        QTest::addColumn<int>("chipCount"); // how many names the spelling resolves to
        QTest::addColumn<ClaimScope>("scope");
        QTest::newRow("gpu hours")
            << u"DeepSeek-V3 requires only 2.788M H800 GPU hours for its full training."_s
            << u"H800 SXM5"_s << 1 << ClaimScope::Training;
        QTest::newRow("zh cards") << u"我们使用16卡H800完成了预训练。"_s << u"H800 SXM5"_s << 1
                                  << ClaimScope::Training;
        QTest::newRow("bare geforce number")
            << u"Fine-tuning fits on a single 4090 GPU."_s << u"GeForce RTX 4090"_s << 1
            << ClaimScope::FineTuning;
        QTest::newRow("ascend npu, zh") << u"本模型已支持基于昇腾 NPU 的微调。"_s
                                        << u"Ascend 910B"_s << 3 << ClaimScope::FineTuning;
        QTest::newRow("ascend npu, en") << u"Pre-training ran on Ascend NPUs."_s << u"Ascend 910"_s
                                        << 3 << ClaimScope::Training;
        QTest::newRow("memory suffix")
            << u"fine-tunes LLaMA-7B on a machine with 4 A100-80G GPUs."_s << u"A100 80GB"_s << 1
            << ClaimScope::FineTuning;
        QTest::newRow("sxm4 80g") << u"QLora fine-tuning on a single A100-SXM4-80G GPU."_s
                                  << u"A100 80GB"_s << 1 << ClaimScope::FineTuning;
        QTest::newRow("dgx 40g") << u"GLM-130B的预训练持续了60天，使用96个DGX-A100（40G）节点"_s
                                 << u"A100 40GB"_s << 1 << ClaimScope::Training;
        QTest::newRow("ascend zh")
            << u"在1536颗昇腾910上训练"_s << u"Ascend 910"_s << 1 << ClaimScope::Training;
        QTest::newRow("ascend en") << u"trained on a cluster of 1,536 Ascend 910 AI Processors"_s
                                   << u"Ascend 910"_s << 1 << ClaimScope::Training;
        QTest::newRow("ja") << u"H100 を 512 基使って事前学習を行いました。"_s
                            << u"H100 SXM5 80GB"_s << 3 << ClaimScope::Training;
        QTest::newRow("deployment") << u"BF16 requires 16 H20 GPUs for deployment."_s << u"H20"_s
                                    << 1 << ClaimScope::Deployment;
        QTest::newRow("inference") << u"we utilize 8 NVIDIA A100-PCIE-40GB GPUs for inference."_s
                                   << u"A100 40GB"_s << 1 << ClaimScope::Inference;
        QTest::newRow("benchmark") << u"achieving up to 660 TFlops on NVIDIA H800 SXM5 GPUs"_s
                                   << u"H800 SXM5"_s << 1 << ClaimScope::Benchmark;
        QTest::newRow("unknown scope")
            << u"| GPU | A800 |"_s << u"A800"_s << 1 << ClaimScope::Unknown;
        QTest::newRow("h100 pcie")
            << u"Tested on H100 PCIe cards."_s << u"H100 PCIe 80GB"_s << 1 << ClaimScope::Benchmark;
        QTest::newRow("mi300x") << u"We pre-trained on AMD Instinct MI300X accelerators."_s
                                << u"Instinct MI300X"_s << 1 << ClaimScope::Training;
        // Counts and units glued to the chip, in Chinese and English.
        QTest::newRow("zh glued count")
            << u"基座模型用96张A800训练了两个月"_s << u"A800"_s << 1 << ClaimScope::Training;
        QTest::newRow("zh blocks")
            << u"预训练阶段共使用1024块H800"_s << u"H800 SXM5"_s << 1 << ClaimScope::Training;
        QTest::newRow("x count") << u"pretraining cluster: 64xH100"_s << u"H100 SXM5 80GB"_s << 3
                                 << ClaimScope::Training;
        QTest::newRow("star count")
            << u"推理只需 4*A800 即可"_s << u"A800"_s << 1 << ClaimScope::Inference;
        QTest::newRow("count after")
            << u"SFT ran on H800x16 for a day"_s << u"H800 SXM5"_s << 1 << ClaimScope::FineTuning;
        QTest::newRow("lower memory")
            << u"我们在H800-80g上做了全参微调"_s << u"H800 SXM5"_s << 1 << ClaimScope::FineTuning;
        QTest::newRow("plural") << u"The reward model was trained on A100s."_s << u"A100 80GB"_s
                                << 2 << ClaimScope::Training;
        QTest::newRow("glued gpu")
            << u"单机8卡A100GPU部署"_s << u"A100 40GB"_s << 2 << ClaimScope::Deployment;
        QTest::newRow("atlas a2") << u"模型在Atlas 800T A2集群上完成预训练"_s << u"Ascend 910B"_s
                                  << 1 << ClaimScope::Training;
        QTest::newRow("ja inference")
            << u"A800 を 2 枚使って推論します。"_s << u"A800"_s << 1 << ClaimScope::Inference;
        QTest::newRow("ja benchmark")
            << u"H20 GPU でのベンチマーク結果"_s << u"H20"_s << 1 << ClaimScope::Benchmark;
        QTest::newRow("zh speed") << u"在单卡L20上测试生成速度"_s << u"L20"_s << 1
                                  << ClaimScope::Inference;
        QTest::newRow("l4 with gpu") << u"The demo is served from one NVIDIA L4."_s << u"L4"_s << 1
                                     << ClaimScope::Deployment;
        QTest::newRow("t4 colab") << u"Runs inference on a free Colab T4."_s << u"T4"_s << 1
                                  << ClaimScope::Inference;
        QTest::newRow("ja scope is context")
            << u"推論にはL20を使いました。"_s << u"L20"_s << 1 << ClaimScope::Inference;
        QTest::newRow("a100 is not a10") << u"Measured throughput on one A100 card"_s
                                         << u"A100 40GB"_s << 2 << ClaimScope::Benchmark;
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
        QVERIFY2(claims[0].chips.contains(chip),
            qPrintable(claims[0].spelling + u" -> "_s + claims[0].chips.join(u"; "_s)));
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
        QTest::newRow("mmlu") << u"CMMLU 370 questions, MMLU 290 subjects"_s;
        QTest::newRow("output") << u"OUTPUT v4 of the parser, throughput v5e"_s;
        QTest::newRow("spotlight") << u".Spotlight-V100\n.DocumentRevisions-V100/"_s;
        QTest::newRow("gpt4") << u"Compared with GPT4 and T4Rec on the GPU leaderboard"_s;
        QTest::newRow("l4 engine") << u"The L4 engine delivers 241 hp and pulls hard."_s;
        QTest::newRow("l4 autonomy") << u"L4 级自动驾驶将在明年量产"_s;
        QTest::newRow("water") << u"Add 50 ml of H20 and stir."_s;
        QTest::newRow("road test") << u"测试路线经过A10公路，速度很快"_s;
        QTest::newRow("road") << u"Take the A10 towards the coast."_s;
        QTest::newRow("model name") << u"the T4 template of the tokenizer"_s;
        QTest::newRow("url")
            << u"# peak flops: see https://example.com/datacenter/a100/pdf/sheet.pdf"_s;
        QTest::newRow("markdown link") << u"[datasheet](https://example.com/h800/spec)"_s;
        QTest::newRow("not supported, en")
            << u"Requires bf16: V100, Turing and older GPU architectures are not supported."_s;
        QTest::newRow("not supported, zh") << u"需要BF16推理：V100，20以及更老的GPU架构不受支持"_s;
        QTest::newRow("does not support") << u"The fused kernel does not support V100."_s;
        QTest::newRow("spreadsheet range")
            << u"Sum the GPU costs in the range A1:A100 and B2:H20."_s;
        QTest::newRow("a number") << u"Warm up for 3090 steps, then 4090 more."_s;
        QTest::newRow("base64 image")
            << u"\"image/png\": \"iVBORw0KGgoAAAANSUhEUgAAB8IAABE/CAYAAABaf5+T4/UPAAAAOXRFWHRTb2Z0d2FyZQ\""_s;
    }

    void extract_dropsNonChips()
    {
        QFETCH(QString, text);
        QCOMPARE(ClaimExtractor().extract(text).size(), 0);
    }

    // "16 H800 or H20 GPUs" is two chips: one claim names every chip of its sentence.
    void extract_namesEveryChipOfTheSentence_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("chips");
        QTest::addColumn<ClaimScope>("scope");
        QTest::newRow("or") << u"Pre-training used 16 H800 or H20 GPUs per job."_s
                            << QStringList{u"H800 SXM5"_s, u"H20"_s} << ClaimScope::Training;
        QTest::newRow("slash") << u"Benchmarked on A100/H800."_s
                               << QStringList{u"A100 40GB"_s, u"A100 80GB"_s, u"H800 SXM5"_s}
                               << ClaimScope::Benchmark;
        QTest::newRow("zh list") << u"支持在H800、H20和A800上部署"_s
                                 << QStringList{u"H800 SXM5"_s, u"H20"_s, u"A800"_s}
                                 << ClaimScope::Deployment;
        QTest::newRow("l4 beside a chip")
            << u"Inference on A800 / L4"_s << QStringList{u"A800"_s, u"L4"_s}
            << ClaimScope::Inference;
        // A negation with its own object speaks of that object only; a threshold stays a claim.
        QTest::newRow("supported, then not")
            << u"支持在A100、H800上部署，不支持V100。"_s
            << QStringList{u"A100 40GB"_s, u"A100 80GB"_s, u"H800 SXM5"_s}
            << ClaimScope::Deployment;
        // Three chips in a training sentence are a list of supported cards, not a training run.
        QTest::newRow("list of examples")
            << u"The optional kernel speeds up training on recent cards such as H800, L4 or T4."_s
            << QStringList{u"H800 SXM5"_s, u"L4"_s, u"T4"_s} << ClaimScope::Unknown;
    }
    void extract_namesEveryChipOfTheSentence()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, chips);
        QFETCH(ClaimScope, scope);
        const QList<Claim> claims = ClaimExtractor().extract(text);
        QCOMPARE(claims.size(), 1);
        QCOMPARE(claims[0].chips, chips);
        QCOMPARE(claims[0].scope, scope);
        QVERIFY(claims[0].mentions.size() >= 2);
        QCOMPARE(text.mid(claims[0].offset, claims[0].length), claims[0].spelling);
    }

    // Where the chip is named decides the form and where the scope comes from.
    void extract_readsForms_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("chip");
        QTest::addColumn<ClaimForm>("form");
        QTest::addColumn<ClaimScope>("scope");
        QTest::newRow("markdown row under header")
            << u"| Stage | GPU | Days |\n|---|---|---|\n| Pre-training | A800 | 40 |\n"_s
            << u"A800"_s << ClaimForm::Table << ClaimScope::Training;
        QTest::newRow("header names the chip")
            << u"### Serving speed\nTokens per second when deploying with vLLM.\n\n| Model | GPUs (H20) | batch |\n|--|--|--|\n| big | 16 | 1 |\n"_s
            << u"H20"_s << ClaimForm::Table << ClaimScope::Deployment;
        QTest::newRow("gpu column makes l4 a chip")
            << u"| Demo | GPU |\n| --- | --- |\n| chat | L4 |"_s << u"L4"_s << ClaimForm::Table
            << ClaimScope::Unknown;
        QTest::newRow("html cell")
            << u"<h3>Inference memory</h3>\n<table>\n<tr><th>Model</th><th>Memory</th></tr>\n"
               "<tr>\n<td>70B</td>\n<td>150GB (2xA100)</td>\n</tr>\n</table>"_s
            << u"A100 40GB"_s << ClaimForm::Table << ClaimScope::Inference;
        QTest::newRow("relative path") << u"save_dir: ./h800_runs/stage2"_s << u"H800 SXM5"_s
                                       << ClaimForm::Path << ClaimScope::Unknown;
        QTest::newRow("path") << u"CKPT=/mnt/h800-pool/exp3/ckpt"_s << u"H800 SXM5"_s
                              << ClaimForm::Path << ClaimScope::Unknown;
        QTest::newRow("host") << u"ssh gpu-a100-12 nvidia-smi"_s << u"A100 80GB"_s
                              << ClaimForm::Host << ClaimScope::Unknown;
        QTest::newRow("partition") << u"#SBATCH --partition=h800"_s << u"H800 SXM5"_s
                                   << ClaimForm::Partition << ClaimScope::Unknown;
        QTest::newRow("partition l4") << u"srun -p l4 python serve.py"_s << u"L4"_s
                                      << ClaimForm::Partition << ClaimScope::Deployment;
        QTest::newRow("nvidia-smi row")
            << u"|   3  NVIDIA A800-SXM4-80GB          On  | 00000000:3D:00.0 Off |   0 |"_s
            << u"A800"_s << ClaimForm::Log << ClaimScope::Unknown;
    }
    void extract_readsForms()
    {
        QFETCH(QString, text);
        QFETCH(QString, chip);
        QFETCH(ClaimForm, form);
        QFETCH(ClaimScope, scope);
        const QList<Claim> claims = ClaimExtractor().extract(text);
        QCOMPARE(claims.size(), 1);
        QVERIFY2(claims[0].chips.contains(chip), qPrintable(claims[0].chips.join(u"; "_s)));
        QCOMPARE(claims[0].form, form);
        QCOMPARE(claims[0].scope, scope);
    }

    // Through the content scanner: where a file sits decides whether it may claim at all.
    void scanner_claimsOnlyWhereALabSpeaks_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("content");
        QTest::addColumn<QStringList>("chips"); // of the one expected claim; empty = no claim
        QTest::newRow("car article in data")
            << u"examples/data/car_reviews.json"_s
            << u"{\"text\": \"The L4 engine and the rtx4090 graphics card in the dash\"}"_s
            << QStringList{};
        QTest::newRow("gaming card in corpus")
            << u"corpus/reviews.txt"_s << u"This GeForce RTX 4090 runs every game at 4K."_s
            << QStringList{};
        QTest::newRow("test fixture")
            << u"tests/fixtures/readme.md"_s << u"Trained on 8 H800 GPUs."_s << QStringList{};
        QTest::newRow("cpp device table")
            << u"src/devices.cpp"_s << u"// A100 and H100\n{\"A100\", 312},"_s << QStringList{};
        QTest::newRow("python string")
            << u"utils/flops.py"_s << u"if \"a100\" in name:\n    peak = 312"_s << QStringList{};
        QTest::newRow("readme two chips") << u"README.md"_s << u"Served on 16 H800 or H20 GPUs."_s
                                          << QStringList{u"H800 SXM5"_s, u"H20"_s};
        QTest::newRow("two sentences one line")
            << u"docs/setup.md"_s << u"Trained on A800. Served on H20 GPUs."_s
            << QStringList{u"A800"_s, u"H20"_s};
        QTest::newRow("python comment")
            << u"train.py"_s << u"import torch\n# tuned for 8x A800 nodes\n"_s
            << QStringList{u"A800"_s};
        QTest::newRow("slurm partition")
            << u"scripts/pretrain.sh"_s << u"#!/bin/bash\n#SBATCH --partition=h800\n"_s
            << QStringList{u"H800 SXM5"_s};
        QTest::newRow("kept log")
            << u"logs/node0.log"_s
            << u"|   0  NVIDIA H800 80GB HBM3          On  | 00000000:18:00.0 Off |"_s
            << QStringList{u"H800 SXM5"_s};
        QTest::newRow("notebook markdown cell")
            << u"finetune/lora_demo.ipynb"_s
            << u"{\n \"cells\": [\n  {\n   \"cell_type\": \"markdown\",\n   \"metadata\": {},\n"
               "   \"source\": [\n    \"# LoRA fine-tuning on one A800 80G card\\n\"\n   ]\n  },\n"
               "  {\n   \"cell_type\": \"code\",\n   \"source\": [\n    \"gpu = 'h100'\\n\"\n   ]\n  }\n ]\n}\n"_s
            << QStringList{u"A800"_s};
        QTest::newRow("notebook runtime metadata")
            << u"finetune/demo.ipynb"_s
            << u"{\n \"cells\": [\n  {\n   \"cell_type\": \"markdown\",\n   \"source\": [\n"
               "    \"# Fine-tuning demo\\n\"\n   ]\n  }\n ],\n \"metadata\": {\n"
               "  \"accelerator\": \"GPU\",\n  \"gpuType\": \"V100\"\n }\n}\n"_s
            << QStringList{};
        QTest::newRow("gitignore junk")
            << u".gitignore"_s << u".Spotlight-V100\n.Trashes\n"_s << QStringList{};
    }
    void scanner_claimsOnlyWhereALabSpeaks()
    {
        QFETCH(QString, path);
        QFETCH(QString, content);
        QFETCH(QStringList, chips);
        static const auto scanner = [] {
            auto packs = ChipTrace::Signatures::SignaturePack::builtin();
            if (!packs)
                qFatal("builtin packs: %s", qPrintable(packs.message()));
            auto matcher = Matcher::compile(ChipTrace::Signatures::allRules(*packs));
            if (!matcher)
                qFatal("matcher: %s", qPrintable(matcher.message()));
            return std::make_shared<ContentScanner>(*matcher, std::make_shared<ClaimExtractor>());
        }();
        QList<Finding> claims = scanner->scan(path, content.toUtf8());
        claims.removeIf([](const Finding &f) { return f.kind != FindingKind::Claim; });
        if (chips.isEmpty()) {
            QVERIFY2(claims.isEmpty(), qPrintable(claims.value(0).match));
            return;
        }
        QCOMPARE(claims.size(), 1);
        QCOMPARE(claims[0].chips, chips);
        QCOMPARE(claims[0].text.mid(claims[0].column - 1, claims[0].length), claims[0].match);
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
