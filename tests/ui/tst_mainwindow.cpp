#include "dialogs/aboutdialog.h"
#include "mainwindow/mainwindow.h"

#include <QApplication>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>

using namespace ChipTrace;

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("chiptrace-test"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
        QSettings().clear();
    }
    void window_hasMenusAndStatus()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.menuBar()->findChild<QMenu *>(QStringLiteral("menuFile")));
        QVERIFY(w.menuBar()->findChild<QMenu *>(QStringLiteral("menuHelp")));
        QVERIFY(w.findChild<QAction *>(QStringLiteral("actionAbout")));
    }
    void geometry_isRemembered()
    {
        // The offscreen screen is small: use a size it allows, different from the default.
        QSize remembered;
        {
            MainWindow w;
            w.show();
            w.resize(w.minimumSizeHint().expandedTo(QSize(600, 500)) + QSize(1, 1));
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            remembered = w.size();
            w.close();
        }
        QVERIFY(remembered != QSize(1400, 900));
        MainWindow again;
        QCOMPARE(again.size(), remembered);
    }
    void about_listsLibraryVersions()
    {
        AboutDialog d;
        auto *table = d.findChild<QTableWidget *>(QStringLiteral("dependencyTable"));
        QVERIFY(table);
        QStringList names;
        for (int r = 0; r < table->rowCount(); ++r)
            names << table->item(r, 0)->text();
        QVERIFY(names.contains(QStringLiteral("libgit2")));
        QVERIFY(names.contains(QStringLiteral("KF6 SyntaxHighlighting")));
        QVERIFY(!table->item(0, 1)->text().isEmpty());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
