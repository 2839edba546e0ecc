// A child process for tst_presetcrash: it saves through the real code paths and stops where it
// is told, so the test can kill it there.
//
//   preset_writer store FILE              save a big preset to FILE through PresetStore, pausing
//                                         halfway ("mid-write") until a line arrives on stdin
//   preset_writer draft FOLDER PRESET     autosave a draft, say "saved", wait for stdin
//   preset_writer draft-mid FOLDER        autosave one draft, then pause halfway through the next
#include "PresetSamples.h"
#include "core/presets/DraftStore.h"
#include "core/presets/PresetStore.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace callpad;

namespace {

void say(const char *line)
{
    std::fputs(line, stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

void waitForParent()
{
    int c = 0;
    while ((c = std::getchar()) != EOF && c != '\n') { }
}

void pauseMidWrite()
{
    say("mid-write");
    waitForParent();
}

int fail(const QString &error)
{
    std::fputs(qPrintable(error), stderr);
    std::fputc('\n', stderr);
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments().mid(1);
    const QString mode = args.value(0);
    if (mode == u"store" && args.size() == 2) {
        PresetStore store;
        if (const Status opened = store.setFolder(QFileInfo(args[1]).absolutePath()); !opened) {
            return fail(opened.error());
        }
        store.setMidWriteHook(pauseMidWrite);
        if (const Status saved = store.save(args[1], samples::bigPreset(4 * 1024 * 1024)); !saved) {
            return fail(saved.error());
        }
        say("saved");
        return 0;
    }
    if (mode == u"draft" && args.size() == 3) {
        DraftStore drafts(args[1]);
        if (const Status saved = drafts.save(samples::unsavedDraft(), args[2]); !saved) {
            return fail(saved.error());
        }
        say("saved");
        waitForParent(); // the app keeps running until it is killed
        return 0;
    }
    if (mode == u"draft-mid" && args.size() == 2) {
        DraftStore drafts(args[1]);
        if (const Status saved = drafts.save(samples::unsavedDraft(), u"first.json"_s); !saved) {
            return fail(saved.error());
        }
        drafts.setMidWriteHook(pauseMidWrite);
        if (const Status saved = drafts.save(samples::bigPreset(4 * 1024 * 1024), u"second.json"_s);
            !saved) {
            return fail(saved.error());
        }
        say("saved");
        return 0;
    }
    return fail(u"usage: preset_writer store FILE | draft FOLDER PRESET | draft-mid FOLDER"_s);
}
