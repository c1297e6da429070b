// SPDX-License-Identifier: GPL-3.0-or-later
// Reviewing from the command line on a file case: `evidence list`, `review`, `comment`, run as
// the real executable on a real case file; and the briefing marking file-case names as
// self-asserted.
#include "../casefile/casefixture.h"
#include "report/briefingbuilder.h"
#include "report/briefinghtml.h"
#include "report/briefinghtml_p.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ChipTrace;
using namespace Qt::StringLiterals;

class TestReviewCli : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_case;
    QString m_item;

    Test::ProcessResult cli(const QStringList &args) { return Test::chiptrace(args, m_dir.path()); }
    QJsonObject list(const QStringList &extra = {})
    {
        const auto r =
            cli(QStringList{u"evidence"_s, u"list"_s, m_case, u"--format"_s, u"json"_s} + extra);
        if (r.exitCode != 0)
            qWarning("%s", r.err.constData());
        return QJsonDocument::fromJson(r.out).object();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_case = m_dir.filePath(u"review.chiptrace"_s);
        auto c = Test::makeSmallCase(m_case, u"alice"_s);
        m_item = c.evidence.id;
    }

    void list_showsProposedItemAsSelfAsserted()
    {
        const QJsonObject o = list();
        QCOMPARE(o.value(u"identities"_s).toString(), u"self-asserted"_s);
        const QJsonArray items = o.value(u"items"_s).toArray();
        QCOMPARE(items.size(), 1);
        const QJsonObject item = items.first().toObject();
        QCOMPARE(item.value(u"id"_s).toString(), m_item);
        QCOMPARE(item.value(u"status"_s).toString(), u"proposed"_s);
        QCOMPARE(item.value(u"author"_s).toString(), u"alice"_s);
        QCOMPARE(item.value(u"model"_s).toString(), u"DeepSeek-V3"_s);
        QCOMPARE(item.value(u"constraint"_s).toString(), u"arch in [Hopper]"_s);
        const auto text = cli({u"evidence"_s, u"list"_s, m_case});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(m_item.left(8).toUtf8()), text.out.constData());
        QVERIFY(text.out.contains("self-asserted"));
    }

    void review_authorsOwnAcceptanceDoesNotCount()
    {
        // The id's first characters are enough when they name one item.
        const auto r =
            cli({u"review"_s, m_case, m_item.left(8), u"--accept"_s, u"--as"_s, u"alice"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("does not count"), r.out.constData());
        QVERIFY(r.out.contains("alice (self-asserted)"));
        const QJsonObject item = list().value(u"items"_s).toArray().first().toObject();
        QCOMPARE(item.value(u"status"_s).toString(), u"proposed"_s);
        QCOMPARE(item.value(u"reviews"_s).toArray().size(), 1);
    }

    void review_byAnotherAnalystAccepts()
    {
        const auto r = cli({u"review"_s, m_case, m_item, u"--accept"_s, u"--note"_s,
            u"page 1 says H800"_s, u"--as"_s, u"bob"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("now accepted"), r.out.constData());
        QCOMPARE(list({u"--status"_s, u"accepted"_s}).value(u"items"_s).toArray().size(), 1);
        QCOMPARE(list({u"--status"_s, u"proposed"_s}).value(u"items"_s).toArray().size(), 0);
        const QJsonArray reviews =
            list().value(u"items"_s).toArray().first().toObject().value(u"reviews"_s).toArray();
        QCOMPARE(reviews.last().toObject().value(u"reviewer"_s).toString(), u"bob"_s);
        QCOMPARE(reviews.last().toObject().value(u"note"_s).toString(), u"page 1 says H800"_s);
    }

    void comment_isRecordedUnderTheIdentity()
    {
        const auto r =
            cli({u"comment"_s, m_case, m_item, u"Check the appendix too"_s, u"--as"_s, u"carol"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray comments =
            list().value(u"items"_s).toArray().first().toObject().value(u"comments"_s).toArray();
        QCOMPARE(comments.size(), 1);
        QCOMPARE(comments.first().toObject().value(u"author"_s).toString(), u"carol"_s);
        QCOMPARE(
            comments.first().toObject().value(u"text"_s).toString(), u"Check the appendix too"_s);
        // A dispute by carol then outweighs bob's acceptance.
        QCOMPARE(
            cli({u"review"_s, m_case, m_item, u"--dispute"_s, u"--as"_s, u"carol"_s}).exitCode, 0);
        QCOMPARE(list({u"--status"_s, u"disputed"_s}).value(u"items"_s).toArray().size(), 1);
        QCOMPARE(cli({u"case"_s, u"verify"_s, m_case}).exitCode, 0);
    }

    void badArguments_areUsageErrors()
    {
        QCOMPARE(cli({u"review"_s, m_case, m_item, u"--accept"_s, u"--reject"_s}).exitCode, 2);
        QCOMPARE(cli({u"review"_s, m_case, m_item}).exitCode, 2);
        const auto unknown = cli({u"review"_s, m_case, u"ffffffff"_s, u"--accept"_s});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains("No evidence item"), unknown.err.constData());
        QCOMPARE(cli({u"comment"_s, m_case, m_item, u"   "_s}).exitCode, 2);
        QCOMPARE(cli({u"evidence"_s, u"list"_s, m_case, u"--status"_s, u"maybe"_s}).exitCode, 2);
        QCOMPARE(cli({u"evidence"_s, u"list"_s, m_dir.filePath(u"none.chiptrace"_s)}).exitCode, 3);
    }

    void briefing_marksFileCaseNamesSelfAsserted()
    {
        auto cf = Case::CaseFile::open(m_case);
        QVERIFY(cf);
        QVERIFY(!(*cf)->identitiesVerified());
        Report::BuildSettings settings;
        settings.generatedBy = u"dave"_s;
        auto briefing = Report::BriefingBuilder().build(**cf, settings);
        QVERIFY2(briefing, qPrintable(briefing.message()));
        QVERIFY(!briefing->provenance.identitiesVerified);
        const QString register_ = Report::appendixHtml(*briefing);
        QVERIFY2(register_.contains(u"dave (self-asserted)"_s), qPrintable(register_));
        QVERIFY(register_.contains(u"self-asserted: a file case records"_s));
        const QString body = Report::briefingHtml(*briefing, {});
        QVERIFY(body.contains(u"dave (self-asserted)"_s));
        QVERIFY(body.contains(u"carol (self-asserted)"_s)); // carol's dissent
    }
    // Two copies of a case change the same item's constraint differently; the merge keeps ours
    // and records a conflict, `conflicts` shows the field with both values, `resolve --theirs`
    // takes the other copy's value (audited), and nothing is left to decide.
    void conflicts_areListedAndResolvedFromTheCommandLine()
    {
        const QString ours = m_dir.filePath(u"ours.chiptrace"_s);
        const QString theirs = m_dir.filePath(u"theirs.chiptrace"_s);
        QString item;
        {
            auto c = Test::makeSmallCase(ours, u"alice"_s);
            item = c.evidence.id;
        }
        QVERIFY(QFile::copy(ours, theirs));
        for (const auto &[path, constraint] :
            {std::pair{ours, u"vendor = NVIDIA"_s}, std::pair{theirs, u"arch in [Ampere]"_s}}) {
            auto cf = Case::CaseFile::open(path);
            QVERIFY2(cf, qPrintable(cf.message()));
            Case::Evidence e = *(*cf)->evidenceItem(item);
            e.constraint = constraint;
            QVERIFY((*cf)->saveEvidence(e));
        }
        const auto merged = cli({u"case"_s, u"merge"_s, ours, theirs});
        QVERIFY2(merged.exitCode == 0, merged.err.constData());
        QVERIFY(merged.out.contains("CONFLICT"));

        const auto listed = cli({u"conflicts"_s, ours, u"--format"_s, u"json"_s});
        QCOMPARE(listed.exitCode, 0);
        const QJsonArray conflicts = QJsonDocument::fromJson(listed.out).array();
        QCOMPARE(conflicts.size(), 1);
        const QJsonObject conflict = conflicts.first().toObject();
        QCOMPARE(conflict[u"entity_id"].toString(), item);
        bool field = false;
        for (const QJsonValue &d : conflict[u"differences"].toArray())
            if (d[u"field"].toString() == u"constraint_text") {
                field = true;
                QCOMPARE(d[u"ours"].toString(), u"vendor = NVIDIA"_s);
                QCOMPARE(d[u"theirs"].toString(), u"arch in [Ampere]"_s);
            }
        QVERIFY(field);
        QVERIFY(cli({u"conflicts"_s, ours}).out.contains("constraint_text: ours"));

        QCOMPARE(cli({u"resolve"_s, ours, conflict[u"id"].toString().left(8)}).exitCode, 2);
        const auto resolved = cli({u"resolve"_s, ours, conflict[u"id"].toString().left(8),
            u"--theirs"_s, u"--as"_s, u"bob"_s});
        QVERIFY2(resolved.exitCode == 0, resolved.err.constData());
        {
            auto cf = Case::CaseFile::open(ours);
            QVERIFY(cf);
            QCOMPARE((*cf)->evidenceItem(item)->constraint, u"arch in [Ampere]"_s);
            QVERIFY((*cf)->conflicts().isEmpty());
            QVERIFY((*cf)->verify().ok());
        }
        QVERIFY(cli({u"conflicts"_s, ours}).out.contains("No conflicts"));
        QCOMPARE(cli({u"resolve"_s, ours, conflict[u"id"].toString(), u"--ours"_s}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestReviewCli)
#include "tst_reviewcli.moc"
