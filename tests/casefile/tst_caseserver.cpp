// SPDX-License-Identifier: GPL-3.0-or-later
// A case on a real PostgreSQL server (the distribution's, started for the test on a Unix
// socket): server init, push and pull losing nothing, identity from the server whatever --as
// says, the review rule enforced by the server itself, tampering found by verify.
#include "casefile/casefile.h"
#include "casefixture.h"
#include "pgserver.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ChipTrace;
using namespace Qt::StringLiterals;

class TestCaseServer : public QObject
{
    Q_OBJECT
private:
    Test::PgServer m_server;
    QTemporaryDir m_home;
    QString m_file;
    QString m_item;
    QString m_quote;

    Test::ProcessResult cli(const QStringList &args)
    {
        return Test::chiptrace(args, m_home.path());
    }
    QString uri(const QString &user) const { return m_server.uri(user, u"demo"_s); }
    QJsonObject item(const QString &caseRef)
    {
        const auto r = cli({u"evidence"_s, u"list"_s, caseRef, u"--format"_s, u"json"_s});
        if (r.exitCode != 0)
            qWarning("%s", r.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        for (const QJsonValue &v : o.value(u"items"_s).toArray())
            if (v.toObject().value(u"id"_s).toString() == m_item)
                return v.toObject();
        return {};
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (!m_server.start()) {
            if (!m_server.skipReason().isEmpty())
                QSKIP(qPrintable(m_server.skipReason()));
            QFAIL(qPrintable(m_server.error()));
        }
        for (const QString &user : {u"alice"_s, u"bob"_s, u"rita"_s})
            QVERIFY(m_server.addLogin(user));
        m_file = m_home.filePath(u"demo.chiptrace"_s);
        auto c = Test::makeSmallCase(m_file, u"alice"_s);
        m_item = c.evidence.id;
        m_quote = c.finding.text;
        c.file->setActor(u"carol"_s);
        QVERIFY(c.file->addComment(m_item, u"Seen on page 1"_s));
    }

    void init_isIdempotentAndGrantsRoles()
    {
        const QString admin = m_server.uri(u"ctadmin"_s);
        auto first = cli({u"server"_s, u"init"_s, admin});
        QVERIFY2(first.exitCode == 0, first.err.constData());
        auto again = cli({u"server"_s, u"init"_s, admin});
        QVERIFY2(again.exitCode == 0, again.err.constData());
        for (const auto &[user, role] : {std::pair{u"alice"_s, u"analyst"_s},
                 std::pair{u"bob"_s, u"analyst"_s}, std::pair{u"rita"_s, u"reader"_s}}) {
            auto g = cli({u"server"_s, u"grant"_s, admin, user, role});
            QVERIFY2(g.exitCode == 0, g.err.constData());
        }
        QCOMPARE(cli({u"server"_s, u"grant"_s, admin, u"x"_s, u"boss"_s}).exitCode, 2);
        // An analyst may not prepare the server or put cases on it.
        QVERIFY(
            cli({u"server"_s, u"grant"_s, m_server.uri(u"alice"_s), u"eve"_s, u"admin"_s}).exitCode
            != 0);
    }

    void push_copiesEverythingAndVerifies()
    {
        QCOMPARE(cli({u"case"_s, u"push"_s, m_file, uri(u"alice"_s)}).exitCode, 6);
        auto pushed = cli({u"case"_s, u"push"_s, m_file, uri(u"ctadmin"_s)});
        QVERIFY2(pushed.exitCode == 0, pushed.err.constData());
        QCOMPARE(cli({u"case"_s, u"push"_s, m_file, uri(u"ctadmin"_s)}).exitCode, 2); // exists
        auto verify = cli({u"case"_s, u"verify"_s, uri(u"alice"_s)});
        QVERIFY2(verify.exitCode == 0, QByteArray(verify.out + verify.err).constData());
        QVERIFY(verify.out.contains("1 captured copies checked: OK"));
        const auto local = cli({u"case"_s, u"info"_s, m_file, u"--json"_s});
        const auto remote = cli({u"case"_s, u"info"_s, uri(u"rita"_s), u"--json"_s});
        QCOMPARE(remote.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(remote.out).object(),
            QJsonDocument::fromJson(local.out).object());
        const QJsonObject o = item(uri(u"rita"_s));
        QCOMPARE(o.value(u"author"_s).toString(), u"alice"_s);
        QCOMPARE(o.value(u"comments"_s).toArray().size(), 1);
        auto listed = cli({u"server"_s, u"list"_s, m_server.uri(u"rita"_s)});
        QCOMPARE(listed.out.trimmed(),
            "demo " + QByteArray::number(Case::CaseFile::SchemaVersion)); // name and format
    }

    void review_authorsSelfAcceptanceRefusedByServer()
    {
        const auto r =
            cli({u"review"_s, uri(u"alice"_s), m_item, u"--accept"_s, u"--as"_s, u"bob"_s});
        QCOMPARE(r.exitCode, 6);
        QVERIFY2(r.err.contains("ChipTrace server: \"alice\" proposed evidence item"),
            r.err.constData());
        QVERIFY(r.err.contains("--as is ignored"));
        // The server refuses it whoever writes the SQL, ChipTrace or not.
        const auto raw = m_server.psql(u"alice"_s,
            u"INSERT INTO ct_demo.reviews (id, evidence_id, reviewer, verdict, at) VALUES "
            "('r1', '%1', 'alice', 'accept', '2026-01-01T00:00:00.000Z')"_s.arg(m_item));
        QVERIFY(raw.exitCode != 0);
        QVERIFY2(raw.err.contains("cannot accept it"), raw.err.constData());
        const auto forged = m_server.psql(u"alice"_s,
            u"INSERT INTO ct_demo.reviews (id, evidence_id, reviewer, verdict, at) VALUES "
            "('r2', '%1', 'bob', 'accept', '2026-01-01T00:00:00.000Z')"_s.arg(m_item));
        QVERIFY(forged.exitCode != 0);
        QVERIFY2(forged.err.contains("you are signed in as \"alice\""), forged.err.constData());
        QCOMPARE(item(uri(u"rita"_s)).value(u"status"_s).toString(), u"proposed"_s);
    }

    void review_byAnotherRoleIsRecordedUnderThatRole()
    {
        const auto r = cli({u"review"_s, uri(u"bob"_s), m_item.left(8), u"--accept"_s, u"--as"_s,
            u"alice"_s, u"--note"_s, u"checked"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject o = item(uri(u"rita"_s));
        QCOMPARE(o.value(u"status"_s).toString(), u"accepted"_s);
        const QJsonObject last = o.value(u"reviews"_s).toArray().last().toObject();
        QCOMPARE(last.value(u"reviewer"_s).toString(), u"bob"_s);
        QCOMPARE(cli({u"comment"_s, uri(u"alice"_s), m_item, u"thanks"_s}).exitCode, 0);
        // A reader reads but cannot review.
        const auto reader = cli({u"review"_s, uri(u"rita"_s), m_item, u"--dispute"_s});
        QCOMPARE(reader.exitCode, 6);
        const auto list = cli({u"evidence"_s, u"list"_s, uri(u"rita"_s)});
        QVERIFY(list.out.contains("database roles checked by the case server"));
        QCOMPARE(cli({u"case"_s, u"verify"_s, uri(u"rita"_s)}).exitCode, 0);
    }

    void api_actorIsTheRoleAndUndoWorks()
    {
        qputenv("CHIPTRACE_IDENTITY", "mallory");
        auto cf = Case::CaseFile::open(uri(u"bob"_s));
        qunsetenv("CHIPTRACE_IDENTITY");
        QVERIFY2(cf, qPrintable(cf.message()));
        QVERIFY((*cf)->identitiesVerified());
        QCOMPARE((*cf)->actor(), u"bob"_s);
        (*cf)->setActor(u"alice"_s);
        QCOMPARE((*cf)->actor(), u"bob"_s);
        auto done = (*cf)->review(m_item, Case::Verdict::Dispute, u"on second thoughts"_s);
        QVERIFY2(done, qPrintable(done.message()));
        QCOMPARE((*cf)->evidenceItem(m_item)->status, Case::ReviewStatus::Disputed);
        QVERIFY((*cf)->revert(*done));
        QCOMPARE((*cf)->evidenceItem(m_item)->status, Case::ReviewStatus::Accepted);
        const auto copy = (*cf)->capturedContent((*cf)->sources().first());
        QVERIFY(copy && copy->contains("H800"));
        QVERIFY((*cf)->verify().ok());
    }

    void pull_losesNothing()
    {
        const QString back = m_home.filePath(u"back.chiptrace"_s);
        auto pulled = cli({u"case"_s, u"pull"_s, uri(u"rita"_s), back});
        QVERIFY2(pulled.exitCode == 0, pulled.err.constData());
        auto verify = cli({u"case"_s, u"verify"_s, back});
        QVERIFY2(verify.exitCode == 0, verify.out.constData());
        QVERIFY(verify.out.contains("1 captured copies checked: OK"));
        const QJsonObject local = item(back), remote = item(uri(u"rita"_s));
        QCOMPARE(local, remote);
        QCOMPARE(local.value(u"comments"_s).toArray().size(), 2);
        auto cf = Case::CaseFile::open(back);
        QVERIFY(cf);
        auto server = Case::CaseFile::open(uri(u"rita"_s));
        QVERIFY(server);
        QCOMPARE((*cf)->auditTrail().size(), (*server)->auditTrail().size());
        QCOMPARE((*cf)->auditTrail().last().hash, (*server)->auditTrail().last().hash);
        QCOMPARE(cli({u"case"_s, u"pull"_s, uri(u"rita"_s), back}).exitCode, 2); // exists
    }

    void verify_detectsRowChangedBehindChipTracesBack()
    {
        const auto trail = m_server.psql(u"ctadmin"_s, u"DELETE FROM ct_demo.audit"_s);
        QVERIFY(trail.exitCode != 0);
        QVERIFY2(trail.err.contains("append-only"), trail.err.constData());
        const auto edit = m_server.psql(u"ctadmin"_s,
            u"UPDATE ct_demo.evidence SET quote = 'forged' WHERE id = '%1'"_s.arg(m_item));
        QVERIFY2(edit.exitCode == 0, edit.err.constData());
        const auto verify = cli({u"case"_s, u"verify"_s, uri(u"alice"_s)});
        QCOMPARE(verify.exitCode, 5);
        QVERIFY2(verify.out.contains(
                     u"evidence %1 was changed outside ChipTrace"_s.arg(m_item).toUtf8()),
            verify.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestCaseServer)
#include "tst_caseserver.moc"
