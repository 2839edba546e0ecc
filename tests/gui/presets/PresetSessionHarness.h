#pragma once

// The fixture shared by the PresetSession tests: a real presets folder, a real draft file and a
// stand-in for the request form.

#include "core/presets/DraftStore.h"
#include "core/presets/PresetFormat.h"
#include "core/presets/PresetStore.h"
#include "gui/presets/PresetSession.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace callpad {

// What QCOMPARE prints for a Preset that differs: its file text.
inline char *toString(const Preset &preset)
{
    return qstrdup(serializePreset(preset).constData());
}

} // namespace callpad

namespace callpad::test {

// Every field set; JSON texts in the editors' indented form so they come back verbatim.
inline Preset formContent(const QString &topic = u"otters"_s)
{
    Preset preset;
    preset.baseUrl = u"https://api.example.test/v2"_s;
    preset.functionName = u"writing/markdown"_s;
    preset.revisionLabel = u"v3"_s;
    preset.stream = true;
    preset.request.functionId = u"3c90c3cc-0d44-4b50-8888-8dd25736052a"_s;
    preset.request.revisionId = u"0f8fad5b-d9cb-469f-a165-70867728950e"_s;
    preset.request.inputText = u"{\n    \"topic\": \"%1\"\n}"_s.arg(topic);
    preset.request.examples
            = { { u"Short"_s, u"{\n    \"topic\": \"cats\"\n}"_s, u"\"# Cats\""_s } };
    preset.request.tags = { { u"env"_s, u"test"_s } };
    preset.request.parentSpanId = u"7d444840-9dc0-11d1-b245-5ffdce74fad2"_s;
    return preset;
}

inline void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
    QCOMPARE(file.write(bytes), bytes.size());
}

// A store over a real folder, a draft file next to it, and a fake "form": the reader returns
// `form`, and applyPreset fills it and, like the window's change signals, calls markDirty().
struct Harness
{
    QTemporaryDir dir;
    PresetStore store;
    DraftStore drafts { dir.path() + u"/data"_s };
    PresetSession session { &store };
    Preset form;
    int applied = 0;

    explicit Harness(const QString &home) : dir(home + u"/case-XXXXXX"_s)
    {
        store.setFolder(dir.path() + u"/presets"_s);
        session.setFormReader([this] { return form; });
        session.setDraftStore(&drafts);
        QObject::connect(&session, &PresetSession::applyPreset, &session,
                         [this](const Preset &preset) {
                             form = preset;
                             ++applied;
                             session.markDirty();
                         });
    }

    QString presetPath(const QString &fileName) const
    {
        return QFileInfo(dir.path() + u"/presets/"_s + fileName).absoluteFilePath();
    }

    // A preset file written by "another program".
    QString writeExternally(const QString &fileName, const Preset &preset)
    {
        QString path = presetPath(fileName);
        writeBytes(path, serializePreset(preset));
        store.refresh();
        return path;
    }
};

} // namespace callpad::test
namespace callpad::test {

// Deleting moves to the trash: keep that inside a temporary home, never the user's.
inline void useTemporaryHome(const QTemporaryDir &home)
{
    QVERIFY(home.isValid());
    qputenv("HOME", QFile::encodeName(home.path()));
    qunsetenv("XDG_DATA_HOME");
    QStandardPaths::setTestModeEnabled(true);
    // Where the trash goes; Qt does not create the data folder itself.
    QVERIFY(QDir().mkpath(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)));
}

} // namespace callpad::test
