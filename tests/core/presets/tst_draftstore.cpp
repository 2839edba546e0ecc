#include "PresetSamples.h"
#include "core/presets/DraftStore.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace callpad;
using namespace callpad::samples;

// The autosaved draft in one process; tst_presetcrash kills the process that wrote it.
class TestDraftStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void saveLoadClear();
    void defaultsToAppData();
    void unreadableDraftsSayWhy_data();
    void unreadableDraftsSayWhy();

private:
    QTemporaryDir m_dir;
};

void TestDraftStore::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
}

void TestDraftStore::saveLoadClear()
{
    DraftStore drafts(m_dir.filePath(u"new/folder"_s));
    const auto none = drafts.load();
    QVERIFY2(none.ok(), qPrintable(none.error())); // no draft is not an error
    QVERIFY(!none->has_value());
    QVERIFY(drafts.clear()); // nothing to clear is fine

    const Status saved = drafts.save(unsavedDraft(), u"/p/ticket.json"_s);
    QVERIFY2(saved.ok(), qPrintable(saved.error()));
    QVERIFY(QFile::exists(drafts.filePath()));
    Preset second = unsavedDraft();
    second.request.inputText = u"{\"ticket\": \"Printer on fire\""_s;
    QVERIFY(drafts.save(second, QString()));
    const auto loaded = drafts.load();
    QVERIFY2(loaded.ok() && loaded->has_value(), qPrintable(loaded.error()));
    const SavedDraft &draft = **loaded;
    QCOMPARE(draft.preset, second);
    QVERIFY(draft.presetPath.isEmpty());
    QVERIFY(draft.savedAt.isValid());

    QVERIFY(drafts.clear());
    QVERIFY(!QFile::exists(drafts.filePath()));
    QVERIFY(!drafts.load().valueOr({}).has_value());
}

void TestDraftStore::defaultsToAppData()
{
    const QString appData = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QCOMPARE(QFileInfo(DraftStore().filePath()).absolutePath(), appData);
    QCOMPARE(QFileInfo(DraftStore().filePath()).fileName(), u"unsaved-draft.json"_s);
}

void TestDraftStore::unreadableDraftsSayWhy_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("problem");
    QTest::newRow("cut short") << R"({"format": "callpad-draft")"_ba << u"line 1"_s;
    QTest::newRow("a preset, not a draft")
            << R"({"format": "callpad-preset", "version": 1})"_ba << u"not a draft"_s;
    QTest::newRow("a newer draft")
            << R"({"format": "callpad-draft", "version": 2})"_ba << u"not a draft"_s;
    QTest::newRow("no preset inside")
            << R"({"format": "callpad-draft", "version": 1})"_ba << u"\"preset\" is missing"_s;
    QTest::newRow("a broken preset inside")
            << R"({"format": "callpad-draft", "version": 1, "preset":
                  {"format": "callpad-preset", "version": 1, "tags": 3}})"_ba
            << u"\"preset.tags\""_s;
}

void TestDraftStore::unreadableDraftsSayWhy()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, problem);
    QTemporaryDir folder;
    DraftStore drafts(folder.path());
    {
        QFile file(drafts.filePath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }
    const auto loaded = drafts.load();
    QVERIFY(!loaded);
    QVERIFY2(loaded.error().contains(u"unsaved-draft.json"_s), qPrintable(loaded.error()));
    QVERIFY2(loaded.error().contains(problem), qPrintable(loaded.error()));
}

QTEST_GUILESS_MAIN(TestDraftStore)
#include "tst_draftstore.moc"
