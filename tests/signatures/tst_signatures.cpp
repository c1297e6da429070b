// SPDX-License-Identifier: GPL-3.0-or-later
// Signature packs: the shipped packs load, validate and compile into one matcher; every rule's
// own examples match (and its counter-examples do not) through the real content scanner,
// co-signals included; a malformed pack is rejected whole with file, line and rule named.

#include "funnel/constraint.h"
#include "scan/contentscanner.h"
#include "signatures/signaturepack.h"

#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ChipTrace;
using namespace Qt::StringLiterals;

namespace {

// The file an example pretends to live in: its own path, or a name that matches the rule's files.
QString examplePath(const Signatures::Rule &rule, const Signatures::RuleExample &example)
{
    if (!example.path.isEmpty())
        return example.path;
    if (rule.files.isEmpty())
        return u"example.py"_s;
    return QString(rule.files.first()).replace(u'*', u"example"_s);
}

struct Shipped
{
    QList<Signatures::Rule> rules;
    std::shared_ptr<const Scan::ContentScanner> scanner;
};

const Shipped &shipped()
{
    static const Shipped s = [] {
        Shipped out;
        auto packs = Signatures::SignaturePack::builtin();
        if (!packs)
            qFatal("builtin packs: %s", qPrintable(packs.message()));
        out.rules = Signatures::allRules(*packs);
        auto matcher = Scan::Matcher::compile(out.rules);
        if (!matcher)
            qFatal("matcher: %s", qPrintable(matcher.message()));
        out.scanner = std::make_shared<Scan::ContentScanner>(*matcher, nullptr);
        return out;
    }();
    return s;
}

bool ruleFires(const QString &ruleId, const QString &path, const QString &text)
{
    const auto findings = shipped().scanner->scan(path, text.toUtf8());
    return std::any_of(findings.begin(), findings.end(),
        [&](const Scan::Finding &f) { return f.ruleId == ruleId; });
}

} // namespace

