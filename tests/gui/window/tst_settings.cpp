#include "gui/costs/Budget.h"
#include "gui/history/HistorySettings.h"
#include "gui/presets/PresetsSettings.h"
#include "gui/settings/SettingValue.h"
#include "gui/settings/Settings.h"
#include "gui/window/RequestPageSettings.h"
#include "gui/window/WindowSettings.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace callpad;

class TestSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void defaultsAndRoundTrip();
    void everyKeyHasItsOwnName();
    void versionWritten();
    void neverWrittenKeysReadAsTheirDefaults();
    void unreadableValueReadsAsTheDefault();
    void changedFiresOnceOnARealChange();
    void changedIgnoresTheSameValueReadBackFromTheFile();
    void connectChangedFollowsOneKey();
    void filesWrittenWithTheOldKeysStillRead();

private:
    QString file() const { return m_dir->filePath(u"callpad.ini"_s); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSettings::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestSettings::cleanup()
{
    m_dir.reset();
}

void TestSettings::defaultsAndRoundTrip()
{
    {
        Settings settings(file());
        RequestPageSettings request(&settings);
        QCOMPARE(request.stream.get(), false);
        QCOMPARE(WindowSettings(&settings).baseUrl.get(), QString());
        request.stream.set(true);
        request.functionId.set(u"abc"_s);
        settings.sync();
    }
    Settings again(file());
    const RequestPageSettings request(&again);
    QCOMPARE(request.stream.get(), true);
    QCOMPARE(request.functionId.get(), u"abc"_s);
}

void TestSettings::everyKeyHasItsOwnName()
{
    // Every feature declares its own keys: two features claiming one name would read each
    // other's values.
    Settings settings(file());
    const WindowSettings window(&settings);
    const RequestPageSettings request(&settings);
    const HistorySettings history(&settings);
    const BudgetSettings budget(&settings);
    const PresetsSettings presets(&settings);
    const QStringList all = {
        window.geometry.key(),      window.state.key(),         window.baseUrl.key(),
        request.mainSplitter.key(), request.workSplitter.key(), request.revisionInfoExpanded.key(),
        request.functionId.key(),   request.revisionId.key(),   request.functionName.key(),
        request.stream.key(),       history.retention.key(),    history.columns.key(),
        budget.daily.key(),         budget.monthly.key(),       presets.folder.key(),
    };
    QSet<QString> names;
    for (const QString &name : all) {
        QVERIFY(!name.isEmpty());
        QVERIFY2(!names.contains(name), qPrintable(name));
        names.insert(name);
    }
    QCOMPARE(request.stream.key(), u"request/stream"_s);
    QCOMPARE(window.baseUrl.key(), u"connection/baseUrl"_s);
}

void TestSettings::versionWritten()
{
    {
        Settings settings(file());
        settings.sync();
    }
    QSettings raw(file(), QSettings::IniFormat);
    QCOMPARE(raw.value(u"settingsVersion"_s).toInt(), Settings::Version);
}

void TestSettings::neverWrittenKeysReadAsTheirDefaults()
{
    Settings settings(file());
    const WindowSettings window(&settings);
    const RequestPageSettings request(&settings);
    const HistorySettings history(&settings);
    QCOMPARE(window.geometry.get(), QByteArray());
    QCOMPARE(request.revisionInfoExpanded.get(), false);
    QCOMPARE(request.functionName.get(), QString());
    QCOMPARE(history.retention.get(), Retention::keepAll());
    QCOMPARE(BudgetSettings(&settings).load(), Budget {});
    QCOMPARE(PresetsSettings(&settings).folder.get(), QString());
    QCOMPARE(SettingValue<double>(&settings, u"test/ratio"_s, 2.5).get(), 2.5);
    QCOMPARE(SettingValue<bool>(&settings, u"test/on"_s, true).get(), true);
}

void TestSettings::unreadableValueReadsAsTheDefault()
{
    Settings settings(file());
    settings.setValue(u"test/ratio"_s, u"lots"_s);
    settings.setValue(u"history/retention"_s, u"forever"_s);
    QCOMPARE(SettingValue<double>(&settings, u"test/ratio"_s, 2.5).get(), 2.5);
    QCOMPARE(HistorySettings(&settings).retention.get(), Retention::keepAll());
}

void TestSettings::changedFiresOnceOnARealChange()
{
    Settings settings(file());
    QSignalSpy changed(&settings, &Settings::changed);
    SettingValue<double> daily = BudgetSettings(&settings).daily;

    daily.set(5);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.takeFirst().first().toString(), u"budget/daily"_s);
    daily.set(5);
    QCOMPARE(changed.count(), 0);
    daily.set(7.5);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(daily.get(), 7.5);
}

