// SPDX-License-Identifier: GPL-3.0-or-later
// The assessment on the traps of issue 13, with findings made in the tests' own words: NCCL with
// InfiniBand settings and bf16 in the lab's launch scripts narrows to datacenter NVIDIA, Ampere or
// newer; a first-party training claim ranks its chip first; NVIDIA training code beside an Ascend
// portability guide stays NVIDIA with Huawei shown as a competing hypothesis; a chip named in a
// data file is no evidence; a conflicting strong step is shown with what it conflicts with; and
// a case built from the same scan reaches the same answer.

#include "assess/assessment.h"
#include "assessfixtures.h"
#include "casefile/casetypes.h"
#include "catalog/catalog.h"
#include "evidence/scanimport.h"

#include <QTest>

using namespace ChipTrace;
using namespace ChipTrace::Assess;
using namespace Qt::StringLiterals;

namespace {

using Test::claim;
using Test::signature;

QString idOf(const QString &name)
{
    const auto chips = Catalog::Catalog::builtin().resolve(name);
    return chips.isEmpty() ? QString() : chips.first()->id;
}

QStringList candidateIds(const Assessment &a)
{
    QStringList out;
    for (const RankedCandidate &c : a.candidates)
        out << c.chipId;
    return out;
}

const Hypothesis *hypothesis(const Assessment &a, const QString &id)
{
    for (const Hypothesis &h : a.hypotheses)
        if (h.id == id)
            return &h;
    return nullptr;
}

int vendorRank(const Assessment &a, const QString &vendor)
{
    int rank = 0;
    for (const Hypothesis &h : a.hypotheses)
        if (h.level == u"vendor") {
            ++rank;
            if (h.label == vendor)
                return rank;
        }
    return -1;
}

// The paper's case, in brief: NCCL in the trainer, RDMA settings in the launcher, bf16 in the
// DeepSpeed config.
QList<Scan::Finding> paperCase()
{
    return {signature(u"nccl-backend"_s, u"train/pretrain.py"_s, ChipTrace::HitContext::Code, 40),
        signature(u"nccl-ib-hca"_s, u"train/launch_multinode.sh"_s, ChipTrace::HitContext::Code, 7),
        signature(u"nccl-gdr"_s, u"train/launch_multinode.sh"_s, ChipTrace::HitContext::Code, 8),
        signature(
            u"nccl-roce-v2"_s, u"train/launch_multinode.sh"_s, ChipTrace::HitContext::Code, 9),
        signature(u"prec-bf16"_s, u"train/ds_zero3.json"_s, ChipTrace::HitContext::String, 12)};
}

} // namespace

