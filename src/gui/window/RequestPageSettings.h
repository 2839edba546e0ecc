#pragma once

#include "gui/settings/SettingValue.h"

#include <QByteArray>
#include <QString>

namespace callpad {

// What the request page keeps between runs: its splitters, the revision panel, streaming and the
// last function called.
struct RequestPageSettings
{
    explicit RequestPageSettings(Settings *store)
        : mainSplitter(store, QStringLiteral("window/mainSplitter")),
          workSplitter(store, QStringLiteral("window/workSplitter")),
          revisionInfoExpanded(store, QStringLiteral("window/revisionInfoExpanded"), false),
          functionId(store, QStringLiteral("request/functionId")),
          revisionId(store, QStringLiteral("request/revisionId")),
          functionName(store, QStringLiteral("request/functionName")),
          stream(store, QStringLiteral("request/stream"), false)
    {
    }

    SettingValue<QByteArray> mainSplitter;
    SettingValue<QByteArray> workSplitter;
    SettingValue<bool> revisionInfoExpanded;
    SettingValue<QString> functionId;
    SettingValue<QString> revisionId;
    SettingValue<QString> functionName;
    SettingValue<bool> stream;
};

} // namespace callpad
