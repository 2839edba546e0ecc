// Renders Callpad's window in each main state (text, JSON, images, streaming, error) to PNGs,
// driving the real window against the in-process demo server. Used by scripts/screenshots.
#include "DemoCatalog.h"
#include "DemoServer.h"
#include "images/ImageLoader.h"
#include "images/ImagesPane.h"
#include "settings/Settings.h"
#include "window/CallController.h"
#include "window/DemoSession.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace callpad;

namespace {

// Spins the event loop until `signal` fires or the timeout passes.
template<typename Sender, typename Signal>
bool waitFor(Sender *sender, Signal signal, int timeoutMs)
{
    QEventLoop loop;
    QTimer::singleShot(timeoutMs, &loop, [&loop] { loop.exit(1); });
    QObject::connect(sender, signal, &loop, [&loop] { loop.exit(0); });
    return loop.exec() == 0;
}

void settle(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

CallDraft draftFor(QLatin1StringView function, QLatin1StringView revision, const QString &input)
{
    CallDraft draft;
    draft.functionId = function;
    draft.revisionId = revision;
    draft.inputText = input;
    return draft;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QString outDir = app.arguments().value(1, u"docs/screenshots"_s);
    QDir().mkpath(outDir);
    QTemporaryDir settingsDir;
    Settings settings(settingsDir.filePath(u"callpad.ini"_s));
    MainWindow window(&settings);
    window.resize(1440, 900);
    window.show();
    QString error;
    if (!window.enterDemoMode(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    DemoServer *server = window.demo()->server();
    int failures = 0;
    const auto shoot = [&](const QString &name) {
        settle(300);
        const QString path = QDir(outDir).filePath(name + u".png"_s);
        if (!window.grab().save(path)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
            ++failures;
            return;
        }
        std::printf("%s\n", qPrintable(path));
    };
    const auto call = [&](const CallDraft &draft, bool stream) {
        window.setDraft(draft);
        window.findChild<QAction *>(u"streamAction"_s)->setChecked(stream);
        settle(300);
        window.send();
        if (!waitFor(window.controller(), &CallController::finished, 20000)) {
            std::fprintf(stderr, "the call did not finish\n");
            ++failures;
        }
    };

    call(DemoSession::firstDraft(), false);
    shoot(u"text-result"_s);

    call(draftFor(DemoIds::extractPerson, DemoIds::extractPersonLatest,
                  u"{\n  \"text\": \"Ada Lovelace, 36, ada@example.com, lives in London\"\n}"_s),
         false);
    shoot(u"json-result"_s);

    call(draftFor(DemoIds::imagePainter, DemoIds::imagePainterLatest,
                  u"{\n  \"prompt\": \"a lighthouse at dusk\"\n}"_s),
         false);
    if (auto *images = window.findChild<ImagesPane *>(); images && images->loader()->pendingCount() > 0) {
        waitFor(images->loader(), &ImageLoader::finished, 10000);
    }
    shoot(u"images"_s);

    // Streaming: photograph the window while the text is still arriving.
    server->setStreamChunkDelay(std::chrono::milliseconds(60));
    window.setDraft(draftFor(DemoIds::storyteller, DemoIds::storytellerLatest,
                             u"{\n  \"topic\": \"a lighthouse keeper\"\n}"_s));
    window.findChild<QAction *>(u"streamAction"_s)->setChecked(true);
    settle(300);
    window.send();
    settle(1500);
    shoot(u"streaming"_s);
    waitFor(window.controller(), &CallController::finished, 60000);

    server->setFault(DemoServer::Fault::RateLimited);
    call(DemoSession::firstDraft(), false);
    shoot(u"error"_s);
    return failures == 0 ? 0 : 1;
}
