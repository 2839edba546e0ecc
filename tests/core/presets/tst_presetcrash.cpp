#include "PresetSamples.h"
#include "core/presets/DraftStore.h"
#include "core/presets/PresetFormat.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace callpad;
using namespace callpad::samples;

namespace {

constexpr int kBigPresetBytes = 4 * 1024 * 1024; // as preset_writer writes
constexpr int kTimeoutMs = 60000;

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<missing>");
}

} // namespace

// A save interrupted by a kill leaves the old file or the new one, never a broken one; an
// autosaved draft outlives a killed app. The writer is a real child process, preset_writer,
// that saves through PresetStore and DraftStore and pauses halfway through a write when asked.
class TestPresetCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void killedSaveLeavesAWholeFile_data();
    void killedSaveLeavesAWholeFile();
    void draftOutlivesAKilledApp_data();
    void draftOutlivesAKilledApp();

private:
    void startWriter(const QStringList &arguments);
    QByteArray output();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_writer;
    QByteArray m_output;
};

void TestPresetCrash::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_output.clear();
}

void TestPresetCrash::cleanup()
{
    if (m_writer && m_writer->state() != QProcess::NotRunning) { // a failed test left it paused
        m_writer->kill();
        m_writer->waitForFinished();
    }
    m_writer.reset();
}

void TestPresetCrash::startWriter(const QStringList &arguments)
{
    m_writer = std::make_unique<QProcess>();
    m_writer->setProgram(QStringLiteral(CALLPAD_PRESET_WRITER));
    m_writer->setArguments(arguments);
    m_writer->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_writer->start();
}

QByteArray TestPresetCrash::output()
{
    m_output += m_writer->readAllStandardOutput();
    return m_output;
}

void TestPresetCrash::killedSaveLeavesAWholeFile_data()
{
    QTest::addColumn<bool>("kill");
    QTest::newRow("killed halfway through the write: the old file") << true;
    QTest::newRow("allowed to finish: the new file") << false;
}

void TestPresetCrash::killedSaveLeavesAWholeFile()
{
    QFETCH(bool, kill);
    const QString path = QDir(m_dir->path()).absoluteFilePath(u"ticket.json"_s);
    const QByteArray original = serializePreset(fullPreset());
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(original), original.size());
    }

    startWriter({ u"store"_s, path });
    QTRY_VERIFY_WITH_TIMEOUT(output().contains("mid-write\n"), kTimeoutMs);
    QVERIFY(readBytes(path) == original); // half the new bytes are out, but not in the file
    if (kill) {
        m_writer->kill();
    } else {
        m_writer->write("\n");
    }
    QTRY_COMPARE_WITH_TIMEOUT(m_writer->state(), QProcess::NotRunning, kTimeoutMs);

    const QByteArray after = readBytes(path);
    if (kill) {
        QCOMPARE(m_writer->exitStatus(), QProcess::CrashExit);
        QVERIFY(!output().contains("saved"));
        QVERIFY(after == original); // byte for byte
        QCOMPARE(parsePreset(after).preset, fullPreset());
    } else {
        QCOMPARE(m_writer->exitStatus(), QProcess::NormalExit);
        QCOMPARE(m_writer->exitCode(), 0);
        QVERIFY(output().contains("saved\n"));
        const Preset big = bigPreset(kBigPresetBytes);
        QVERIFY(after == serializePreset(big));
        QVERIFY(parsePreset(after).preset == big);
    }
    // No half-written file where the presets folder would list it.
    QCOMPARE(QDir(m_dir->path()).entryList({ u"*.json"_s }, QDir::Files),
             QStringList { u"ticket.json"_s });
}

void TestPresetCrash::draftOutlivesAKilledApp_data()
{
    QTest::addColumn<QStringList>("arguments"); // after the folder
    QTest::addColumn<QByteArray>("waitFor");
    QTest::addColumn<QString>("presetPath");
    QTest::newRow("killed after an autosave") << QStringList { u"draft"_s, u"/presets/open.json"_s }
                                              << "saved\n"_ba << u"/presets/open.json"_s;
    QTest::newRow("killed halfway through the next autosave: the previous one")
            << QStringList { u"draft-mid"_s } << "mid-write\n"_ba << u"first.json"_s;
}

void TestPresetCrash::draftOutlivesAKilledApp()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, waitFor);
    QFETCH(QString, presetPath);
    const QString folder = m_dir->filePath(u"app-data"_s);
    QVERIFY(!DraftStore(folder).load().valueOr({}).has_value());

    arguments.insert(1, folder);
    startWriter(arguments);
    QTRY_VERIFY_WITH_TIMEOUT(output().contains(waitFor), kTimeoutMs);
    m_writer->kill();
    QTRY_COMPARE_WITH_TIMEOUT(m_writer->state(), QProcess::NotRunning, kTimeoutMs);
    QCOMPARE(m_writer->exitStatus(), QProcess::CrashExit);

    // The next start of the app.
    DraftStore drafts(folder);
    const Result<std::optional<SavedDraft>> loaded = drafts.load();
    QVERIFY2(loaded.ok() && loaded->has_value(), qPrintable(loaded.error()));
    const SavedDraft &draft = **loaded;
    QCOMPARE(draft.preset, unsavedDraft());
    QCOMPARE(draft.presetPath, presetPath);
    QVERIFY(draft.savedAt.isValid());
    QCOMPARE(draft.savedAt.timeSpec(), Qt::UTC);

    QVERIFY(drafts.clear());
    const Result<std::optional<SavedDraft>> none = drafts.load();
    QVERIFY2(none.ok(), qPrintable(none.error())); // no draft is not an error
    QVERIFY(!none->has_value());
}

QTEST_GUILESS_MAIN(TestPresetCrash)
#include "tst_presetcrash.moc"
