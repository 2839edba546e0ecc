#include "PresetSessionHarness.h"

#include <QSignalSpy>

#include <memory>

using namespace callpad;
using namespace callpad::test;

// What the user does to the open preset: save, open, rename, delete, and the unsaved-edits prompt.
class TestPresetSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void saveAsThenOpenRoundTrips();
    void saveWritesTheOpenFile();
    void saveWithoutFileAsksForName();
    void unknownKeysSurviveSave();
    void dirtyTracking();
    void openBrokenFileKeepsState();
    void maybeKeepChanges_data();
    void maybeKeepChanges();
    void renameFollowsOpenPreset();
    void removeOpenPresetKeepsForm();
    void importAndExport();

private:
    QTemporaryDir m_home;
    std::unique_ptr<Harness> m_h;
};

void TestPresetSession::initTestCase()
{
    useTemporaryHome(m_home);
}

void TestPresetSession::init()
{
    m_h = std::make_unique<Harness>(m_home.path());
    QVERIFY(m_h->dir.isValid());
}

void TestPresetSession::saveAsThenOpenRoundTrips()
{
    PresetSession &session = m_h->session;
    QSignalSpy current(&session, &PresetSession::currentChanged);
    m_h->form = formContent();
    session.markDirty();
    QVERIFY(session.saveAs(u"Markdown otters"_s));
    QVERIFY(!session.isDirty());
    QCOMPARE(session.currentName(), u"Markdown otters"_s);
    QCOMPARE(session.currentPath(), m_h->presetPath(u"markdown-otters.json"_s));
    QCOMPARE(current.count(), 1);
    QCOMPARE(current.last().at(1).toString(), u"Markdown otters"_s);

    session.newPreset();
    QCOMPARE(m_h->form, Preset());
    QVERIFY(session.currentPath().isEmpty());
    QVERIFY(!session.isDirty()); // filling the form is not an edit

    QVERIFY(session.open(m_h->presetPath(u"markdown-otters.json"_s)));
    Preset expected = formContent();
    expected.name = u"Markdown otters"_s;
    QCOMPARE(m_h->form, expected);
    QVERIFY(!session.isDirty());
    QCOMPARE(session.currentName(), u"Markdown otters"_s);
}

void TestPresetSession::saveWritesTheOpenFile()
{
    PresetSession &session = m_h->session;
    m_h->form = formContent();
    QVERIFY(session.saveAs(u"Otters"_s));
    m_h->form.request.inputText = u"{\n    \"topic\": \"seals\"\n}"_s;
    session.markDirty();
    QVERIFY(session.save());
    QVERIFY(!session.isDirty());
    const PresetParse parse = m_h->store.load(session.currentPath());
    QVERIFY2(parse.ok(), qPrintable(parse.error));
    QCOMPARE(parse.preset.request.inputText, u"{\n    \"topic\": \"seals\"\n}"_s);
    QCOMPARE(parse.preset.name, u"Otters"_s);
    QCOMPARE(m_h->store.entries().size(), 1);
}

void TestPresetSession::saveWithoutFileAsksForName()
{
    PresetSession &session = m_h->session;
    m_h->form = formContent();
    session.markDirty();

    // Nobody answers: nothing is written and the form stays dirty.
    QSignalSpy asked(&session, &PresetSession::nameRequested);
    QVERIFY(!session.save());
    QCOMPARE(asked.count(), 1);
    QVERIFY(session.isDirty());
    QVERIFY(m_h->store.entries().isEmpty());

    // The UI's flow: a direct handler asks for a name and saves under it.
    connect(&session, &PresetSession::nameRequested, this,
            [&session] { session.saveAs(u"Named later"_s); });
    QVERIFY(session.save());
    QCOMPARE(session.currentName(), u"Named later"_s);
    QVERIFY(QFile::exists(m_h->presetPath(u"named-later.json"_s)));
}

void TestPresetSession::unknownKeysSurviveSave()
{
    Preset onDisk = formContent();
    onDisk.name = u"From the future"_s;
    onDisk.description = u"Written by a newer Callpad"_s;
    onDisk.unknownKeys.insert(u"x_future"_s, u"{\"a\":1}"_s);
    const QString path = m_h->writeExternally(u"future.json"_s, onDisk);

    PresetSession &session = m_h->session;
    QVERIFY(session.open(path));
    // The form knows nothing of name, description or unknown keys.
    m_h->form.name.clear();
    m_h->form.description.clear();
    m_h->form.unknownKeys.clear();
    m_h->form.stream = false;
    session.markDirty();
    QVERIFY(session.save());

    const PresetParse parse = m_h->store.load(path);
    QVERIFY2(parse.ok(), qPrintable(parse.error));
    Preset expected = onDisk;
    expected.stream = false;
    QCOMPARE(parse.preset, expected);
}

void TestPresetSession::dirtyTracking()
{
    PresetSession &session = m_h->session;
    QSignalSpy dirty(&session, &PresetSession::dirtyChanged);
    QVERIFY(!session.isDirty());
    session.markDirty();
    session.markDirty();
    QVERIFY(session.isDirty());
    QCOMPARE(dirty.count(), 1); // only on changes
    QCOMPARE(dirty.last().first().toBool(), true);

    QVERIFY(session.saveAs(u"Clean"_s));
    QCOMPARE(dirty.count(), 2);
    QCOMPARE(dirty.last().first().toBool(), false);

    session.setDescription(u"Now with a description"_s);
    QVERIFY(session.isDirty());
    QVERIFY(session.save());
    QCOMPARE(m_h->store.load(session.currentPath()).preset.description,
             u"Now with a description"_s);
}

