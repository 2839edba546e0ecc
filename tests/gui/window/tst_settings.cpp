#include "gui/settings/Settings.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace callpad;

class TestSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsAndRoundTrip();
    void everyKeyHasItsOwnName();
    void versionWritten();
};

void TestSettings::defaultsAndRoundTrip()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"callpad.ini"_s);
    {
        Settings settings(file);
        QCOMPARE(settings.flag(Settings::Key::Stream), false);
        QCOMPARE(settings.string(Settings::Key::BaseUrl), QString());
        settings.setValue(Settings::Key::Stream, true);
        settings.setValue(Settings::Key::LastFunctionId, u"abc"_s);
        settings.sync();
    }
    Settings again(file);
    QCOMPARE(again.flag(Settings::Key::Stream), true);
    QCOMPARE(again.string(Settings::Key::LastFunctionId), u"abc"_s);
}

void TestSettings::everyKeyHasItsOwnName()
{
    // The table is indexed by the enum: a key added out of order would read another's value.
    QSet<QString> names;
    for (int key = 0; key <= int(Settings::Key::HistorySplitter); ++key) {
        const QString name = Settings::name(Settings::Key(key));
        QVERIFY(!name.isEmpty());
        QVERIFY2(!names.contains(name), qPrintable(name));
        names.insert(name);
    }
    QCOMPARE(Settings::name(Settings::Key::Stream), u"request/stream"_s);
    QCOMPARE(Settings::name(Settings::Key::BaseUrl), u"connection/baseUrl"_s);
}

void TestSettings::versionWritten()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"callpad.ini"_s);
    {
        Settings settings(file);
        settings.sync();
    }
    QSettings raw(file, QSettings::IniFormat);
    QCOMPARE(raw.value(u"settingsVersion"_s).toInt(), Settings::Version);
}

QTEST_MAIN(TestSettings)
#include "tst_settings.moc"
