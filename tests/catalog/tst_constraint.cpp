// SPDX-License-Identifier: GPL-3.0-or-later
// The constraint language: parsing (with error positions), three-valued evaluation against
// catalog entries, and the explanation in words.

#include "catalog/catalog.h"
#include "catalogfixtures.h"
#include "funnel/constraint.h"

#include <QTest>

using namespace ChipTrace;
using namespace ChipTrace::Funnel;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ChipTrace::Funnel::Truth)

class TestConstraint : public QObject
{
    Q_OBJECT

private:
    static const Catalog::Accelerator &chip(const QString &name) { return Test::builtinChip(name); }

private Q_SLOTS:
    void evaluate_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("chip");
        QTest::addColumn<Truth>("expected");
        QTest::newRow("vendor !=") << u"vendor != AMD"_s << u"H800"_s << Truth::True;
        QTest::newRow("vendor != AMD on AMD") << u"vendor != AMD"_s << u"MI300X"_s << Truth::False;
        QTest::newRow("vendor case") << u"vendor = nvidia"_s << u"H20"_s << Truth::True;
        QTest::newRow("cc >=") << u"cc >= 8.0"_s << u"A100 80GB"_s << Truth::True;
        QTest::newRow("cc < on V100") << u"cc >= 8.0"_s << u"V100"_s << Truth::False;
        QTest::newRow("cc n/a is false") << u"cc >= 8.0"_s << u"MI300X"_s << Truth::False;
        QTest::newRow("cc n/a != true") << u"cc != 9.0"_s << u"MI300X"_s << Truth::True;
        QTest::newRow("cc 10 > 9") << u"cc > 9.0"_s << u"B200"_s << Truth::True;
        QTest::newRow("bf16 flag") << u"bf16"_s << u"T4"_s << Truth::False;
        QTest::newRow("fp8 flag") << u"fp8"_s << u"L4"_s << Truth::True;
        QTest::newRow("gdr geforce") << u"gpudirect_rdma"_s << u"RTX 4090"_s << Truth::False;
        QTest::newRow("gdr unknown") << u"gpudirect_rdma"_s << u"Ascend 910B"_s << Truth::Unknown;
        QTest::newRow("not china_specific") << u"not china_specific"_s << u"H800"_s << Truth::False;
        QTest::newRow("segment in")
            << u"segment in [datacenter, workstation]"_s << u"RTX A6000"_s << Truth::True;
        QTest::newRow("memory") << u"memory_gb >= 80"_s << u"A800"_s << Truth::True;
        QTest::newRow("collective") << u"collective = HCCL"_s << u"Gaudi 3"_s << Truth::True;
        QTest::newRow("stack") << u"stack = CANN"_s << u"Ascend 910B"_s << Truth::True;
        QTest::newRow("arch in") << u"arch in [Hopper, Blackwell]"_s << u"H20"_s << Truth::True;
        QTest::newRow("and") << u"vendor = NVIDIA and cc >= 9.0"_s << u"A100 80GB"_s
                             << Truth::False;
        QTest::newRow("or parens")
            << u"(arch = Ampere) or (arch = Hopper)"_s << u"A100 80GB"_s << Truth::True;
        QTest::newRow("unknown and false")
            << u"gpudirect_rdma and vendor = NVIDIA"_s << u"Ascend 910B"_s << Truth::False;
        QTest::newRow("unknown or true")
            << u"gpudirect_rdma or vendor = Huawei"_s << u"Ascend 910B"_s << Truth::True;
        QTest::newRow("not unknown")
            << u"not gpudirect_rdma"_s << u"Ascend 910B"_s << Truth::Unknown;
        QTest::newRow("feature wgmma") << u"wgmma"_s << u"H800"_s << Truth::True;
        QTest::newRow("feature tcgen05 on 5090") << u"tcgen05"_s << u"RTX 5090"_s << Truth::False;
        QTest::newRow("interconnect mentions")
            << u"interconnect = NVLink"_s << u"H20"_s << Truth::True;
        QTest::newRow("name alias") << u"name in [H800, A800]"_s << u"A800"_s << Truth::True;
        QTest::newRow("tpp") << u"tpp >= 4800"_s << u"RTX 4090 D"_s << Truth::False;
        QTest::newRow("pd unknown") << u"pd >= 5.92"_s << u"Ascend 910"_s << Truth::Unknown;
    }
    void evaluate()
    {
        QFETCH(QString, text);
        QFETCH(QString, chip);
        QFETCH(Truth, expected);
        const auto c = Constraint::parse(text);
        QVERIFY2(c, qPrintable(c.message()));
        QCOMPARE(c->evaluate(this->chip(chip)), expected);
    }

    void parseErrors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unknown property") << u"vendr = AMD"_s << 1 << u"unknown property 'vendr'"_s;
        QTest::newRow("missing value") << u"cc >="_s << 6 << u"expected a value"_s;
        QTest::newRow("text with <") << u"vendor < AMD"_s << 8 << u"compares numbers"_s;
        QTest::newRow("number expected") << u"cc >= eight"_s << 7 << u"number"_s;
        QTest::newRow("unclosed paren") << u"(bf16 and fp8"_s << 14 << u"expected ')'"_s;
        QTest::newRow("bad list") << u"arch in [Hopper Blackwell]"_s << 17
                                  << u"expected ',' or ']'"_s;
        QTest::newRow("trailing") << u"bf16 fp8"_s << 6 << u"expected 'and', 'or'"_s;
        QTest::newRow("bad char") << u"bf16 & fp8"_s << 6 << u"unexpected character"_s;
        QTest::newRow("empty") << u""_s << 1 << u"expected a property"_s;
    }
    void parseErrors()
    {
        QFETCH(QString, text);
        QFETCH(int, column);
        QFETCH(QString, mentions);
        int errorColumn = -1;
        const auto c = Constraint::parse(text, &errorColumn);
        QVERIFY(!c);
        QCOMPARE(c.code(), ErrorCode::Parse);
        QCOMPARE(errorColumn, column);
        QVERIFY2(c.message().contains(mentions), qPrintable(c.message()));
        QVERIFY2(c.message().contains(u"column %1"_s.arg(column)), qPrintable(c.message()));
    }

    void canonicalAndProperties()
    {
        const auto c = Constraint::parse(u"vendor == NVIDIA AND NOT (cc < 8.0 or gdr)"_s);
        QVERIFY2(c, qPrintable(c.message()));
        QCOMPARE(c->canonical(), u"(vendor = NVIDIA) and (not ((cc < 8.0) or (gpudirect_rdma)))"_s);
        QCOMPARE(c->properties(), (QStringList{u"cc"_s, u"gpudirect_rdma"_s, u"vendor"_s}));
        const auto again = Constraint::parse(c->canonical());
        QVERIFY(again);
        QCOMPARE(again->canonical(), c->canonical());
    }

    void explainNamesValues()
    {
        const auto c = Constraint::parse(u"cc >= 8.0"_s);
        QVERIFY(c);
        const QString why = c->explain(chip(u"V100"_s));
        QVERIFY2(why.contains(u"7"_s) && why.contains(u"fails"_s), qPrintable(why));
    }

    void strengthNames()
    {
        for (Strength s : {Strength::Proof, Strength::Strong, Strength::Hint})
            QCOMPARE(strengthFromName(strengthName(s)), std::optional<Strength>(s));
        QVERIFY(!strengthFromName(u"maybe"_s));
    }
};

QTEST_GUILESS_MAIN(TestConstraint)
#include "tst_constraint.moc"
