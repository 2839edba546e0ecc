#pragma once

// Presets shared by the presets tests and by preset_writer, the child process they kill.

#include "core/presets/Preset.h"
#include "core/presets/PresetFormat.h"

#include <QByteArray>

using namespace Qt::StringLiterals;

namespace callpad::samples {

inline const QString kFunction = u"3c90c3cc-0d44-4b50-8888-8dd25736052a"_s;
inline const QString kRevision = u"0f8fad5b-d9cb-469f-a165-70867728950e"_s;
inline const QString kSpan = u"7d444840-9dc0-11d1-b245-5ffdce74fad2"_s;

// Every field set, JSON texts already in the editors' indented form so they come back verbatim.
inline Preset fullPreset()
{
    Preset preset;
    preset.name = u"Summarize support ticket"_s;
    preset.description = u"Short summary in English, for the triage board."_s;
    preset.baseUrl = u"https://api.opper.ai/v2"_s;
    preset.functionName = u"support/summarize"_s;
    preset.revisionLabel = u"v3, 2024-05-01"_s;
    preset.stream = true;
    CallDraft &request = preset.request;
    request.functionId = kFunction;
    request.revisionId = kRevision;
    request.inputText = u"{\n    \"ticket\": \"Printer on fire\",\n    \"priority\": 2\n}"_s;
    request.examples = {
        { u"Short ticket"_s, u"{\n    \"ticket\": \"Login fails\"\n}"_s,
          u"\"User cannot log in.\""_s },
        { QString(), u"[\n    1,\n    2\n]"_s, u"null"_s },
    };
    request.sendExamples = false;
    request.tags = { { u"team"_s, u"support"_s },
                     { u"env"_s, u"staging"_s },
                     { u"app"_s, u"callpad"_s } };
    request.parentSpanId = kSpan;
    return preset;
}

// A preset whose file is about `bytes` long: large enough that a write is caught half-done.
inline Preset bigPreset(int bytes)
{
    Preset preset = fullPreset();
    preset.name = u"Big preset"_s;
    QString input = u"["_s;
    const QString line = u"\n    \"%1 the quick brown fox jumps over the lazy dog\","_s;
    for (int i = 0; input.size() < bytes; ++i) {
        input += line.arg(i);
    }
    input.chop(1);
    preset.request.inputText = input + u"\n]"_s;
    return preset;
}

// The unsaved form: half-typed input that is not JSON yet must come back as typed.
inline Preset unsavedDraft()
{
    Preset preset = fullPreset();
    preset.name = u"Unsaved edits"_s;
    preset.request.inputText = u"{\"ticket\": \"Printer on"_s;
    return preset;
}

} // namespace callpad::samples

namespace callpad {

// What QCOMPARE prints for a Preset that differs: its file text.
inline char *toString(const Preset &preset)
{
    return qstrdup(serializePreset(preset).constData());
}

} // namespace callpad
