// SPDX-License-Identifier: GPL-3.0-or-later
// The shared vocabulary's text forms are what case files, signature packs and the JSON of the
// command line already hold: each value must print as before and read back as itself, in any
// case, and a word that is no value must be refused rather than read as a default.

#include "domain/vocabulary.h"

#include <QSet>
#include <QTest>

using namespace ChipTrace;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ChipTrace::Strength)
Q_DECLARE_METATYPE(ChipTrace::HitContext)
Q_DECLARE_METATYPE(ChipTrace::SourceKind)
Q_DECLARE_METATYPE(ChipTrace::ReviewStatus)
Q_DECLARE_METATYPE(ChipTrace::ControlStatus)

namespace {

// Every value of E from 0 to `count` - 1 has its own name, and the name reads back as the value.
template<typename E>
void checkEveryValue(int count, QString (*name)(E), std::optional<E> (*fromName)(const QString &))
{
    QSet<QString> seen;
    for (int i = 0; i < count; ++i) {
        const E value = E(i);
        const QString text = name(value);
        QVERIFY2(!text.isEmpty(), qPrintable(QString::number(i)));
        QVERIFY2(!seen.contains(text), qPrintable(text));
        seen.insert(text);
        QCOMPARE(fromName(text), std::optional<E>(value));
        QCOMPARE(fromName(text.toUpper()), std::optional<E>(value));
        QCOMPARE(fromName(u"  "_s + text + u"\n"_s), std::optional<E>(value));
    }
}

} // namespace

class TestVocabulary : public QObject
{
    Q_OBJECT
private slots:
    void everyValue_roundTrips()
    {
        checkEveryValue<Strength>(3, strengthName, strengthFromName);
        checkEveryValue<HitContext>(4, contextName, contextFromName);
        checkEveryValue<SourceKind>(7, sourceKindName, sourceKindFromName);
        checkEveryValue<ReviewStatus>(4, reviewStatusName, reviewStatusFromName);
        checkEveryValue<ControlStatus>(6, controlStatusName, controlStatusFromName);
    }

    // The stored spellings, one by one: changing any of them would make case files and JSON
    // already on disk read back differently.
    void sourceKind_keepsItsStoredText_data()
    {
        QTest::addColumn<SourceKind>("kind");
        QTest::addColumn<QString>("text");
        QTest::newRow("repository") << SourceKind::Repository << u"repository"_s;
        QTest::newRow("paper") << SourceKind::Paper << u"paper"_s;
        QTest::newRow("archived page") << SourceKind::ArchivedPage << u"archived-page"_s;
        QTest::newRow("web page") << SourceKind::WebPage << u"web-page"_s;
        QTest::newRow("news") << SourceKind::NewsArticle << u"news"_s;
        QTest::newRow("dataset") << SourceKind::Dataset << u"dataset"_s;
        QTest::newRow("note") << SourceKind::Note << u"note"_s;
    }
    void sourceKind_keepsItsStoredText()
    {
        QFETCH(SourceKind, kind);
        QFETCH(QString, text);
        QCOMPARE(sourceKindName(kind), text);
    }

    void reviewStatus_keepsItsStoredText_data()
    {
        QTest::addColumn<ReviewStatus>("status");
        QTest::addColumn<QString>("text");
        QTest::newRow("proposed") << ReviewStatus::Proposed << u"proposed"_s;
        QTest::newRow("accepted") << ReviewStatus::Accepted << u"accepted"_s;
        QTest::newRow("disputed") << ReviewStatus::Disputed << u"disputed"_s;
        QTest::newRow("rejected") << ReviewStatus::Rejected << u"rejected"_s;
    }
    void reviewStatus_keepsItsStoredText()
    {
        QFETCH(ReviewStatus, status);
        QFETCH(QString, text);
        QCOMPARE(reviewStatusName(status), text);
    }

    // "no", "yes", "undecidable": what `chiptrace funnel --json` and the rules JSON print.
    void controlStatus_keepsItsPrintedText_data()
    {
        QTest::addColumn<ControlStatus>("status");
        QTest::addColumn<QString>("text");
        QTest::newRow("not controlled") << ControlStatus::NotControlled << u"no"_s;
        QTest::newRow("controlled") << ControlStatus::Controlled << u"yes"_s;
        QTest::newRow("undecidable") << ControlStatus::Undecidable << u"undecidable"_s;
        QTest::newRow("unknown") << ControlStatus::Unknown << u"unknown"_s;
        QTest::newRow("licence exception")
            << ControlStatus::LicenseException << u"license-exception"_s;
        QTest::newRow("mixed") << ControlStatus::Mixed << u"mixed"_s;
    }
    void controlStatus_keepsItsPrintedText()
    {
        QFETCH(ControlStatus, status);
        QFETCH(QString, text);
        QCOMPARE(controlStatusName(status), text);
    }

    void strengthAndContext_keepTheirStoredText()
    {
        QCOMPARE(strengthName(Strength::Proof), u"proof"_s);
        QCOMPARE(strengthName(Strength::Hint), u"hint"_s);
        QCOMPARE(contextName(HitContext::Comment), u"comment"_s);
        QCOMPARE(contextName(HitContext::Prose), u"prose"_s);
    }

    void parsing_ignoresCase()
    {
        QCOMPARE(sourceKindFromName(u"Archived-Page"_s),
            std::optional<SourceKind>(SourceKind::ArchivedPage));
        QCOMPARE(reviewStatusFromName(u"DISPUTED"_s),
            std::optional<ReviewStatus>(ReviewStatus::Disputed));
        QCOMPARE(controlStatusFromName(u"Yes"_s),
            std::optional<ControlStatus>(ControlStatus::Controlled));
        QCOMPARE(strengthFromName(u"Strong"_s), std::optional<Strength>(Strength::Strong));
        QCOMPARE(contextFromName(u"STRING"_s), std::optional<HitContext>(HitContext::String));
    }

    // Look-alikes from the enums this one replaced (the briefing's "unreviewed", the funnel's
    // "controlled", a display text "web page") are not stored forms: refused, not guessed.
    void unknownNames_areRefused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("blank") << u"   "_s;
        QTest::newRow("display text") << u"web page"_s;
        QTest::newRow("other enum's word") << u"unreviewed"_s;
        QTest::newRow("controlled") << u"controlled"_s;
        QTest::newRow("prefix") << u"pro"_s;
        QTest::newRow("with suffix") << u"notes"_s;
    }
    void unknownNames_areRefused()
    {
        QFETCH(QString, text);
        QVERIFY(!sourceKindFromName(text));
        QVERIFY(!reviewStatusFromName(text));
        QVERIFY(!controlStatusFromName(text));
        QVERIFY(!strengthFromName(text));
        QVERIFY(!contextFromName(text));
    }
};

QTEST_GUILESS_MAIN(TestVocabulary)
#include "tst_vocabulary.moc"
