#pragma once

#include "core/presets/OrderedJson.h"
#include "core/presets/Preset.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace callpad {

// The preset file format, version 1 (docs/preset-format.md, docs/preset.schema.json).
inline constexpr int kPresetFormatVersion = 1;
inline constexpr char16_t kPresetFormatMarker[] = u"callpad-preset";

struct PresetParse
{
    enum class Problem {
        None,
        Unreadable, // could not be read, or is not UTF-8 (filled in by the file readers)
        Syntax, // not JSON; line and column say where
        OtherFormat, // JSON, but not a preset: no or another "format" (a folder may hold such)
        NewerVersion, // "version" 2 or later: written by a newer Callpad
        InvalidField, // a field of the wrong type or value; `field` names it
    };

    Preset preset; // meaningful only when ok()
    Problem problem = Problem::None;
    QString error; // one translated sentence naming the file (when known) and the problem
    QString field; // "examples[1].input_text" for InvalidField, "version" for NewerVersion
    int line = 0; // 1-based, for Syntax
    int column = 0;
    int version = 0; // the file's version, once read
    // Where the file held secret-like keys ("api_key", "function.token", "base_url (user info)").
    // Their values are not kept anywhere, so the next save removes them from the file.
    QStringList droppedSecretKeys;

    bool ok() const { return problem == Problem::None; }
};

// Reads a preset file's bytes. Never throws and never crashes, whatever the bytes. `fileName` is
// only used to name the file in `error`.
PresetParse parsePreset(const QByteArray &bytes, const QString &fileName = {});

// The file's bytes: UTF-8, keys in the documented order, two-space indent, a trailing newline.
// The same preset always gives the same bytes.
QByteArray serializePreset(const Preset &preset);

// Building blocks for files that embed a preset (the autosaved draft). `fieldPrefix` is put in
// front of field paths in errors ("preset." gives "preset.examples[0].input").
OrderedJson presetToJson(const Preset &preset);
PresetParse presetFromJson(const OrderedJson &json, const QString &fileName,
                           const QString &fieldPrefix = {});

// "file.json: message", or just the message when there is no file name; and the syntax-error
// variant with the position. Shared with the draft reader so both phrase errors alike.
QString presetFileError(const QString &fileName, const QString &message);
void setPresetSyntaxError(PresetParse *parse, const QString &fileName,
                          const OrderedJsonParse &json);

} // namespace callpad