void TestSettings::changedIgnoresTheSameValueReadBackFromTheFile()
{
    // An INI file gives every value back as text; "true" and "7.5" are still the same value.
    {
        Settings settings(file());
        RequestPageSettings(&settings).stream.set(true);
        BudgetSettings(&settings).save({ 7.5, 0 });
        HistorySettings(&settings).columns.set("\x01\x02 columns"_ba);
        settings.sync();
    }
    Settings again(file());
    QSignalSpy changed(&again, &Settings::changed);
    RequestPageSettings(&again).stream.set(true);
    BudgetSettings(&again).save({ 7.5, 0 });
    HistorySettings(&again).columns.set("\x01\x02 columns"_ba);
    QCOMPARE(changed.count(), 0);
    RequestPageSettings(&again).stream.set(false);
    QCOMPARE(changed.count(), 1);
}

void TestSettings::connectChangedFollowsOneKey()
{
    Settings settings(file());
    HistorySettings history(&settings);
    QList<Retention> seen;
    {
        QObject context;
        history.retention.connectChanged(
                &context, [&seen](const Retention &retention) { seen << retention; });
        history.retention.set(Retention::days(30));
        history.columns.set("other key"_ba);
        history.retention.set(Retention::days(30));
        history.retention.set(Retention::calls(100));
        QCOMPARE(seen, (QList<Retention> { Retention::days(30), Retention::calls(100) }));
    }
    history.retention.set(Retention::keepAll()); // the context is gone: nobody is called
    QCOMPARE(seen.size(), 2);
    QCOMPARE(settings.value(u"history/retention"_s).toString(), u"keep_all"_s);
}

void TestSettings::filesWrittenWithTheOldKeysStillRead()
{
    // A settings file as the central key table wrote it (Callpad before the typed keys).
    QFile old(file());
    QVERIFY(old.open(QIODevice::WriteOnly | QIODevice::Text));
    old.write("[General]\n"
              "settingsVersion=1\n"
              "\n"
              "[budget]\n"
              "daily=5.5\n"
              "monthly=120\n"
              "\n"
              "[connection]\n"
              "baseUrl=https://opper.example/v2\n"
              "\n"
              "[history]\n"
              "columns=@ByteArray(header state)\n"
              "retention=days:30\n"
              "\n"
              "[presets]\n"
              "folder=/home/me/presets\n"
              "\n"
              "[request]\n"
              "functionId=0f000001-0000-4000-8000-000000000001\n"
              "functionName=Markdown writer\n"
              "revisionId=0e000001-0000-4000-8000-000000000003\n"
              "stream=true\n"
              "\n"
              "[window]\n"
              "geometry=@ByteArray(geometry bytes)\n"
              "mainSplitter=@ByteArray(main splitter)\n"
              "revisionInfoExpanded=true\n"
              "state=@ByteArray(dock state)\n"
              "workSplitter=@ByteArray(work splitter)\n");
    old.close();

    Settings settings(file());
    const WindowSettings window(&settings);
    QCOMPARE(window.geometry.get(), "geometry bytes"_ba);
    QCOMPARE(window.state.get(), "dock state"_ba);
    QCOMPARE(window.baseUrl.get(), u"https://opper.example/v2"_s);
    const RequestPageSettings request(&settings);
    QCOMPARE(request.mainSplitter.get(), "main splitter"_ba);
    QCOMPARE(request.workSplitter.get(), "work splitter"_ba);
    QCOMPARE(request.revisionInfoExpanded.get(), true);
    QCOMPARE(request.functionId.get(), u"0f000001-0000-4000-8000-000000000001"_s);
    QCOMPARE(request.revisionId.get(), u"0e000001-0000-4000-8000-000000000003"_s);
    QCOMPARE(request.functionName.get(), u"Markdown writer"_s);
    QCOMPARE(request.stream.get(), true);
    const HistorySettings history(&settings);
    QCOMPARE(history.retention.get(), Retention::days(30));
    QCOMPARE(history.columns.get(), "header state"_ba);
    QCOMPARE(BudgetSettings(&settings).load(), (Budget { 5.5, 120 }));
    QCOMPARE(PresetsSettings(&settings).folder.get(), u"/home/me/presets"_s);
}

QTEST_MAIN(TestSettings)
#include "tst_settings.moc"
