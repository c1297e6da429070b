// SPDX-License-Identifier: GPL-3.0-or-later
// Archived web pages: WARC (plain, multi-member gzip) and WACZ with chunked and deflate
// payloads, a revisit, a bad digest and a truncated tail, each handled as the importer promises.

#include "evidencefixtures.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ChipTrace;
using namespace ChipTrace::Evidence;

namespace {

const QString pageUri = QStringLiteral("https://lab.example.org/blog/model-x");
const QByteArray pageA =
    "<html><head><title>Model X launch</title></head><body><h1>Model X</h1>"
    "<h2>Compute</h2><p>Model X was trained on 2,048 H800 GPUs.</p></body></html>";
const QByteArray pageB =
    "<html><body><h1>Cluster</h1><p>Our cluster has 4,096 Ascend 910B cards.</p></body></html>";
const QByteArray pageC = "<html><body><p>This page says it ran on 512 H100 GPUs.</p></body></html>";
const QByteArray pageD = "<html><body><p>The cut-off page mentions 64 A800 GPUs.</p></body></html>";

QList<const TextSegment *> segmentsWith(const ImportedDocument &doc, const QString &text)
{
    QList<const TextSegment *> found;
    for (const TextSegment &s : doc.segments) {
        if (s.text.contains(text))
            found << &s;
    }
    return found;
}

} // namespace

class TestWarcImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void gzipMembers_everyRecordKindHandledAsStated()
    {
        Test::WarcRecord info;
        info.type = "warcinfo";
        info.contentType = "application/warc-fields";
        info.block = "software: test\r\n";
        const Test::WarcRecord a = Test::responseRecord(
            pageUri, QStringLiteral("2023-05-01T10:00:00Z"), pageA, /*chunked*/ true);
        const Test::WarcRecord b =
            Test::responseRecord(QStringLiteral("https://lab.example.org/cluster"),
                QStringLiteral("2023-05-01T10:00:05Z"), pageB, false, /*deflate*/ true);
        const Test::WarcRecord revisit =
            Test::revisitRecord(a, QStringLiteral("2024-01-02T08:30:00Z"));
        Test::WarcRecord c = Test::responseRecord(QStringLiteral("https://lab.example.org/altered"),
            QStringLiteral("2023-05-01T10:00:09Z"), pageC);
        c.block.replace("512 H100", "999 H100"); // same length: framing intact, digest now wrong
        const Test::WarcRecord d =
            Test::responseRecord(QStringLiteral("https://lab.example.org/cut"),
                QStringLiteral("2023-05-01T10:00:12Z"), pageD);
        QByteArray file = Test::warcFile({info, a, b, revisit, c}, /*gzipMembers*/ true);
        const QByteArray lastMember = Test::gzip(d.bytes());
        file += lastMember.left(lastMember.size() / 2); // the download broke off

        QTemporaryDir dir;
        auto doc = Test::importBytes(dir.path(), QStringLiteral("crawl.warc.gz"), file);
        QVERIFY2(doc.has_value(), qPrintable(doc.message()));
        QCOMPARE(doc->source.kind, DocumentKind::ArchivedPage);
        QCOMPARE(doc->source.uri, pageUri);
        const QString problems = doc->problems.join(u'\n');
        qInfo().noquote() << "problems reported:\n" << problems;

        // Chunked payload: read, located, digest verified; and the revisit cites its own capture.
        const auto h800 = segmentsWith(*doc, QStringLiteral("trained on 2,048 H800 GPUs"));
        QCOMPARE(h800.size(), 2);
        const Locator &original = h800[0]->locator;
        QCOMPARE(original.targetUri, pageUri);
        QCOMPARE(original.recordId, a.recordId);
        QCOMPARE(original.captureDate, QDateTime(QDate(2023, 5, 1), QTime(10, 0), QTimeZone::UTC));
        QVERIFY(original.digestVerified);
        QVERIFY(!original.revisit);
        QCOMPARE(original.headingPath,
            (QStringList{QStringLiteral("Model X"), QStringLiteral("Compute")}));
        const Locator &again = h800[1]->locator;
        QVERIFY(again.revisit);
        QCOMPARE(again.recordId, revisit.recordId);
        QCOMPARE(again.captureDate, QDateTime(QDate(2024, 1, 2), QTime(8, 30), QTimeZone::UTC));
        QVERIFY(again.citation().contains(QStringLiteral("archived 2024-01-02T08:30:00Z")));

        // Deflate payload decoded.
        const auto ascend = segmentsWith(*doc, QStringLiteral("4,096 Ascend 910B"));
        QCOMPARE(ascend.size(), 1);
        QVERIFY(ascend[0]->locator.digestVerified);

        // Bad digest: refused and reported with the record id.
        QVERIFY(segmentsWith(*doc, QStringLiteral("H100")).isEmpty());
        QVERIFY2(problems.contains(c.recordId) && problems.contains(QStringLiteral("digest")),
            qPrintable(problems));

        // Truncated tail: whole records kept, the cut one reported.
        QVERIFY(segmentsWith(*doc, QStringLiteral("A800")).isEmpty());
        QVERIFY2(problems.contains(QStringLiteral("truncated")), qPrintable(problems));

        // Claims come with the archive locator.
        bool located = false;
        for (const DocumentClaim &claim : doc->claims)
            located = located
                || (claim.match == u"H800" && claim.locator.recordId == a.recordId
                    && claim.scope == u"training");
        QVERIFY(located);
    }

    void plainWarc_truncatedRecordReportedAfterWholeOnes()
    {
        Test::WarcRecord a =
            Test::responseRecord(pageUri, QStringLiteral("2023-05-01T10:00:00Z"), pageA);
        a.version = "WARC/1.0"; // both versions in one file, as appended crawls have
        const Test::WarcRecord d =
            Test::responseRecord(QStringLiteral("https://lab.example.org/cut"),
                QStringLiteral("2023-05-01T10:00:12Z"), pageD);
        const QByteArray tail = d.bytes();
        const QByteArray file = Test::warcFile({a}, false) + tail.left(tail.size() - 40);
        QTemporaryDir dir;
        auto doc = Test::importBytes(dir.path(), QStringLiteral("crawl.warc"), file);
        QVERIFY2(doc.has_value(), qPrintable(doc.message()));
        QCOMPARE(segmentsWith(*doc, QStringLiteral("2,048 H800")).size(), 1);
        QVERIFY(segmentsWith(*doc, QStringLiteral("A800")).isEmpty());
        const QString problems = doc->problems.join(u'\n');
        QVERIFY2(problems.contains(QStringLiteral("cut off"))
                && problems.contains(QStringLiteral("https://lab.example.org/cut")),
            qPrintable(problems));
    }

    void revisit_withoutOriginalIsReported()
    {
        const Test::WarcRecord a =
            Test::responseRecord(pageUri, QStringLiteral("2023-05-01T10:00:00Z"), pageA);
        const Test::WarcRecord b =
            Test::responseRecord(QStringLiteral("https://lab.example.org/cluster"),
                QStringLiteral("2023-05-01T10:00:05Z"), pageB);
        const Test::WarcRecord revisit =
            Test::revisitRecord(a, QStringLiteral("2024-01-02T08:30:00Z"));
        QTemporaryDir dir;
        auto doc = Test::importBytes(
            dir.path(), QStringLiteral("later.warc"), Test::warcFile({b, revisit}, false));
        QVERIFY2(doc.has_value(), qPrintable(doc.message()));
        QVERIFY(segmentsWith(*doc, QStringLiteral("H800")).isEmpty());
        QVERIFY2(doc->problems.join(u'\n').contains(revisit.recordId),
            qPrintable(doc->problems.join(u'\n')));
    }

    void digests_sha256AcceptedAndMissingOnesReported()
    {
        Test::WarcRecord a =
            Test::responseRecord(pageUri, QStringLiteral("2023-05-01T10:00:00Z"), pageA);
        const QByteArray body = a.block.mid(a.block.indexOf("\r\n\r\n") + 4);
        a.extraHeaders = {qMakePair(QByteArray("WARC-Payload-Digest"), Test::sha256Base32(body))};
        Test::WarcRecord b = Test::responseRecord(QStringLiteral("https://lab.example.org/cluster"),
            QStringLiteral("2023-05-01T10:00:05Z"), pageB);
        b.extraHeaders.clear();
        QTemporaryDir dir;
        auto doc = Test::importBytes(
            dir.path(), QStringLiteral("mixed.warc"), Test::warcFile({a, b}, false));
        QVERIFY2(doc.has_value(), qPrintable(doc.message()));
        QVERIFY(segmentsWith(*doc, QStringLiteral("H800")).first()->locator.digestVerified);
        QVERIFY(!segmentsWith(*doc, QStringLiteral("910B")).first()->locator.digestVerified);
        QVERIFY(doc->problems.join(u'\n').contains(QStringLiteral("unverified")));
    }

    void records_datesEncodingsAndStatusesAsStated()
    {
        // WARC/1.1 dates may carry microseconds; redirects carry no page; "br" is reported.
        const Test::WarcRecord a =
            Test::responseRecord(pageUri, QStringLiteral("2023-05-01T10:00:00.123456Z"), pageA);
        Test::WarcRecord redirect =
            Test::responseRecord(QStringLiteral("https://lab.example.org/old"),
                QStringLiteral("2023-05-01T10:00:01Z"), QByteArray());
        redirect.block = Test::httpResponse("<p>moved to 8 V100</p>", false, false, nullptr, 301);
        redirect.extraHeaders.clear();
        Test::WarcRecord brotli = Test::responseRecord(QStringLiteral("https://lab.example.org/br"),
            QStringLiteral("2023-05-01T10:00:02Z"), QByteArray());
        brotli.block =
            "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: br\r\n\r\n\x0b\x02\x80";
        brotli.extraHeaders.clear();
        QTemporaryDir dir;
        auto doc = Test::importBytes(
            dir.path(), QStringLiteral("dates.warc"), Test::warcFile({a, redirect, brotli}, false));
        QVERIFY2(doc.has_value(), qPrintable(doc.message()));
        const auto hits = segmentsWith(*doc, QStringLiteral("2,048 H800"));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits[0]->locator.captureDate,
            QDateTime(QDate(2023, 5, 1), QTime(10, 0, 0, 123), QTimeZone::UTC));
        QVERIFY(segmentsWith(*doc, QStringLiteral("V100")).isEmpty());
        QVERIFY2(doc->problems.join(u'\n').contains(QStringLiteral("\"br\"")),
            qPrintable(doc->problems.join(u'\n')));
    }

    void wacz_readsWarcMembersInsideTheZip()
    {
        const Test::WarcRecord a = Test::responseRecord(
            pageUri, QStringLiteral("2023-05-01T10:00:00Z"), pageA, true, true);
        const QByteArray wacz = Test::waczFile(
            {qMakePair(QStringLiteral("archive/data.warc.gz"), Test::warcFile({a}, true))});
        QTemporaryDir dir;
        auto doc = Test::importBytes(dir.path(), QStringLiteral("site.wacz"), wacz);
        QVERIFY2(doc.has_value(), qPrintable(doc.message()));
        const auto hits = segmentsWith(*doc, QStringLiteral("2,048 H800"));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits[0]->locator.archiveMember, QStringLiteral("archive/data.warc.gz"));
        QVERIFY(hits[0]->locator.digestVerified);
        QCOMPARE(doc->source.title, QStringLiteral("Model X launch"));
    }

    void malformed_givesClearErrorAndStoresNothing_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::newRow("not warc") << QStringLiteral("x.warc")
                                  << QByteArray("GET / HTTP/1.1\r\n\r\n")
                                  << QStringLiteral("not a WARC file");
        QTest::newRow("gzip of junk") << QStringLiteral("x.warc.gz") << Test::gzip("hello world")
                                      << QStringLiteral("not a WARC file");
        QTest::newRow("broken gzip")
            << QStringLiteral("x.warc.gz") << QByteArray("\x1f\x8b\x08\x00garbage", 11)
            << QStringLiteral("not a WARC file");
        QTest::newRow("wacz not zip")
            << QStringLiteral("x.wacz") << QByteArray("not a zip") << QStringLiteral("zip");
        QTest::newRow("wacz without warc")
            << QStringLiteral("x.wacz") << Test::waczFile({}) << QStringLiteral("no WARC files");
        Test::WarcRecord image =
            Test::responseRecord(pageUri, QStringLiteral("2023-05-01T10:00:00Z"), QByteArray());
        image.block = Test::httpResponse("\x89PNG", false, false, nullptr, 200, "image/png");
        image.extraHeaders.clear();
        QTest::newRow("no pages") << QStringLiteral("x.warc") << Test::warcFile({image}, false)
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
        QCOMPARE(Test::storedFiles(dir.path()), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestWarcImporter)
#include "tst_warcimporter.moc"