void TestPresetSession::openBrokenFileKeepsState()
{
    PresetSession &session = m_h->session;
    m_h->form = formContent();
    QVERIFY(session.saveAs(u"Good"_s));
    const QString good = session.currentPath();
    session.markDirty();
    const QString broken = m_h->presetPath(u"broken.json"_s);
    writeBytes(broken, R"({ "format": "callpad-preset", )"_ba);

    QSignalSpy failed(&session, &PresetSession::failed);
    QVERIFY(!session.open(broken));
    QCOMPARE(failed.count(), 1);
    QVERIFY2(failed.first().first().toString().contains(u"broken.json"_s),
             qPrintable(failed.first().first().toString()));
    QCOMPARE(session.currentPath(), good);
    QVERIFY(session.isDirty());
    QCOMPARE(m_h->form, formContent());
}

void TestPresetSession::maybeKeepChanges_data()
{
    QTest::addColumn<PresetSession::Unsaved>("answer");
    QTest::addColumn<bool>("goOn");
    QTest::addColumn<bool>("dirtyAfter");
    QTest::addColumn<QString>("savedTopic");

    QTest::newRow("Save writes the edits")
            << PresetSession::Unsaved::Save << true << false << u"seals"_s;
    QTest::newRow("Discard drops them")
            << PresetSession::Unsaved::Discard << true << false << u"otters"_s;
    QTest::newRow("Cancel keeps everything")
            << PresetSession::Unsaved::Cancel << false << true << u"otters"_s;
}

void TestPresetSession::maybeKeepChanges()
{
    QFETCH(PresetSession::Unsaved, answer);
    QFETCH(bool, goOn);
    QFETCH(bool, dirtyAfter);
    QFETCH(QString, savedTopic);

    PresetSession &session = m_h->session;
    int asked = 0;
    const auto ask = [&] {
        ++asked;
        return answer;
    };
    m_h->form = formContent();
    QVERIFY(session.saveAs(u"Topic"_s));
    QVERIFY(session.maybeKeepChanges(ask)); // clean: nothing to ask
    QCOMPARE(asked, 0);

    m_h->form = formContent(u"seals"_s);
    session.markDirty();
    session.autosaveNow();
    QVERIFY(QFile::exists(m_h->drafts.filePath()));
    QCOMPARE(session.maybeKeepChanges(ask), goOn);
    QCOMPARE(asked, 1);
    QCOMPARE(session.isDirty(), dirtyAfter);
    QCOMPARE(QFile::exists(m_h->drafts.filePath()), dirtyAfter);
    QCOMPARE(m_h->store.load(session.currentPath()).preset.request.inputText,
             formContent(savedTopic).request.inputText);
}

void TestPresetSession::renameFollowsOpenPreset()
{
    PresetSession &session = m_h->session;
    m_h->form = formContent();
    QVERIFY(session.saveAs(u"Old name"_s));
    const QString oldPath = session.currentPath();
    QVERIFY(session.rename(u"New name"_s));
    QCOMPARE(session.currentName(), u"New name"_s);
    QCOMPARE(session.currentPath(), m_h->presetPath(u"new-name.json"_s));
    QVERIFY(!QFile::exists(oldPath));
    QCOMPARE(m_h->store.load(session.currentPath()).preset.name, u"New name"_s);

    // An empty name is refused with a message.
    QSignalSpy failed(&session, &PresetSession::failed);
    QVERIFY(!session.rename(u"   "_s));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(session.currentName(), u"New name"_s);
}

void TestPresetSession::removeOpenPresetKeepsForm()
{
    PresetSession &session = m_h->session;
    m_h->form = formContent();
    QVERIFY(session.saveAs(u"Short lived"_s));
    const QString copy = session.duplicate();
    QCOMPARE(copy, m_h->presetPath(u"short-lived-copy.json"_s));
    const QString path = session.currentPath();
    QVERIFY(session.remove());
    QVERIFY(!QFile::exists(path));
    QVERIFY(session.currentPath().isEmpty());
    QCOMPARE(m_h->form, formContent());
    QCOMPARE(m_h->store.entries().size(), 1);
    QCOMPARE(m_h->store.entries().first().path, copy);
}

void TestPresetSession::importAndExport()
{
    PresetSession &session = m_h->session;
    QSignalSpy failed(&session, &PresetSession::failed);
    Preset outside = formContent();
    outside.name = u"From a colleague"_s;
    const QString source = m_h->dir.filePath(u"mail-attachment.json"_s);
    writeBytes(source, serializePreset(outside));

    const QString imported = session.importPreset(source);
    QCOMPARE(imported, m_h->presetPath(u"from-a-colleague.json"_s));
    QCOMPARE(m_h->store.load(imported).preset, outside);

    const QString destination = m_h->dir.filePath(u"shared.json"_s);
    QVERIFY(session.exportPreset(imported, destination));
    QFile exported(destination);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    QCOMPARE(exported.readAll(), serializePreset(outside));
    QCOMPARE(failed.count(), 0);

    // A broken file is refused with its error, and nothing is added.
    writeBytes(source, "not json"_ba);
    QVERIFY(session.importPreset(source).isEmpty());
    QCOMPARE(failed.count(), 1);
    QVERIFY(failed.first().first().toString().contains(u"mail-attachment.json"_s));
    QCOMPARE(m_h->store.entries().size(), 1);
}

QTEST_GUILESS_MAIN(TestPresetSession)
#include "tst_presetsession.moc"
