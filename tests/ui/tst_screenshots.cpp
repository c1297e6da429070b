// SPDX-License-Identifier: GPL-3.0-or-later
// Screenshots of the main views for the README, taken from the real demo flow. Runs only when
// CHIPTRACE_SCREENSHOT_DIR names a folder (e.g. under Xvfb, or offscreen):
//   CHIPTRACE_SCREENSHOT_DIR=docs/screenshots build/dev/tests/tst_screenshots

#include "casefile/casefile.h"
#include "codeview/codeviewer.h"
#include "evidence/evidencepanel.h"
#include "funnel/funnelview.h"
#include "mainwindow/findingspanel.h"
#include "mainwindow/jobrunner.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/workbench.h"
#include "models/findingsmodel.h"
#include "testsupport.h"
#include "timeline/timelineview.h"

#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace ChipTrace;
using namespace ChipTrace::Ui;

class TestScreenshots : public QObject
{
    Q_OBJECT
private:
    QString m_dir;

    void save(QWidget *w, const QString &name)
    {
        QCoreApplication::processEvents();
        const QPixmap shot = w->grab();
        QVERIFY(!shot.isNull());
        // Drawn at the screen's scale (QT_SCALE_FACTOR=2 stands for a HiDPI screen), not upscaled.
        const qreal scale = qEnvironmentVariable("QT_SCALE_FACTOR", QStringLiteral("1")).toDouble();
        QCOMPARE(shot.devicePixelRatio(), scale);
        QCOMPARE(shot.width(), qRound(w->width() * scale));
        const QString file = m_dir + u'/' + name + QStringLiteral(".png");
        QVERIFY2(shot.save(file), qPrintable(file));
        QVERIFY(QFileInfo(file).size() > 1000);
    }

private slots:
    void initTestCase()
    {
        m_dir = qEnvironmentVariable("CHIPTRACE_SCREENSHOT_DIR");
        if (m_dir.isEmpty())
            QSKIP("Set CHIPTRACE_SCREENSHOT_DIR to a folder to take the README screenshots.");
        QDir().mkpath(m_dir);
        Test::initWorkbenchTest(QStringLiteral("tst_screenshots"));
    }
    void mainViews()
    {
        MainWindow w;
        w.resize(1600, 1000);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openDemo());
        w.scanRepositories();
        QTRY_VERIFY_WITH_TIMEOUT(!w.jobs()->isBusy(), 120000);
        Workbench *wb = w.workbench();
        QVERIFY(wb->findingsModel()->rowCount() > 0);
        QStringList ids;
        QString ibHit;
        for (const Case::FindingRecord &f : wb->findingsModel()->findings()) {
            if (!f.implies.isEmpty() && f.kind == u"signature" && f.strength != u"hint")
                ids << f.id;
            if (!f.atHead && f.text.contains(u"NCCL_IB_HCA")
                && f.locator.path == u"scripts/launch.sh")
                ibHit = f.id;
        }
        QVERIFY(wb->makeEvidence(ids).has_value());
        wb->caseFile()->setActor(QStringLiteral("reviewer"));
        QVERIFY(wb->review(wb->caseFile()->evidence().constFirst().id, Case::Verdict::Accept)
                .has_value());
        QVERIFY(w.openFinding(ibHit));
        QTRY_VERIFY(!w.codeViewer()->isLoading());
        w.funnelView()->setDate(QDate(2023, 10, 31));
        QTest::qWait(1200); // let the chart animations settle
        save(&w, QStringLiteral("workbench"));
        save(w.codeViewer(), QStringLiteral("codeviewer"));
        save(w.findingsPanel(), QStringLiteral("findings"));
        w.findChild<QDockWidget *>(QStringLiteral("evidenceDock"))->raise();
        save(w.evidencePanel(), QStringLiteral("evidence"));
        // The same window at 1280x800, a file open: every view must stay usable there.
        w.resize(1280, 800);
        QTest::qWait(1200);
        save(&w, QStringLiteral("workbench-1280x800"));
        w.resize(1600, 1000);
        // The answer, as a case opens on it (the code view takes no width until a file opens).
        QVERIFY(w.openCaseFile(wb->caseFile()->path()));
        QTest::qWait(1200);
        save(&w, QStringLiteral("answer"));
        save(w.funnelView(), QStringLiteral("funnel"));
        w.resize(1280, 800);
        QTest::qWait(1200);
        save(&w, QStringLiteral("answer-1280x800"));
        w.resize(1600, 1000);
        auto *timelineDock = w.findChild<QDockWidget *>(QStringLiteral("timelineDock"));
        timelineDock->setFloating(true);
        timelineDock->resize(1200, 600);
        QTest::qWait(300);
        save(w.timelineView(), QStringLiteral("timeline"));
    }
};

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
