// SPDX-License-Identifier: GPL-3.0-or-later
// Training figures from a model card to the briefing, through the built executable as an
// analyst would: `chiptrace facts CASE --text CARD` proposes them, another analyst accepts them
// with `chiptrace review`, and `chiptrace report` writes a briefing whose funnel has the compute
// step that removes H20, with the reason in words and the MFU chart. Figures that cannot run the
// check give "cannot assess" and leave the candidates as they were.

#include "../casefile/casefixture.h"
#include "report/briefingbuilder.h"
#include "testsupport.h"

#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ChipTrace;
using namespace ChipTrace::Report;
using namespace Qt::StringLiterals;

namespace {

// A model card in our own words, with the figures of the issue's worked example.
const QByteArray kCard =
    "ExampleMoE is a mixture-of-experts model with 671B total parameters, "
    "of which 37B activated parameters are used for each token. We "
    "pre-train it on 14.8 trillion tokens with FP8 mixed precision "
    "training. Pre-training took 2.664M GPU hours.\n";

// A card that states the tokens but not the hours.
const QByteArray kCardWithoutHours =
    "ExampleMoE has 37B activated parameters. We pre-train it "
    "on 14.8 trillion tokens with FP8 mixed precision.\n";

QStringList proposedIds(const QByteArray &out)
{
    QStringList ids;
    static const QRegularExpression line(
        uR"(^([0-9a-f-]{36}): proposed)"_s, QRegularExpression::MultilineOption);
    for (auto it = line.globalMatch(QString::fromUtf8(out)); it.hasNext();)
        ids << it.next().captured(1);
    return ids;
}

} // namespace

