#pragma once

#include "gui/settings/SettingValue.h"

#include <QString>

namespace callpad {

// What the presets keep between runs: the folder last opened (empty: the default folder).
struct PresetsSettings
{
    explicit PresetsSettings(Settings *store) : folder(store, QStringLiteral("presets/folder")) { }

    SettingValue<QString> folder;
};

} // namespace callpad
