// SPDX-License-Identifier: GPL-3.0-or-later
// Export-control classification computed from catalog figures and the dated rule data: the
// cases the issue names (A100/H100, A800/H800, H20, L4, A10, RTX 4090 / 4090 D, Ascend), the
// legal-export window, destinations, and undecidable data.

#include "catalog/catalog.h"
#include "catalogfixtures.h"
#include "rules/exportrules.h"

#include <QTest>

using namespace ChipTrace;
using namespace ChipTrace::Rules;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ChipTrace::ControlStatus)

class TestExportRules : public QObject
{
    Q_OBJECT

private:
    static const Catalog::Accelerator &chip(const QString &name) { return Test::builtinChip(name); }
    static Classification classify(
        const QString &name, const QString &date, const QString &dest = u"CN"_s)
    {
        return ExportRules::builtin().classify(
            chip(name), QDate::fromString(date, Qt::ISODate), dest);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(ExportRules::builtinError().isEmpty(), qPrintable(ExportRules::builtinError()));
        QVERIFY(ExportRules::builtin().versions().size() >= 5);
    }

    void classification_data()
    {
        QTest::addColumn<QString>("chip");
        QTest::addColumn<QString>("date");
        QTest::addColumn<ControlStatus>("controlled");
        QTest::addColumn<QString>("classification");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("reasonMentions");

        QTest::newRow("A100 before 3A090")
            << u"A100 80GB"_s << u"2022-06-01"_s << ControlStatus::NotControlled
            << u"not controlled"_s << u""_s << u"7 Oct 2022"_s;
        QTest::newRow("A100 Oct 2022")
            << u"A100 80GB"_s << u"2022-10-07"_s << ControlStatus::Controlled << u"3A090.a"_s
            << u"us-2022-10-07"_s << u"600 GB/s"_s;
        QTest::newRow("H100 Oct 2022")
            << u"H100 SXM5"_s << u"2022-10-20"_s << ControlStatus::Controlled << u"3A090.a"_s
            << u"us-2022-10-07"_s << u"15832"_s;
        QTest::newRow("A100 Dec 2023")
            << u"A100 40GB"_s << u"2023-12-01"_s << ControlStatus::Controlled << u"3A090.a.1"_s
            << u"us-2023-10-17"_s << u"4992"_s;
        QTest::newRow("A800 2022 I/O test")
            << u"A800"_s << u"2023-06-01"_s << ControlStatus::NotControlled << u"not 3A090"_s
            << u"us-2022-10-07"_s << u"400 GB/s is below 600"_s;
        QTest::newRow("H800 2022 I/O test")
            << u"H800"_s << u"2023-11-16"_s << ControlStatus::NotControlled << u"not 3A090"_s
            << u"us-2022-10-07"_s << u"below 600"_s;
        QTest::newRow("A800 from 17 Nov 2023")
            << u"A800"_s << u"2023-11-17"_s << ControlStatus::Controlled << u"3A090.a.1"_s
            << u"us-2023-10-17"_s << u"17 Nov 2023"_s;
        QTest::newRow("H800 from 17 Nov 2023")
            << u"H800"_s << u"2023-11-17"_s << ControlStatus::Controlled << u"3A090.a.1"_s
            << u"us-2023-10-17"_s << u"4800"_s;
        QTest::newRow("H20 2024 outside")
            << u"H20"_s << u"2024-06-01"_s << ControlStatus::NotControlled << u"not 3A090"_s
            << u"us-2023-10-17"_s << u"2368"_s;
        QTest::newRow("H20 Apr 2025 letter")
            << u"H20"_s << u"2025-04-09"_s << ControlStatus::Controlled
            << u"H20-class licence requirement"_s << u"us-2025-04-09-h20"_s << u"9 Apr 2025"_s;
        QTest::newRow("L4 via PD") << u"L4"_s << u"2024-01-01"_s << ControlStatus::Controlled
                                   << u"3A090.a.2"_s << u"us-2023-10-17"_s << u"5.92"_s;
        QTest::newRow("A10 just below")
            << u"A10"_s << u"2024-01-01"_s << ControlStatus::NotControlled << u"not 3A090"_s
            << u"us-2023-10-17"_s << u"3.185"_s;
        QTest::newRow("RTX 4090 non-datacenter")
            << u"RTX 4090"_s << u"2024-01-01"_s << ControlStatus::Controlled << u"3A090.a.1"_s
            << u"us-2023-10-17"_s << u"not designed or marketed for datacenters"_s;
        QTest::newRow("RTX 4090 in 2022")
            << u"RTX 4090"_s << u"2023-01-01"_s << ControlStatus::NotControlled << u"not 3A090"_s
            << u"us-2022-10-07"_s << u"below 600"_s;
        QTest::newRow("RTX 4090 D carved out")
            << u"4090D"_s << u"2024-06-01"_s << ControlStatus::NotControlled << u"not 3A090"_s
            << u"us-2023-10-17"_s << u"Note to 3A090"_s;
        QTest::newRow("A30 3A090.b.1") << u"A30"_s << u"2024-06-01"_s << ControlStatus::Controlled
                                       << u"3A090.b.1"_s << u"us-2023-10-17"_s << u"2640"_s;
        QTest::newRow("A40 3A090.b.2") << u"A40"_s << u"2024-06-01"_s << ControlStatus::Controlled
                                       << u"3A090.b.2"_s << u"us-2023-10-17"_s << u"3.2"_s;
        QTest::newRow("Ascend 910B parameters only")
            << u"Ascend 910B"_s << u"2024-06-01"_s << ControlStatus::Undecidable
            << u"3A090.a.1 (parameters only)"_s << u"us-2023-10-17"_s << u"PRC-domestic"_s;
        QTest::newRow("Ascend 910 unknown die")
            << u"Ascend 910"_s << u"2024-06-01"_s << ControlStatus::Undecidable << u"undecidable"_s
            << u"us-2023-10-17"_s << u"die area is unknown"_s;
        QTest::newRow("5090 D V1 letter")
            << u"5090D V1"_s << u"2025-06-01"_s << ControlStatus::Controlled
            << u"H20-class licence requirement"_s << u"us-2025-04-09-h20"_s << u"1792"_s;
        QTest::newRow("5090 D V2 under letter")
            << u"RTX 5090 D V2"_s << u"2025-09-01"_s << ControlStatus::NotControlled
            << u"not 3A090"_s << u"us-2023-10-17"_s << u"do not reach it"_s;
        QTest::newRow("MI308X named")
            << u"MI308X"_s << u"2025-05-01"_s << ControlStatus::Controlled
            << u"H20-class licence requirement"_s << u"us-2025-04-09-h20"_s << u"named"_s;
    }
    void classification()
    {
        QFETCH(QString, chip);
        QFETCH(QString, date);
        QFETCH(ControlStatus, controlled);
        QFETCH(QString, classification);
        QFETCH(QString, rule);
        QFETCH(QString, reasonMentions);
        const Classification c = classify(chip, date);
        QCOMPARE(c.controlled, controlled);
        QCOMPARE(c.classification, classification);
        QCOMPARE(c.ruleId, rule);
        QVERIFY2(c.reason.contains(reasonMentions), qPrintable(c.reason));
    }

