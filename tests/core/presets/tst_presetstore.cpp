#include "PresetSamples.h"
#include "core/AppPaths.h"
#include "core/presets/PresetStore.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace callpad;
using namespace callpad::samples;

namespace {

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
    QCOMPARE(file.write(bytes), bytes.size());
}

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<missing>");
}

Preset named(const QString &name)
{
    Preset preset = fullPreset();
    preset.name = name;
    return preset;
}

QStringList fileNames(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

QStringList entryNames(const PresetStore &store)
{
    QStringList names;
    for (const PresetEntry &entry : store.entries()) {
        names << entry.name;
    }
    return names;
}

} // namespace

// The presets folder: listing, the file operations, and broken files left alone. Real files in
// a temporary folder; HOME points there too, so the trash is a temporary one.
class TestPresetStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void setFolderCreatesItUnderAppData();
    void listsPresetsSkipsOtherJsonReportsBroken();
    void createPicksSafeFileNames_data();
    void createPicksSafeFileNames();
    void createNeverOverwrites();
    void saveReplacesAndReportsErrors();
    void renameMovesTheFile_data();
    void renameMovesTheFile();
    void duplicateMakesNamedCopies();
    void removeMovesToTheTrash();
    void importAndExport();
    void brokenFilesAreLeftUntouched_data();
    void brokenFilesAreLeftUntouched();

private:
    QTemporaryDir m_home;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_folder;
};

void TestPresetStore::initTestCase()
{
    QVERIFY(m_home.isValid());
    qputenv("HOME", QFile::encodeName(m_home.path()));
    qunsetenv("XDG_DATA_HOME");
    QStandardPaths::setTestModeEnabled(true);
    // A desktop session has its data folder; the trash is made inside it.
    QVERIFY(QDir().mkpath(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)));
}

void TestPresetStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>(m_home.filePath(u"presets-XXXXXX"_s));
    QVERIFY(m_dir->isValid());
    m_folder = m_dir->filePath(u"presets"_s);
}

void TestPresetStore::setFolderCreatesItUnderAppData()
{
    const QString standard = AppPaths::standard().presetsFolder;
    QVERIFY(standard.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    QVERIFY(standard.endsWith(u"/presets"_s));
    PresetStore store;
    QSignalSpy changed(&store, &PresetStore::entriesChanged);
    QVERIFY(store.setFolder(m_folder));
    QVERIFY(QFileInfo(m_folder).isDir());
    QCOMPARE(store.folder(), QDir(m_folder).absolutePath());
    QVERIFY(store.entries().isEmpty());
    writeBytes(m_dir->filePath(u"file"_s), "x");
    const Status refused = store.setFolder(m_dir->filePath(u"file/sub"_s));
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(u"file"_s), qPrintable(refused.error()));
}

void TestPresetStore::listsPresetsSkipsOtherJsonReportsBroken()
{
    QDir().mkpath(m_folder);
    writeBytes(m_folder + u"/z.json"_s, serializePreset(named(u"apple"_s)));
    writeBytes(m_folder + u"/a.json"_s, serializePreset(named(u"Zebra"_s)));
    writeBytes(m_folder + u"/unnamed.json"_s, serializePreset(Preset()));
    writeBytes(m_folder + u"/package.json"_s, R"({"name": "web", "version": "1.0.0"})");
    writeBytes(m_folder + u"/broken.json"_s, R"({"format": "callpad-preset",)");
    writeBytes(m_folder + u"/newer.json"_s, R"({"format": "callpad-preset", "version": 2})");
    writeBytes(m_folder + u"/notes.txt"_s, "not json at all");
    PresetStore store;
    QVERIFY(store.setFolder(m_folder));
    QCOMPARE(entryNames(store),
             (QStringList { u"apple"_s, u"broken"_s, u"newer"_s, u"unnamed"_s, u"Zebra"_s }));
    const QList<PresetEntry> entries = store.entries();
    QCOMPARE(entries[0].fileName, u"z.json"_s);
    QCOMPARE(entries[0].path, QDir(m_folder).absoluteFilePath(u"z.json"_s));
    QCOMPARE(entries[0].description, fullPreset().description);
    QCOMPARE(entries[0].functionName, fullPreset().functionName);
    QVERIFY(entries[0].lastModified.isValid());
    QVERIFY(entries[0].ok());
    QVERIFY2(entries[1].error.startsWith(u"broken.json: line 1"_s), qPrintable(entries[1].error));
    QVERIFY2(entries[2].error.contains(u"newer Callpad"_s), qPrintable(entries[2].error));
    QVERIFY(entries[3].ok());
}

