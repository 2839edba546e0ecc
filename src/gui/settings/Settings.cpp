#include "gui/settings/Settings.h"

#include <array>

using namespace Qt::StringLiterals;

namespace callpad {

namespace {

struct Entry
{
    Settings::Key key;
    QString name;
    QVariant fallback;
};

const std::array<Entry, 16> &table()
{
    static const std::array<Entry, 16> entries { {
            { Settings::Key::BaseUrl, u"connection/baseUrl"_s, QString() },
            { Settings::Key::WindowGeometry, u"window/geometry"_s, QByteArray() },
            { Settings::Key::WindowState, u"window/state"_s, QByteArray() },
            { Settings::Key::MainSplitter, u"window/mainSplitter"_s, QByteArray() },
            { Settings::Key::WorkSplitter, u"window/workSplitter"_s, QByteArray() },
            { Settings::Key::RevisionInfoExpanded, u"window/revisionInfoExpanded"_s, false },
            { Settings::Key::LastFunctionId, u"request/functionId"_s, QString() },
            { Settings::Key::LastRevisionId, u"request/revisionId"_s, QString() },
            { Settings::Key::LastFunctionName, u"request/functionName"_s, QString() },
            { Settings::Key::Stream, u"request/stream"_s, false },
            { Settings::Key::PresetsFolder, u"presets/folder"_s, QString() },
            { Settings::Key::HistoryRetention, u"history/retention"_s, QString() },
            // Budgets in USD; 0 means no limit.
            { Settings::Key::BudgetDaily, u"budget/daily"_s, 0.0 },
            { Settings::Key::BudgetMonthly, u"budget/monthly"_s, 0.0 },
            { Settings::Key::HistoryColumns, u"history/columns"_s, QByteArray() },
            { Settings::Key::HistorySplitter, u"window/historySplitter"_s, QByteArray() },
    } };
    return entries;
}

const Entry &entry(Settings::Key key)
{
    const Entry &e = table().at(size_t(key));
    Q_ASSERT(e.key == key); // the table is indexed by the enum: keep them in the same order
    return e;
}

const QString VersionKey = u"settingsVersion"_s;

} // namespace

Settings::Settings()
{
    migrate();
}

Settings::Settings(const QString &fileName) : m_settings(fileName, QSettings::IniFormat)
{
    migrate();
}

QString Settings::name(Key key)
{
    return entry(key).name;
}

QVariant Settings::value(Key key) const
{
    const Entry &e = entry(key);
    return m_settings.value(e.name, e.fallback);
}

void Settings::setValue(Key key, const QVariant &value)
{
    m_settings.setValue(entry(key).name, value);
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
