#pragma once

#include "gui/settings/Settings.h"

#include <QObject>
#include <QString>
#include <QVariant>

#include <utility>

namespace callpad {

// How a T is kept in the settings: as the QVariant Qt converts it to, and read back with the
// fallback when the stored text does not convert ("lots" for a number). A type that has its own
// text form specializes this next to the setting that uses it (HistorySettings.h, Retention).
template<typename T> struct SettingCodec
{
    static QVariant encode(const T &value) { return QVariant::fromValue(value); }
    static T decode(const QVariant &stored, const T &fallback)
    {
        QVariant converted = stored;
        return stored.isValid() && converted.convert(QMetaType::fromType<T>())
                ? converted.value<T>()
                : fallback;
    }
};

// One typed key in a Settings store: its name on disk and the value it reads as when it was
// never written. A small value to copy; the feature that uses a key declares it (e.g.
// WindowSettings), so the key's type lives with its only readers and writers.
template<typename T> class SettingValue final
{
public:
    // `store` is not owned and outlives the value.
    SettingValue(Settings *store, QString key, T fallback = T())
        : m_store(store), m_key(std::move(key)), m_fallback(std::move(fallback))
    {
    }

    [[nodiscard]] const QString &key() const { return m_key; }
    [[nodiscard]] T get() const
    {
        return SettingCodec<T>::decode(m_store->value(m_key), m_fallback);
    }
    // Writes through the store, which announces a change (Settings::changed).
    void set(const T &value) { m_store->setValue(m_key, SettingCodec<T>::encode(value)); }

    // Calls `functor(const T &newValue)` whenever this key changes in the store, while
    // `context` lives.
    template<typename Functor>
    QMetaObject::Connection connectChanged(const QObject *context, Functor functor) const
    {
        return QObject::connect(m_store, &Settings::changed, context,
                                [self = *this, functor = std::move(functor)](const QString &key) {
                                    if (key == self.m_key) {
                                        functor(self.get());
                                    }
                                });
    }

private:
    Settings *m_store;
    QString m_key;
    T m_fallback;
};

} // namespace callpad
