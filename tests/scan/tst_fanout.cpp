// SPDX-License-Identifier: GPL-3.0-or-later
// The scan fan-out shared by the working-tree and history scans: every item handled once,
// tallies merged, warnings capped, and a worker that cannot set itself up fails the whole run
// instead of leaving its share of the items unread.

#include "scan/fanout.h"

#include <QTest>

#include <atomic>
#include <mutex>
#include <set>

using namespace ChipTrace;
using namespace ChipTrace::Scan;
using namespace Qt::StringLiterals;

class TestFanOut : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyItemOnceAndTalliesMerged()
    {
        QThreadPool pool;
        pool.setMaxThreadCount(3);
        QPromise<ScanResult> promise;
        promise.start();
        ScanResult result;
        std::mutex lock;
        std::multiset<qsizetype> seen;
        std::atomic<int> setups{0};
        FanOut plan;
        plan.count = 1000;
        plan.chunk = 7;
        const Status s = fanOut(
            pool, promise, plan,
            [&]() -> Result<ItemHandler> {
                ++setups;
                return ItemHandler([&](qsizetype i, WorkerTally &tally) {
                    {
                        std::lock_guard guard(lock);
                        seen.insert(i);
                    }
                    ++tally.stats.filesScanned;
                    tally.stats.bytesScanned += i;
                    if (i % 2 == 0)
                        tally.warnings << u"warning %1"_s.arg(i);
                    if (i % 100 == 0)
                        tally.findings << Finding{};
                });
            },
            result);
        QVERIFY(s);
        QCOMPARE(setups.load(), 3);
        QCOMPARE(int(seen.size()), 1000);
        QCOMPARE(int(std::set<qsizetype>(seen.begin(), seen.end()).size()), 1000);
        QCOMPARE(result.stats.filesScanned, 1000);
        QCOMPARE(result.stats.bytesScanned, qint64(999 * 1000 / 2));
        QCOMPARE(result.findings.size(), 10);
        QCOMPARE(result.warnings.size(), kMaxWarnings + 1); // capped, then how many more
        QVERIFY(result.warnings.last().contains(u"300"_s));
    }

    void aFailedWorkerFailsTheRun()
    {
        QThreadPool pool;
        pool.setMaxThreadCount(2);
        QPromise<ScanResult> promise;
        promise.start();
        ScanResult result;
        std::atomic<int> setups{0};
        FanOut plan;
        plan.count = 100;
        const Status s = fanOut(
            pool, promise, plan,
            [&]() -> Result<ItemHandler> {
                if (++setups == 2)
                    return fail(
                        ErrorCode::Io, u"Cannot open the repository /x to read its files"_s);
                return ItemHandler(
                    [](qsizetype, WorkerTally &tally) { ++tally.stats.filesScanned; });
            },
            result);
        QVERIFY(!s);
        QCOMPARE(s.message(), u"Cannot open the repository /x to read its files"_s);
        QCOMPARE(setups.load(), 2);
    }
};

QTEST_GUILESS_MAIN(TestFanOut)
#include "tst_fanout.moc"