void TestPresetStore::createPicksSafeFileNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("fileName");
    QTest::newRow("plain words") << u"Summarize Ticket"_s << u"summarize-ticket.json"_s;
    QTest::newRow("symbols") << u"Summarize: EN → FR"_s << u"summarize-en-fr.json"_s;
    QTest::newRow("accents dropped") << u"Café au lait"_s << u"cafe-au-lait.json"_s;
    QTest::newRow("path characters") << u"../a/b\\c:d*?.json"_s << u"a-b-c-d-json.json"_s;
    QTest::newRow("only punctuation") << u"  ?!  "_s << u"preset.json"_s;
    QTest::newRow("empty") << QString() << u"preset.json"_s;
    QTest::newRow("reserved on Windows") << u"CON"_s << u"con-preset.json"_s;
    QTest::newRow("numbered device") << u"lpt1"_s << u"lpt1-preset.json"_s;
    QTest::newRow("non-Latin script") << u"日本語 テスト"_s << u"日本語-テスト.json"_s;
    QTest::newRow("too long") << QString(200, u'x') << QString(64, u'x') + u".json"_s;
}

void TestPresetStore::createPicksSafeFileNames()
{
    QFETCH(QString, name);
    QFETCH(QString, fileName);
    PresetStore store;
    QVERIFY(store.setFolder(m_folder));
    const Result<QString> path = store.create(name, fullPreset());
    QVERIFY2(path.ok(), qPrintable(path.error()));
    QCOMPARE(QFileInfo(*path).fileName(), fileName);
    QCOMPARE(QFileInfo(*path).absolutePath(), QDir(m_folder).absolutePath());
    QCOMPARE(store.load(*path).preset, named(name));
}

void TestPresetStore::createNeverOverwrites()
{
    QDir().mkpath(m_folder);
    const QByteArray other = R"({"name": "not a preset"})";
    writeBytes(m_folder + u"/same.json"_s, other);
    writeBytes(m_folder + u"/SAME-2.json"_s, other); // taken too, on a case-insensitive disk
    PresetStore store;
    QVERIFY(store.setFolder(m_folder));
    QSignalSpy changed(&store, &PresetStore::entriesChanged);
    QStringList created;
    for (int i = 0; i < 3; ++i) {
        created << QFileInfo(store.create(u"Same"_s, named(u"x"_s)).valueOr({})).fileName();
    }
    QCOMPARE(created, (QStringList { u"same-3.json"_s, u"same-4.json"_s, u"same-5.json"_s }));
    QCOMPARE(readBytes(m_folder + u"/same.json"_s), other);
    QCOMPARE(entryNames(store), (QStringList { u"Same"_s, u"Same"_s, u"Same"_s }));
    QCOMPARE(changed.count(), 3); // at once, not after the watcher's delay
}

void TestPresetStore::saveReplacesAndReportsErrors()
{
    PresetStore store;
    QVERIFY(store.setFolder(m_folder));
    const QString path = store.create(u"One"_s, fullPreset()).valueOr({});
    Preset changedPreset = named(u"One, edited"_s);
    changedPreset.request.inputText = u"\"new input\""_s;
    const Status saved = store.save(path, changedPreset);
    QVERIFY2(saved.ok(), qPrintable(saved.error()));
    QCOMPARE(readBytes(path), serializePreset(changedPreset));
    QCOMPARE(entryNames(store), QStringList { u"One, edited"_s });

    writeBytes(m_dir->filePath(u"a-file"_s), "x");
    const QString impossible = m_dir->filePath(u"a-file/preset.json"_s);
    const Status refused = store.save(impossible, changedPreset);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(QDir::toNativeSeparators(impossible)),
             qPrintable(refused.error()));
    QVERIFY(!QFile::exists(impossible));
}

