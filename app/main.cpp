#include "cli/commandline.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QIcon>
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
    // The installed desktop entry's name (without .desktop): Wayland compositors and the
    // notification server match the window and its notifications to the entry and its icon.
    QGuiApplication::setDesktopFileName(QStringLiteral(PURGELINE_APP_ID));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/purgeline.svg")));
    return MainWindow::runApplication(arguments, startup);
}
