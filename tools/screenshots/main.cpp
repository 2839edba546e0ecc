// Renders Callpad's window in each main state (text, JSON, images, streaming, error) to PNGs,
// driving the real window against the in-process demo server. Used by scripts/screenshots.
#include "app/DemoSession.h"
#include "app/Workbench.h"
#include "core/Translations.h"
#include "demo/DemoCatalog.h"
#include "demo/DemoServer.h"
#include "gui/images/ImageLoader.h"
#include "gui/images/ImagesPane.h"
#include "gui/settings/Settings.h"
#include "gui/window/CallController.h"
#include "gui/window/MainWindow.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QLocale>
#include <QPalette>
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
    // The texts as the window shows them: "1 revision", not "1 revision(s)".
    callpad::installTranslations(QLocale::system());
    QStringList arguments = QCoreApplication::arguments();
    // --dark: a dark palette, as a dark desktop theme would hand the app, to check contrast.
    const bool dark = arguments.removeAll(u"--dark"_s) > 0;
    if (dark) {
        QApplication::setStyle(u"Fusion"_s);
        QPalette palette;
        palette.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2e));
        palette.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
        palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x20));
        palette.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x29));
        palette.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
        palette.setColor(QPalette::Button, QColor(0x35, 0x35, 0x38));
        palette.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
        palette.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xe0));
        palette.setColor(QPalette::HighlightedText, Qt::white);
        palette.setColor(QPalette::ToolTipBase, QColor(0x35, 0x35, 0x38));
        palette.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe6, 0xe6));
        palette.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x8a, 0x8f));
        palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0x77, 0x77, 0x7a));
        palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x77, 0x77, 0x7a));
        palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x77, 0x77, 0x7a));
        QApplication::setPalette(palette);
    }
    const QString outDir = arguments.value(1, u"docs/screenshots"_s);
    QDir().mkpath(outDir);
    QTemporaryDir settingsDir;
    Settings settings(settingsDir.filePath(u"callpad.ini"_s));
    Workbench workbench(&settings, AppPaths::inFolder(settingsDir.path()));
    MainWindow window(workbench.context());
    window.resize(1440, 900);
    window.show();
    if (const Status entered = window.enterDemoMode(); !entered) {
        std::fprintf(stderr, "%s\n", qPrintable(entered.error()));
        return 1;
    }
    DemoServer *server = workbench.demo()->server();
    int failures = 0;
    const auto shoot = [&](const QString &name) {
        settle(300);
        const QString path = QDir(outDir).filePath(name + (dark ? u"-dark.png"_s : u".png"_s));
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

    call(workbench.demo()->firstDraft(), false);
    shoot(u"text-result"_s);

    call(draftFor(DemoIds::extractPerson, DemoIds::extractPersonLatest,
                  u"{\n  \"text\": \"Ada Lovelace, 36, ada@example.com, lives in London\"\n}"_s),
         false);
    shoot(u"json-result"_s);

    call(draftFor(DemoIds::imagePainter, DemoIds::imagePainterLatest,
                  u"{\n  \"prompt\": \"a lighthouse at dusk\"\n}"_s),
         false);
    if (auto *images = window.findChild<ImagesPane *>();
        images && images->loader()->pendingCount() > 0) {
        waitFor(images->loader(), &ImageLoader::finished, 10000);
    }
    shoot(u"images"_s);

    // Streaming: photograph the window while the text is still arriving.
    server->setStreamChunkDelay(std::chrono::milliseconds(60));
    window.setDraft(draftFor(DemoIds::storyteller, DemoIds::storytellerLatest,
                             u"{\n  \"premise\": \"a lighthouse that forgot how to shine\"\n}"_s));
    window.findChild<QAction *>(u"streamAction"_s)->setChecked(true);
    settle(300);
    window.send();
    settle(1500);
    shoot(u"streaming"_s);
    waitFor(window.controller(), &CallController::finished, 60000);

    server->setFault(DemoServer::Fault::RateLimited);
    call(workbench.demo()->firstDraft(), false);
    shoot(u"error"_s);
    return failures == 0 ? 0 : 1;
}
