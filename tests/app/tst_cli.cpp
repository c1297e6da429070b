// The command line end to end: the built executable, no display.
#include "testsupport.h"

#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace ChipTrace;

class TestCli : public QObject
{
    Q_OBJECT
private slots:
    void version_listsDependencies()
    {
        const auto r = Test::chiptrace({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith("chiptrace " CHIPTRACE_VERSION), r.out.constData());
        for (const char *lib : {"Qt 6.", "libgit2 1.", "SQLite 3.", "KF6 SyntaxHighlighting 6.", "Vectorscan 5."})
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
    void help_isTranslatedForChineseLocale()
    {
        const auto r = Test::run(QStringLiteral("env"),
                                 {QStringLiteral("-u"), QStringLiteral("LC_ALL"), QStringLiteral("LANG=zh_CN.UTF-8"),
                                  QStringLiteral("LANGUAGE=zh_CN"), QStringLiteral(CHIPTRACE_CLI), QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        const QString text = QString::fromUtf8(r.out);
        QVERIFY2(text.contains(QStringLiteral("用法")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("命令")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
