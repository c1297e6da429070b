// SPDX-License-Identifier: GPL-3.0-or-later
// Watching a lab (issue 17) end to end: a repository served by a real git daemon on loopback is
// put on a case's watch list with `chiptrace watch`; the lab then removes a chip claim, force-
// pushes away a commit with InfiniBand settings, deletes a branch and rewords a claim. Each
// change is reported once, with its commit, recorded in the case, and the dropped history stays
// scannable in the store.

#include "casefile/casefile.h"
#include "casefile/watchlist.h"
#include "git/repositorystore.h"
#include "gitfixtures.h"
#include "watch/watch.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ChipTrace;
using namespace ChipTrace::Test;
using namespace Qt::StringLiterals;

// The lab's files, in our own words.
static const QByteArray labReadme =
    "# Orca-7B\n\n"
    "A small language model for code review.\n\n"
    "Orca-7B was pretrained on 1,024 H800 GPUs for 40 days.\n\n"
    "## Licence\n\nApache-2.0\n";
static const QByteArray labReadmeScrubbed =
    "# Orca-7B\n\n"
    "A small language model for code review.\n\n"
    "## Licence\n\nApache-2.0\n";
static const QByteArray labLaunch =
    "#!/bin/sh\n"
    "# fabric settings for the pretraining cluster\n"
    "export NCCL_IB_HCA=mlx5_0,mlx5_1,mlx5_2,mlx5_3\n"
    "torchrun --nproc_per_node 8 pretrain.py\n";

class TestWatch : public QObject, public ServedRepos
{
    Q_OBJECT

private:
    QString newCase(const QString &name)
    {
        const QString path = m_tmp.filePath(name + u".chiptrace"_s);
        Case::CaseInfo info;
        info.title = u"Orca-7B"_s;
        auto cf = Case::CaseFile::create(path, info);
        if (!cf)
            qWarning("%s", qPrintable(cf.message()));
        return path;
    }

    QJsonObject watchJson(const QString &casePath, const QString &home, int expectedExit,
        const QStringList &extra = {})
    {
        const ProcessResult r = chiptrace(
            QStringList{u"watch"_s, casePath, u"--once"_s, u"--format"_s, u"json"_s} + extra, home);
        if (r.exitCode != expectedExit)
            qWarning("watch exited %d, expected %d: %s %s", r.exitCode, expectedExit,
                r.err.constData(), r.out.left(3000).constData());
        return r.exitCode == expectedExit ? QJsonDocument::fromJson(r.out).object() : QJsonObject();
    }

    static QJsonObject changeOf(const QJsonObject &report, const QString &kind)
    {
        for (const QJsonValue &v : report.value(u"changes"_s).toArray())
            if (v.toObject().value(u"kind"_s).toString() == kind)
                return v.toObject();
        return {};
    }

    QString head(const QString &name) { return gitOut(work(name), {u"rev-parse"_s, u"HEAD"_s}); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(start()); }

