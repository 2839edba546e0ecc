#pragma once

#include "gui/settings/SettingValue.h"

#include <QByteArray>
#include <QString>

namespace callpad {

// What the main window keeps between runs: its geometry and dock layout, and the connection's
// base URL as typed (resolveBaseUrl weighs it against OPPER_BASE_URL and the default).
struct WindowSettings
{
    explicit WindowSettings(Settings *store)
        : geometry(store, QStringLiteral("window/geometry")),
          state(store, QStringLiteral("window/state")),
          baseUrl(store, QStringLiteral("connection/baseUrl"))
    {
    }

    SettingValue<QByteArray> geometry;
    SettingValue<QByteArray> state;
    SettingValue<QString> baseUrl;
};

} // namespace callpad
