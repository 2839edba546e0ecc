#include "app/FirstPaintExit.h"
#include "app/Workbench.h"
#include "core/AppPaths.h"
#include "core/Memory.h"
#include "core/Translations.h"
#include "gui/settings/Settings.h"
#include "gui/window/MainWindow.h"
#include "gui/window/WindowSettings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QImageReader>
#include <QLocale>
#include <QMessageBox>
#include <QTimer>

#include <cstdio>

namespace {

// The translation context of the command line's texts.
struct App
{
    Q_DECLARE_TR_FUNCTIONS(callpad::App)
};

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    callpad::keepLargeBlocksMapped();
    QApplication app(argc, argv);
    callpad::setAppIdentity();
    callpad::installTranslations(QLocale::system());
    QApplication::setDesktopFileName(QStringLiteral("callpad"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/callpad.svg")));
    // Generated images can be large; the image pane enforces its own pixel limit.
    QImageReader::setAllocationLimit(512);

    QCommandLineParser parser;
    parser.setApplicationDescription(
            App::tr("A native workbench for calling Opper function revisions."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(
            { QStringLiteral("demo"), App::tr("Start with the bundled demo server on loopback.") });
    parser.addOption(
            { QStringLiteral("base-url"), App::tr("The API base URL."), QStringLiteral("URL") });
    const QCommandLineOption quitAfterFirstPaint(
            QStringLiteral("quit-after-first-paint"),
            App::tr("Exit as soon as the window has been painted, without the "
                    "first-start questions: a start-up check. Exit status 0 when "
                    "it painted, 1 when demo mode could not start, 2 when nothing "
                    "painted within a minute."));
    parser.addOption(quitAfterFirstPaint);
    parser.process(app);
    const bool startupCheck = parser.isSet(quitAfterFirstPaint);

    callpad::Settings settings;
    if (parser.isSet(QStringLiteral("base-url"))) {
        callpad::WindowSettings(&settings).baseUrl.set(parser.value(QStringLiteral("base-url")));
    }
    callpad::Workbench workbench(&settings);
    callpad::MainWindow window(workbench.context());
    callpad::FirstPaintExit firstPaintExit(startupCheck ? &window : nullptr, sinceStart);
    window.show();
    // Before anything else leaves the form clean: an autosaved draft is offered back first.
    if (!startupCheck) {
        window.offerDraftRecovery();
    }
    if (parser.isSet(QStringLiteral("demo"))) {
        if (const callpad::Status entered = window.enterDemoMode(); !entered) {
            if (startupCheck) {
                std::fprintf(stderr, "callpad: demo mode: %s\n", qPrintable(entered.error()));
                return 1;
            }
            QMessageBox::critical(&window, App::tr("Demo mode"), entered.error());
        }
    } else if (!startupCheck) {
        QTimer::singleShot(0, &window, &callpad::MainWindow::offerDemoIfNoKey);
    }
    return QApplication::exec();
}
