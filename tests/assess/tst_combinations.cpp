// SPDX-License-Identifier: GPL-3.0-or-later
// The combination rules shipped as data: they load, they agree with the signature packs, every
// example in the file behaves as it says (fires / stays quiet), and a malformed file fails as a
// whole with the file and line of the problem.

#include "assess/combination.h"
#include "assessfixtures.h"

#include <QTest>

using namespace ChipTrace;
using namespace ChipTrace::Assess;
using namespace Qt::StringLiterals;

class TestCombinations : public QObject
{
    Q_OBJECT

private:
    static CombinationSet shipped()
    {
        auto set = CombinationSet::builtin();
        if (!set)
            qFatal("%s", qPrintable(set.message()));
        return *set;
    }

    static CombinationStatus statusOf(const QList<CombinationOutcome> &outcomes, const QString &id)
    {
        for (const CombinationOutcome &o : outcomes)
            if (o.rule && o.rule->id == id)
                return o.status;
        return CombinationStatus::Unmet;
    }

private Q_SLOTS:
    void shipped_loadsAndValidates()
    {
        const CombinationSet set = shipped();
        QVERIFY(set.rules.size() >= 8);
        QVERIFY(!Test::shippedRules().isEmpty());
        const QStringList problems = validateCombinations(set.rules, Test::shippedRules());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QStringList ids;
        for (const Combination &c : set.rules) {
            ids << c.id;
            QVERIFY2(!c.rationale.isEmpty() && !c.references.isEmpty(), qPrintable(c.id));
            QVERIFY2(!c.fires.isEmpty(), qPrintable(c.id));
        }
        for (const char *id : {"nvidia-nccl-training", "nvidia-bf16-ampere",
                 "nvidia-rdma-datacenter", "huawei-npu-training"})
            QVERIFY2(ids.contains(QString::fromLatin1(id)), id);
    }

