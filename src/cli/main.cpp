#include "cli/CliOptions.h"
#include "cli/CliRunner.h"
#include "core/AppPaths.h"
#include "core/Translations.h"
#include "core/Version.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTimer>

#include <atomic>
#include <csignal>
#include <cstdio>

namespace {

std::atomic_bool interrupted = false;

void onInterrupt(int /*signal*/)
{
    interrupted = true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The window's names, so both find the same data folder (the shared history).
    callpad::setAppIdentity();
    callpad::installTranslations(QLocale::system());

    const callpad::CliParse parse = callpad::parseCliArguments(QCoreApplication::arguments());
    using Command = callpad::CliOptions::Command;
    if (parse.options.command == Command::Help && parse.errors.isEmpty()) {
        std::fputs(callpad::cliUsage().toUtf8().constData(), stdout);
        return 0;
    }
    if (parse.options.command == Command::Version) {
        std::printf("callpad-cli %s\n", callpad::version().toUtf8().constData());
        return 0;
    }
    if (!parse.errors.isEmpty()) {
        for (const QString &error : parse.errors) {
            std::fprintf(stderr, "%s\n", error.toUtf8().constData());
        }
        std::fputs("See callpad-cli --help.\n", stderr);
        return 2;
    }

    callpad::CliRunner runner(parse.options, qEnvironmentVariable("OPPER_API_KEY"));
    QObject::connect(&runner, &callpad::CliRunner::finished, &app, &QCoreApplication::exit);

    // Ctrl+C cancels the call cleanly instead of killing it mid-write.
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    QTimer interruptPoll;
    QObject::connect(&interruptPoll, &QTimer::timeout, &runner, [&runner] {
        if (interrupted.exchange(false)) {
            runner.cancel();
        }
    });
    interruptPoll.start(100);

    // Started from the event loop, so a command that ends at once still reaches exit().
    QTimer::singleShot(0, &runner, &callpad::CliRunner::start);
    return QCoreApplication::exec();
}