void TestPresetStore::renameMovesTheFile_data()
{
    QTest::addColumn<QString>("newName");
    QTest::addColumn<QString>("fileName");
    QTest::newRow("new name, new file") << u"Beta"_s << u"beta.json"_s;
    QTest::newRow("same file name, different case") << u"ALPHA"_s << u"alpha.json"_s;
    QTest::newRow("name of an existing file") << u"Taken"_s << u"taken-2.json"_s;
}

void TestPresetStore::renameMovesTheFile()
{
    QFETCH(QString, newName);
    QFETCH(QString, fileName);
    PresetStore store;
    QVERIFY(store.setFolder(m_folder));
    const QString path = store.create(u"Alpha"_s, fullPreset()).valueOr({});
    store.create(u"Taken"_s, fullPreset());
    const Result<QString> renamed = store.rename(path, newName);
    QVERIFY2(renamed.ok(), qPrintable(renamed.error()));
    QCOMPARE(QFileInfo(*renamed).fileName(), fileName);
    QCOMPARE(QFile::exists(path), *renamed == path);
    QCOMPARE(store.load(*renamed).preset, named(newName));
    QCOMPARE(fileNames(m_folder).size(), 2);
    QVERIFY(entryNames(store).contains(newName));
}

void TestPresetStore::duplicateMakesNamedCopies()
{
    PresetStore store;
    QVERIFY(store.setFolder(m_folder));
    const QString path = store.create(u"Alpha"_s, fullPreset()).valueOr({});
    const QString first = store.duplicate(path).valueOr({});
    const QString second = store.duplicate(path).valueOr({});
    QCOMPARE(QFileInfo(first).fileName(), u"alpha-copy.json"_s);
    QCOMPARE(QFileInfo(second).fileName(), u"alpha-copy-2.json"_s);
    QCOMPARE(store.load(first).preset, named(u"Alpha (copy)"_s));
    QCOMPARE(readBytes(path), serializePreset(named(u"Alpha"_s)));
}

void TestPresetStore::removeMovesToTheTrash()
{
    PresetStore store;
    QVERIFY(store.setFolder(m_folder));
    const QString path = store.create(u"Doomed"_s, fullPreset()).valueOr({});
    QSignalSpy changed(&store, &PresetStore::entriesChanged);
    const Result<PresetStore::Removal> removed = store.remove(path);
    QVERIFY2(removed.ok(), qPrintable(removed.error()));
    QVERIFY(!QFile::exists(path));
    QVERIFY(store.entries().isEmpty());
    QCOMPARE(changed.count(), 1);
    QVERIFY(*removed == PresetStore::Removal::MovedToTrash);
    // Test mode puts the user's data, and so the trash, under HOME/.qttest.
    const QString trash = m_home.filePath(u".qttest/share/Trash/files"_s);
    const QStringList inTrash = QDir(trash).entryList({ u"doomed*"_s }, QDir::Files);
    QCOMPARE(inTrash.size(), 1);
    QCOMPARE(readBytes(trash + u'/' + inTrash.first()), serializePreset(named(u"Doomed"_s)));

    const Result<PresetStore::Removal> again = store.remove(path);
    QVERIFY(!again);
    QVERIFY2(again.error().contains(u"doomed.json"_s), qPrintable(again.error()));
}

