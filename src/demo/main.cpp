// callpad-demo-server: runs the demo server until SIGINT/SIGTERM. The first stdout line is
// the base URL (scripts such as the npm SDK test read it); one line per request goes to stderr.
#include "demo/DemoServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTimer>

#include <chrono>
#include <csignal>
#include <cstdio>

using namespace Qt::StringLiterals;
using callpad::DemoServer;

namespace {

volatile std::sig_atomic_t g_stopRequested = 0;

void requestStop(int /*signal*/)
{
    g_stopRequested = 1;
}

// The translation context of the command line's texts.
struct DemoServerMain
{
    Q_DECLARE_TR_FUNCTIONS(callpad::DemoServerMain)
};

int fail(const QString &message)
{
    std::fprintf(stderr, "callpad-demo-server: %s\n", qUtf8Printable(message));
    return 2;
}

std::optional<int> number(const QCommandLineParser &parser, const QString &name, int min, int max)
{
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value < min || value > max) {
        return std::nullopt;
    }
    return value;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"callpad-demo-server"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(CALLPAD_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(DemoServerMain::tr(
            "Serves Opper's v2 functions API with deterministic demo data on a loopback "
            "address. Any non-empty bearer token is accepted. Prints the base URL as the "
            "first line on stdout and logs one line per request on stderr. Stops on "
            "SIGINT or SIGTERM."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption port(u"port"_s,
                                  DemoServerMain::tr("TCP port; 0 picks a free one (default)."),
                                  u"N"_s, u"0"_s);
    const QCommandLineOption host(
            u"host"_s, DemoServerMain::tr("Loopback address to listen on (default 127.0.0.1)."),
            u"ADDRESS"_s, u"127.0.0.1"_s);
    const QCommandLineOption fault(u"fault"_s,
                                   DemoServerMain::tr("Break every call with a fault: %1.")
                                           .arg(DemoServer::faultNames().join(u", "_s)),
                                   u"NAME"_s, u"none"_s);
    const QCommandLineOption slow(
            u"slow-ms"_s, DemoServerMain::tr("Delay of the slow fault in ms (default 3000)."),
            u"N"_s, u"3000"_s);
    const QCommandLineOption streamDelay(
            u"stream-delay-ms"_s,
            DemoServerMain::tr("Pause between streamed events in ms (default 30)."), u"N"_s,
            u"30"_s);
    const QCommandLineOption extra(
            u"extra-functions"_s,
            DemoServerMain::tr("Add N generated functions to exercise paging (default 0)."), u"N"_s,
            u"0"_s);
    const QCommandLineOption redirect(
            u"redirect-to"_s,
            DemoServerMain::tr("Target of the redirect fault, e.g. http://127.0.0.1:8080."),
            u"URL"_s);
    parser.addOptions({ port, host, fault, slow, streamDelay, extra, redirect });
    parser.process(app);

    DemoServer server;
    const auto faultValue = DemoServer::faultFromName(parser.value(fault));
    if (!faultValue) {
        return fail(DemoServerMain::tr("unknown fault \"%1\"").arg(parser.value(fault)));
    }
    const auto portValue = number(parser, port.names().first(), 0, 65535);
    const auto slowValue = number(parser, slow.names().first(), 0, 3600000);
    const auto delayValue = number(parser, streamDelay.names().first(), 0, 60000);
    const auto extraValue = number(parser, extra.names().first(), 0, 100000);
    if (!portValue || !slowValue || !delayValue || !extraValue) {
        return fail(DemoServerMain::tr("numeric options need a whole number in range; see --help"));
    }
    const QString hostText = parser.value(host);
    const QHostAddress address = hostText == u"localhost"_s ? QHostAddress(QHostAddress::LocalHost)
                                                            : QHostAddress(hostText);
    server.setFault(*faultValue);
    server.setSlowDelay(std::chrono::milliseconds(*slowValue));
    server.setStreamChunkDelay(std::chrono::milliseconds(*delayValue));
    server.setExtraFunctionCount(*extraValue);
    if (parser.isSet(redirect)) {
        server.setRedirectTarget(QUrl(parser.value(redirect)));
    }
    if (!server.listen(quint16(*portValue), address)) {
        return fail(server.errorString());
    }

    QObject::connect(&server, &DemoServer::requestHandled, &server, [](const QString &line) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(line));
    });
    std::printf("%s\n", server.baseUrl().toEncoded().constData());
    std::fflush(stdout);

    std::signal(SIGINT, requestStop);
    std::signal(SIGTERM, requestStop);
    QTimer stopPoll;
    QObject::connect(&stopPoll, &QTimer::timeout, &app, [] {
        if (g_stopRequested != 0) {
            QCoreApplication::quit();
        }
    });
    stopPoll.start(100);
    return QCoreApplication::exec();
}
