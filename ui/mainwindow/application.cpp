// SPDX-License-Identifier: GPL-3.0-or-later
#include "application.h"

#include "catalog/catalog.h"
#include "mainwindow.h"
#include "rules/exportrules.h"

#include <QApplication>
#include <QIcon>
#include <QMessageBox>

namespace ChipTrace::Application {

// The catalog and the rules are the ground truth every view stands on: a broken data file is
// reported (file, line, field) before any window opens, rather than showing wrong candidates.
static bool validateData()
{
    QStringList problems;
    (void)Catalog::Catalog::builtin();
    (void)Rules::ExportRules::builtin();
    if (const QString e = Catalog::Catalog::builtinError(); !e.isEmpty())
        problems << e;
    if (const QString e = Rules::ExportRules::builtinError(); !e.isEmpty())
        problems << e;
    if (problems.isEmpty())
        return true;
    QMessageBox::critical(nullptr,
        QCoreApplication::translate("Application", "ChipTrace cannot start"),
        QCoreApplication::translate("Application", "The built-in data could not be loaded:\n\n%1")
            .arg(problems.join(QLatin1Char('\n'))));
    return false;
}

int runWorkbench(const QStringList &args)
{
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/chiptrace.svg")));
    if (!validateData())
        return 3;
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
