// SPDX-License-Identifier: GPL-3.0-or-later
// The command line end to end: the built executable, no display.
#include "testsupport.h"

#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace ChipTrace;

class TestCli : public QObject
{
    Q_OBJECT

    // The executable as on a server or in CI: no DISPLAY, no Wayland, no platform chosen.
    static Test::ProcessResult withoutDisplay(
        const QStringList &args, const QString &home, const QStringList &extraEnv = {})
    {
        QStringList envArgs{QStringLiteral("-u"), QStringLiteral("DISPLAY"), QStringLiteral("-u"),
            QStringLiteral("WAYLAND_DISPLAY"), QStringLiteral("-u"),
            QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("-u"),
            QStringLiteral("XDG_SESSION_TYPE"), QStringLiteral("HOME=") + home};
        envArgs += extraEnv;
        envArgs << QStringLiteral(CHIPTRACE_CLI) << args;
        return Test::run(QStringLiteral("env"), envArgs, {}, {}, 60000);
    }

private slots:
    void version_listsDependencies()
    {
        const auto r = Test::chiptrace({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith("chiptrace " CHIPTRACE_VERSION), r.out.constData());
        for (const char *lib :
            {"Qt 6.", "libgit2 1.", "SQLite 3.", "KF6 SyntaxHighlighting 6.", "Vectorscan 5."})
            QVERIFY2(r.out.contains(lib), lib);
    }
    void help_listsCommands()
    {
        const auto r = Test::chiptrace({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("Usage: chiptrace"));
        QVERIFY(r.out.contains("version"));
    }
    void unknownOption_isUsageError()
    {
        const auto r = Test::chiptrace({QStringLiteral("--frobnicate")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("--frobnicate"));
    }
    void commands_needNoDisplay()
    {
        // With no platform plugin reachable a GUI would abort; a sub-command must not care.
        QTemporaryDir home;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        const auto r = Test::run(QStringLiteral("env"),
            {QStringLiteral("-u"), QStringLiteral("DISPLAY"), QStringLiteral("-u"),
                QStringLiteral("WAYLAND_DISPLAY"), QStringLiteral("QT_QPA_PLATFORM=xcb"),
                QStringLiteral(CHIPTRACE_CLI), QStringLiteral("version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("chiptrace "));
    }
    void unknownWord_isUsageErrorNotAWindow()
    {
        // Without a display a window would abort Qt (exit 134): a mistyped command must be
        // answered on the terminal before any window is tried.
        QTemporaryDir home;
        const auto r = withoutDisplay({QStringLiteral("serverx")}, home.path());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("unknown command 'serverx'; did you mean '"), r.err.constData());
        QVERIFY2(r.err.contains("(chiptrace --help lists the commands)"), r.err.constData());
        const auto typo =
            withoutDisplay({QStringLiteral("scna"), QStringLiteral("CASE")}, home.path());
        QCOMPARE(typo.exitCode, 2);
        QVERIFY2(typo.err.contains("did you mean 'scan'?"), typo.err.constData());
        const auto path =
            withoutDisplay({home.filePath(QStringLiteral("missing.chiptrace"))}, home.path());
        QCOMPARE(path.exitCode, 2);
        QVERIFY2(path.err.contains("no case file at"), path.err.constData());
    }
    void caseWithoutDisplay_saysSoAndExits3()
    {
        QTemporaryDir home;
        const QString caseFile = home.filePath(QStringLiteral("a.chiptrace"));
        Test::writeFile(
            home.path(), QStringLiteral("a.chiptrace"), "not opened: no window can start");
        const auto r = withoutDisplay({caseFile}, home.path());
        QCOMPARE(r.exitCode, 3); // -1 when it crashed
        QVERIFY2(r.err.contains("needs a display and none is available"), r.err.constData());
        const auto demo = withoutDisplay({}, home.path());
        QCOMPARE(demo.exitCode, 3);
        // DISPLAY names no running server: Qt's fatal platform error becomes exit 3, no abort.
        const auto dead = withoutDisplay({caseFile}, home.path(), {QStringLiteral("DISPLAY=:97")});
        QCOMPARE(dead.exitCode, 3);
        QVERIFY2(dead.err.contains("the workbench cannot open here"), dead.err.constData());
    }
    void help_isTranslatedForChineseLocale()
    {
        const auto r = Test::run(QStringLiteral("env"),
            {QStringLiteral("-u"), QStringLiteral("LC_ALL"), QStringLiteral("LANG=zh_CN.UTF-8"),
                QStringLiteral("LANGUAGE=zh_CN"), QStringLiteral(CHIPTRACE_CLI),
                QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        const QString text = QString::fromUtf8(r.out);
        QVERIFY2(text.contains(QStringLiteral("用法")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("命令")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
