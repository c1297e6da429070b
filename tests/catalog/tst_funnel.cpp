// SPDX-License-Identifier: GPL-3.0-or-later
// The elimination funnel: the paper's three-step funnel (NCCL excludes AMD, bfloat16 excludes
// pre-Ampere NVIDIA, GPUDirect RDMA excludes consumer parts) against the built-in catalog,
// conflicts, hints, reordering, disabling and explanations.

#include "catalog/catalog.h"
#include "funnel/funnel.h"

#include <QTest>

using namespace ChipTrace;
using namespace ChipTrace::Funnel;
using namespace Qt::StringLiterals;

namespace {

Step step(const QString &text, Strength strength, const QString &label)
{
    auto c = Constraint::parse(text);
    if (!c)
        qFatal("%s", qPrintable(c.message()));
    return Step{*c, strength, label.toLower().replace(u' ', u'-'), label, true};
}

QList<Step> paperSteps()
{
    return {step(u"vendor != AMD"_s, Strength::Proof, u"NCCL"_s),
        step(u"bf16"_s, Strength::Proof, u"bfloat16"_s),
        step(u"gpudirect_rdma"_s, Strength::Proof, u"GPUDirect RDMA"_s)};
}

QStringList names(const QStringList &ids)
{
    QStringList out;
    for (const QString &id : ids)
        out.append(Catalog::Catalog::builtin().byId(id)->name);
    out.sort();
    return out;
}

// Names of catalog entries satisfying a predicate, sorted.
template<typename Pred>
QStringList catalogNames(Pred pred)
{
    QStringList out;
    for (const auto &a : Catalog::Catalog::builtin().all()) {
        if (pred(a))
            out.append(a.name);
    }
    out.sort();
    return out;
}

} // namespace

