#include "PresetSamples.h"
#include "core/presets/PresetStore.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

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

// What editors and git do: write a new file next to it, then rename it over the old one.
void replaceAtomically(const QString &path, const QByteArray &bytes)
{
    const QString temporary = path + u".tmp"_s;
    writeBytes(temporary, bytes);
    QCOMPARE(std::rename(QFile::encodeName(temporary).constData(),
                         QFile::encodeName(path).constData()),
             0);
}

QByteArray presetFile(const QString &name)
{
    Preset preset = fullPreset();
    preset.name = name;
    return serializePreset(preset);
}

QStringList entryNames(const PresetStore &store)
{
    QStringList names;
    for (const PresetEntry &entry : store.entries()) {
        names << entry.name;
    }
    return names;
}

QStringList paths(const QSignalSpy &spy)
{
    QStringList result;
    for (const QList<QVariant> &arguments : spy) {
        result << arguments.first().toString();
    }
    return result;
}

} // namespace

// Changes made by other programs reach the store without a restart; its own writes do not look
// like such changes. Waits are QTRY_* on the store's signals: the watcher debounces ~200 ms.
class TestPresetWatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void externalChangesShowUp_data();
    void externalChangesShowUp();
    void watchSurvivesAtomicReplaces();
    void ownWritesAreNotExternalChanges();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_alpha;
    QString m_beta;
};

void TestPresetWatch::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_alpha = QDir(m_dir->path()).absoluteFilePath(u"alpha.json"_s);
    m_beta = QDir(m_dir->path()).absoluteFilePath(u"beta.json"_s);
    writeBytes(m_alpha, presetFile(u"Alpha"_s));
    writeBytes(m_beta, presetFile(u"Beta"_s));
}

void TestPresetWatch::externalChangesShowUp_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<bool>("alphaChanged"); // fileChanged(alpha) expected
    QTest::newRow("edited in place")
            << u"edit"_s << QStringList { u"Alpha, edited"_s, u"Beta"_s } << true;
    QTest::newRow("replaced atomically, as by an editor or git pull")
            << u"replace"_s << QStringList { u"Alpha, edited"_s, u"Beta"_s } << true;
    QTest::newRow("new file") << u"add"_s << QStringList { u"Alpha"_s, u"Beta"_s, u"Gamma"_s }
                              << false;
    QTest::newRow("file deleted") << u"delete"_s << QStringList { u"Beta"_s } << true;
    QTest::newRow("file broken by an edit")
            << u"break"_s << QStringList { u"alpha"_s, u"Beta"_s } << true;
}

void TestPresetWatch::externalChangesShowUp()
{
    QFETCH(QString, operation);
    QFETCH(QStringList, names);
    QFETCH(bool, alphaChanged);
    PresetStore store;
    QVERIFY(store.setFolder(m_dir->path()));
    QCOMPARE(entryNames(store), (QStringList { u"Alpha"_s, u"Beta"_s }));
    QSignalSpy entriesChanged(&store, &PresetStore::entriesChanged);
    QSignalSpy fileChanged(&store, &PresetStore::fileChanged);

    if (operation == u"edit") {
        writeBytes(m_alpha, presetFile(u"Alpha, edited"_s));
    } else if (operation == u"replace") {
        replaceAtomically(m_alpha, presetFile(u"Alpha, edited"_s));
    } else if (operation == u"add") {
        writeBytes(m_dir->filePath(u"gamma.json"_s), presetFile(u"Gamma"_s));
    } else if (operation == u"delete") {
        QVERIFY(QFile::remove(m_alpha));
    } else {
        writeBytes(m_alpha, "{\"format\": ");
    }

    QTRY_COMPARE_WITH_TIMEOUT(entryNames(store), names, 10000);
    QVERIFY(entriesChanged.count() >= 1);
    if (alphaChanged) {
        QTRY_VERIFY_WITH_TIMEOUT(paths(fileChanged).contains(m_alpha), 10000);
    }
    QVERIFY(!paths(fileChanged).contains(m_beta));
    if (operation == u"break") {
        QVERIFY(!store.entries().first().ok());
    }
}

void TestPresetWatch::watchSurvivesAtomicReplaces()
{
    PresetStore store;
    QVERIFY(store.setFolder(m_dir->path()));
    QSignalSpy fileChanged(&store, &PresetStore::fileChanged);
    // An atomic replace swaps the file's inode; the next in-place edit is seen only if the
    // store watches the new one.
    for (int round = 1; round <= 3; ++round) {
        const QString name = u"Alpha %1"_s.arg(round);
        if (round % 2 == 1) {
            replaceAtomically(m_alpha, presetFile(name));
        } else {
            writeBytes(m_alpha, presetFile(name));
        }
        QTRY_COMPARE_WITH_TIMEOUT(entryNames(store).first(), name, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(fileChanged.count() >= round, 10000);
    }
}

void TestPresetWatch::ownWritesAreNotExternalChanges()
{
    PresetStore store;
    QVERIFY(store.setFolder(m_dir->path()));
    QSignalSpy fileChanged(&store, &PresetStore::fileChanged);
    QSignalSpy entriesChanged(&store, &PresetStore::entriesChanged);

    Preset edited = fullPreset();
    edited.name = u"Alpha, saved by Callpad"_s;
    QVERIFY(store.save(m_alpha, edited));
    QCOMPARE(entriesChanged.count(), 1); // the list shows the new name at once
    const Result<QString> created = store.create(u"Made here"_s, fullPreset());
    QVERIFY2(created.ok(), qPrintable(created.error()));
    const Result<QString> renamed = store.rename(m_beta, u"Bee"_s);
    const Result<QString> copy = store.duplicate(*created);
    QVERIFY(renamed.ok() && copy.ok());
    QVERIFY(store.remove(*copy));

    // Then one change from outside: once it is reported, every earlier event has been handled.
    const QString outside = QDir(m_dir->path()).absoluteFilePath(u"gamma.json"_s);
    writeBytes(outside, presetFile(u"Gamma"_s));
    QTRY_VERIFY_WITH_TIMEOUT(entryNames(store).contains(u"Gamma"_s), 10000);
    writeBytes(outside, presetFile(u"Gamma, edited"_s));
    QTRY_VERIFY_WITH_TIMEOUT(paths(fileChanged).contains(outside), 10000);
    for (const QString &path : paths(fileChanged)) {
        QCOMPARE(path, outside);
    }
    QCOMPARE(entryNames(store),
             (QStringList { u"Alpha, saved by Callpad"_s, u"Bee"_s, u"Gamma, edited"_s,
                            u"Made here"_s }));
}

QTEST_GUILESS_MAIN(TestPresetWatch)
#include "tst_presetwatch.moc"