    void examples_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<int>("example");
        QTest::addColumn<bool>("fires");
        for (const Combination &c : shipped().rules) {
            for (int i = 0; i < c.fires.size(); ++i)
                QTest::newRow(qPrintable(u"%1 fires: %2"_s.arg(c.id, c.fires[i].name)))
                    << c.id << i << true;
            for (int i = 0; i < c.quiet.size(); ++i)
                QTest::newRow(qPrintable(u"%1 quiet: %2"_s.arg(c.id, c.quiet[i].name)))
                    << c.id << i << false;
        }
    }

    void examples()
    {
        QFETCH(QString, rule);
        QFETCH(int, example);
        QFETCH(bool, fires);
        const CombinationSet set = shipped();
        const Combination *c = nullptr;
        for (const Combination &r : set.rules)
            if (r.id == rule)
                c = &r;
        QVERIFY(c);
        const CombinationExample &ex = fires ? c->fires[example] : c->quiet[example];
        const QList<Scan::Finding> findings = exampleFindings(ex, Test::shippedRules());
        QCOMPARE(findings.size(), ex.findings.size());
        for (const Scan::Finding &f : findings)
            QVERIFY2(!f.family.isEmpty(), qPrintable(f.ruleId)); // every example rule exists
        const auto outcomes = evaluate(set.rules, findings, ex.established);
        QCOMPARE(statusOf(outcomes, rule) == CombinationStatus::Fired, fires);
    }

    void firedRule_restsOnTheFindingsThatMetIt()
    {
        const QList<Scan::Finding> findings{Test::signature(u"nccl-backend"_s, u"train/train.py"_s),
            Test::signature(u"nccl-backend"_s, u"third_party/x/dist.py"_s),
            Test::signature(u"nccl-env-generic"_s, u"scripts/launch.sh"_s)};
        const CombinationSet set = shipped(); // outcomes point into it
        const auto outcomes = evaluate(set.rules, findings);
        for (const CombinationOutcome &o : outcomes)
            if (o.rule->id == u"nvidia-nccl-training") {
                QCOMPARE(combinationStatusName(o.status), u"fired"_s);
                QCOMPARE(o.restsOn, (QList<int>{0, 2})); // not the vendored copy
                return;
            }
        QFAIL("rule not evaluated");
    }

    void blockedAndWaiting_sayWhy()
    {
        const QList<Scan::Finding> findings{Test::signature(u"nccl-backend"_s, u"train/train.py"_s),
            Test::signature(u"rocm-stack"_s, u"train/env.sh"_s),
            Test::signature(u"nccl-ib-hca"_s, u"train/launch.sh"_s),
            Test::signature(u"nccl-gdr"_s, u"train/launch.sh"_s)};
        const CombinationSet set = shipped(); // outcomes point into it
        const auto outcomes = evaluate(set.rules, findings);
        QCOMPARE(
            combinationStatusName(statusOf(outcomes, u"nvidia-nccl-training"_s)), u"blocked"_s);
        // RDMA settings mean datacenter parts only once NVIDIA is established.
        QCOMPARE(
            combinationStatusName(statusOf(outcomes, u"nvidia-rdma-datacenter"_s)), u"waiting"_s);
        for (const CombinationOutcome &o : outcomes)
            if (o.rule->id == u"nvidia-nccl-training")
                QCOMPARE(o.blockedBy, QList<int>{1});
    }

    void malformed_failsWithFileAndLine_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("expected");
        const QByteArray head = "version: '1'\ncombinations:\n  - id: x\n    title: X\n";
        const QByteArray tail =
            "    rationale: r\n    examples:\n      fires:\n        - name: e\n          findings: [{rule: nccl-backend, path: train.py}]\n";
        QTest::newRow("no list") << QByteArray("rules: []\n") << u"bad.yaml:1"_s;
        QTest::newRow("missing implies")
            << head + "    all: [{rules: [nccl-backend]}]\n    strength: strong\n" + tail
            << u"bad.yaml:3: combination \"x\": missing field \"implies\""_s;
        QTest::newRow("unknown field") << head
                + "    all: [{rules: [nccl-backend]}]\n    implies: 'vendor = NVIDIA'\n    strength: strong\n    unles: []\n"
                + tail << u"bad.yaml:8: combination \"x\": unknown field \"unles\""_s;
        QTest::newRow("unknown site") << head
                + "    all: [{rules: [nccl-backend], sites: [garage]}]\n    implies: 'vendor = NVIDIA'\n    strength: strong\n"
                + tail << u"unknown site \"garage\""_s;
        QTest::newRow("bad strength") << head
                + "    all: [{rules: [nccl-backend]}]\n    implies: 'vendor = NVIDIA'\n    strength: sure\n"
                + tail << u"strength must be proof, strong or hint"_s;
        QTest::newRow("no examples") << head
                + "    all: [{rules: [nccl-backend]}]\n    implies: 'vendor = NVIDIA'\n    strength: strong\n    rationale: r\n"
                                     << u"needs examples"_s;
    }

    void malformed_failsWithFileAndLine()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, expected);
        const auto set = CombinationSet::parse(yaml, u"bad.yaml"_s);
        QVERIFY(!set);
        QVERIFY2(set.message().contains(expected), qPrintable(set.message()));
    }

    void validation_namesUnknownRulesAndCycles()
    {
        const QByteArray yaml =
            "combinations:\n"
            "  - id: a\n    title: A\n    after: [b]\n    all: [{rules: [no-such-rule]}]\n"
            "    implies: 'vendor = NVIDIA'\n    strength: strong\n    rationale: r\n    references: [x]\n"
            "    examples: {fires: [{name: e, findings: [{rule: nccl-backend, path: t.py}]}]}\n"
            "  - id: b\n    title: B\n    after: [a]\n    all: [{families: [nccl]}]\n"
            "    implies: 'cc >>= 8'\n    strength: strong\n    rationale: r\n"
            "    examples: {fires: [{name: e, findings: [{rule: nccl-backend, path: t.py}]}]}\n";
        const auto set = CombinationSet::parse(yaml, u"c.yaml"_s);
        QVERIFY2(set, qPrintable(set ? QString() : set.message()));
        const QStringList problems = validateCombinations(set->rules, Test::shippedRules());
        const QString all = problems.join(u'\n');
        QVERIFY2(
            all.contains(u"c.yaml:5: combination \"a\": unknown signature rule \"no-such-rule\""_s),
            qPrintable(all));
        QVERIFY2(all.contains(u"combination \"b\": implies \"cc >>= 8\""_s), qPrintable(all));
        QVERIFY2(all.contains(u"\"after\" forms a cycle"_s), qPrintable(all));
        // A cycle never hangs evaluation and never fires.
        const auto outcomes =
            evaluate(set->rules, {Test::signature(u"nccl-backend"_s, u"train/t.py"_s)});
        QCOMPARE(outcomes.size(), 2);
        QVERIFY(outcomes[1].status != CombinationStatus::Fired);
    }
};

QTEST_GUILESS_MAIN(TestCombinations)
#include "tst_combinations.moc"