class TestFunnel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void paperFunnel()
    {
        Funnel::Funnel funnel(Catalog::Catalog::builtin());
        funnel.setSteps(paperSteps());
        const FunnelResult r = funnel.run();
        QCOMPARE(r.steps.size(), 3);
        for (const StepOutcome &o : r.steps)
            QCOMPARE(o.status, StepStatus::Applied);

        // Step 1: every AMD part, and only AMD parts.
        const QStringList amd = catalogNames([](const auto &a) { return a.vendor == u"AMD"; });
        QCOMPARE(names(r.eliminatedBy(0)), amd);
        QVERIFY(amd.contains(u"Instinct MI300X"_s));

        // Step 2: pre-Ampere NVIDIA (V100, T4) and the bf16-less Ascend 910.
        QCOMPARE(names(r.eliminatedBy(1)), (QStringList{u"Ascend 910"_s, u"T4"_s, u"V100 SXM2"_s}));
        const QStringList preAmpere = catalogNames([](const auto &a) {
            return a.vendor == u"NVIDIA" && a.computeCapability.known()
                && a.computeCapability.value < 8.0;
        });
        QCOMPARE(preAmpere, (QStringList{u"T4"_s, u"V100 SXM2"_s}));

        // Step 3: every GeForce part (consumer NVIDIA); no datacenter NVIDIA part.
        const QStringList step3 = names(r.eliminatedBy(2));
        const QStringList geforce = catalogNames([](const auto &a) {
            return a.vendor == u"NVIDIA" && a.segment == Catalog::Segment::Consumer;
        });
        QCOMPARE(geforce,
            (QStringList{u"GeForce RTX 3090"_s, u"GeForce RTX 4090"_s, u"GeForce RTX 4090 D"_s,
                u"GeForce RTX 5090"_s, u"GeForce RTX 5090 D"_s, u"GeForce RTX 5090 D V2"_s}));
        for (const QString &g : geforce)
            QVERIFY2(step3.contains(g), qPrintable(g));
        for (const QString &id : r.eliminatedBy(2)) {
            const auto *a = Catalog::Catalog::builtin().byId(id);
            QVERIFY2(a->vendor != u"NVIDIA" || a->segment == Catalog::Segment::Consumer,
                qPrintable(a->name));
        }

        // Remaining NVIDIA: Ampere and newer datacenter and workstation parts.
        QStringList remainingNvidia;
        for (const QString &id : r.remainingIds()) {
            if (Catalog::Catalog::builtin().byId(id)->vendor == u"NVIDIA")
                remainingNvidia.append(Catalog::Catalog::builtin().byId(id)->name);
        }
        remainingNvidia.sort();
        QCOMPARE(remainingNvidia,
            (QStringList{u"A10"_s, u"A100 40GB"_s, u"A100 80GB"_s, u"A30"_s, u"A40"_s, u"A800"_s,
                u"B100"_s, u"B200"_s, u"GB200"_s, u"GH200"_s, u"H100 NVL 94GB"_s,
                u"H100 PCIe 80GB"_s, u"H100 SXM5 80GB"_s, u"H20"_s, u"H200 SXM 141GB"_s,
                u"H800 SXM5"_s, u"L2"_s, u"L20"_s, u"L4"_s, u"L40"_s, u"L40S"_s, u"RTX A6000"_s}));
        // Any other survivor is in only because the catalog cannot decide GPUDirect RDMA for it.
        for (const Candidate &c : r.remaining) {
            if (Catalog::Catalog::builtin().byId(c.chipId)->vendor != u"NVIDIA")
                QVERIFY2(c.undecided.contains(u"GPUDirect RDMA"_s), qPrintable(c.chipId));
        }
        // Each elimination records its step and evidence.
        const Elimination &e = r.eliminated.value(u"nvidia-geforce-rtx-4090"_s);
        QCOMPARE(e.stepIndex, 2);
        QCOMPARE(e.evidenceLabel, u"GPUDirect RDMA"_s);
        QCOMPARE(e.evidenceId, u"gpudirect-rdma"_s);
    }

    void conflictNotApplied()
    {
        Funnel::Funnel funnel(Catalog::Catalog::builtin());
        funnel.setSteps({step(u"vendor = NVIDIA"_s, Strength::Proof, u"CUDA kernels"_s),
            step(u"vendor = AMD"_s, Strength::Proof, u"HIP kernels"_s),
            step(u"cc >= 9.0"_s, Strength::Strong, u"wgmma"_s)});
        const FunnelResult r = funnel.run();
        QCOMPARE(r.steps.at(1).status, StepStatus::Conflict);
        QVERIFY(r.steps.at(1).eliminated.isEmpty());
        QCOMPARE(r.steps.at(1).remainingAfter, r.steps.at(1).remainingBefore);
        QCOMPARE(r.steps.at(2).status, StepStatus::Applied);
        QVERIFY(r.remainingIds().contains(u"nvidia-h800-sxm5"_s));
        QVERIFY(!r.remainingIds().contains(u"nvidia-a100-80gb"_s));
        const QString why = funnel.explain(u"nvidia-h800-sxm5"_s, r);
        QVERIFY2(why.contains(u"conflict"_s) && why.contains(u"HIP kernels"_s), qPrintable(why));
    }

    void hintsRankOnly()
    {
        Funnel::Funnel funnel(Catalog::Catalog::builtin());
        funnel.setSteps({step(u"vendor = NVIDIA and cc >= 8.0 and segment = datacenter"_s,
                             Strength::Strong, u"A"_s),
            step(u"fp8"_s, Strength::Hint, u"FP8 casts"_s)});
        const FunnelResult r = funnel.run();
        QCOMPARE(r.steps.at(1).status, StepStatus::Ranked);
        QVERIFY(r.steps.at(1).eliminated.isEmpty());
        QCOMPARE(r.steps.at(1).remainingAfter, r.steps.at(0).remainingAfter);
        const QStringList ids = r.remainingIds();
        QVERIFY(ids.contains(u"nvidia-a100-80gb"_s));
        QVERIFY(ids.indexOf(u"nvidia-h800-sxm5"_s) < ids.indexOf(u"nvidia-a100-80gb"_s));
        QCOMPARE(r.remaining.first().hintScore, 1);
        QCOMPARE(r.remaining.last().hintScore, -1);
    }

    void disableAndReorder()
    {
        Funnel::Funnel funnel(Catalog::Catalog::builtin());
        funnel.setSteps(paperSteps());
        const FunnelResult all = funnel.run();
        funnel.setEnabled(2, false);
        const FunnelResult noGdr = funnel.run();
        QCOMPARE(noGdr.steps.at(2).status, StepStatus::Disabled);
        QVERIFY(noGdr.remainingIds().contains(u"nvidia-geforce-rtx-4090"_s));
        funnel.setEnabled(2, true);
        funnel.moveStep(2, 0); // GPUDirect RDMA first
        const FunnelResult reordered = funnel.run();
        QStringList a = all.remainingIds(), b = reordered.remainingIds();
        a.sort();
        b.sort();
        QCOMPARE(b, a); // eliminating steps commute
        QVERIFY(reordered.eliminatedBy(0).contains(u"nvidia-geforce-rtx-4090"_s));
        QVERIFY(reordered.eliminatedBy(0).contains(u"amd-instinct-mi300x"_s) == false);
        // Deterministic: same steps, same result.
        QCOMPARE(funnel.run().remainingIds(), reordered.remainingIds());
        QCOMPARE(funnel.run().eliminatedBy(1), reordered.eliminatedBy(1));
    }

    void explainInAndOut_data()
    {
        QTest::addColumn<QString>("chipId");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("out at GDR")
            << u"nvidia-geforce-rtx-4090"_s << u"is out: eliminated by step 3 (GPUDirect RDMA"_s;
        QTest::newRow("out at bf16") << u"nvidia-v100-sxm2"_s << u"step 2 (bfloat16"_s;
        QTest::newRow("in") << u"nvidia-h800-sxm5"_s << u"is still in"_s;
        QTest::newRow("kept undecided") << u"huawei-ascend-910b"_s << u"cannot decide"_s;
    }
    void explainInAndOut()
    {
        QFETCH(QString, chipId);
        QFETCH(QString, mentions);
        Funnel::Funnel funnel(Catalog::Catalog::builtin());
        funnel.setSteps(paperSteps());
        const QString why = funnel.explain(chipId, funnel.run());
        QVERIFY2(why.contains(mentions), qPrintable(why));
    }
};

QTEST_GUILESS_MAIN(TestFunnel)
#include "tst_funnel.moc"
