#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QUrl>
#include <QVariant>

namespace callpad {

// Typed access to the app's settings: one table of keys and defaults, a version key with a
// migration step. Secrets never come here (the API key lives in memory or the OS keychain).
class Settings final
{
public:
    enum class Key {
        BaseUrl,
        WindowGeometry,
        WindowState,
        MainSplitter,
        WorkSplitter,
        RevisionInfoExpanded,
        LastFunctionId,
        LastRevisionId,
        LastFunctionName,
        Stream,
        PresetsFolder,
        HistoryRetention,
        BudgetDaily,
        BudgetMonthly,
        HistoryColumns,
        HistorySplitter,
    };

    // Uses the application's default QSettings location unless a file is given (tests).
    Settings();
    explicit Settings(const QString &fileName);

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant &value);

    QString string(Key key) const { return value(key).toString(); }
    QByteArray bytes(Key key) const { return value(key).toByteArray(); }
    bool flag(Key key) const { return value(key).toBool(); }
    double number(Key key) const { return value(key).toDouble(); }

    static QString name(Key key);
    static constexpr int Version = 1;

    void sync() { m_settings.sync(); }
    QString fileName() const { return m_settings.fileName(); }

private:
    void migrate();

    QSettings m_settings;
};

} // namespace callpad
