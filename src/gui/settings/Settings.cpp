#include "gui/settings/Settings.h"

using namespace Qt::StringLiterals;

namespace callpad {

namespace {

const QString VersionKey = u"settingsVersion"_s;

// An INI file reads every value back as text ("true", "7.5"), so the stored value is compared in
// the type of the one being written.
bool holds(const QVariant &stored, const QVariant &value)
{
    if (!stored.isValid()) {
        return false;
    }
    QVariant converted = stored;
    return converted.convert(value.metaType()) && converted == value;
}

} // namespace

Settings::Settings(QObject *parent) : QObject(parent)
{
    migrate();
}

Settings::Settings(const QString &fileName, QObject *parent)
    : QObject(parent), m_settings(fileName, QSettings::IniFormat)
{
    migrate();
}

Settings::~Settings() = default;

QVariant Settings::value(const QString &key) const
{
    return m_settings.value(key);
}

void Settings::setValue(const QString &key, const QVariant &value)
{
    if (holds(m_settings.value(key), value)) {
        return;
    }
    m_settings.setValue(key, value);
    Q_EMIT changed(key);
}

void Settings::migrate()
{
    const int stored = m_settings.value(VersionKey, 0).toInt();
    if (stored == Version) {
        return;
    }
    // Version 0 had no keys of ours; anything newer is left alone so a downgrade loses nothing.
    if (stored < Version) {
        m_settings.setValue(VersionKey, Version);
    }
}

} // namespace callpad
