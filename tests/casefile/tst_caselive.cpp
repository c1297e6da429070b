// SPDX-License-Identifier: GPL-3.0-or-later
// Live work together on a server case (real PostgreSQL, casebackend.h): a colleague's change
// reaches another analyst's open case through LISTEN/NOTIFY without reopening it, with who did
// what; a lost server makes the case offline (edits refused, saying so) and, once the server is
// back, online again with what happened meanwhile.
#include "casebackend.h"
#include "casefile/livefeed.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ChipTrace;
using namespace Qt::StringLiterals;

class TestCaseLive : public QObject
{
    Q_OBJECT
private:
    Test::CaseBackends m_backends;
    QTemporaryDir m_dir;

    static std::unique_ptr<Case::LiveFeed> feedOf(Case::CaseFile &cf)
    {
        auto feed = Case::LiveFeed::attach(cf);
        if (!feed || !*feed)
            qFatal("no live feed: %s", qPrintable(feed.message()));
        return std::move(*feed);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        CHIPTRACE_REQUIRE_SERVER(m_backends);
    }

    void fileCase_hasNoFeed()
    {
        auto c = m_backends.make(Test::Backend::File, m_dir);
        auto feed = Case::LiveFeed::attach(*c.file);
        QVERIFY(feed);
        QVERIFY(!*feed);
    }

    void colleaguesChange_reachesTheOpenCase()
    {
        auto c = m_backends.make(Test::Backend::Server, m_dir);
        auto feed = feedOf(*c.file);
        QSignalSpy colleague(feed.get(), &Case::LiveFeed::colleagueChanged);
        QSignalSpy changed(c.file.get(), &Case::CaseFile::changed);
        // How long a committed change takes to reach an open case (notification, catch-up read,
        // views told): printed for the README, not asserted (shared machines vary).
        QElapsedTimer clock;
        qint64 latency = -1;
        connect(feed.get(), &Case::LiveFeed::colleagueChanged, this, [&] {
            if (latency < 0)
                latency = clock.elapsed();
        });
        Case::CaseFile &bob = m_backends.as(c, u"bob"_s);
        clock.start();
        QVERIFY(bob.review(c.evidence.id, Case::Verdict::Accept));
        QTRY_COMPARE(colleague.count(), 1);
        qInfo("a colleague's review reached the open case %lld ms after review() was called",
            latency);
        QCOMPARE(colleague.constFirst().at(0).toString(), u"bob"_s);
        QCOMPARE(colleague.constFirst().at(1).toString(),
            u"bob accepted evidence %1"_s.arg(c.evidence.id.left(8)));
        QCOMPARE(changed.count(), 1);
        const auto change = changed.constFirst().constFirst().value<Case::ChangeSet>();
        QCOMPARE(change.changes.size(), 1);
        QCOMPARE(change.changes.constFirst().table, u"reviews"_s);
        QCOMPARE(c.file->evidenceItem(c.evidence.id)->status, Case::ReviewStatus::Accepted);

        // Our own change tells our views (changed) but is not news from a colleague.
        QVERIFY(c.file->addComment(c.evidence.id, u"thanks"_s));
        QCOMPARE(changed.count(), 2);
        QTest::qWait(300);
        feed->poll();
        QCOMPARE(colleague.count(), 1);
        QCOMPARE(changed.count(), 2);

        // Several changes in one go are one message, counted.
        Case::CaseFile &carol = m_backends.as(c, u"carol"_s);
        QVERIFY(carol.addComment(c.evidence.id, u"agreed"_s));
        QVERIFY(carol.review(c.evidence.id, Case::Verdict::Dispute, u"which H800 batch?"_s));
        QTRY_VERIFY(colleague.count() >= 2);
        QTRY_COMPARE(c.file->evidenceItem(c.evidence.id)->status, Case::ReviewStatus::Disputed);
        QVERIFY(colleague.constLast().at(1).toString().startsWith(u"carol "_s));
    }

    void ownWorkerConnection_isNotNewsTwice()
    {
        // The workbench's background import: a second connection of the same analyst writes,
        // then announce() tells the first one's views; the feed must not tell them again.
        auto c = m_backends.make(Test::Backend::Server, m_dir);
        auto feed = feedOf(*c.file);
        QSignalSpy colleague(feed.get(), &Case::LiveFeed::colleagueChanged);
        QSignalSpy changed(c.file.get(), &Case::CaseFile::changed);
        auto worker = Case::CaseFile::open(c.location);
        QVERIFY2(worker, qPrintable(worker.message()));
        Case::Lab lab;
        lab.name = u"Second lab"_s;
        const auto added = (*worker)->saveLab(lab);
        QVERIFY(added);
        c.file->announce(*added);
        QCOMPARE(changed.count(), 1);
        QTest::qWait(300);
        feed->poll();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(colleague.count(), 0);
        // The same analyst in another window is news, though: it was not announced here.
        lab.notes = u"from the other window"_s;
        QVERIFY((*worker)->saveLab(lab));
        QTRY_COMPARE(colleague.count(), 1);
        QCOMPARE(changed.count(), 2);
    }

    void serverLost_offlineRefusesEditsThenResumes()
    {
        auto c = m_backends.make(Test::Backend::Server, m_dir);
        auto feed = feedOf(*c.file);
        feed->setRetryInterval(200);
        QSignalSpy online(feed.get(), &Case::LiveFeed::onlineChanged);
        QVERIFY(m_backends.server().stop());
        // A read that meets the dead connection before the feed noticed: not taken for damage.
        QVERIFY(c.file->labs().isEmpty());
        QVERIFY(c.file->readError().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!feed->isOnline(), 10000);
        QCOMPARE(online.count(), 1);
        QCOMPARE(online.constFirst().at(0).toBool(), false);
        QVERIFY(online.constFirst().at(1).toString().startsWith(u"Offline"_s));
        Case::Lab lab = c.lab;
        lab.notes = u"written while offline"_s;
        const auto refused = c.file->saveLab(lab);
        QVERIFY(!refused);
        QCOMPARE(refused.code(), ErrorCode::Conflict);
        QVERIFY2(refused.message().contains(u"Edits are refused"_s), qPrintable(refused.message()));
        QVERIFY(c.file->readError().isEmpty()); // a lost server is not a damaged case

        QVERIFY(m_backends.server().resume());
        // A colleague who got there first: the returning analyst catches up on it.
        auto bob = Case::CaseFile::open(m_backends.server().uri(u"bob"_s, c.serverCase));
        QVERIFY2(bob, qPrintable(bob.message()));
        QVERIFY((*bob)->review(c.evidence.id, Case::Verdict::Reject));
        QTRY_VERIFY_WITH_TIMEOUT(feed->isOnline(), 15000);
        QCOMPARE(online.constLast().at(0).toBool(), true);
        QTRY_COMPARE(c.file->evidenceItem(c.evidence.id)->status, Case::ReviewStatus::Rejected);
        QVERIFY(c.file->saveLab(lab));
        QCOMPARE(c.file->lab(lab.id)->notes, u"written while offline"_s);
        QVERIFY(c.file->verify().ok());
    }
};

QTEST_GUILESS_MAIN(TestCaseLive)
#include "tst_caselive.moc"