    // The figures come from the catalog: change one and the answer follows.
    void computedNotHardCoded()
    {
        Catalog::Accelerator a10 = chip(u"A10"_s);
        const QDate date(2024, 1, 1);
        QCOMPARE(
            ExportRules::builtin().classify(a10, date).controlled, ControlStatus::NotControlled);
        a10.dieAreaMm2.value = 600; // PD 3.33 >= 3.2
        const Classification c = ExportRules::builtin().classify(a10, date);
        QCOMPARE(c.controlled, ControlStatus::Controlled);
        QCOMPARE(c.classification, u"3A090.b.2"_s);
        a10.dieAreaMm2.availability = Catalog::Availability::Unknown;
        QCOMPARE(ExportRules::builtin().classify(a10, date).controlled, ControlStatus::Undecidable);
    }

    void borderlineNoted()
    {
        const Classification c = classify(u"A10"_s, u"2024-01-01"_s);
        QVERIFY(std::any_of(c.notes.begin(), c.notes.end(),
            [](const QString &n) { return n.contains(u"Borderline"_s); }));
    }

    void reviewZone_data()
    {
        QTest::addColumn<QString>("chip");
        QTest::addColumn<QString>("policy");
        QTest::newRow("H200 inside") << u"H200"_s << u"case-by-case"_s;
        QTest::newRow("B200 outside") << u"B200"_s << u"presumption of denial"_s;
    }
    void reviewZone()
    {
        QFETCH(QString, chip);
        QFETCH(QString, policy);
        const Classification c = classify(chip, u"2026-02-01"_s);
        QCOMPARE(c.controlled, ControlStatus::Controlled);
        QCOMPARE(c.reviewPolicy, policy);
        QCOMPARE(classify(chip, u"2025-12-01"_s).reviewPolicy, u"presumption of denial"_s);
    }

