// SPDX-License-Identifier: GPL-3.0-or-later
// The built-in demo case, worked as an analyst would (scan with history, a colleague accepts the
// proposed evidence), rendered to a PDF briefing and read back with poppler's own tools.
#include "casefile/casefile.h"
#include "demo/democase.h"
#include "evidence/caseimport.h"
#include "report/briefingbuilder.h"
#include "report/pdfrenderer.h"
#include "testsupport.h"

#include <QImage>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ChipTrace;

class TestDemoBriefing : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_pdf;
    Report::Briefing m_briefing;
    int m_pages = 0;
    std::unique_ptr<Case::CaseFile> m_case;
    QString m_modelId;

    QString pageText(int page) const
    {
        const auto r = Test::run(QStringLiteral("pdftotext"),
            {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                QString::number(page), QStringLiteral("-layout"), m_pdf, QStringLiteral("-")});
        return QString::fromUtf8(r.out);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        auto opened = Demo::openOrCreateCase(m_dir.filePath(QStringLiteral("demo.chiptrace")),
            m_dir.filePath(QStringLiteral("tinylm")));
        QVERIFY2(opened, qPrintable(opened.message()));
        Case::CaseFile &cf = **opened;
        QVERIFY(!cf.models().isEmpty());
        const QString modelId = cf.models().first().id;

        cf.setActor(QStringLiteral("analyst-a"));
        const auto imported = Case::importRepository(cf, m_dir.filePath(QStringLiteral("tinylm")),
            QStringLiteral("https://example.invalid/example-lab/tinylm"), modelId, true);
        QVERIFY2(imported, qPrintable(imported.message()));
        QVERIFY(imported->evidence > 0);

        // A second analyst accepts what the first proposed: only accepted evidence narrows the
        // funnel.
        cf.setActor(QStringLiteral("analyst-b"));
        const QList<Case::Evidence> proposed = cf.evidence(modelId);
        QVERIFY(!proposed.isEmpty());
        for (const Case::Evidence &e : proposed)
            QVERIFY(cf.review(e.id, Case::Verdict::Accept));

        Report::BuildSettings settings;
        settings.modelId = modelId;
        settings.marking = QStringLiteral("DEMO // FOR TRAINING");
        auto briefing = Report::BriefingBuilder().build(cf, settings);
        QVERIFY2(briefing, qPrintable(briefing.message()));
        m_briefing = *briefing;
        m_pdf = m_dir.filePath(QStringLiteral("demo.pdf"));
        auto rendered =
            Report::PdfRenderer(Report::RenderOptions{}).renderToFile(m_briefing, m_pdf);
        QVERIFY2(rendered, qPrintable(rendered.message()));
        m_pages = rendered->pageCount;
        QVERIFY(m_pages >= 3);
        m_case = std::move(*opened);
        m_modelId = modelId;
    }

    // Seven Hopper parts survive the code evidence: the bottom line says they tie and splits
    // them by what the tie means for export control, instead of naming the first three.
    void bottomLine_groupsATieByExportOutcome()
    {
        const Report::BottomLine &l = m_briefing.bottomLine;
        QVERIFY(m_briefing.candidates.size() > 1);
        QVERIFY(l.tied);
        QVERIFY2(l.tieStatement.contains(QString::number(m_briefing.candidates.size())),
            qPrintable(l.tieStatement));
        QCOMPARE(l.outcomes.size(), 2);
        QCOMPARE(l.outcomes.at(0).status, ControlStatus::Controlled);
        QCOMPARE(l.outcomes.at(1).status, ControlStatus::NotControlled);
        QVERIFY(l.outcomes.at(0).names.contains(QStringLiteral("H100 SXM5 80GB")));
        QVERIFY(l.outcomes.at(1).names.contains(QStringLiteral("H800 SXM5")));
        QVERIFY(l.outcomes.at(1).names.contains(QStringLiteral("H20")));
        qsizetype grouped = 0;
        for (const Report::OutcomeGroup &g : l.outcomes)
            grouped += g.names.size();
        QCOMPARE(grouped, m_briefing.candidates.size());
        // The README's training claim names the H800, which was not controlled at the time.
        QVERIFY2(l.claimedTraining.contains(QStringLiteral("H800 SXM5")),
            qPrintable(l.claimedTraining.join(u',')));
        QVERIFY(!l.separatedBy.isEmpty());

        const QString bluf = pageText(3).simplified();
        QVERIFY2(bluf.contains(QStringLiteral("candidates survive the funnel")), qPrintable(bluf));
        QVERIFY(bluf.contains(QStringLiteral("point to H800 SXM5")));
        QVERIFY(bluf.contains(QStringLiteral("Export status at 2023-10-31 controlled: H100")));
        QVERIFY(bluf.contains(QStringLiteral("not controlled: H800 SXM5")));
        QVERIFY(bluf.contains(QStringLiteral("training claims name")));
        QVERIFY(bluf.contains(QStringLiteral("would separate them")));
    }

    // A case whose model has no training period or release date: the briefing asks for one
    // instead of printing "Export status at unknown unknown".
    void bottomLine_withoutATrainingDate_asksForOne()
    {
        QVERIFY(m_case);
        Case::Model model = *m_case->model(m_modelId);
        model.trainingStart = model.trainingEnd = model.releaseDate = QDate();
        QVERIFY(m_case->saveModel(model));
        for (const Case::Conclusion &c : m_case->conclusions(m_modelId))
            QVERIFY(m_case->remove(QStringLiteral("conclusions"), c.id));
        Report::BuildSettings settings;
        settings.modelId = m_modelId;
        auto briefing = Report::BriefingBuilder().build(*m_case, settings);
        QVERIFY2(briefing, qPrintable(briefing.message()));
        QVERIFY(!briefing->trainingDate.isValid());
        const QString pdf = m_dir.filePath(QStringLiteral("nodate.pdf"));
        auto rendered = Report::PdfRenderer(Report::RenderOptions{}).renderToFile(*briefing, pdf);
        QVERIFY2(rendered, qPrintable(rendered.message()));
        const auto all = Test::run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        const QString text = QString::fromUtf8(all.out).simplified();
        QVERIFY(!text.contains(QStringLiteral("unknown unknown")));
        QVERIFY(!text.contains(QStringLiteral("Export status at unknown")));
        QVERIFY2(text.contains(QStringLiteral("no training date recorded: set one")),
            qPrintable(text.left(3000)));
    }

    void candidates_areTheDemoHopperParts()
    {
        QVERIFY(!m_briefing.candidates.isEmpty());
        QStringList names;
        for (const auto &c : m_briefing.candidates) {
            names << c.name;
            QCOMPARE(c.vendor, QStringLiteral("NVIDIA"));
        }
        QVERIFY2(names.join(u' ').contains(QStringLiteral("H800")), qPrintable(names.join(u',')));
        // Every candidate the briefing names is in the PDF's text.
        const auto all = Test::run(QStringLiteral("pdftotext"), {m_pdf, QStringLiteral("-")});
        const QString text = QString::fromUtf8(all.out);
        for (const QString &n : names)
            QVERIFY2(text.contains(n), qPrintable(n));
    }

    void pdf_hasSectionsCitationsAndTheRemovedClaim()
    {
        const auto all = Test::run(QStringLiteral("pdftotext"), {m_pdf, QStringLiteral("-")});
        const QString text = QString::fromUtf8(all.out);
        QVERIFY(text.contains(QStringLiteral("TinyLM")));
        QVERIFY(text.contains(QStringLiteral("512 H800"))); // the claim the lab later removed
        QVERIFY(text.contains(QStringLiteral("example-lab/tinylm"))); // repository citation
        QVERIFY(text.contains(QStringLiteral("README.md")));
    }

    void banner_isOnEveryPage()
    {
        for (int p = 1; p <= m_pages; ++p)
            QVERIFY2(pageText(p).count(QStringLiteral("DEMO // FOR TRAINING")) >= 2,
                qPrintable(QString::number(p)));
    }

    void fonts_areEmbedded_andPagesAreNotBlank()
    {
        const auto fonts = Test::run(QStringLiteral("pdffonts"), {m_pdf});
        QCOMPARE(fonts.exitCode, 0);
        const QList<QByteArray> lines = fonts.out.split('\n').mid(2);
        int checked = 0;
        for (const QByteArray &line : lines) {
            const QList<QByteArray> cols = line.simplified().split(' ');
            if (cols.size() < 7)
                continue;
            // name type encoding emb sub uni object ID: "emb" is the 4th column from the end-3.
            QCOMPARE(cols.at(cols.size() - 5), QByteArray("yes"));
            ++checked;
        }
        QVERIFY(checked > 0);
        const QString prefix = m_dir.filePath(QStringLiteral("page"));
        QCOMPARE(Test::run(QStringLiteral("pdftoppm"),
                     {QStringLiteral("-r"), QStringLiteral("30"), QStringLiteral("-f"),
                         QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"),
                         QStringLiteral("-png"), m_pdf, prefix})
                     .exitCode,
            0);
        QImage page(prefix + QStringLiteral("-1.png"));
        if (page.isNull())
            page.load(prefix + QStringLiteral("-01.png"));
        QVERIFY(!page.isNull());
        int ink = 0;
        for (int y = 0; y < page.height(); ++y)
            for (int x = 0; x < page.width(); ++x)
                ink += qGray(page.pixel(x, y)) < 128;
        QVERIFY(ink > 100);
    }
};

QTEST_MAIN(TestDemoBriefing)
#include "tst_demobriefing.moc"
