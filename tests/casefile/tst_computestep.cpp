// SPDX-License-Identifier: GPL-3.0-or-later
// Training figures in a case (Evidence::facts) and the compute-plausibility step they make: the
// figures survive the file, bad figures are refused with nothing saved, only counted items
// feed the step, the step eliminates what the check shows impossible (the DeepSeek-V3
// figures remove H20 and A100 and keep H800), it can be switched off, and missing or rejected
// inputs make it abstain with a reason while changing nothing.

#include "casefile/computestep.h"
#include "casefixture.h"
#include "catalog/catalog.h"
#include "plausibility/peaks.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ChipTrace;
using namespace Qt::StringLiterals;

class TestComputeStep : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_cases = 0;

    // The small DeepSeek-V3 case ("arch in [Hopper]" accepted by bob) plus three items stating
    // the figures, as a paper and a README spread them: parameters and precision, tokens, hours.
    struct FactsCase
    {
        Test::SmallCase c;
        QStringList factIds; // params+precision, tokens, gpu-hours
    };
    FactsCase makeCase()
    {
        FactsCase f{Test::makeSmallCase(m_dir.filePath(u"c%1.ctcase"_s.arg(++m_cases))), {}};
        Case::CaseFile &cf = *f.c.file;
        const auto add = [&](const QString &quote, auto fill) {
            Case::Evidence e;
            e.modelId = f.c.model.id;
            e.quote = quote;
            fill(e.facts);
            if (!cf.saveEvidence(e))
                qFatal("cannot save a facts item");
            f.factIds << e.id;
        };
        add(u"A mixture of experts with 37B parameters active per token, trained in FP8"_s,
            [](Case::TrainingFacts &t) {
                t.activeParams = u"37e9"_s;
                t.precision = u"fp8"_s;
            });
        add(u"Pre-training used 14.8 trillion tokens"_s,
            [](Case::TrainingFacts &t) { t.tokens = u"14.8T"_s; });
        add(u"Pre-training took 2664K GPU hours"_s, [](Case::TrainingFacts &t) {
            t.deviceHours = u"2.664M"_s;
            t.phase = u"pretraining"_s;
        });
        return f;
    }

    static void acceptAll(Case::CaseFile &cf, const QStringList &ids)
    {
        cf.setActor(u"bob"_s);
        for (const QString &id : ids)
            QVERIFY(cf.review(id, Case::Verdict::Accept));
        cf.setActor(u"alice"_s);
    }

    static Funnel::CaseSteps plan(const Case::CaseFile &cf, const QString &model,
        Funnel::EvidencePolicy policy, const Case::FunnelState &state = {})
    {
        return Funnel::caseSteps(cf.evidence(model), state, policy, Catalog::Catalog::builtin(),
            Plausibility::PeakTable::builtin());
    }

    static const Funnel::CaseStepEntry *computeEntry(const Funnel::CaseSteps &p)
    {
        for (const Funnel::CaseStepEntry &e : p.entries)
            if (Funnel::isComputeStep(e.evidence.id))
                return &e;
        return nullptr;
    }

    static QStringList survivors(const Funnel::CaseSteps &p)
    {
        Funnel::Funnel funnel(Catalog::Catalog::builtin());
        funnel.setSteps(p.steps);
        return funnel.run().remainingIds();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void facts_surviveTheFile()
    {
        FactsCase f = makeCase();
        const QString path = f.c.file->path();
        f.c.file.reset();
        auto reopened = Case::CaseFile::open(path);
        QVERIFY2(reopened, qPrintable(reopened.message()));
        const auto item = (*reopened)->evidenceItem(f.factIds.at(2));
        QVERIFY(item);
        QCOMPARE(item->facts.deviceHours, u"2.664M"_s);
        QCOMPARE(item->facts.phase, u"pretraining"_s);
        QVERIFY(item->facts.tokens.isEmpty());
        QVERIFY((*reopened)->evidenceItem(f.c.evidence.id)->facts.isEmpty());
        QVERIFY2((*reopened)->verify().ok(), "the audit chain covers the new column");
    }

    void badFigures_areRefusedAndNothingIsSaved()
    {
        FactsCase f = makeCase();
        const qsizetype before = f.c.file->evidence().size();
        Case::Evidence e;
        e.modelId = f.c.model.id;
        e.quote = u"trained on lots of tokens"_s;
        e.facts.tokens = u"lots"_s;
        e.facts.precision = u"fp7"_s;
        const auto saved = f.c.file->saveEvidence(e);
        QVERIFY(!saved);
        QVERIFY2(
            saved.message().contains(u"\"lots\" is not a figure"_s), qPrintable(saved.message()));
        QVERIFY(saved.message().contains(u"fp7"_s));
        QCOMPARE(f.c.file->evidence().size(), before);
        e.facts = {};
        e.id = u"compute:pretraining"_s;
        QVERIFY2(!f.c.file->saveEvidence(e), "the step's id is not an item's");
    }

    void unreviewedFacts_countOnlyWhenProposedItemsDo()
    {
        FactsCase f = makeCase();
        const Funnel::CaseSteps reviewed =
            plan(*f.c.file, f.c.model.id, Funnel::EvidencePolicy::ReviewedOnly);
        QVERIFY2(!computeEntry(reviewed), "no accepted figures: no compute step in the briefing");
        const Funnel::CaseSteps proposed =
            plan(*f.c.file, f.c.model.id, Funnel::EvidencePolicy::IncludeProposed);
        const Funnel::CaseStepEntry *entry = computeEntry(proposed);
        QVERIFY(entry);
        QCOMPARE(entry->evidence.status, Case::ReviewStatus::Proposed);
    }

    void acceptedFacts_eliminateH20AndA100_keepH800()
    {
        FactsCase f = makeCase();
        acceptAll(*f.c.file, f.factIds + QStringList{f.c.evidence.id});
        const Funnel::CaseSteps p =
            plan(*f.c.file, f.c.model.id, Funnel::EvidencePolicy::ReviewedOnly);
        const Funnel::CaseStepEntry *entry = computeEntry(p);
        QVERIFY(entry);
        QVERIFY2(entry->stepIndex >= 0, qPrintable(entry->error));
        QCOMPARE(entry->evidence.id, u"compute:pretraining"_s);
        QCOMPARE(entry->evidence.status, Case::ReviewStatus::Accepted);
        const Funnel::Step &step = p.steps.at(entry->stepIndex);
        QCOMPARE(step.strength, ChipTrace::Strength::Strong);
        QVERIFY2(step.evidenceLabel.contains(u"H20"_s), qPrintable(step.evidenceLabel));
        for (const QString &id : f.factIds)
            QVERIFY2(step.evidenceLabel.contains(id), "the step names the items it rests on");

        const QStringList left = survivors(p);
        QVERIFY(!left.contains(u"nvidia-h20"_s));
        QVERIFY(!left.contains(u"nvidia-a100-80gb"_s));
        QVERIFY(left.contains(u"nvidia-h800-sxm5"_s));
        QVERIFY(left.contains(u"nvidia-h100-sxm5-80gb"_s));

        // Without the compute step, Hopper alone keeps H20: the figures are what remove it.
        Case::FunnelState off;
        off.disabled = {u"compute:pretraining"_s};
        const Funnel::CaseSteps switched =
            plan(*f.c.file, f.c.model.id, Funnel::EvidencePolicy::ReviewedOnly, off);
        QVERIFY(!switched.steps.at(computeEntry(switched)->stepIndex).enabled);
        QVERIFY(survivors(switched).contains(u"nvidia-h20"_s));
    }

    void rejectedHours_abstainAndChangeNothing()
    {
        FactsCase f = makeCase();
        acceptAll(*f.c.file, f.factIds.mid(0, 2) + QStringList{f.c.evidence.id});
        f.c.file->setActor(u"bob"_s);
        QVERIFY(f.c.file->review(f.factIds.at(2), Case::Verdict::Reject, u"wrong phase"_s));
        const Funnel::CaseSteps p =
            plan(*f.c.file, f.c.model.id, Funnel::EvidencePolicy::ReviewedOnly);
        const Funnel::CaseStepEntry *entry = computeEntry(p);
        QVERIFY(entry);
        QCOMPARE(entry->stepIndex, -1);
        QVERIFY2(entry->error.startsWith(u"cannot assess: "_s), qPrintable(entry->error));
        QVERIFY2(entry->error.contains(u"device-hours"_s) || entry->error.contains(u"GPU-hours"_s),
            qPrintable(entry->error));
        const Funnel::CaseSteps plain = Funnel::caseSteps(
            f.c.file->evidence(f.c.model.id), {}, Funnel::EvidencePolicy::ReviewedOnly);
        QCOMPARE(survivors(p), survivors(plain));
    }

    void rlPhase_abstains()
    {
        FactsCase f = makeCase();
        Case::Evidence rl;
        rl.modelId = f.c.model.id;
        rl.quote = u"The RL stage ran for 200K GPU hours on 500B tokens"_s;
        rl.facts.phase = u"rl"_s;
        rl.facts.deviceHours = u"200K"_s;
        rl.facts.tokens = u"500e9"_s;
        QVERIFY(f.c.file->saveEvidence(rl));
        const Funnel::CaseSteps p =
            plan(*f.c.file, f.c.model.id, Funnel::EvidencePolicy::IncludeProposed);
        bool rlSeen = false;
        for (const Funnel::CaseStepEntry &e : p.entries)
            if (e.evidence.id == u"compute:rl"_s) {
                rlSeen = true;
                QCOMPARE(e.stepIndex, -1);
                QVERIFY2(e.error.contains(u"RL"_s), qPrintable(e.error));
            }
        QVERIFY(rlSeen);
    }
};

QTEST_MAIN(TestComputeStep)
#include "tst_computestep.moc"
