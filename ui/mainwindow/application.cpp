#include "application.h"

#include "mainwindow.h"

#include <QApplication>
#include <QIcon>

namespace ChipTrace::Application {

int runWorkbench(const QStringList &args)
{
    Q_UNUSED(args)
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/chiptrace.svg")));
    MainWindow window;
    window.show();
    return QApplication::exec();
}

} // namespace ChipTrace::Application
