// SPDX-License-Identifier: GPL-3.0-or-later
// `chiptrace plausibility` end to end through the built executable: the DeepSeek-V3
// check in JSON and text, devices × days, restricting to chips, and the inputs that make it
// abstain or refuse.

#include "catalog/catalog.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace ChipTrace;
using namespace Qt::StringLiterals;

namespace {

const QStringList deepSeekArgs{u"plausibility"_s, u"--active-params"_s, u"37e9"_s, u"--tokens"_s,
    u"14.8e12"_s, u"--gpu-hours"_s, u"2.664e6"_s, u"--precision"_s, u"fp8"_s};

QJsonObject rowFor(const QJsonArray &rows, const QString &id)
{
    for (const QJsonValue &v : rows)
        if (v[u"id"].toString() == id)
            return v.toObject();
    return {};
}

} // namespace

class TestPlausibilityCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

private Q_SLOTS:
    void deepSeekV3_json()
    {
        const auto r =
            Test::chiptrace(deepSeekArgs + QStringList{u"--format"_s, u"json"_s}, m_home.path());
        QCOMPARE(r.exitCode, 0);
        const QJsonDocument doc = QJsonDocument::fromJson(r.out);
        QVERIFY2(doc.isArray(), r.out.constData());
        const QJsonArray rows = doc.array();
        QCOMPARE(rows.size(), Catalog::Catalog::builtin().size());
        for (const QJsonValue &row : rows)
            for (const char *key :
                {"chip", "mfu_low", "mfu_high", "band", "peak_tflops", "peak_source", "verified"})
                QVERIFY2(row.toObject().contains(QLatin1String(key)), key);

        const QJsonObject h800 = rowFor(rows, u"nvidia-h800-sxm5"_s);
        QCOMPARE(h800[u"band"].toString(), u"plausible"_s);
        // Fractions, not percentages.
        QVERIFY(h800[u"mfu_low"].toDouble() > 0.1 && h800[u"mfu_low"].toDouble() < 0.3);
        QVERIFY(h800[u"mfu_high"].toDouble() > h800[u"mfu_low"].toDouble());
        QCOMPARE(h800[u"verified"].toBool(), true);
        QCOMPARE(rowFor(rows, u"nvidia-h100-sxm5-80gb"_s)[u"band"].toString(), u"plausible"_s);

        const QJsonObject h20 = rowFor(rows, u"nvidia-h20"_s);
        QCOMPARE(h20[u"band"].toString(), u"impossible"_s);
        QVERIFY(h20[u"mfu_low"].toDouble() > 1.0);
        QVERIFY(!h20[u"peak_source"].toString().isEmpty());

        const QJsonObject a100 = rowFor(rows, u"nvidia-a100-80gb"_s);
        QCOMPARE(a100[u"band"].toString(), u"impossible"_s);
        QCOMPARE(a100[u"precision"].toString(), u"bf16"_s);
        QCOMPARE(a100[u"fallback"].toBool(), true);
    }

    void deepSeekV3_text()
    {
        const auto r = Test::chiptrace(deepSeekArgs, m_home.path());
        QCOMPARE(r.exitCode, 0);
        const QString text = QString::fromUtf8(r.out);
        const auto line = [&text](const QString &start) {
            for (const QString &l : text.split(u'\n'))
                if (l.startsWith(start + u' '))
                    return l;
            return QString();
        };
        QVERIFY2(line(u"H800 SXM5"_s).contains(u"plausible"_s), qPrintable(text));
        QVERIFY2(line(u"H20"_s).contains(u"impossible"_s), qPrintable(text));
        QVERIFY2(line(u"A100 80GB"_s).contains(u"no FP8 path"_s), qPrintable(text));
        QVERIFY(text.contains(u"cannot assess"_s)); // chips without a published peak
    }

    void gpusAndDays_restrictedToChips()
    {
        const auto r = Test::chiptrace(
            {u"plausibility"_s, u"--active-params"_s, u"37B"_s, u"--tokens"_s, u"14.8T"_s,
                u"--gpus"_s, u"2048"_s, u"--days"_s, u"54.2"_s, u"--precision"_s, u"fp8"_s,
                u"--chip"_s, u"H20"_s, u"--chip"_s, u"H800"_s, u"--format"_s, u"json"_s},
            m_home.path());
        QCOMPARE(r.exitCode, 0);
        const QJsonArray rows = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rowFor(rows, u"nvidia-h20"_s)[u"band"].toString(), u"impossible"_s);
        QCOMPARE(rowFor(rows, u"nvidia-h800-sxm5"_s)[u"band"].toString(), u"plausible"_s);
    }

    void modelCardText_readsTheFactsAndAssesses()
    {
        // A model card in our own words with the same public figures as DeepSeek-V3.
        const QString card = m_home.filePath(u"card.md"_s);
        QFile f(card);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            "A mixture-of-experts model: 671B total parameters, 37B activated for each token. "
            "We pre-train it on 14.8T tokens with FP8 mixed precision training; pre-training "
            "used 2.664M H800 GPU hours.\n");
        f.close();
        const auto r = Test::chiptrace(
            {u"plausibility"_s, u"--text"_s, card, u"--format"_s, u"json"_s}, m_home.path());
        QCOMPARE(r.exitCode, 0);
        const QJsonArray rows = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(rowFor(rows, u"nvidia-h800-sxm5"_s)[u"band"].toString(), u"plausible"_s);
        QCOMPARE(rowFor(rows, u"nvidia-h20"_s)[u"band"].toString(), u"impossible"_s);
        // The text form lists the facts it read, so the analyst can check them.
        const auto text = Test::chiptrace({u"plausibility"_s, u"--text"_s, card}, m_home.path());
        QVERIFY2(text.out.contains("2.664M H800 GPU hours"), text.out.constData());
        QVERIFY2(text.out.contains("active-params"), text.out.constData());

        // The funnel takes the same facts as a step that removes H20 and names why.
        const auto funnel = Test::chiptrace({u"funnel"_s, u"--text"_s, card, u"--constraint"_s,
                                                u"vendor = NVIDIA"_s, u"--format"_s, u"json"_s},
            m_home.path());
        QCOMPARE(funnel.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(funnel.out).object();
        QStringList remaining;
        for (const QJsonValue &v : o[u"remaining"].toArray())
            remaining << v[u"id"].toString();
        QVERIFY(!remaining.contains(u"nvidia-h20"_s));
        QVERIFY(remaining.contains(u"nvidia-h800-sxm5"_s));
        QVERIFY2(funnel.out.contains("Compute plausibility"), funnel.out.constData());
        QVERIFY2(funnel.out.contains("H20 ("), funnel.out.constData());
    }

    void funnel_withIncompleteFacts_changesNothing()
    {
        const auto r = Test::chiptrace({u"funnel"_s, u"--tokens"_s, u"14.8T"_s, u"--constraint"_s,
                                           u"vendor = NVIDIA"_s, u"--format"_s, u"json"_s},
            m_home.path());
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains("cannot assess"), r.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o[u"steps"].toArray().size(), 1);
    }

    void missingInputs_cannotAssess_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no hours") << QStringList{u"plausibility"_s, u"--active-params"_s, u"37e9"_s,
            u"--tokens"_s, u"14.8e12"_s}
                                  << u"GPU-hours"_s;
        QTest::newRow("days without gpus") << QStringList{u"plausibility"_s, u"--active-params"_s,
            u"37e9"_s, u"--tokens"_s, u"14.8e12"_s, u"--days"_s, u"50"_s}
                                           << u"GPU-hours"_s;
        QTest::newRow("RL") << (deepSeekArgs + QStringList{u"--phase"_s, u"rl"_s}) << u"RL"_s;
    }
    void missingInputs_cannotAssess()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        const auto r = Test::chiptrace(args, m_home.path());
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains("cannot assess"), r.err.constData());
        QVERIFY2(QString::fromUtf8(r.err).contains(mentions), r.err.constData());
    }

    void badArguments_usage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("figure") << (deepSeekArgs + QStringList{u"--tokens"_s, u"lots"_s});
        QTest::newRow("precision") << (deepSeekArgs + QStringList{u"--precision"_s, u"fp7"_s});
        QTest::newRow("chip") << (deepSeekArgs + QStringList{u"--chip"_s, u"Z9000"_s});
        QTest::newRow("format") << (deepSeekArgs + QStringList{u"--format"_s, u"xml"_s});
    }
    void badArguments_usage()
    {
        QFETCH(QStringList, args);
        const auto r = Test::chiptrace(args, m_home.path());
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPlausibilityCli)
#include "tst_plausibilitycli.moc"
