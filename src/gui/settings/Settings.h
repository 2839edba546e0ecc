#pragma once

#include <QObject>
#include <QSettings>
#include <QString>
#include <QVariant>

namespace callpad {

// The app's settings store: QSettings with a version key and a migration step, and a signal for
// every value written through it that changed. The keys and their types and defaults belong to
// the features that use them (SettingValue, e.g. WindowSettings, BudgetSettings), not to this
// class. Secrets never come here (the API key lives in memory or the OS keychain).
class Settings final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Settings)

public:
    // Uses the application's default QSettings location unless a file is given (tests).
    explicit Settings(QObject *parent = nullptr);
    explicit Settings(const QString &fileName, QObject *parent = nullptr);
    ~Settings() override;

    // The stored value, invalid when the key was never written.
    [[nodiscard]] QVariant value(const QString &key) const;
    // Stores `value`; emits changed() unless the key already held it (a key never written
    // counts as different).
    void setValue(const QString &key, const QVariant &value);

    static constexpr int Version = 1;

    void sync() { m_settings.sync(); }
    [[nodiscard]] QString fileName() const { return m_settings.fileName(); }

Q_SIGNALS:
    // Written through setValue() and different from before; a file changed by another process
    // is not watched.
    void changed(const QString &key);

private:
    void migrate();

    QSettings m_settings;
};

} // namespace callpad
