// SPDX-License-Identifier: GPL-3.0-or-later
#include "casefile/casefile.h"
#include "codeview/codeviewer.h"
#include "dialogs/aboutdialog.h"
#include "mainwindow/findingspanel.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/workbench.h"
#include "review/inspectorpanel.h"
#include "testsupport.h"

#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace ChipTrace;

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { Test::initWorkbenchTest(QStringLiteral("tst_mainwindow")); }
    void window_hasMenusAndStatus()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.menuBar()->findChild<QMenu *>(QStringLiteral("menuFile")));
        QVERIFY(w.menuBar()->findChild<QMenu *>(QStringLiteral("menuHelp")));
        QVERIFY(w.findChild<QAction *>(QStringLiteral("actionAbout")));
    }
    void everyFocusableControl_hasAnAccessibleName()
    {
        // What a screen reader announces: the accessible name, or a button's text. Every
        // control a keyboard user can reach must have one, with the demo case open.
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openDemo());
        QStringList unnamed;
        for (QWidget *widget : w.findChildren<QWidget *>()) {
            if (widget->focusPolicy() == Qt::NoFocus || !widget->isVisibleTo(&w)
                || widget->isWindow())
                continue;
            if (qobject_cast<QScrollBar *>(widget) || widget->inherits("QMenu")
                || widget->inherits("QTabBar") || widget->inherits("QDockWidget")
                || widget->inherits("QHeaderView")
                || qobject_cast<QAbstractSpinBox *>(widget->parentWidget()))
                continue; // named by Qt from their role and owner
            // A scroll area's viewport is presented as the scroll area itself.
            if (auto *area = qobject_cast<QAbstractScrollArea *>(widget->parentWidget());
                area && area->viewport() == widget)
                widget = area;
            QAccessibleInterface *a = QAccessible::queryAccessibleInterface(widget);
            const QString name = a ? a->text(QAccessible::Name) : QString();
            if (name.trimmed().isEmpty())
                unnamed << QStringLiteral("%1 (%2) in %3 %4")
                               .arg(QString::fromLatin1(widget->metaObject()->className()),
                                   widget->objectName(),
                                   QString::fromLatin1(
                                       widget->parentWidget()->metaObject()->className()),
                                   widget->parentWidget()->objectName());
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    }
    void goToPanel_keysPutTheKeyboardInEachPanel()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        const QList<std::pair<int, QWidget *>> expected{{Qt::Key_4, w.findingsPanel()},
            {Qt::Key_3, w.codeViewer()}, {Qt::Key_8, w.inspector()},
            {Qt::Key_1, w.navigatorView()}};
        for (const auto &[key, panel] : expected) {
            QTest::keyClick(&w, Qt::Key(key), Qt::AltModifier);
            QWidget *focus = QApplication::focusWidget();
            QVERIFY2(focus && (focus == panel || panel->isAncestorOf(focus)),
                qPrintable(QStringLiteral("Alt+%1 -> %2")
                        .arg(key - Qt::Key_0)
                        .arg(focus ? QString::fromLatin1(focus->metaObject()->className())
                                   : QStringLiteral("nothing"))));
        }
    }
    void recentCases_listOpenedCasesThatStillExist()
    {
        QTemporaryDir dir;
        const QString a = dir.filePath(QStringLiteral("a.chiptrace"));
        const QString b = dir.filePath(QStringLiteral("b.chiptrace"));
        for (const QString &path : {a, b})
            QVERIFY(Case::CaseFile::create(path, Case::CaseInfo{{}, QFileInfo(path).baseName()})
                    .has_value());
        MainWindow w;
        QVERIFY(w.openCaseFile(a));
        QVERIFY(w.openCaseFile(b));
        auto *recent = w.findChild<QMenu *>(QStringLiteral("menuRecent"));
        QVERIFY(recent);
        const auto entries = [recent] {
            QStringList texts;
            for (const QAction *action : recent->actions())
                texts << action->text();
            return texts;
        };
        QCOMPARE(entries().mid(0, 2), (QStringList{b, a})); // most recent first
        w.workbench()->closeCase();
        QVERIFY(QFile::remove(a));
        QVERIFY(w.openCaseFile(b));
        QVERIFY(entries().contains(b));
        QVERIFY(!entries().contains(a)); // gone from disk, gone from the menu
        QVERIFY(!w.openCaseFile(a)); // and opening it says why instead
    }
    void session_reopensTheModelLeftCurrent()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("two.chiptrace"));
        QString second;
        {
            auto c = Case::CaseFile::create(path, Case::CaseInfo{{}, QStringLiteral("Two models")});
            QVERIFY(c);
            Case::Lab lab;
            lab.name = QStringLiteral("Lab");
            QVERIFY((*c)->saveLab(lab));
            for (const QString &name : {QStringLiteral("Alpha-1"), QStringLiteral("Beta-2")}) {
                Case::Model m;
                m.labId = lab.id;
                m.name = name;
                QVERIFY((*c)->saveModel(m));
                second = m.id;
            }
        }
        MainWindow w;
        QVERIFY(w.openCaseFile(path));
        const QString first = w.workbench()->currentModelId();
        QVERIFY(!first.isEmpty());
        const QString other =
            first == second ? w.workbench()->caseFile()->models().constLast().id : second;
        QVERIFY(other != first);
        w.workbench()->setCurrentModelId(other);
        w.workbench()->closeCase();
        QVERIFY(w.openCaseFile(path));
        QCOMPARE(w.workbench()->currentModelId(), other);
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
