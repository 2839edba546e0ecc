#pragma once

// Internal to the presets layer: the pieces of PresetFormat.cpp that read a preset's fields.

#include "core/presets/OrderedJson.h"
#include "core/presets/PresetFormat.h"

#include <QString>
#include <QStringList>
#include <QStringView>

namespace callpad {

bool isKnownPresetKey(QStringView key); // a key format version 1 defines at the top level

// Removes secret-like members at any depth, appending their paths ("extra.headers[0].token",
// after `path`) to *dropped when it is given.
void stripSecretKeys(OrderedJson *json, const QString &path, QStringList *dropped);

// Fills `parse` with an InvalidField problem: `field` is the full path, `message` what is wrong.
void setPresetFieldError(PresetParse *parse, const QString &fileName, const QString &field,
                         const QString &message);

// Reads every field but "format" and "version" into parse->preset and secret-like keys in the
// examples into parse->droppedSecretKeys. Stops at the first problem (parse->ok() is then false).
void readPresetFields(const OrderedJson &root, const QString &fileName, const QString &fieldPrefix,
                      PresetParse *parse);

} // namespace callpad
