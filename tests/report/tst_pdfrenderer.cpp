// SPDX-License-Identifier: GPL-3.0-or-later
// Renders a briefing to PDF and checks the file the way a reader would meet it, with poppler's
// own tools: the text (pdftotext), the metadata (pdfinfo), the fonts (pdffonts) and the pixels
// (pdftoppm + QImage).

#include "briefingfixture.h"
#include "report/pdfrenderer.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ChipTrace;
using namespace ChipTrace::Report;

class TestPdfRenderer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Briefing m_briefing;
    RenderedBriefing m_rendered;
    QString m_pdfPath;
    QStringList m_pages; // pdftotext output split at form feeds

    QString pdftotext(const QString &path, const QStringList &extra = {})
    {
        const Test::ProcessResult r = Test::run(u"pdftotext"_s, extra + QStringList{path, u"-"_s});
        [&] { QCOMPARE(r.exitCode, 0); }();
        return QString::fromUtf8(r.out);
    }

    // pdftotext wraps lines where the page does; compare without any white space.
    static QString squash(QString text)
    {
        static const QRegularExpression space(u"\\s+"_s);
        return text.remove(space);
    }

    bool hasText(const QString &needle) const
    {
        return squash(m_pages.join(u'\n')).contains(squash(needle));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_briefing = Test::sampleBriefing(12, 160);
        RenderOptions options;
        options.marking = u"TEST MARKING // 试验"_s;
        auto rendered =
            PdfRenderer(options).renderToFile(m_briefing, m_dir.filePath(u"briefing.pdf"_s));
        QVERIFY2(rendered, qPrintable(rendered.message()));
        m_rendered = *rendered;
        m_pdfPath = m_dir.filePath(u"briefing.pdf"_s);
        if (qEnvironmentVariableIsSet("CHIPTRACE_KEEP_PDF"))
            QFile::copy(m_pdfPath, qEnvironmentVariable("CHIPTRACE_KEEP_PDF"));
        m_pages = pdftotext(m_pdfPath).split(QChar(u'\f'));
        if (!m_pages.isEmpty() && m_pages.last().trimmed().isEmpty())
            m_pages.removeLast();
    }

    void pdfinfo_reportsTitleAndPageCount()
    {
        const Test::ProcessResult r = Test::run(u"pdfinfo"_s, {m_pdfPath});
        QCOMPARE(r.exitCode, 0);
        const QString info = QString::fromUtf8(r.out);
        QVERIFY2(info.contains(m_briefing.title), qPrintable(info));
        QVERIFY(info.contains(QRegularExpression(u"Pages:\\s+%1\\n"_s.arg(m_rendered.pageCount))));
        QCOMPARE(m_pages.size(), m_rendered.pageCount);
        QVERIFY(m_rendered.pageCount > 8); // title, contents and at least one page per section
    }

    void text_hasSectionsCandidatesAndCitations()
    {
        QVERIFY(!m_rendered.sections.isEmpty());
        QVERIFY(!m_briefing.candidates.isEmpty());
        for (const QString &s : m_rendered.sections)
            QVERIFY2(hasText(s), qPrintable(s));
        for (const Candidate &c : m_briefing.candidates)
            QVERIFY2(hasText(c.name), qPrintable(c.name));
        QVERIFY(hasText(m_briefing.caseQuestion.left(40)));
        // Each key evidence item has its heading in the key evidence section.
        const int keyFrom = m_rendered.sectionPages[3], keyTo = m_rendered.sectionPages[4];
        const QString keyPages = squash(m_pages.mid(keyFrom - 1, keyTo - keyFrom).join(u'\n'));
        for (const EvidenceItem &e : m_briefing.evidence)
            if (e.key)
                QVERIFY2(keyPages.contains(squash(e.id + u" — "_s + e.summary)), qPrintable(e.id));
        QVERIFY(keyPages.contains(u"“使用16卡H800训练”"_s));
        QVERIFY(hasText(confidencePhrase(m_briefing.bottomLine.confidence)));
        // Citations: repository at commit with path:line, paper with page, archive with capture
        // time.
        QVERIFY(hasText(u"@ 3f2a9c17d2e4"_s));
        QVERIFY(hasText(u"src/train.py:42"_s));
        QVERIFY(hasText(u"p. 5"_s));
        QVERIFY(hasText(u"captured 2024-05-21T03:00:00Z"_s));
        QVERIFY(hasText(u"3A090.a"_s));
        QVERIFY(hasText(u"DISPUTED"_s));
        QVERIFY(hasText(u"The partner may mean inference"_s));
        QVERIFY(hasText(m_briefing.sources[1].sha256.left(32)));
        QVERIFY(hasText(m_rendered.contentDigest));
    }

    void text_keepsChineseAndJapaneseQuotes()
    {
        QVERIFY(hasText(u"使用16卡H800训练"_s));
        QVERIFY(hasText(u"H800クラスタで学習しました"_s));
        QVERIFY(hasText(u"示例实验室"_s));
    }

    void banner_onEveryPageTopAndBottom()
    {
        for (int i = 0; i < m_pages.size(); ++i)
            QVERIFY2(m_pages[i].count(u"TEST MARKING // 试验"_s) >= 2,
                qPrintable(u"page %1"_s.arg(i + 1)));
    }

    void pages_numberedAndContentsPointAtSections()
    {
        for (int p = 2; p <= m_pages.size(); ++p)
            QVERIFY2(m_pages[p - 1].contains(u"Page %1 of %2"_s.arg(p).arg(m_pages.size())),
                qPrintable(QString::number(p)));
        QCOMPARE(m_rendered.sectionPages.size(), m_rendered.sections.size());
        const QString contents = m_pages.value(1);
        for (qsizetype i = 0; i < m_rendered.sections.size(); ++i) {
            const int page = m_rendered.sectionPages[i];
            // The heading and the running header both name the section on its first page.
            QVERIFY(page >= 3);
            QVERIFY2(m_pages.value(page - 1).count(m_rendered.sections[i]) >= 2,
                qPrintable(m_rendered.sections[i]));
            const QRegularExpression line(
                QRegularExpression::escape(m_rendered.sections[i]) + u"\\s+%1\\b"_s.arg(page));
            QVERIFY2(contents.contains(line), qPrintable(contents));
        }
    }

    void tables_repeatHeaderOnEveryPage()
    {
        // The findings appendix spans several pages; each repeats the column headers.
        const int first = m_rendered.sectionPages[8], next = m_rendered.sectionPages[9];
        QVERIFY2(next - first >= 2, "the findings table should span pages");
        for (int p = first; p < next; ++p) {
            QVERIFY(m_pages[p - 1].contains(u"History"_s));
            QVERIFY(m_pages[p - 1].contains(u"Location"_s));
        }
    }

    void fonts_allEmbeddedIncludingCjk()
    {
        const Test::ProcessResult r = Test::run(u"pdffonts"_s, {m_pdfPath});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = QString::fromUtf8(r.out).split(u'\n', Qt::SkipEmptyParts).mid(2);
        QVERIFY(!lines.isEmpty());
        bool cjk = false;
        for (const QString &line : lines) {
            // name type encoding emb sub uni object ID: the emb column must say yes.
            const QStringList cols = line.split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts);
            QVERIFY2(cols.size() >= 7 && cols[cols.size() - 5] == u"yes"_s, qPrintable(line));
            cjk = cjk || line.contains(u"CJK"_s);
        }
        QVERIFY2(cjk, "a CJK font should be embedded for the quotes");
    }

    void links_areClickable()
    {
        QFile f(m_pdfPath);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray pdf = f.readAll();
        QVERIFY(pdf.contains("/URI"));
        QVERIFY(pdf.contains(
            "github.com/example-lab/trainer/blob/3f2a9c17d2e4b5a6978877665544332211009988/src/train.py#L42"));
        QVERIFY(pdf.contains("arxiv.org/abs/2412.19437#page=5"));
    }

    void pages_renderToNonBlankImages()
    {
        const QString prefix = m_dir.filePath(u"page"_s);
        const Test::ProcessResult r =
            Test::run(u"pdftoppm"_s, {u"-r"_s, u"30"_s, u"-png"_s, m_pdfPath, prefix});
        QCOMPARE(r.exitCode, 0);
        const QStringList images =
            QDir(m_dir.path()).entryList({u"page-*.png"_s}, QDir::Files, QDir::Name);
        QCOMPARE(images.size(), m_rendered.pageCount);
        for (const QString &name : images) {
            const QImage image(m_dir.filePath(name));
            QVERIFY(!image.isNull());
            // Count ink in the body, between the banners, so a page with only banners fails.
            int ink = 0, total = 0;
            for (int y = image.height() * 12 / 100; y < image.height() * 85 / 100; ++y)
                for (int x = 0; x < image.width(); ++x, ++total)
                    ink += qGray(image.pixel(x, y)) < 200;
            QVERIFY2(ink > total / 200,
                qPrintable(u"%1: %2 of %3 dark pixels"_s.arg(name).arg(ink).arg(total)));
        }
    }

    void render_isReproducible()
    {
        RenderOptions options;
        options.marking = u"TEST MARKING // 试验"_s;
        auto again = PdfRenderer(options).render(m_briefing);
        QVERIFY(again);
        QCOMPARE(again->contentDigest, m_rendered.contentDigest);
        QVERIFY2(again->pdf == m_rendered.pdf, "the same briefing must give the same bytes");
        // Shuffled input lists are normalized to the same document.
        Briefing shuffled = m_briefing;
        std::reverse(shuffled.findings.begin(), shuffled.findings.end());
        std::reverse(shuffled.evidence.begin(), shuffled.evidence.end());
        auto third = PdfRenderer(options).render(shuffled);
        QVERIFY(third);
        QCOMPARE(third->contentDigest, m_rendered.contentDigest);
        // A different marking is a different document.
        auto other = PdfRenderer().render(m_briefing);
        QVERIFY(other);
        QVERIFY(other->contentDigest != m_rendered.contentDigest);
    }

    void citationLink_usesPermalinks_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("expected");
        QTest::newRow("github") << u"https://github.com/a/b.git"_s
                                << u"https://github.com/a/b/blob/c0ffee/x/y.py#L7"_s;
        QTest::newRow("gitlab") << u"https://gitlab.com/a/b"_s
                                << u"https://gitlab.com/a/b/-/blob/c0ffee/x/y.py#L7"_s;
        QTest::newRow("other forge")
            << u"https://git.example.org/a/b"_s << u"https://git.example.org/a/b"_s;
        QTest::newRow("local path") << u"/srv/repos/b"_s << QString();
    }

    void citationLink_usesPermalinks()
    {
        QFETCH(QString, url);
        QFETCH(QString, expected);
        Citation c{SourceKind::Repository, u"b"_s, url, u"c0ffee"_s, u"x/y.py"_s, 7};
        QCOMPARE(citationLink(c).toString(), expected);
    }
};

QTEST_MAIN(TestPdfRenderer)
#include "tst_pdfrenderer.moc"