class TestAssessment : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(Catalog::Catalog::builtinError().isEmpty());
        QVERIFY(!idOf(u"V100"_s).isEmpty());
        QVERIFY(!idOf(u"T4"_s).isEmpty());
        QVERIFY(!idOf(u"H800"_s).isEmpty());
    }

    void trap_ncclIbBf16_narrowsToDatacenterAmpereOrNewer()
    {
        const Assessment a = assessFindings(paperCase());
        const QStringList ids = candidateIds(a);
        QVERIFY2(ids.size() <= 25, qPrintable(QString::number(ids.size())));
        QVERIFY(!ids.isEmpty());
        QVERIFY(!ids.contains(idOf(u"V100"_s)));
        QVERIFY(!ids.contains(idOf(u"T4"_s)));
        for (const RankedCandidate &c : a.candidates) {
            QCOMPARE(c.vendor, u"NVIDIA"_s);
            QCOMPARE(c.segment, u"datacenter"_s);
        }
        // Three combined strong steps, each resting on the findings it names.
        QStringList fired;
        for (const StepReport &s : a.steps)
            if (s.item >= 0 && a.items[s.item].kind == ItemKind::Combination
                && s.status == Funnel::StepStatus::Applied)
                fired << a.items[s.item].id;
        QCOMPARE(fired.size(), 3);
        for (const Item &item : a.items)
            if (item.id == u"combination:nvidia-rdma-datacenter")
                QCOMPARE(item.restsOn.size(), 3);
        QCOMPARE(a.answer.facets.first().level, u"vendor"_s);
        QCOMPARE(a.answer.facets.first().value, u"NVIDIA"_s);
        QVERIFY(int(a.answer.facets.first().likelihood) <= int(Likelihood::VeryLikely));
        // Many chips left: the answer is not a chip, and no candidate is called likely.
        QVERIFY(a.answer.level != u"chip");
        for (const RankedCandidate &c : a.candidates)
            QCOMPARE(likelihoodName(c.likelihood), likelihoodName(Likelihood::Unlikely));
        QVERIFY(!a.answer.statement.contains(u"most likely"_s));
    }

    void trap_hintsAlone_concludeNothing()
    {
        // The same signals at sites that do not speak for training: a README and a test.
        const QList<Scan::Finding> findings{signature(u"nccl-backend"_s, u"tests/test_dist.py"_s),
            signature(u"prec-bf16"_s, u"inference/generate.py"_s)};
        const Assessment a = assessFindings(findings);
        QCOMPARE(a.answer.level, u"none"_s);
        QCOMPARE(likelihoodName(a.answer.likelihood), likelihoodName(Likelihood::Undetermined));
        QCOMPARE(a.candidates.size(), qsizetype(a.catalogSize));
    }

    void trap_trainingClaim_ranksClaimedChipFirst()
    {
        QList<Scan::Finding> findings = paperCase();
        findings << claim({u"H800"_s}, Scan::ClaimScope::Training, u"README.md"_s, 30)
                 << claim({u"H800"_s, u"H20"_s}, Scan::ClaimScope::Deployment, u"README.md"_s, 80)
                 << claim({u"H20"_s}, Scan::ClaimScope::FineTuning, u"docs/finetune.md"_s, 5);
        const Assessment a = assessFindings(findings);
        QVERIFY(!a.candidates.isEmpty());
        QVERIFY2(
            a.candidates.first().name.contains(u"H800"_s), qPrintable(a.candidates.first().name));
        QVERIFY(a.candidates.first().claimed);
        QVERIFY(a.claimAgrees);
        QCOMPARE(a.answer.level, u"chip"_s);
        QVERIFY(int(a.answer.likelihood) <= int(Likelihood::VeryLikely));
        QVERIFY(a.answer.statement.contains(u"agree"_s));
        // Deployment and fine-tuning claims: the lab has H20, shown as such, not as training.
        bool h20 = false;
        for (const LabHas &l : a.labAlsoHas)
            h20 = h20 || l.chipId == idOf(u"H20"_s);
        QVERIFY(h20);
        QVERIFY(!a.claimedTraining.contains(idOf(u"H20"_s)));
        const int h20Rank = int(candidateIds(a).indexOf(idOf(u"H20"_s)));
        QVERIFY(h20Rank != 0);
    }

    void trainingClaims_areOneStepThatEliminates()
    {
        // The current model card names H100; an older version of it, replaced in history, named
        // A100. Both are training claims; the current one ranks first, and the claims step
        // removes what neither names (no other vendor's code is in play).
        QList<Scan::Finding> findings{
            signature(u"nccl-backend"_s, u"train/pretrain.py"_s, ChipTrace::HitContext::Code, 3)};
        findings << claim(
            {u"H100 SXM5 80GB"_s}, Scan::ClaimScope::Training, u"MODEL_CARD.md"_s, 86);
        Scan::Finding old =
            claim({u"A100 80GB"_s}, Scan::ClaimScope::Training, u"MODEL_CARD.md"_s, 43);
        old.atHead = false;
        findings << old;
        const Assessment a = assessFindings(findings);
        const QStringList ids = candidateIds(a);
        QCOMPARE(a.candidates.first().chipId, idOf(u"H100 SXM5 80GB"_s));
        QVERIFY(ids.contains(idOf(u"A100 80GB"_s)));
        QVERIFY(!ids.contains(idOf(u"V100"_s)));
        QVERIFY(!ids.contains(idOf(u"MI250X"_s)));
        QCOMPARE(a.steps.first().constraint.left(6), u"id in "_s);
        QVERIFY(a.claimDisputed.isEmpty());
    }

    void trainingClaim_keptAgainstCodeThatDisagrees_andTheDisagreementIsShown()
    {
        // The lab says, twice, that it trained on Ascend 910; its fine-tuning scripts use NCCL
        // with RDMA settings (a port to NVIDIA). The claimed chip stays first, NVIDIA competes,
        // and the answer says that claim and code disagree instead of choosing silently.
        QList<Scan::Finding> findings{
            signature(u"nccl-backend"_s, u"scripts/finetune.py"_s, ChipTrace::HitContext::Code, 5),
            signature(u"nccl-ib-hca"_s, u"scripts/finetune.sh"_s, ChipTrace::HitContext::Code, 7),
            signature(u"nccl-gdr"_s, u"scripts/finetune.sh"_s, ChipTrace::HitContext::Code, 8)};
        findings << claim({u"Ascend 910"_s}, Scan::ClaimScope::Training, u"README.md"_s, 30)
                 << claim({u"Ascend 910"_s}, Scan::ClaimScope::Training, u"README_zh.md"_s, 28);
        const Assessment a = assessFindings(findings);
        QCOMPARE(a.candidates.first().chipId, idOf(u"Ascend 910"_s));
        QVERIFY(!a.claimAgrees);
        QCOMPARE(a.claimDisputed, QStringList{idOf(u"Ascend 910"_s)});
        QCOMPARE(vendorRank(a, u"Huawei"_s), 1);
        QVERIFY(vendorRank(a, u"NVIDIA"_s) > 1);
        QVERIFY(a.answer.statement.contains(u"disagree"_s));
        QVERIFY(int(a.answer.likelihood) >= int(Likelihood::Likely)); // never surer than likely
        bool noted = false;
        for (const StepReport &s : a.steps)
            noted = noted || s.note.contains(u"disagrees with the lab's training claim"_s);
        QVERIFY(noted);
    }

    void trainingClaim_doesNotSilenceAnotherVendorsTrainingCode()
    {
        // Training documented on A100; the lab's own launcher for another cluster sets up ROCm:
        // the claim narrows NVIDIA, AMD's chips stay for its own evidence.
        QList<Scan::Finding> findings{signature(
            u"rocm-stack"_s, u"scripts/launch_cluster.sh"_s, ChipTrace::HitContext::Code, 4)};
        findings << claim({u"A100 40GB"_s}, Scan::ClaimScope::Training, u"configs/big.yml"_s, 1);
        const Assessment a = assessFindings(findings);
        const QStringList ids = candidateIds(a);
        QCOMPARE(a.candidates.first().chipId, idOf(u"A100 40GB"_s));
        QVERIFY(ids.contains(idOf(u"MI250X"_s)));
        QVERIFY(!ids.contains(idOf(u"H100 SXM5 80GB"_s)));
    }

    void unmergedLines_areNotTheLabsOwnWord()
    {
        // An outsider's pull request that never reached HEAD adds a training claim and NCCL
        // settings: shown as what someone wrote, never as the lab's training evidence.
        Scan::Finding claimed =
            claim({u"H100 SXM5 80GB"_s}, Scan::ClaimScope::Training, u"README_port.md"_s, 3);
        Scan::Finding nccl = signature(u"nccl-backend"_s, u"train/train.py"_s);
        Scan::Finding launch = signature(u"nccl-env-generic"_s, u"scripts/launch.sh"_s);
        for (Scan::Finding *f : {&claimed, &nccl, &launch}) {
            f->atHead = false;
            f->unmerged = true;
        }
        const Assessment a = assessFindings({claimed, nccl, launch});
        QVERIFY(a.claimedTraining.isEmpty());
        QCOMPARE(a.candidates.size(), qsizetype(a.catalogSize));
        for (const Item &item : a.items)
            QVERIFY2(item.role == Role::Capability, qPrintable(item.id));
    }

    void trainingClaims_acrossVendors_areAComparison()
    {
        // "twice as fast as on A100" in a sentence about training on Ascend: the A100 is compared,
        // not used; it is shown as something the lab knows, not claimed as training hardware.
        const QList<Scan::Finding> findings{claim(
            {u"Ascend 910"_s, u"A100 40GB"_s}, Scan::ClaimScope::Training, u"README.md"_s, 9)};
        const Assessment a = assessFindings(findings);
        QVERIFY(a.claimedTraining.isEmpty());
        QCOMPARE(a.candidates.size(), qsizetype(a.catalogSize));
    }

    void bf16InTheReadmesTrainingCommand_removesPreAmpereNvidiaOnly()
    {
        Scan::Finding option =
            signature(u"prec-bf16"_s, u"README.md"_s, ChipTrace::HitContext::Prose, 120);
        option.text = u"    --bf16 True \\"_s;
        const Assessment withCommand = assessFindings({option});
        const QStringList ids = candidateIds(withCommand);
        QVERIFY(!ids.contains(idOf(u"V100"_s)));
        QVERIFY(!ids.contains(idOf(u"T4"_s)));
        QVERIFY(ids.contains(idOf(u"A100 80GB"_s)));
        QVERIFY(ids.contains(idOf(u"MI250X"_s))); // says nothing about other vendors
        Scan::Finding prose = option;
        prose.text = u"We recommend --bf16 on GPUs that support it."_s;
        QCOMPARE(candidateIds(assessFindings({prose})).size(), qsizetype(withCommand.catalogSize));
    }

    void trap_ascendGuide_staysNvidiaWithHuaweiCompeting()
    {
        const QList<Scan::Finding> findings{signature(u"nccl-backend"_s, u"train/train.py"_s),
            signature(u"nccl-env-generic"_s, u"scripts/launch_train.sh"_s),
            signature(u"prec-bf16"_s, u"train/ds_config.json"_s, ChipTrace::HitContext::String),
            signature(u"ascend-torch-npu"_s, u"docs/ascend_npu.md"_s, ChipTrace::HitContext::Prose),
            signature(
                u"ascend-hccl-backend"_s, u"docs/ascend_npu.md"_s, ChipTrace::HitContext::Prose),
            claim({u"Ascend 910B"_s}, Scan::ClaimScope::Inference, u"docs/ascend_npu.md"_s)};
        const Assessment a = assessFindings(findings);
        QCOMPARE(vendorRank(a, u"NVIDIA"_s), 1);
        QVERIFY(vendorRank(a, u"Huawei"_s) > 1); // shown as a competing hypothesis
        const Hypothesis *huawei = hypothesis(a, u"vendor:Huawei"_s);
        QVERIFY(huawei);
        QVERIFY(!huawei->trainingEvidence);
        QVERIFY(huawei->inconsistency > 0);
        QCOMPARE(a.answer.facets.first().value, u"NVIDIA"_s);
        QVERIFY(a.answer.statement.contains(u"Huawei"_s));
        QCOMPARE(a.candidates.first().vendor, u"NVIDIA"_s);
        // The guide never made a step that narrows the funnel.
        for (const StepReport &s : a.steps)
            if (s.item >= 0 && a.items[s.item].role == Role::Capability)
                QFAIL("a capability item became a funnel step");
    }

    void trap_npuInferenceCode_keepsBothVendors()
    {
        // NVIDIA training, and an NPU inference script in the lab's own code: strong evidence
        // for two vendors. Both stay; NVIDIA, backed by the training code, leads.
        const QList<Scan::Finding> findings{signature(u"nccl-backend"_s, u"train/train.py"_s),
            signature(u"cuda-arch-list"_s, u"train/build.sh"_s),
            signature(u"ascend-torch-npu"_s, u"inference/npu_generate.py"_s)};
        const Assessment a = assessFindings(findings);
        QVERIFY(a.answer.multiVendor);
        QCOMPARE(vendorRank(a, u"NVIDIA"_s), 1);
        QCOMPARE(vendorRank(a, u"Huawei"_s), 2);
        QVERIFY(hypothesis(a, u"vendor:Huawei"_s)->trainingEvidence);
        QStringList vendors;
        for (const RankedCandidate &c : a.candidates)
            if (!vendors.contains(c.vendor))
                vendors << c.vendor;
        QCOMPARE(vendors, (QStringList{u"NVIDIA"_s, u"Huawei"_s}));
        QVERIFY(int(a.answer.facets.first().likelihood)
            >= int(Likelihood::Likely)); // never "almost certainly"
        QVERIFY(a.answer.statement.contains(u"both"_s));
        for (const StepReport &s : a.steps)
            QVERIFY(s.status != Funnel::StepStatus::Conflict);
    }

    void trap_dataFileChip_isNoEvidence()
    {
        const Scan::Finding car =
            claim({u"L4"_s}, Scan::ClaimScope::Training, u"examples/data/car_reviews.jsonl"_s);
        const Scan::Finding gaming =
            claim({u"RTX 4090"_s}, Scan::ClaimScope::Training, u"tests/fixtures/corpus.txt"_s);
        const Assessment a = assessFindings({car, gaming});
        for (const Item &item : a.items)
            QVERIFY(item.kind != ItemKind::Claim);
        QVERIFY(a.claimedTraining.isEmpty());
        QVERIFY(!Case::proposesEvidence(car));
        QVERIFY(!Case::proposesEvidence(gaming));
        QVERIFY(
            Case::proposesEvidence(claim({u"H800"_s}, Scan::ClaimScope::Training, u"README.md"_s)));
        bool noted = false;
        for (const QString &line : a.ignored)
            noted = noted || line.contains(u"data"_s);
        QVERIFY(noted);
    }

    void conflict_isShownWithWhatItConflictsWith()
    {
        const QList<Scan::Finding> findings{signature(u"cuda-sm90a"_s, u"csrc/build.sh"_s),
            signature(u"cuda-blackwell-target"_s, u"train/kernels.sh"_s)};
        const Assessment a = assessFindings(findings);
        const StepReport *conflict = nullptr;
        for (const StepReport &s : a.steps)
            if (s.status == Funnel::StepStatus::Conflict)
                conflict = &s;
        QVERIFY(conflict);
        QCOMPARE(conflict->conflictsWith.size(), 1);
        QVERIFY(conflict->note.contains(conflict->conflictsWith.first()));
    }

    void matrix_hasOneCellPerItemAndRanksByInconsistency()
    {
        const Assessment a = assessFindings(paperCase());
        QVERIFY(a.hypotheses.size() >= 2);
        double last = -1;
        for (const Hypothesis &h : a.hypotheses) {
            QCOMPARE(h.cells.size(), a.items.size());
            if (h.level == u"vendor") {
                QVERIFY(h.inconsistency >= last);
                last = h.inconsistency;
            }
        }
        // Generations of the leading vendor: Volta is inconsistent with bf16, Hopper is not.
        const Hypothesis *volta = hypothesis(a, u"arch:NVIDIA/Volta"_s);
        const Hypothesis *hopper = hypothesis(a, u"arch:NVIDIA/Hopper"_s);
        QVERIFY(volta && hopper);
        QVERIFY(volta->inconsistency > hopper->inconsistency);
        QVERIFY(volta->surviving.isEmpty());
    }

    void casePath_reachesTheSameAnswer()
    {
        QList<Scan::Finding> findings = paperCase();
        findings << claim({u"H800"_s}, Scan::ClaimScope::Training, u"README.md"_s, 30);
        const Case::ImportBatch batch = Case::batchFromScan(u"https://example.org/lab/model"_s,
            u"model"_s, u"0123456789abcdef0123456789abcdef01234567"_s, findings, u"m1"_s);
        int combined = 0;
        for (const Case::Evidence &e : batch.evidence)
            if (e.rationale.startsWith(u"[combination:"_s)) {
                ++combined;
                QVERIFY(e.strength == ChipTrace::Strength::Strong);
                QVERIFY(e.rationale.contains(u"train/"_s)); // names the findings it rests on
                QVERIFY(!e.findingId.isEmpty());
            }
        QCOMPARE(combined, 3);
        const Assessment fromCase = assess(fromCaseEvidence(batch.evidence, batch.findings));
        const Assessment fromScan = assessFindings(findings);
        QCOMPARE(fromCase.answer.facets.first().value, u"NVIDIA"_s);
        QCOMPARE(
            candidateIds(fromCase), candidateIds(fromScan).mid(0, candidateIds(fromCase).size()));
        QCOMPARE(fromCase.candidates.size(), fromScan.candidates.size());
        QCOMPARE(fromCase.candidates.first().chipId, fromScan.candidates.first().chipId);
        QCOMPARE(fromCase.answer.level, u"chip"_s);
    }
};

QTEST_GUILESS_MAIN(TestAssessment)
#include "tst_assessment.moc"
