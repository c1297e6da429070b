#include "application.h"

#include "mainwindow.h"

#include <QApplication>
#include <QIcon>

namespace ChipTrace::Application {

int runWorkbench(const QStringList &args)
{
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/chiptrace.svg")));
    MainWindow window;
    window.show();
    // `chiptrace FILE.chiptrace` opens that case; `chiptrace` (or --demo) opens the demo case,
    // created offline on first use. A case that cannot be opened says why, then the demo opens.
    QString caseFile;
    for (const QString &a : args)
        if (!a.startsWith(QLatin1Char('-')))
            caseFile = a;
    if (!window.openCaseFile(caseFile) && !caseFile.isEmpty())
        window.openDemo();
    return QApplication::exec();
}

} // namespace ChipTrace::Application