class TestSignatures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtin_loadsAtLeastSixtyValidRules()
    {
        const auto &rules = shipped().rules;
        QVERIFY2(rules.size() >= 60, qPrintable(QString::number(rules.size())));
        const QStringList problems = Signatures::validateRules(rules);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QSet<QString> families;
        for (const auto &rule : rules) {
            families.insert(rule.family);
            QVERIFY2(
                !rule.examplesMatch.isEmpty(), qPrintable(rule.id + u" has no match example"_s));
            QVERIFY2(!rule.examplesNoMatch.isEmpty(),
                qPrintable(rule.id + u" has no no_match example"_s));
            QVERIFY2(!rule.rationale.isEmpty(), qPrintable(rule.id));
        }
        for (const char *family : {"nccl", "cuda-arch", "precision", "kernels", "nvls-sharp",
                 "nvshmem", "cloud", "amd", "hygon", "ascend", "gaudi", "tpu", "cambricon",
                 "moorethreads", "kunlunxin", "memory", "device-name"})
            QVERIFY2(families.contains(QString::fromLatin1(family)), family);
    }

    void examples_match_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("expected");
        for (const auto &rule : shipped().rules) {
            int i = 0;
            for (const auto &ex : rule.examplesMatch)
                QTest::addRow("%s match %d", qPrintable(rule.id), i++)
                    << rule.id << examplePath(rule, ex) << ex.text << true;
            i = 0;
            for (const auto &ex : rule.examplesNoMatch)
                QTest::addRow("%s no_match %d", qPrintable(rule.id), i++)
                    << rule.id << examplePath(rule, ex) << ex.text << false;
        }
    }

    void examples_match()
    {
        QFETCH(QString, rule);
        QFETCH(QString, path);
        QFETCH(QString, text);
        QFETCH(bool, expected);
        QCOMPARE(ruleFires(rule, path, text), expected);
    }

    void hccl_isAscendOrGaudiOnlyByItsNeighbours()
    {
        const QString bare = u"dist.init_process_group(backend='hccl')\n"_s;
        QVERIFY(!ruleFires(u"ascend-hccl-backend"_s, u"train.py"_s, bare));
        QVERIFY(!ruleFires(u"gaudi-hccl"_s, u"train.py"_s, bare));
        QVERIFY(ruleFires(u"ascend-hccl-backend"_s, u"train.py"_s, u"import torch_npu\n"_s + bare));
        QVERIFY(!ruleFires(u"gaudi-hccl"_s, u"train.py"_s, u"import torch_npu\n"_s + bare));
        const QString gaudi = u"import habana_frameworks.torch.core as htcore\n"_s + bare;
        QVERIFY(ruleFires(u"gaudi-hccl"_s, u"train.py"_s, gaudi));
        QVERIFY(!ruleFires(u"ascend-hccl-backend"_s, u"train.py"_s, gaudi));
    }

    void implies_usesOnlyKnownCatalogProperties()
    {
        const QStringList known =
            Funnel::Constraint::knownProperties() + Funnel::Constraint::knownFlags();
        int checked = 0;
        for (const auto &rule : shipped().rules) {
            if (rule.implies.isEmpty())
                continue;
            const auto constraint = Funnel::Constraint::parse(rule.implies);
            QVERIFY2(constraint, qPrintable(rule.id + u": "_s + constraint.message()));
            checked += int(constraint->properties().size());
            for (const QString &property : constraint->properties())
                QVERIFY2(known.contains(property),
                    qPrintable(rule.id + u": unknown property "_s + property));
        }
        QVERIFY(checked > 10); // the shipped packs do constrain the catalog
    }

    void nccl_aloneDoesNotExcludeAmd()
    {
        const auto &rules = shipped().rules;
        const auto it = std::find_if(
            rules.begin(), rules.end(), [](const auto &r) { return r.id == u"nccl-backend"; });
        QVERIFY(it != rules.end());
        QVERIFY(it->implies.contains(u"AMD"_s));
        QVERIFY(it->strength == ChipTrace::Strength::Hint);
    }

    void malformedPack_loadsNothingAndNamesFileLineRule_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("expectedLine");
        QTest::addColumn<QString>("expectedRule");
        const QByteArray good =
            "  - id: good-rule\n    title: t\n    family: f\n    patterns: ['x']\n    strength: hint\n";
        QTest::newRow("bad strength") << QByteArray("rules:\n" + good
            + "  - id: bad-rule\n    title: t\n    family: f\n    patterns: ['y']\n    strength: certain\n")
                                      << u":11:"_s << u"bad-rule"_s;
        QTest::newRow("missing patterns") << QByteArray("rules:\n" + good
            + "  - id: no-pattern\n    title: t\n    family: f\n    strength: hint\n")
                                          << u":7:"_s << u"no-pattern"_s;
        QTest::newRow("unknown field") << QByteArray("rules:\n" + good
            + "  - id: typo\n    title: t\n    family: f\n    patterns: ['y']\n    strength: hint\n    require: [good-rule]\n")
                                       << u":12:"_s << u"typo"_s;
        QTest::newRow("yaml syntax")
            << QByteArray("rules:\n" + good + "  - id: broken\n    title: [unclosed\n") << u":"_s
            << QString();
    }

    void malformedPack_loadsNothingAndNamesFileLineRule()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, expectedLine);
        QFETCH(QString, expectedRule);
        QTemporaryDir dir;
        const QString file = dir.filePath(u"broken.yaml"_s);
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(yaml);
        f.close();
        const auto pack = Signatures::SignaturePack::load(file);
        QVERIFY(!pack);
        QVERIFY2(pack.message().contains(file + expectedLine), qPrintable(pack.message()));
        if (!expectedRule.isEmpty())
            QVERIFY2(pack.message().contains(expectedRule), qPrintable(pack.message()));
        QCOMPARE(pack.code(), ErrorCode::Parse);
    }

    void matcher_cachedDatabaseMatchesLikeAFreshOne()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString cacheDir =
            QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation)
            + u"/chiptrace/vectorscan"_s;
        QDir(cacheDir).removeRecursively();
        const QByteArray text = "import torch_npu\nexport NCCL_NVLS_ENABLE=1\nGPU memory 80GB\n";
        const auto fresh = Scan::Matcher::compile(shipped().rules);
        QVERIFY(fresh);
        QCOMPARE(QDir(cacheDir).entryList(QDir::Files).size(), 1);
        const auto cached = Scan::Matcher::compile(shipped().rules);
        QVERIFY(cached);
        const auto a = (*fresh)->scan(text);
        const auto b = (*cached)->scan(text);
        QVERIFY(a.size() >= 3);
        QCOMPARE(a.size(), b.size());
        for (int i = 0; i < a.size(); ++i) {
            QCOMPARE(a[i].rule, b[i].rule);
            QCOMPARE(a[i].start, b[i].start);
            QCOMPARE(a[i].end, b[i].end);
        }
    }

    void badRegex_failsCompileNamingRule()
    {
        auto pack = Signatures::SignaturePack::parse(
            "rules:\n  - id: bad-regex\n    title: t\n    family: f\n    patterns: ['(unclosed']\n    strength: hint\n",
            u"mem.yaml"_s);
        QVERIFY(pack);
        const auto matcher = Scan::Matcher::compile(pack->rules);
        QVERIFY(!matcher);
        QVERIFY2(matcher.message().contains(u"bad-regex"_s), qPrintable(matcher.message()));
    }

    void matcher_reportsLeftmostStartsForAllRulesInOnePass()
    {
        auto pack = Signatures::SignaturePack::parse(
            "rules:\n"
            "  - {id: a, title: t, family: f, patterns: ['NCCL_\\w+'], strength: hint}\n"
            "  - {id: b, title: t, family: f, patterns: ['sm_90a'], strength: proof}\n",
            u"mem.yaml"_s);
        QVERIFY2(pack, qPrintable(pack.message()));
        const auto matcher = Scan::Matcher::compile(pack->rules);
        QVERIFY(matcher);
        const QByteArray text = "x NCCL_DEBUG=INFO\ny sm_90a\n";
        const auto hits = (*matcher)->scan(text);
        QCOMPARE(hits.size(), 2);
        QCOMPARE(hits[0].rule, 0);
        QCOMPARE(hits[0].start, text.indexOf("NCCL"));
        QCOMPARE(hits[0].end, text.indexOf("=INFO"));
        QCOMPARE(hits[1].rule, 1);
        QCOMPARE(hits[1].start, text.indexOf("sm_90a"));
    }
};

QTEST_GUILESS_MAIN(TestSignatures)
#include "tst_signatures.moc"
