// SPDX-License-Identifier: GPL-3.0-or-later
// The catalog, classify and funnel commands end to end through the built executable: formats,
// JSON keys, ambiguous and unknown chips, constraint errors.

#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace ChipTrace;
using namespace Qt::StringLiterals;

class TestCatalogCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

    static QJsonObject parseJson(const QByteArray &out)
    {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(out, &error);
        if (doc.isNull())
            qWarning("not JSON: %s\n%s", qPrintable(error.errorString()), out.constData());
        return doc.object();
    }

private Q_SLOTS:
    void catalogFormats()
    {
        const auto text = Test::chiptrace({u"catalog"_s}, m_home.path());
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("H800 SXM5"));
        QVERIFY(text.out.contains("Ascend 910B"));

        const auto json = Test::chiptrace({u"catalog"_s, u"--format"_s, u"json"_s}, m_home.path());
        QCOMPARE(json.exitCode, 0);
        const QJsonObject o = parseJson(json.out);
        QVERIFY(o[u"count"].toInt() >= 53);
        const QJsonObject first = o[u"accelerators"].toArray().first().toObject();
        for (const char *key :
            {"id", "vendor", "name", "aliases", "compute_capability", "segment", "dense_tops",
                "io_bandwidth_gbs", "die_area_mm2", "tpp", "performance_density", "sources"})
            QVERIFY2(first.contains(QLatin1String(key)), key);

        const auto csv = Test::chiptrace({u"catalog"_s, u"--format"_s, u"csv"_s}, m_home.path());
        QCOMPARE(csv.exitCode, 0);
        QVERIFY(csv.out.startsWith("id,vendor,name"));
        QCOMPARE(csv.out.count('\n'), o[u"count"].toInt() + 1);
    }

    void catalogDetailShowsSources()
    {
        const auto r = Test::chiptrace({u"catalog"_s, u"H800"_s}, m_home.path());
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("Sources:"));
        QVERIFY(r.out.contains("400~"));
    }

    void classifyJson_data()
    {
        QTest::addColumn<QString>("chip");
        QTest::addColumn<QString>("date");
        QTest::addColumn<QJsonValue>("controlled");
        QTest::addColumn<QString>("classification");
        QTest::newRow("H800") << u"H800"_s << u"2024-01-01"_s << QJsonValue(true) << u"3A090.a.1"_s;
        QTest::newRow("4090D") << u"4090D"_s << u"2024-01-01"_s << QJsonValue(false)
                               << u"not 3A090"_s;
        QTest::newRow("A100-80G 2022")
            << u"A100-80G"_s << u"2022-11-01"_s << QJsonValue(true) << u"3A090.a"_s;
        QTest::newRow("Ascend null")
            << u"昇腾910B"_s << u"2024-01-01"_s << QJsonValue(QJsonValue::Null)
            << u"3A090.a.1 (parameters only)"_s;
    }
    void classifyJson()
    {
        QFETCH(QString, chip);
        QFETCH(QString, date);
        QFETCH(QJsonValue, controlled);
        QFETCH(QString, classification);
        const auto r = Test::chiptrace(
            {u"classify"_s, chip, u"--date"_s, date, u"--format"_s, u"json"_s}, m_home.path());
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = parseJson(r.out);
        for (const char *key :
            {"chip", "date", "destination", "controlled", "classification", "rule", "reason"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QCOMPARE(o[u"date"].toString(), date);
        QCOMPARE(o[u"destination"].toString(), u"CN"_s);
        QCOMPARE(o[u"controlled"], controlled);
        QCOMPARE(o[u"classification"].toString(), classification);
        QVERIFY(!o[u"reason"].toString().isEmpty());
        QVERIFY(o[u"legal_window"].isObject());
    }

    void classifyText()
    {
        const auto r =
            Test::chiptrace({u"classify"_s, u"H20"_s, u"--date"_s, u"2025-05-01"_s}, m_home.path());
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("H20-class licence requirement"));
        QVERIFY(r.out.contains("Legal window:"));
    }

    void classifyDestination()
    {
        const auto r = Test::chiptrace({u"classify"_s, u"H100 SXM5"_s, u"--date"_s, u"2024-01-01"_s,
                                           u"--destination"_s, u"us"_s, u"--format"_s, u"json"_s},
            m_home.path());
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = parseJson(r.out);
        QCOMPARE(o[u"destination"].toString(), u"US"_s);
        QCOMPARE(o[u"controlled"], QJsonValue(false));
    }

    void classifyAmbiguousListsMatches()
    {
        const auto r = Test::chiptrace(
            {u"classify"_s, u"H100"_s, u"--date"_s, u"2024-01-01"_s}, m_home.path());
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("ambiguous"));
        QVERIFY(r.err.contains("H100 SXM5 80GB"));
        QVERIFY(r.err.contains("H100 PCIe 80GB"));
        const auto json =
            Test::chiptrace({u"classify"_s, u"A100"_s, u"--format"_s, u"json"_s}, m_home.path());
        QCOMPARE(json.exitCode, 2);
        QCOMPARE(parseJson(json.out)[u"matches"].toArray().size(), 2);
    }

    void classifyUsageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("unknown chip")
            << QStringList{u"classify"_s, u"Z9000"_s, u"--date"_s, u"2024-01-01"_s};
        QTest::newRow("bad date") << QStringList{
            u"classify"_s, u"H800"_s, u"--date"_s, u"2024-13-01"_s};
        QTest::newRow("no chip") << QStringList{u"classify"_s, u"--date"_s, u"2024-01-01"_s};
        QTest::newRow("bad format") << QStringList{u"catalog"_s, u"--format"_s, u"xml"_s};
        QTest::newRow("bad strength")
            << QStringList{u"funnel"_s, u"--constraint"_s, u"bf16"_s, u"--strength"_s, u"sure"_s};
    }
    void classifyUsageErrors()
    {
        QFETCH(QStringList, args);
        const auto r = Test::chiptrace(args, m_home.path());
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.isEmpty());
    }

    void funnelJson()
    {
        const auto r = Test::chiptrace(
            {u"funnel"_s, u"--constraint"_s, u"vendor != AMD"_s, u"--strength"_s, u"proof"_s,
                u"--constraint"_s, u"bf16"_s, u"--strength"_s, u"proof"_s, u"--constraint"_s,
                u"gpudirect_rdma"_s, u"--strength"_s, u"proof"_s, u"--explain"_s, u"RTX 4090"_s,
                u"--format"_s, u"json"_s},
            m_home.path());
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = parseJson(r.out);
        const QJsonArray steps = o[u"steps"].toArray();
        QCOMPARE(steps.size(), 3);
        QCOMPARE(steps.at(0)[u"status"].toString(), u"applied"_s);
        QCOMPARE(steps.at(0)[u"strength"].toString(), u"proof"_s);
        QStringList remaining;
        for (const QJsonValue &v : o[u"remaining"].toArray())
            remaining.append(v[u"name"].toString());
        QVERIFY(remaining.contains(u"H800 SXM5"_s));
        QVERIFY(!remaining.contains(u"GeForce RTX 4090"_s));
        QVERIFY(!remaining.contains(u"V100 SXM2"_s));
        QVERIFY(o[u"explanations"].toArray().first()[u"text"].toString().contains(u"is out"_s));
    }

    void funnelWithExportStatus()
    {
        const auto r =
            Test::chiptrace({u"funnel"_s, u"--constraint"_s, u"arch = Hopper and china_specific"_s,
                                u"--date"_s, u"2024-01-01"_s, u"--format"_s, u"json"_s},
                m_home.path());
        QCOMPARE(r.exitCode, 0);
        QHash<QString, QJsonValue> controlled;
        for (const QJsonValue &v : parseJson(r.out)[u"remaining"].toArray())
            controlled.insert(v[u"name"].toString(), v[u"export"][u"controlled"]);
        QCOMPARE(controlled.value(u"H800 SXM5"_s), QJsonValue(true));
        QCOMPARE(controlled.value(u"H20"_s), QJsonValue(false));
    }

    void funnelConflictText()
    {
        const auto r = Test::chiptrace({u"funnel"_s, u"--constraint"_s, u"vendor = NVIDIA"_s,
                                           u"--constraint"_s, u"vendor = AMD"_s},
            m_home.path());
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("CONFLICT"));
    }

    void funnelParseErrorShowsColumn()
    {
        const auto r =
            Test::chiptrace({u"funnel"_s, u"--constraint"_s, u"cc >= eight"_s}, m_home.path());
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("column 7"));
        QVERIFY(r.err.contains("      ^"));
    }
};

QTEST_GUILESS_MAIN(TestCatalogCli)
#include "tst_catalogcli.moc"
