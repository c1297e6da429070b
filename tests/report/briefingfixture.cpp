// SPDX-License-Identifier: GPL-3.0-or-later
#include "briefingfixture.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace ChipTrace::Report;

namespace ChipTrace::Test {

static QDateTime utc(int y, int m, int d, int h = 12)
{
    return QDateTime(QDate(y, m, d), QTime(h, 0), QTimeZone::UTC);
}

static ExportStatus controlled(const QString &eccn)
{
    return {ControlStatus::Controlled, QDate(2024, 6, 1), eccn, u"bis-2023-10"_s,
        u"BIS interim final rule, 17 Oct 2023"_s, u"TPP at or above 4800"_s};
}

static QList<EvidenceItem> coreEvidence()
{
    EvidenceItem nccl{u"E1"_s, u"NCCL is the collective backend"_s,
        u"dist.init_process_group(backend=\"nccl\")"_s, u"vendor = NVIDIA"_s, u"strong"_s, {},
        u"A2"_s, {}, ReviewStatus::Accepted, u"analyst-b"_s, {}, utc(2024, 3, 2), true};
    nccl.citation = {SourceKind::Repository, u"lab/trainer"_s,
        u"https://github.com/example-lab/trainer"_s, u"3f2a9c17d2e4b5a6978877665544332211009988"_s,
        u"src/train.py"_s, 42};
    EvidenceItem claim{u"E2"_s, u"The lab states it trained on H800s"_s, u"使用16卡H800训练"_s,
        u"arch = Hopper"_s, u"proof"_s, {}, u"B3"_s, u"self-report"_s, ReviewStatus::Accepted, {},
        {}, utc(2024, 5, 20), true};
    claim.citation = {
        SourceKind::ArchivedPage, u"Lab blog post"_s, u"https://blog.example-lab.cn/post/7"_s};
    claim.citation.archiveUrl =
        u"https://web.archive.org/web/20240521000000/https://blog.example-lab.cn/post/7"_s;
    claim.citation.capturedAt = utc(2024, 5, 21, 3);
    EvidenceItem paper{u"E3"_s, u"Paper reports 2.788M GPU hours"_s, u"2.788M H800 GPU hours"_s,
        u"memory_gb >= 80"_s, u"strong"_s, {}, u"A2"_s, {}, ReviewStatus::Accepted, {}, {},
        utc(2024, 12, 27), true};
    paper.citation = {
        SourceKind::Paper, u"Technical Report"_s, u"https://arxiv.org/abs/2412.19437"_s};
    paper.citation.authors = u"Example Lab"_s;
    paper.citation.venue = u"arXiv 2024"_s;
    paper.citation.page = 5;
    EvidenceItem ja{u"E4"_s, u"Japanese partner mentions the cluster"_s,
        u"H800クラスタで学習しました"_s, u"vendor = NVIDIA"_s, u"hint"_s, {}, u"D4"_s, {},
        ReviewStatus::Disputed, u"analyst-c"_s,
        {{u"analyst-c"_s, utc(2024, 7, 1), u"The partner may mean inference, not training."_s}},
        utc(2024, 6, 30), true};
    ja.citation = {SourceKind::WebPage, u"Partner news"_s, u"https://partner.example.jp/news/1"_s};
    ja.citation.capturedAt = utc(2024, 7, 1);
    return {nccl, claim, paper, ja};
}

static QList<FunnelStep> funnel()
{
    return {{u"NCCL used for collectives"_s, u"vendor = NVIDIA"_s, {u"E1"_s}, 53, 31,
                {u"MI300X"_s, u"Gaudi 3"_s}},
        {u"bfloat16 training"_s, u"cc >= 8.0"_s, {u"E1"_s}, 31, 19, {u"V100"_s, u"T4"_s}},
        {u"Hopper features (FP8, wgmma)"_s, u"arch = Hopper"_s, {u"E2"_s}, 19, 4,
            {u"A100"_s, u"A800"_s}},
        {u"80 GB memory"_s, u"memory_gb >= 80"_s, {u"E3"_s}, 4, 2, {u"H20"_s, u"H100 PCIe 48G"_s}}};
}

static void addPadding(Briefing &b, int evidenceCount, int findingCount)
{
    for (int i = int(b.evidence.size()) + 1; i <= evidenceCount; ++i) {
        EvidenceItem e{u"E%1"_s.arg(i), u"Signature hit %1: bf16 autocast"_s.arg(i),
            u"torch.autocast(\"cuda\", dtype=torch.bfloat16)  # step %1"_s.arg(i), u"cc >= 8.0"_s,
            u"hint"_s, {}, u"A2"_s, {}, ReviewStatus::Proposed, {}, {}, utc(2024, 1, 1 + i % 28),
            false};
        e.citation = {SourceKind::Repository, u"lab/trainer"_s,
            u"https://github.com/example-lab/trainer"_s, u"%1"_s.arg(i, 40, 16, QLatin1Char('a')),
            u"src/model_%1.py"_s.arg(i), 10 + i};
        b.evidence << e;
    }
    for (int i = 0; i < findingCount; ++i) {
        FindingRow f{u"F%1"_s.arg(i + 1), u"signature"_s, i % 3 ? u"nccl.ib-hca"_s : u"cuda.bf16"_s,
            u"https://github.com/example-lab/trainer"_s,
            u"configs/run_%1.sh"_s.arg(i, 3, 10, QLatin1Char('0')), i + 1,
            u"export NCCL_IB_HCA=mlx5_%1"_s.arg(i % 8), u"strong"_s, u"segment != consumer"_s,
            i != 7, u"%1"_s.arg(i + 1, 40, 16, QLatin1Char('b')), utc(2023, 11, 1 + i % 28)};
        if (!f.atHead) {
            f.removedInCommit = u"deadbeef"_s.repeated(5);
            f.removedDate = utc(2024, 2, 2);
        }
        b.findings << f;
    }
}

Briefing sampleBriefing(int evidenceCount, int findingCount)
{
    Briefing b;
    b.title = u"Which accelerators trained Example-LM 3?"_s;
    b.caseQuestion =
        u"Which accelerators trained Example-LM 3 of Example Lab, and were they export-controlled "
        "when it was trained?"_s;
    b.lab = u"Example Lab (示例实验室)"_s;
    b.model = u"Example-LM 3"_s;
    b.trainingDate = QDate(2024, 6, 1);
    b.author = u"analyst-a"_s;
    b.bottomLine = {{u"H800 SXM5"_s}, Confidence::VeryLikely,
        u"The lab's own claim and three independent code signatures agree."_s,
        controlled(u"3A090.a"_s),
        u"Example-LM 3 was very likely trained on NVIDIA H800 SXM5 accelerators, which were "
        "export-controlled at the training date."_s};
    b.catalogSize = 53;
    b.funnel = funnel();
    b.candidates = {{u"H800 SXM5"_s, u"NVIDIA"_s, u"Hopper"_s, u"most likely"_s,
                        controlled(u"3A090.a"_s), {u"E2"_s}},
        {u"H100 SXM5"_s, u"NVIDIA"_s, u"Hopper"_s, u"possible"_s, controlled(u"3A090.a"_s), {}}};
    b.evidence = coreEvidence();
    b.timeline = {{utc(2023, 11, 1), u"NCCL InfiniBand settings added"_s, u"configs/run_000.sh"_s,
                      u"E1"_s, false},
        {utc(2024, 2, 2), u"IB settings deleted from configs/run_007.sh"_s, {}, {}, true},
        {utc(2024, 5, 20), u"Blog post: 使用16卡H800训练"_s, {}, u"E2"_s, false}};
    b.method = {
        u"Signatures from code narrow the catalog step by step (Gupta, Walker, Reddie, 2024)."_s,
        u"Only accepted evidence narrows the funnel; disputed evidence is listed separately."_s};
    b.limits = {u"Code shows what a lab's software supports, not what it ran on."_s,
        u"Claims are self-reported and may be inaccurate."_s};
    b.sources = {
        {u"S1"_s, u"repository"_s, u"lab/trainer"_s, u"https://github.com/example-lab/trainer"_s,
            utc(2024, 7, 2), u"3f2a9c17d2e4b5a6978877665544332211009988"_s},
        {u"S2"_s, u"archived page"_s, u"Lab blog post"_s, u"blog-post-7.warc.gz"_s,
            utc(2024, 5, 21, 3),
            u"9c56cc51b374c3ba189210d5b6d4bf57790d351c96c47c02190ecf1e430635ab"_s}};
    b.provenance = {u"0.1.0"_s, u"catalog-2026.11"_s, u"rules-2026.10"_s,
        {u"nccl 3"_s, u"cuda-arch 2"_s}, u"example.chiptrace"_s, u"case-42"_s, utc(2026, 11, 20, 9),
        u"analyst-a"_s, {}, {}};
    addPadding(b, evidenceCount, findingCount);
    return b;
}

} // namespace ChipTrace::Test