    // The acceptance check of issue 17.
    void cli_reportsRemovedClaimAndForcePushOnce()
    {
        makeSource(u"orca"_s, {{u"README.md"_s, labReadme}, {u"launch.sh"_s, labLaunch}});
        const QString dropped = head(u"orca"_s); // the commit with the InfiniBand settings
        const QString home = m_tmp.filePath(u"home-orca"_s);
        const QString casePath = newCase(u"orca"_s);
        const QString url = m_daemon->url(u"orca.git"_s);

        const QJsonObject first = watchJson(casePath, home, 0, {u"--add"_s, url});
        QVERIFY(first.value(u"repositories"_s)
                .toArray()
                .at(0)
                .toObject()
                .value(u"baseline"_s)
                .toBool());
        QCOMPARE(first.value(u"changes"_s).toArray().size(), 0);

        // The lab drops the last commit and scrubs the claim in a new one.
        gitOut(work(u"orca"_s), {u"reset"_s, u"-q"_s, u"--hard"_s, u"HEAD~1"_s});
        writeFile(work(u"orca"_s), u"README.md"_s, labReadmeScrubbed);
        gitOut(work(u"orca"_s), {u"commit"_s, u"-qam"_s, u"Tidy the README"_s},
            u"2024-02-01T09:00:00Z"_s);
        const QString scrub = head(u"orca"_s);
        publish(u"orca"_s);

        const QJsonObject second = watchJson(casePath, home, 1);
        QVERIFY(second.value(u"evidenceWithdrawn"_s).toBool());
        const QJsonObject removed = changeOf(second, u"removed"_s);
        QVERIFY2(removed.value(u"text"_s).toString().contains(u"H800"_s),
            QJsonDocument(second).toJson().constData());
        QCOMPARE(removed.value(u"commit"_s).toString(), scrub);
        QCOMPARE(removed.value(u"path"_s).toString(), u"README.md"_s);
        const QJsonObject rewritten = changeOf(second, u"rewritten"_s);
        QVERIFY(rewritten.value(u"text"_s).toString().contains(u"NCCL_IB_HCA"_s));
        QCOMPARE(rewritten.value(u"commit"_s).toString(), dropped);
        const QString kept = rewritten.value(u"ref"_s).toString();
        QVERIFY2(kept.startsWith(u"refs/chiptrace/preserved/"_s), qPrintable(kept));

        // Recorded in the case, dated.
        {
            auto cf = Case::CaseFile::open(casePath);
            QVERIFY2(cf, qPrintable(cf.message()));
            const QList<Case::WatchChange> record = Case::WatchList(**cf).changes();
            QStringList seen;
            for (const Case::WatchChange &c : record) {
                QVERIFY(c.at.isValid());
                seen << c.kind + u' ' + c.commit;
            }
            QVERIFY2(seen.contains(u"removed "_s + scrub), qPrintable(seen.join(u", "_s)));
            QVERIFY2(seen.contains(u"rewritten "_s + dropped), qPrintable(seen.join(u", "_s)));
        }

        // Nothing new the second time.
        const QJsonObject third = watchJson(casePath, home, 0);
        QCOMPARE(third.value(u"changes"_s).toArray().size(), 0);
        QVERIFY(!third.value(u"evidenceWithdrawn"_s).toBool());

        // The dropped commit is still in the store and a history scan still finds its line.
        const QString entry =
            Git::RepositoryStore(home + u"/data/chiptrace/repositories"_s).pathFor(url);
        const ProcessResult scan =
            chiptrace({u"scan"_s, entry, u"--history"_s, u"--format"_s, u"json"_s}, home);
        QCOMPARE(scan.exitCode, 1); // findings
        bool found = false;
        for (const QJsonValue &v :
            QJsonDocument::fromJson(scan.out).object().value(u"findings"_s).toArray()) {
            const QJsonObject f = v.toObject();
            if (f.value(u"fingerprint"_s) == rewritten.value(u"fingerprint"_s)) {
                found = true;
                QCOMPARE(
                    f.value(u"first_seen"_s).toObject().value(u"commit"_s).toString(), dropped);
                QVERIFY(!f.value(u"at_head"_s).toBool());
            }
        }
        QVERIFY2(found, scan.out.left(3000).constData());
    }

