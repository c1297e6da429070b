// SPDX-License-Identifier: GPL-3.0-or-later
// The workbench's side of watching labs: the Changes model (grouped by repository, unseen in
// bold), the desktop notification's text, and a round run from the window against a local lab
// repository, down to the removed line shown in the code viewer.

#include "casefile/casefile.h"
#include "codeview/codeeditor.h"
#include "codeview/codeviewer.h"
#include "mainwindow/changespanel.h"
#include "mainwindow/desktopnotifier.h"
#include "mainwindow/jobrunner.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/workbench.h"
#include "models/watchchangesmodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace ChipTrace;
using namespace ChipTrace::Ui;
using namespace Qt::StringLiterals;

static Case::WatchChange change(
    const QString &id, const QString &repo, const QString &kind, int minutesAgo, bool seen = false)
{
    Case::WatchChange c;
    c.id = id;
    c.repo = repo;
    c.kind = kind;
    c.at = QDateTime::currentDateTimeUtc().addSecs(-60 * minutesAgo);
    c.commit = u"c0ffee%1"_s.arg(id);
    c.path = u"docs/hardware.md"_s;
    c.line = 7;
    c.text = u"line %1"_s.arg(id);
    c.seen = seen;
    return c;
}

class TestChanges : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { Test::initWorkbenchTest(u"tst_changes"_s); }

    void model_groupsByRepositoryNewestFirst()
    {
        WatchChangesModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ChangesPanel panel(&model);
        QSignalSpy opened(&panel, &ChangesPanel::openRequested);
        model.setChanges({change(u"1"_s, u"https://a.example/lab"_s, u"removed"_s, 30),
            change(u"2"_s, u"https://b.example/lab"_s, u"added"_s, 20, true),
            change(u"3"_s, u"https://a.example/lab"_s, u"rewritten"_s, 10)});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.unseenCount(), 2);
        const QModelIndex a = model.index(0, 0);
        QVERIFY(a.data().toString().startsWith(u"https://a.example/lab"_s));
        QVERIFY(a.data().toString().contains(u"2 new"_s));
        QCOMPARE(model.rowCount(a), 2);
        QCOMPARE(model.change(model.index(0, 0, a))->id, u"3"_s); // newest first
        QVERIFY(model.index(0, 0, a).data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(!model.index(0, 0, model.index(1, 0)).data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(!model.change(a)); // a repository row is no change
        panel.view()->activated(model.index(1, WatchChangesModel::TextColumn, a));
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.at(0).at(0).value<Case::WatchChange>().id, u"1"_s);
        model.setChanges({});
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.unseenCount(), 0);
    }

    void notification_onlyForWithdrawnEvidence()
    {
        QVERIFY(watchNotification({change(u"1"_s, u"r"_s, u"added"_s, 1)}).isEmpty());
        QVERIFY(watchNotification({change(u"1"_s, u"r"_s, u"history"_s, 1)}).isEmpty());
        const Notification n = watchNotification({change(u"1"_s, u"r"_s, u"added"_s, 1),
            change(u"2"_s, u"r"_s, u"removed"_s, 1), change(u"3"_s, u"s"_s, u"rewritten"_s, 1)});
        QVERIFY2(n.summary.contains(u"2 repositor"_s), qPrintable(n.summary));
        QVERIFY(n.body.contains(u"line 2"_s));
        QVERIFY(n.body.contains(u"line 3"_s));
        QVERIFY(!n.body.contains(u"line 1"_s));
    }

    // From the window: watch a local lab, the lab removes its claim, "Check now" records it,
    // and opening the change shows the line in the version before the removing commit.
    void window_checkNowRecordsAndOpensARemoval()
    {
        QTemporaryDir dir;
        const QString lab = dir.filePath(u"lab"_s);
        Test::writeFile(lab, u"README.md"_s,
            "# Lark\n\nLark was trained on 512 H800 GPUs in a single pod.\n\nUsage below.\n");
        QCOMPARE(Test::git(lab, {u"init"_s, u"-q"_s}).exitCode, 0);
        QCOMPARE(Test::git(lab, {u"add"_s, u"-A"_s}).exitCode, 0);
        QCOMPARE(Test::git(lab, {u"commit"_s, u"-qm"_s, u"first"_s}).exitCode, 0);

        MainWindow window;
        const QString casePath = dir.filePath(u"lark.chiptrace"_s);
        {
            Case::CaseInfo info;
            info.title = u"Lark"_s;
            QVERIFY(Case::CaseFile::create(casePath, info));
        }
        QVERIFY(window.openCaseFile(casePath));
        Workbench *wb = window.workbench();
        QAbstractItemModelTester tester(
            wb->watchChangesModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(wb->addWatch(lab, 12));
        window.runWatch(false); // the baseline
        QTRY_VERIFY_WITH_TIMEOUT(!window.jobs()->isBusy(), 120000);
        QCOMPARE(wb->watchChangesModel()->rowCount(), 0);

        Test::writeFile(lab, u"README.md"_s, "# Lark\n\nUsage below.\n");
        QCOMPARE(Test::git(lab, {u"commit"_s, u"-qam"_s, u"shorter"_s}).exitCode, 0);
        QSignalSpy recorded(wb, &Workbench::watchChangesChanged);
        window.changesPanel()->checkButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!window.jobs()->isBusy() && recorded.size() > 0, 120000);
        QCOMPARE(wb->watchChangesModel()->unseenCount(), 1);
        const QModelIndex repo = wb->watchChangesModel()->index(0, 0);
        const std::optional<Case::WatchChange> removed =
            wb->watchChangesModel()->change(wb->watchChangesModel()->index(0, 0, repo));
        QVERIFY(removed);
        QCOMPARE(removed->kind, u"removed"_s);
        QCOMPARE(removed->commit,
            QString::fromUtf8(Test::git(lab, {u"rev-parse"_s, u"HEAD"_s}).out.trimmed()));

        window.changesPanel()->view()->activated(wb->watchChangesModel()->index(0, 0, repo));
        QTRY_VERIFY(!window.codeViewer()->isLoading());
        QCOMPARE(window.codeViewer()->path(), u"README.md"_s);
        QVERIFY(window.codeViewer()->editor()->toPlainText().contains(u"512 H800"_s));

        QVERIFY(wb->markWatchChangesSeen());
        QCOMPARE(wb->watchChangesModel()->unseenCount(), 0);
    }
};

QTEST_MAIN(TestChanges)
#include "tst_changes.moc"