void TestPresetStore::importAndExport()
{
    PresetStore store;
    QVERIFY(store.setFolder(m_folder));
    // A file mailed around, with no name and a key someone pasted in.
    const QString source = m_dir->filePath(u"From Colleague.json"_s);
    writeBytes(source, R"({"format": "callpad-preset", "version": 1, "api_key": "sk-123",
                           "input": {"q": 1}, "extra": true})");
    const Result<QString> imported = store.importFile(source);
    QVERIFY2(imported.ok(), qPrintable(imported.error()));
    QCOMPARE(QFileInfo(*imported).fileName(), u"from-colleague.json"_s);
    const PresetParse parse = store.load(*imported);
    QCOMPARE(parse.preset.name, u"From Colleague"_s);
    QCOMPARE(parse.preset.unknownKeys.keys(), QStringList { u"extra"_s });
    QVERIFY(!readBytes(*imported).contains("sk-123"));
    QVERIFY(QFile::exists(source)); // copied, not moved

    const QString second = store.importFile(source).valueOr({});
    QCOMPARE(QFileInfo(second).fileName(), u"from-colleague-2.json"_s);

    const QString broken = m_dir->filePath(u"broken.json"_s);
    writeBytes(broken, "{");
    const Result<QString> refused = store.importFile(broken);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(u"broken.json"_s), qPrintable(refused.error()));
    QCOMPARE(fileNames(m_folder).size(), 2);

    const QString destination = m_dir->filePath(u"exported.json"_s);
    const Status exported = store.exportFile(*imported, destination);
    QVERIFY2(exported.ok(), qPrintable(exported.error()));
    QCOMPARE(readBytes(destination), serializePreset(parse.preset));
    QVERIFY(!store.exportFile(broken, m_dir->filePath(u"never.json"_s)));
    QVERIFY(!QFile::exists(m_dir->filePath(u"never.json"_s)));
}

void TestPresetStore::brokenFilesAreLeftUntouched_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("listed");
    QTest::addColumn<QString>("problem");
    QTest::newRow("broken JSON") << "{\n  \"format\": \"callpad-preset\",\n  \"name\": \"x\"\n"_ba
                                 << true << u"line 4, column 1"_s;
    QTest::newRow("newer version")
            << R"({"format": "callpad-preset", "version": 2, "name": "From the future"})"_ba << true
            << u"newer Callpad"_s;
    QTest::newRow("wrong-typed field")
            << R"({"format": "callpad-preset", "version": 1, "tags": 7})"_ba << true
            << u"\"tags\""_s;
    QTest::newRow("another program's JSON")
            << R"({"format": "openapi", "version": 3})"_ba << false << u"not a Callpad preset"_s;
}

void TestPresetStore::brokenFilesAreLeftUntouched()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, listed);
    QFETCH(QString, problem);
    QDir().mkpath(m_folder);
    const QString path = QDir(m_folder).absoluteFilePath(u"bad.json"_s);
    writeBytes(path, bytes);
    PresetStore store;
    QVERIFY(store.setFolder(m_folder));
    QCOMPARE(store.entries().size(), listed ? 1 : 0);
    if (listed) {
        QVERIFY2(store.entries().first().error.startsWith(u"bad.json: "_s),
                 qPrintable(store.entries().first().error));
    }
    const PresetParse parse = store.load(path);
    QVERIFY(!parse.ok());
    QVERIFY2(parse.error.startsWith(QDir::toNativeSeparators(path) + u": "_s),
             qPrintable(parse.error));
    QVERIFY2(parse.error.contains(problem), qPrintable(parse.error));

    const Result<QString> renamed = store.rename(path, u"Other"_s);
    QVERIFY(!renamed);
    QVERIFY(renamed.error().contains(problem));
    QVERIFY(!store.duplicate(path));
    QVERIFY(!store.exportFile(path, m_dir->filePath(u"out.json"_s)));
    if (parse.problem == PresetParse::Problem::NewerVersion
        || parse.problem == PresetParse::Problem::OtherFormat) {
        const Status saved = store.save(path, fullPreset()); // would lose what it holds
        QVERIFY(!saved);
        QVERIFY2(saved.error().contains(problem), qPrintable(saved.error()));
    }
    QCOMPARE(readBytes(path), bytes);
    QCOMPARE(fileNames(m_folder), QStringList { u"bad.json"_s });
}

QTEST_GUILESS_MAIN(TestPresetStore)
#include "tst_presetstore.moc"
