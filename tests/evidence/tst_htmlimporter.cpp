// SPDX-License-Identifier: GPL-3.0-or-later
// Web pages and model cards: text with headings kept, claims located by heading path,
// model-card front matter as structured claims, malformed input refused cleanly.

#include "evidence/htmltext.h"
#include "evidence/importerregistry.h"
#include "evidencefixtures.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace ChipTrace;
using namespace ChipTrace::Evidence;

class TestHtmlImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void htmlPage_keepsHeadingsAndDropsScripts()
    {
        QTemporaryDir dir;
        auto doc = Test::importBytes(dir.path(), QStringLiteral("model-x.html"), Test::htmlPage());
        QVERIFY2(doc.has_value(), qPrintable(doc.message()));
        QCOMPARE(doc->source.kind, DocumentKind::WebPage);
        QCOMPARE(doc->source.title, QStringLiteral("Model X \u2014 Lab"));
        QCOMPARE(doc->source.uri,
            QStringLiteral("https://lab.example.org/model-x")); // saved-from comment
        QString all;
        for (const TextSegment &s : doc->segments)
            all += s.text + u'\n';
        QVERIFY2(!all.contains(QStringLiteral("V100")), qPrintable(all)); // inside <script>
        QVERIFY(!all.contains(QStringLiteral("color"))); // inside <style>
        QVERIFY(all.contains(QStringLiteral("Data & recipe.")));
        QVERIFY(all.contains(QStringLiteral("\u201CL40S\u201D")));

        const auto hit = findText(doc->segments, QStringLiteral("trained on 2,048 H800 GPUs"));
        QVERIFY(hit);
        QCOMPARE(hit->locator.headingPath,
            (QStringList{QStringLiteral("Model X"), QStringLiteral("Training"),
                QStringLiteral("Hardware")}));
        const auto inference = findText(doc->segments, QStringLiteral("Served on"));
        QVERIFY(inference);
        QCOMPARE(inference->locator.headingPath,
            (QStringList{QStringLiteral("Model X"), QStringLiteral("Inference")}));
    }

    void htmlPage_claimsCarryScopeAndHeadingPath()
    {
        QTemporaryDir dir;
        auto doc = Test::importBytes(dir.path(), QStringLiteral("model-x.html"), Test::htmlPage());
        QVERIFY2(doc.has_value(), qPrintable(doc.message()));
        const DocumentClaim *h800 = nullptr;
        const DocumentClaim *l40s = nullptr;
        for (const DocumentClaim &c : doc->claims) {
            if (c.match.contains(QStringLiteral("H800")))
                h800 = &c;
            if (c.match.contains(QStringLiteral("L40S")))
                l40s = &c;
        }
        QVERIFY(h800 && l40s);
        QCOMPARE(h800->scope, QStringLiteral("training"));
        QCOMPARE(h800->locator.headingPath.last(), QStringLiteral("Hardware"));
        QVERIFY(h800->sentence.contains(QStringLiteral("2,048 H800")));
        QCOMPARE(l40s->scope, QStringLiteral("deployment")); // "Served on ..."
        QVERIFY(!h800->chips.isEmpty()); // resolved by the scanner's resolver
        QCOMPARE(h800->strength, QStringLiteral("strong"));
        QCOMPARE(l40s->strength, QStringLiteral("hint"));
        QCOMPARE(doc->segments[h800->segment].text.mid(h800->offset, h800->length), h800->match);
    }

    void modelCard_frontMatterBecomesStructuredClaims()
    {
        QTemporaryDir dir;
        auto doc = Test::importBytes(dir.path(), QStringLiteral("README.md"), Test::modelCard());
        QVERIFY2(doc.has_value(), qPrintable(doc.message()));
        QCOMPARE(doc->source.kind, DocumentKind::ModelCard);
        QCOMPARE(doc->source.title, QStringLiteral("Model X"));
        QStringList fields;
        for (const StructuredClaim &c : doc->structured)
            fields << c.field + QStringLiteral("=") + c.value;
        QVERIFY2(fields.contains(QStringLiteral("co2_eq_emissions.hardware_used=8 x A100-80G")),
            qPrintable(fields.join(u';')));
        QVERIFY2(
            fields.contains(QStringLiteral("hardware=H800, H800")), qPrintable(fields.join(u';')));
        bool structuredA100 = false;
        for (const DocumentClaim &c : doc->claims)
            structuredA100 = structuredA100
                || (c.field == u"co2_eq_emissions.hardware_used"
                    && c.match.startsWith(QStringLiteral("A100")));
        QVERIFY(structuredA100);

        const auto hit = findText(doc->segments, QStringLiteral("2,048 H800"));
        QVERIFY(hit);
        QCOMPARE(hit->locator.headingPath,
            (QStringList{QStringLiteral("Model X"), QStringLiteral("Training"),
                QStringLiteral("Compute Infrastructure")}));
        const auto eval = findText(doc->segments, QStringLiteral("not a heading"));
        QVERIFY(eval); // fenced code is text, never a heading
        QCOMPARE(eval->locator.headingPath.last(), QStringLiteral("Evaluation")); // setext heading
        const auto link = findText(doc->segments, QStringLiteral("See the paper"));
        QVERIFY(link); // link markup reduced to its text
    }

    void claims_chineseAndJapanese_data()
    {
        QTest::addColumn<QByteArray>("html");
        QTest::addColumn<QString>("chip");
        QTest::addColumn<QString>("scope");
        QTest::newRow("zh training")
            << QByteArray("<h2>训练</h2><p>我们在2048张H800上完成了预训练。</p>")
            << QStringLiteral("H800") << QStringLiteral("training");
        QTest::newRow("zh ascend") << QByteArray("<p>模型使用昇腾910B集群训练。</p>")
                                   << QStringLiteral("910B") << QStringLiteral("training");
        QTest::newRow("ja inference") << QByteArray("<p>推論にはH20を使用しました。</p>")
                                      << QStringLiteral("H20") << QStringLiteral("inference");
    }

    void claims_chineseAndJapanese()
    {
        QFETCH(QByteArray, html);
        QFETCH(QString, chip);
        QFETCH(QString, scope);
        QTemporaryDir dir;
        auto doc = Test::importBytes(dir.path(), QStringLiteral("page.html"),
            "<html><head><meta charset=\"utf-8\"></head><body>" + html + "</body></html>");
        QVERIFY2(doc.has_value(), qPrintable(doc.message()));
        QStringList seen;
        for (const DocumentClaim &c : doc->claims) {
            seen << c.match + u'/' + c.scope;
            if (c.match.contains(chip)) {
                QCOMPARE(c.scope, scope);
                return;
            }
        }
        QFAIL(qPrintable(QStringLiteral("no claim for %1 among: %2").arg(chip, seen.join(u','))));
    }

    void malformed_givesClearErrorAndStoresNothing_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::newRow("unclosed front matter")
            << QStringLiteral("card.md") << QByteArray("---\nhardware: H800\n# Title\n")
            << QStringLiteral("never closed");
        QTest::newRow("bad yaml") << QStringLiteral("card.md")
                                  << QByteArray("---\nhardware: [H800\nx: : y\n---\ntext\n")
                                  << QStringLiteral("not valid YAML");
        QTest::newRow("binary") << QStringLiteral("page.html")
                                << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)
                                << QStringLiteral("binary");
        QTest::newRow("empty") << QStringLiteral("page.html") << QByteArray()
                               << QStringLiteral("empty");
        QTest::newRow("no text") << QStringLiteral("page.html")
                                 << QByteArray("<html><script>x</script></html>")
                                 << QStringLiteral("no text");
    }

    void malformed_givesClearErrorAndStoresNothing()
    {
        QFETCH(QString, fileName);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        QTemporaryDir dir;
        auto doc = Test::importBytes(dir.path(), fileName, bytes);
        QVERIFY(!doc);
        QVERIFY2(doc.message().contains(message), qPrintable(doc.message()));
        QVERIFY(doc.message().contains(fileName));
        QCOMPARE(Test::storedFiles(dir.path()), QStringList());
    }

    void importDocument_urlsAndOptions()
    {
        QTemporaryDir dir;
        ImporterRegistry registry;
        registry.scan({QStringLiteral(CHIPTRACE_PLUGIN_DIR)});
        ImportOptions options;
        options.registry = &registry;
        options.storeDir = dir.filePath(QStringLiteral("store"));

        auto web = importDocument(QStringLiteral("https://lab.example.org/model-x"), options);
        QVERIFY(!web);
        QCOMPARE(web.code(), ErrorCode::Unsupported);
        QVERIFY(web.message().contains(QStringLiteral("WARC")));

        auto missing = importDocument(dir.filePath(QStringLiteral("nope.html")), options);
        QCOMPARE(missing.code(), ErrorCode::NotFound);

        QFile file(dir.filePath(QStringLiteral("page.html")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(Test::htmlPage());
        file.close();
        options.sourceUri = QStringLiteral("https://mirror.example.net/x");
        options.storeCopy = false;
        auto doc = importDocument(QUrl::fromLocalFile(file.fileName()).toString(), options);
        QVERIFY2(doc.has_value(), qPrintable(doc.message()));
        QCOMPARE(doc->source.uri, options.sourceUri); // the analyst's word beats the page's
        QVERIFY(doc->source.storedPath.isEmpty());
        QCOMPARE(Test::storedFiles(dir.path()), QStringList());

        options.maxBytes = 10;
        auto big = importDocument(file.fileName(), options);
        QCOMPARE(big.code(), ErrorCode::LimitExceeded);
    }

    void htmlText_charsetFromMetaAndEntities()
    {
        const QByteArray latin1 =
            "<html><head><meta charset=\"iso-8859-1\"><title>Caf\xe9</title></head>"
            "<body><p>&#26119;&#x817E; 910B &lt;ok&gt; &bogus; &</p></body></html>";
        const HtmlText t = htmlToText(latin1);
        QCOMPARE(t.title, QStringLiteral("Caf\u00e9"));
        QCOMPARE(t.sections.size(), 1);
        QCOMPARE(t.sections.first().text, QStringLiteral("\u6607\u817E 910B <ok> &bogus; &"));
    }
};

QTEST_GUILESS_MAIN(TestHtmlImporter)
#include "tst_htmlimporter.moc"
