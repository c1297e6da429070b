// The chiptrace executable: sub-commands run without a display under QCoreApplication; with no
// command the workbench opens. main() only wires things up.

#include "cli/commandregistry.h"
#include "mainwindow/application.h"
#include "util/buildinfo.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

using namespace ChipTrace;

static void installTranslators(QCoreApplication &app)
{
    // The zh_CN catalogue is embedded; Qt's own catalogue comes from the system when present.
    auto *own = new QTranslator(&app);
    if (own->load(QLocale(), QStringLiteral("chiptrace"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

static void printUsage()
{
    Cli::out() << QCoreApplication::translate("Cli", "Usage: chiptrace [options] [case file]") << Qt::endl
               << QCoreApplication::translate("Cli", "       chiptrace <command> [arguments]") << Qt::endl << Qt::endl
               << QCoreApplication::translate("Cli", "With no command, the workbench opens (on the demo case if no case is given).")
               << Qt::endl << Qt::endl
               << QCoreApplication::translate("Cli", "Commands:") << Qt::endl;
    for (const Cli::Command &c : Cli::CommandRegistry::all())
        Cli::out() << "  " << c.name.leftJustified(12) << QCoreApplication::translate("Cli", c.summary)
                   << Qt::endl;
    Cli::out() << Qt::endl
               << QCoreApplication::translate("Cli", "Options:") << Qt::endl
               << "  -h, --help     " << QCoreApplication::translate("Cli", "Show this help") << Qt::endl
               << "  -v, --version  " << QCoreApplication::translate("Cli", "Show the version") << Qt::endl << Qt::endl
               << QCoreApplication::translate("Cli", "Run 'chiptrace <command> --help' for the options of a command.") << Qt::endl;
}

static void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("chiptrace"));
    QCoreApplication::setApplicationName(QStringLiteral("chiptrace"));
    QCoreApplication::setApplicationVersion(BuildInfo::version());
}

int main(int argc, char **argv)
{
    const QString first = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    const Cli::Command *command = Cli::CommandRegistry::find(first);
    const bool help = first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help");
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
        Cli::err() << QCoreApplication::translate("Cli", "Unknown option %1; see chiptrace --help").arg(first) << Qt::endl;
        return Cli::ExitUsage;
    }

    QApplication app(argc, argv);
    setIdentity();
    QGuiApplication::setDesktopFileName(QStringLiteral("org.chiptrace.ChipTrace"));
    installTranslators(app);
    return Application::runWorkbench(app.arguments().mid(1));
}
