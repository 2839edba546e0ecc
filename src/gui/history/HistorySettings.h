#pragma once

#include "core/history/HistoryFilter.h"
#include "gui/settings/SettingValue.h"

#include <QByteArray>

namespace callpad {

// A retention is kept in its text form ("days:30"); text that does not parse reads as the
// fallback.
template<> struct SettingCodec<Retention>
{
    static QVariant encode(const Retention &value) { return value.toSetting(); }
    static Retention decode(const QVariant &stored, const Retention &fallback)
    {
        return Retention::fromSetting(stored.toString()).value_or(fallback);
    }
};

// What the history keeps between runs: how much history to keep and the calls list's columns.
struct HistorySettings
{
    explicit HistorySettings(Settings *store)
        : retention(store, QStringLiteral("history/retention"), Retention::keepAll()),
          columns(store, QStringLiteral("history/columns"))
    {
    }

    SettingValue<Retention> retention;
    SettingValue<QByteArray> columns;
};

} // namespace callpad
