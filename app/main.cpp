#include "cli/commandline.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <memory>

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Purgeline"));
    QCoreApplication::setApplicationName(QStringLiteral("Purgeline"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PURGELINE_VERSION));
}

} // namespace

// One executable: a command runs headless (no display needed, for deploy hooks);
// no command opens the window.
int main(int argc, char **argv)
{
    QElapsedTimer startup;   // for the first-paint report of the window benchmark
    startup.start();
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    if (CommandLine::isCommand(arguments)) {
        QCoreApplication app(argc, argv);
        describeApplication();
        return CommandLine::run(arguments);
    }
    QApplication app(argc, argv);
    describeApplication();
    return MainWindow::runApplication(arguments, startup);
}
