// SPDX-License-Identifier: GPL-3.0-or-later
// Papers: a PDF drawn with QPdfWriter at test time; the claim is found on the right page with
// word boxes to highlight, the stored copy and its SHA-256 match the file, damage is refused.
// QTEST_MAIN (a QGuiApplication) because drawing the fixture PDF needs fonts.

#include "evidence/importerregistry.h"
#include "evidence/pagerender.h"
#include "evidencefixtures.h"

#include <QCryptographicHash>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ChipTrace;
using namespace ChipTrace::Evidence;

class TestPdfImporter : public QObject
{
    Q_OBJECT

private:
    static QByteArray paper()
    {
        return Test::pdfFile(
            {QStringLiteral("Scaling Model X\nA technical report"),
                QStringLiteral(
                    "3 Infrastructure\nModel X was trained on 2,048 H800 GPUs\nfor 57 days."),
                QStringLiteral("4 Evaluation\nWe report results on standard benchmarks.")},
            QStringLiteral("Scaling Model X"));
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void claim_isFoundOnItsPageWithBoxes()
    {
        QTemporaryDir dir;
        auto doc = Test::importBytes(dir.path(), QStringLiteral("report.pdf"), paper());
        QVERIFY2(doc.has_value(), qPrintable(doc.message()));
        QCOMPARE(doc->source.kind, DocumentKind::Paper);
        QCOMPARE(doc->source.title, QStringLiteral("Scaling Model X"));
        QCOMPARE(doc->segments.size(), 3);
        QCOMPARE(doc->segments[2].locator.page, 3);

        const auto hit = findText(doc->segments, QStringLiteral("trained on 2,048 H800 GPUs"));
        QVERIFY(hit);
        QCOMPARE(hit->locator.page, 2);
        QVERIFY(!hit->locator.boxes.isEmpty());
        const QRectF page(QPointF(0, 0), hit->locator.pageSize);
        QVERIFY(page.width() > 500 && page.height() > 800); // A4 in points
        for (const QRectF &box : hit->locator.boxes)
            QVERIFY(page.contains(box));

        const DocumentClaim *claim = nullptr;
        for (const DocumentClaim &c : doc->claims) {
            if (c.match == u"H800")
                claim = &c;
        }
        QVERIFY(claim);
        QCOMPARE(claim->locator.page, 2);
        QCOMPARE(claim->scope, QStringLiteral("training"));
        QCOMPARE(claim->locator.boxes.size(), 1); // exactly the word "H800"
        QVERIFY(hit->locator.boxes.contains(claim->locator.boxes.first()));
        QCOMPARE(claim->locator.citation(), QStringLiteral("p. 2"));
    }

    void pageImage_showsTheClaimInsideItsBoxes()
    {
        QTemporaryDir dir;
        auto doc = Test::importBytes(dir.path(), QStringLiteral("report.pdf"), paper());
        QVERIFY2(doc.has_value(), qPrintable(doc.message()));
        const auto hit = findText(doc->segments, QStringLiteral("H800"));
        QVERIFY(hit && !hit->locator.boxes.isEmpty());
        ImporterRegistry registry;
        registry.scan({QStringLiteral(CHIPTRACE_PLUGIN_DIR)});
        const qreal dpi = 144;
        auto image = renderPage(doc->source.storedPath, hit->locator.page, dpi, &registry);
        QVERIFY2(image.has_value(), qPrintable(image.message()));
        QCOMPARE(image->width(), qRound(hit->locator.pageSize.width() * dpi / 72));
        // Ink inside the claim's box, none in the same-sized box just below the last line.
        const QRectF box = hit->locator.boxes.first();
        auto darkPixels = [&](const QRectF &points) {
            const QRect px(QPointF(points.topLeft() * dpi / 72).toPoint(),
                QPointF(points.bottomRight() * dpi / 72).toPoint());
            int dark = 0;
            for (int y = px.top(); y <= px.bottom(); ++y)
                for (int x = px.left(); x <= px.right(); ++x)
                    dark += qGray(image->pixel(x, y)) < 128;
            return dark;
        };
        QVERIFY(darkPixels(box) > 0);
        QCOMPARE(darkPixels(box.translated(0, 200)), 0);

        QCOMPARE(renderPage(doc->source.storedPath, 9, dpi, &registry).code(),
            ErrorCode::InvalidArgument);
        QFile html(dir.filePath(QStringLiteral("page.html")));
        QVERIFY(html.open(QIODevice::WriteOnly));
        html.write(Test::htmlPage());
        html.close();
        QCOMPARE(renderPage(html.fileName(), 1, dpi, &registry).code(), ErrorCode::Unsupported);
    }

    void source_storedCopyAndHashMatchTheFile()
    {
        QTemporaryDir dir;
        const QByteArray bytes = paper();
        auto doc = Test::importBytes(dir.path(), QStringLiteral("report.pdf"), bytes);
        QVERIFY2(doc.has_value(), qPrintable(doc.message()));
        const QString expected = QString::fromLatin1(
            QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        QCOMPARE(doc->source.sha256, expected);
        QCOMPARE(doc->source.size, bytes.size());
        QVERIFY(doc->source.storedPath.contains(expected));
        QFile stored(doc->source.storedPath);
        QVERIFY(stored.open(QIODevice::ReadOnly));
        QCOMPARE(stored.readAll(), bytes);
        QVERIFY(doc->source.retrievedAt.isValid());
        QCOMPARE(doc->source.retrievedAt.timeSpec(), Qt::UTC);
        QVERIFY(doc->source.uri.startsWith(QStringLiteral("file://")));
        QVERIFY(doc->source.importer.startsWith(QStringLiteral("pdf ")));
        // Importing the same bytes again reuses the stored copy.
        auto again = Test::importBytes(dir.path(), QStringLiteral("copy.pdf"), bytes);
        QVERIFY(again.has_value());
        QCOMPARE(again->source.storedPath, doc->source.storedPath);
        QCOMPARE(Test::storedFiles(dir.path()).size(), 1);
    }

    void blankPage_isReportedNotFatal()
    {
        QTemporaryDir dir;
        const QByteArray bytes =
            Test::pdfFile({QStringLiteral("Trained on 8 A100 GPUs."), QString()});
        auto doc = Test::importBytes(dir.path(), QStringLiteral("scan.pdf"), bytes);
        QVERIFY2(doc.has_value(), qPrintable(doc.message()));
        QCOMPARE(doc->segments.size(), 1);
        QVERIFY2(doc->problems.join(u'\n').contains(QStringLiteral("page(s) 2")),
            qPrintable(doc->problems.join(u'\n')));
    }

    void claimAcrossALineBreak_keepsItsScope()
    {
        QTemporaryDir dir;
        const QByteArray bytes = Test::pdfFile(
            {QStringLiteral("Model X was pre-trained on 2,048\nH800 GPUs for 57 days.")});
        auto doc = Test::importBytes(dir.path(), QStringLiteral("wrapped.pdf"), bytes);
        QVERIFY2(doc.has_value(), qPrintable(doc.message()));
        QVERIFY(doc->segments.first().text.contains(u'\n')); // the layout is kept in the text
        bool found = false;
        for (const DocumentClaim &c : doc->claims) {
            if (c.match.contains(QStringLiteral("H800"))) {
                found = true;
                QCOMPARE(c.scope, QStringLiteral("training"));
                QCOMPARE(doc->segments.first().text.mid(c.offset, c.length), c.match);
            }
        }
        QVERIFY(found);
    }

    void chineseClaim_isFoundOnItsPage()
    {
        QTemporaryDir dir;
        const QByteArray bytes = Test::pdfFile(
            {QStringLiteral("技术报告"), QStringLiteral("我们使用2048张H800 GPU进行了预训练。")});
        auto doc = Test::importBytes(dir.path(), QStringLiteral("report-zh.pdf"), bytes);
        QVERIFY2(doc.has_value(), qPrintable(doc.message()));
        const DocumentClaim *claim = nullptr;
        for (const DocumentClaim &c : doc->claims) {
            if (c.match.contains(QStringLiteral("H800")))
                claim = &c;
        }
        QVERIFY(claim);
        QCOMPARE(claim->locator.page, 2);
        QCOMPARE(claim->scope, QStringLiteral("training"));
        QVERIFY(!claim->locator.boxes.isEmpty());
    }

    void malformed_givesClearErrorAndStoresNothing_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::newRow("not a pdf")
            << QByteArray("hello, this is text") << QStringLiteral("not a PDF");
        QTest::newRow("header only")
            << QByteArray("%PDF-1.7\n%%EOF\n") << QStringLiteral("damaged");
        QTest::newRow("truncated") << paper().left(300) << QStringLiteral("damaged");
        QTest::newRow("no text at all") << Test::pdfFile({QString()}) << QStringLiteral("no text");
    }

    void malformed_givesClearErrorAndStoresNothing()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        QTemporaryDir dir;
        auto doc = Test::importBytes(dir.path(), QStringLiteral("paper.pdf"), bytes);
        QVERIFY(!doc);
        QVERIFY2(doc.message().contains(message), qPrintable(doc.message()));
        QCOMPARE(Test::storedFiles(dir.path()), QStringList());
    }
};

QTEST_MAIN(TestPdfImporter)
#include "tst_pdfimporter.moc"
