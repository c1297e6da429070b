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