    void destinations_data()
    {
        QTest::addColumn<QString>("dest");
        QTest::addColumn<QString>("date");
        QTest::addColumn<ControlStatus>("controlled");
        QTest::newRow("US") << u"US"_s << u"2024-01-01"_s << ControlStatus::NotControlled;
        QTest::newRow("Japan tier 1") << u"jp"_s << u"2024-01-01"_s << ControlStatus::NotControlled;
        QTest::newRow("Hong Kong") << u"HK"_s << u"2024-01-01"_s << ControlStatus::Controlled;
        QTest::newRow("Macau before 2023 addition")
            << u"MO"_s << u"2022-12-01"_s << ControlStatus::NotControlled;
        QTest::newRow("Macau after") << u"MO"_s << u"2023-02-01"_s << ControlStatus::Controlled;
        QTest::newRow("Saudi Arabia unlisted")
            << u"SA"_s << u"2024-01-01"_s << ControlStatus::Undecidable;
    }
    void destinations()
    {
        QFETCH(QString, dest);
        QFETCH(QString, date);
        QFETCH(ControlStatus, controlled);
        QCOMPARE(classify(u"H100 SXM5"_s, date, dest).controlled, controlled);
    }

    void legalWindow_data()
    {
        QTest::addColumn<QString>("chip");
        QTest::addColumn<QDate>("until");
        QTest::newRow("A100") << u"A100 80GB"_s << QDate(2022, 10, 7);
        QTest::newRow("A800") << u"A800"_s << QDate(2023, 11, 17);
        QTest::newRow("H800") << u"H800"_s << QDate(2023, 11, 17);
        QTest::newRow("H20") << u"H20"_s << QDate(2025, 4, 9);
        QTest::newRow("RTX 4090 D never") << u"RTX 4090 D"_s << QDate();
    }
    void legalWindow()
    {
        QFETCH(QString, chip);
        QFETCH(QDate, until);
        const LegalWindow w = ExportRules::builtin().legalWindow(this->chip(chip), u"CN"_s);
        QCOMPARE(w.from, this->chip(chip).released);
        QCOMPARE(w.until.value_or(QDate()), until);
        QVERIFY(!w.summary.isEmpty());
    }

    void avenues_data()
    {
        QTest::addColumn<QString>("chip");
        QTest::addColumn<QString>("mentions");
        QTest::addColumn<int>("count");
        QTest::newRow("H800 stockpile window")
            << u"H800"_s << u"stockpiled: possible from 2023 until 17 Nov 2023"_s << 3;
        QTest::newRow("4090 D compliant") << u"4090D"_s << u"A compliant part"_s << 1;
        QTest::newRow("H100 NVL never legal") << u"H100 NVL"_s << u"intermediaries"_s << 2;
        QTest::newRow("Ascend domestic") << u"Ascend 910B"_s << u"PRC-domestic"_s << 1;
    }
    void avenues()
    {
        QFETCH(QString, chip);
        QFETCH(QString, mentions);
        QFETCH(int, count);
        const LegalWindow w = ExportRules::builtin().legalWindow(this->chip(chip), u"CN"_s);
        QCOMPARE(w.avenues.size(), count);
        QVERIFY2(w.avenues.join(u' ').contains(mentions), qPrintable(w.avenues.join(u'\n')));
    }

    void a100WindowMentionsLetters()
    {
        const LegalWindow w = ExportRules::builtin().legalWindow(chip(u"A100 80GB"_s), u"CN"_s);
        QVERIFY2(w.summary.contains(u"26 Aug 2022"_s), qPrintable(w.summary));
    }

    void malformedRules()
    {
        const auto r = ExportRules::parse(
            R"({"rules":[{"id":"x","kind":"bogus","effective":"2022-01-01"}]})", u"r.json"_s);
        QVERIFY(!r);
        QVERIFY2(
            r.message().contains(u"r.json: rule 1 (x): field 'kind'"_s), qPrintable(r.message()));
        QVERIFY(!ExportRules::parse("{", u"r.json"_s));
    }
};

QTEST_GUILESS_MAIN(TestExportRules)
#include "tst_exportrules.moc"