    // A deleted branch takes its lines with it: "rewritten", kept under the preserved ref; a
    // claim that names another chip is "claim-changed"; a new InfiniBand line is "added".
    void cli_deletedBranchAndChangedClaim()
    {
        makeSource(u"heron"_s, {{u"README.md"_s, labReadme}});
        const QString w = work(u"heron"_s);
        gitOut(w, {u"checkout"_s, u"-q"_s, u"-b"_s, u"trial"_s});
        writeFile(w, u"launch.sh"_s, labLaunch);
        gitOut(w, {u"add"_s, u"-A"_s});
        gitOut(w, {u"commit"_s, u"-qm"_s, u"Trial launcher"_s}, u"2024-01-05T10:00:00Z"_s);
        const QString trial = head(u"heron"_s);
        gitOut(w, {u"checkout"_s, u"-q"_s, u"-"_s});
        publish(u"heron"_s);
        const QString home = m_tmp.filePath(u"home-heron"_s);
        const QString casePath = newCase(u"heron"_s);
        const QString url = m_daemon->url(u"heron.git"_s);
        QVERIFY(
            !watchJson(casePath, home, 0, {u"--add"_s, url, u"--interval"_s, u"6"_s}).isEmpty());

        gitOut(w, {u"branch"_s, u"-q"_s, u"-D"_s, u"trial"_s});
        QByteArray readme = labReadme;
        readme.replace("1,024 H800 GPUs", "1,024 H20 GPUs");
        writeFile(w, u"README.md"_s, readme);
        writeFile(w, u"serve.sh"_s, "export NCCL_IB_HCA=mlx5_4\npython serve.py\n");
        gitOut(w, {u"add"_s, u"-A"_s});
        gitOut(w, {u"commit"_s, u"-qm"_s, u"Serving"_s}, u"2024-02-02T09:00:00Z"_s);
        const QString serving = head(u"heron"_s);
        publish(u"heron"_s);

        const QJsonObject report = watchJson(casePath, home, 1);
        const QJsonObject rewritten = changeOf(report, u"rewritten"_s);
        QCOMPARE(rewritten.value(u"commit"_s).toString(), trial);
        QVERIFY2(rewritten.value(u"ref"_s).toString().endsWith(u"/heads/trial"_s),
            QJsonDocument(report).toJson().constData());
        QVERIFY(rewritten.value(u"detail"_s).toString().contains(u"deleted"_s));
        const QJsonObject changed = changeOf(report, u"claim-changed"_s);
        QCOMPARE(changed.value(u"commit"_s).toString(), serving);
        QVERIFY2(changed.value(u"detail"_s).toString().contains(u"H800"_s)
                && changed.value(u"detail"_s).toString().contains(u"H20"_s),
            qPrintable(changed.value(u"detail"_s).toString()));
        QVERIFY(changeOf(report, u"removed"_s).isEmpty()); // the claim changed, not vanished
        const QJsonObject added = changeOf(report, u"added"_s);
        QCOMPARE(added.value(u"path"_s).toString(), u"serve.sh"_s);
        QCOMPARE(added.value(u"commit"_s).toString(), serving);
        QCOMPARE(watchJson(casePath, home, 0).value(u"changes"_s).toArray().size(), 0);

        // `--list` shows the interval and the changes not looked at yet.
        const ProcessResult list = chiptrace({u"watch"_s, casePath, u"--list"_s}, home);
        QCOMPARE(list.exitCode, 0);
        QVERIFY2(list.out.contains("every 6 h"), list.out.constData());
    }

    // A repository that cannot be fetched backs off and says why; the others are not held up.
    void cli_unreachableRepositoryBacksOff()
    {
        const QString home = m_tmp.filePath(u"home-gone"_s);
        const QString casePath = newCase(u"gone"_s);
        const ProcessResult r = chiptrace(
            {u"watch"_s, casePath, u"--add"_s, m_daemon->url(u"no-such-lab.git"_s), u"--once"_s},
            home);
        QCOMPARE(r.exitCode, 3);
        auto cf = Case::CaseFile::open(casePath);
        QVERIFY(cf);
        const QList<Case::WatchEntry> entries = Case::WatchList(**cf).entries();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries[0].failures, 1);
        QVERIFY(!entries[0].lastError.isEmpty());
        QVERIFY(entries[0].refs.isEmpty()); // no baseline from a failed fetch
        const qint64 wait = entries[0].lastAttempt.secsTo(entries[0].nextAttempt);
        QVERIFY2(wait >= 299 && wait <= 301, qPrintable(QString::number(wait)));
    }

    void backoff_doublesUpToTheInterval_data()
    {
        QTest::addColumn<int>("failures");
        QTest::addColumn<int>("intervalHours");
        QTest::addColumn<bool>("failed");
        QTest::addColumn<qint64>("seconds");
        QTest::newRow("success waits the interval") << 0 << 6 << false << qint64(6 * 3600);
        QTest::newRow("first failure") << 1 << 24 << true << qint64(300);
        QTest::newRow("second failure") << 2 << 24 << true << qint64(600);
        QTest::newRow("fifth failure") << 5 << 24 << true << qint64(4800);
        QTest::newRow("never beyond the interval") << 12 << 1 << true << qint64(3600);
    }

    void backoff_doublesUpToTheInterval()
    {
        QFETCH(int, failures);
        QFETCH(int, intervalHours);
        QFETCH(bool, failed);
        QFETCH(qint64, seconds);
        Case::WatchEntry e;
        e.failures = failures;
        e.intervalHours = intervalHours;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QCOMPARE(now.secsTo(Watch::nextAttemptAfter(e, failed, now)), seconds);
    }

    void hostOf_groupsTransfers()
    {
        QCOMPARE(Watch::hostOf(u"https://GitHub.com/a/b"_s), u"github.com"_s);
        QCOMPARE(Watch::hostOf(u"git://127.0.0.1:9418/x.git"_s), u"127.0.0.1"_s);
        QCOMPARE(Watch::hostOf(u"/srv/mirrors/lab.git"_s), u"local"_s);
    }
};

QTEST_GUILESS_MAIN(TestWatch)
#include "tst_watch.moc"
