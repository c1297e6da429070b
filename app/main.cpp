// SPDX-License-Identifier: GPL-3.0-or-later
// The chiptrace executable: sub-commands run without a display under QCoreApplication; with no
// command the workbench opens. main() only wires things up.

#include "cli/commandregistry.h"
#include "mainwindow/application.h"
#include "util/buildinfo.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstdio>
#include <cstdlib>
#include <memory>

using namespace ChipTrace;

static void installTranslators(QCoreApplication &app)
{
    // The zh_CN catalogue is embedded; Qt's own catalogue comes from the system when present.
    auto *own = new QTranslator(&app);
    if (own->load(
            QLocale(), QStringLiteral("chiptrace"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

static void printUsage()
{
    Cli::out()
        << QCoreApplication::translate("Cli", "Usage: chiptrace [options] [case file]") << Qt::endl
        << QCoreApplication::translate("Cli", "       chiptrace <command> [arguments]") << Qt::endl
        << Qt::endl
        << QCoreApplication::translate("Cli",
               "With no command, the workbench opens (on the demo case if no case is given).")
        << Qt::endl
        << Qt::endl
        << QCoreApplication::translate("Cli", "Commands:") << Qt::endl;
    for (const Cli::Command &c : Cli::CommandRegistry::all())
        Cli::out() << "  " << c.name.leftJustified(12)
                   << QCoreApplication::translate("Cli", c.summary) << Qt::endl;
    Cli::out() << Qt::endl
               << QCoreApplication::translate("Cli", "Options:") << Qt::endl
               << "  -h, --help     " << QCoreApplication::translate("Cli", "Show this help")
               << Qt::endl
               << "  -v, --version  " << QCoreApplication::translate("Cli", "Show the version")
               << Qt::endl
               << Qt::endl
               << QCoreApplication::translate(
                      "Cli", "Run 'chiptrace <command> --help' for the options of a command.")
               << Qt::endl;
}

static void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("chiptrace"));
    QCoreApplication::setApplicationName(QStringLiteral("chiptrace"));
    QCoreApplication::setApplicationVersion(BuildInfo::version());
}

// A word that is neither a command, an option nor an existing file is a mistyped command, not
// a case to open: answer it on the terminal instead of starting a window.
static int unknownCommand(int argc, char **argv, const QString &word, bool inCommandPlace)
{
    QCoreApplication app(argc, argv);
    setIdentity();
    installTranslators(app);
    if (!inCommandPlace || word.contains(QLatin1Char('/'))
        || word.endsWith(QLatin1String(".chiptrace"))) {
        Cli::err() << QCoreApplication::translate(
            "Cli", "no case file at %1 (chiptrace --help lists the commands)")
                          .arg(word)
                   << Qt::endl;
    } else {
        const QString near = Cli::CommandRegistry::closest(word).join(QLatin1String("' or '"));
        Cli::err() << QCoreApplication::translate(
            "Cli", "unknown command '%1'; did you mean '%2'? (chiptrace --help lists the commands)")
                          .arg(word, near)
                   << Qt::endl;
    }
    return Cli::ExitUsage;
}

// Why no window can open here, or empty when a display looks reachable. Asked before
// QApplication exists, because Qt aborts with a core dump when no platform plugin starts.
static QString missingDisplay()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
    const bool x11 = !qEnvironmentVariableIsEmpty("DISPLAY");
    if (platform.isEmpty() && !x11 && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        return QStringLiteral("neither DISPLAY nor WAYLAND_DISPLAY is set");
    if (platform.startsWith("xcb") && !x11)
        return QStringLiteral("QT_QPA_PLATFORM is xcb and DISPLAY is not set");
#endif
    return {};
}

static int noDisplay(int argc, char **argv, const QString &why)
{
    QCoreApplication app(argc, argv);
    setIdentity();
    installTranslators(app);
    Cli::err()
        << QCoreApplication::translate(
               "Cli", "chiptrace: the workbench needs a display and none is available (%1).")
               .arg(why)
        << Qt::endl
        << QCoreApplication::translate("Cli",
               "Run it in a desktop session; the commands need none (chiptrace --help lists them).")
        << Qt::endl;
    return Cli::ExitError;
}

// Catches what missingDisplay() cannot foresee (DISPLAY names a server that is not running):
// Qt's fatal "no platform plugin could be initialized" becomes exit 3 instead of an abort.
static QtMessageHandler s_defaultHandler = nullptr;
static void exitOnFatal(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type != QtFatalMsg) {
        if (s_defaultHandler)
            s_defaultHandler(type, context, message);
        return;
    }
    std::fprintf(stderr,
        "%s\nchiptrace: the workbench cannot open here (no usable display); the commands "
        "need none (chiptrace --help lists them).\n",
        qUtf8Printable(message));
    std::_Exit(Cli::ExitError);
}

int main(int argc, char **argv)
{
    const QString first = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    const Cli::Command *command = Cli::CommandRegistry::find(first);
    const bool help = first == QLatin1String("--help") || first == QLatin1String("-h")
        || first == QLatin1String("help");
    const bool version = first == QLatin1String("--version") || first == QLatin1String("-v");

    if (command || help || version) {
        std::unique_ptr<QCoreApplication> guiOrCore;
        if (command && command->needsGui) {
            // Fonts need a QGuiApplication; the offscreen platform needs no display.
            qputenv("QT_QPA_PLATFORM", "offscreen");
            guiOrCore = std::make_unique<QGuiApplication>(argc, argv);
        } else {
            guiOrCore = std::make_unique<QCoreApplication>(argc, argv);
        }
        QCoreApplication &app = *guiOrCore;
        setIdentity();
        installTranslators(app);
        if (help) {
            printUsage();
            return Cli::ExitOk;
        }
        if (version)
            return Cli::CommandRegistry::find(QStringLiteral("version"))->run({first});
        return command->run(app.arguments().mid(1));
    }
    if (first.startsWith(QLatin1Char('-')) && first != QLatin1String("--demo")) {
        QCoreApplication app(argc, argv);
        Cli::err() << QCoreApplication::translate("Cli", "Unknown option %1; see chiptrace --help")
                          .arg(first)
                   << Qt::endl;
        return Cli::ExitUsage;
    }

    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        // A server case's address opens like a file (the workbench says if it cannot).
        if (!arg.startsWith(QLatin1Char('-')) && !QFileInfo::exists(arg)
            && !arg.startsWith(QLatin1String("postgres")))
            return unknownCommand(argc, argv, arg, i == 1);
    }
    if (const QString why = missingDisplay(); !why.isEmpty())
        return noDisplay(argc, argv, why);

    s_defaultHandler = qInstallMessageHandler(exitOnFatal);
    QApplication app(argc, argv);
    qInstallMessageHandler(s_defaultHandler);
    setIdentity();
    QGuiApplication::setDesktopFileName(QStringLiteral("org.chiptrace.ChipTrace"));
    installTranslators(app);
    return Application::runWorkbench(app.arguments().mid(1));
}
