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
        {
            MainWindow w;
            w.show();
            w.resize(700, 510);
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            w.close();
        }
        MainWindow again;
        QCOMPARE(again.size(), QSize(700, 510));
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