class TestComputeBriefing : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_cases = 0;

    // The small DeepSeek-V3 case with its Hopper item accepted by bob, and `card` proposed by
    // alice with `chiptrace facts` and accepted by bob with `chiptrace review`.
    QString caseWithCard(const QByteArray &card, int *proposed)
    {
        const QString path = m_dir.filePath(u"c%1.ctcase"_s.arg(++m_cases));
        {
            Test::SmallCase c = Test::makeSmallCase(path);
            c.file->setActor(u"bob"_s);
            if (!c.file->review(c.evidence.id, Case::Verdict::Accept))
                qFatal("cannot accept");
        }
        const QString cardPath = m_dir.filePath(u"card%1.md"_s.arg(m_cases));
        QFile f(cardPath);
        if (!f.open(QIODevice::WriteOnly) || f.write(card) != card.size())
            qFatal("cannot write the card");
        f.close();
        const auto r = Test::chiptrace(
            {u"facts"_s, path, u"--text"_s, cardPath, u"--as"_s, u"alice"_s}, m_dir.path());
        if (r.exitCode != 0)
            qFatal("facts failed: %s", r.err.constData());
        const QStringList ids = proposedIds(r.out);
        *proposed = int(ids.size());
        for (const QString &id : ids) {
            const auto review = Test::chiptrace(
                {u"review"_s, path, id, u"--accept"_s, u"--as"_s, u"bob"_s}, m_dir.path());
            if (review.exitCode != 0)
                qFatal("review failed: %s", review.err.constData());
        }
        return path;
    }

    static Briefing build(const QString &path)
    {
        auto file = Case::CaseFile::open(path);
        if (!file)
            qFatal("cannot open: %s", qPrintable(file.message()));
        auto b = BriefingBuilder().build(**file);
        if (!b)
            qFatal("cannot build: %s", qPrintable(b.message()));
        return *b;
    }

    static QStringList names(const Briefing &b)
    {
        QStringList out;
        for (const Candidate &c : b.candidates)
            out << c.name;
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void acceptedFacts_eliminateH20_andTheBriefingSaysWhy()
    {
        int proposed = 0;
        const QString path = caseWithCard(kCard, &proposed);
        QVERIFY2(proposed >= 2, "the card's figures sit in several sentences");
        const Briefing b = build(path);
        QCOMPARE(b.compute.size(), 1);
        const ComputeSection &s = b.compute.first();
        QCOMPARE(s.phase, u"pretraining"_s);
        QVERIFY(s.cannotAssess.isEmpty());
        QCOMPARE(s.evidenceIds.size(), proposed);
        QVERIFY2(s.inputs.join(u' ').contains(u"fp8"_s), qPrintable(s.inputs.join(u' ')));
        const ComputeRow *h20 = nullptr, *h800 = nullptr;
        for (const ComputeRow &r : s.rows) {
            if (r.chip == u"H20"_s)
                h20 = &r;
            if (r.chip.startsWith(u"H800"_s))
                h800 = &r;
        }
        QVERIFY2(h20 && h800, "the chart shows the eliminated chip and the survivors");
        QVERIFY(h20->eliminated);
        QCOMPARE(h20->band, u"impossible"_s);
        QVERIFY(h20->mfuLow > 1.0);
        QVERIFY2(h20->explanation.contains(u"would need"_s), qPrintable(h20->explanation));
        QVERIFY(!h800->eliminated);
        QCOMPARE(h800->band, u"plausible"_s);
        QVERIFY(!names(b).contains(u"H20"_s));
        QVERIFY(names(b).contains(h800->chip));
        bool stepFound = false;
        for (const FunnelStep &step : b.funnel)
            if (step.label.startsWith(u"Compute plausibility"_s)) {
                stepFound = true;
                QVERIFY(step.eliminated.join(u' ').contains(u"H20"_s));
                QCOMPARE(step.evidenceIds, s.evidenceIds);
            }
        QVERIFY(stepFound);

        const QString pdf = m_dir.filePath(u"briefing.pdf"_s);
        const auto r = Test::chiptrace({u"report"_s, path, u"--output"_s, pdf}, m_dir.path());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString text =
            QString::fromUtf8(Test::run(u"pdftotext"_s, {pdf, u"-"_s}).out).simplified();
        QVERIFY(text.contains(u"Compute plausibility: pretraining"_s));
        QVERIFY2(text.contains(u"H20: would need"_s), "the reason in words");
        QVERIFY2(text.contains(u"Share of the chip's dense peak"_s), "the chart's legend");
    }

    void missingHours_cannotAssess_andChangeNothing()
    {
        int proposed = 0;
        const QString path = caseWithCard(kCardWithoutHours, &proposed);
        QVERIFY(proposed >= 1);
        const Briefing b = build(path);
        QCOMPARE(b.compute.size(), 1);
        QVERIFY2(b.compute.first().cannotAssess.contains(u"GPU-hours"_s),
            qPrintable(b.compute.first().cannotAssess));
        QVERIFY(b.compute.first().rows.isEmpty());
        QVERIFY(names(b).contains(u"H20"_s));
        for (const FunnelStep &step : b.funnel)
            QVERIFY(!step.label.startsWith(u"Compute plausibility"_s));
    }

    void factsCommand_refusesBadInput()
    {
        const QString path = m_dir.filePath(u"bad.ctcase"_s);
        Test::makeSmallCase(path);
        const auto both = Test::chiptrace(
            {u"facts"_s, path, u"--text"_s, path, u"--tokens"_s, u"1T"_s}, m_dir.path());
        QCOMPARE(both.exitCode, 2);
        const auto bad = Test::chiptrace(
            {u"facts"_s, path, u"--tokens"_s, u"many"_s, u"--quote"_s, u"many tokens"_s},
            m_dir.path());
        QVERIFY(bad.exitCode != 0);
        QVERIFY2(bad.err.contains("is not a figure"), bad.err.constData());
        const auto list = Test::chiptrace(
            {u"evidence"_s, u"list"_s, path, u"--format"_s, u"json"_s}, m_dir.path());
        QVERIFY2(!list.out.contains("many tokens"), "nothing saved");
    }
};

QTEST_MAIN(TestComputeBriefing)
#include "tst_computebriefing.moc"
