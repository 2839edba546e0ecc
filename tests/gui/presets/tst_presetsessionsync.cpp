#include "PresetSessionHarness.h"

#include <QSignalSpy>

#include <memory>

using namespace callpad;
using namespace callpad::test;

// What happens around the user: other programs changing the open file, the autosaved draft and
// its recovery after a crash.
class TestPresetSessionSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void externalChangeWhileCleanReloads();
    void externalChangeWhileDirtyConflicts();
    void externalDeleteKeepsForm();
    void draftAutosavedWhileDirtyClearedOnSave();
    void draftTimerWritesWhileDirty();
    void recoverDraftAfterCrash();

private:
    QTemporaryDir m_home;
    std::unique_ptr<Harness> m_h;
};

void TestPresetSessionSync::initTestCase()
{
    useTemporaryHome(m_home);
}

void TestPresetSessionSync::init()
{
    m_h = std::make_unique<Harness>(m_home.path());
    QVERIFY(m_h->dir.isValid());
}

void TestPresetSessionSync::externalChangeWhileCleanReloads()
{
    PresetSession &session = m_h->session;
    m_h->form = formContent();
    QVERIFY(session.saveAs(u"Watched"_s));
    const int appliedBefore = m_h->applied;

    Preset changed = formContent(u"badgers"_s);
    changed.name = u"Watched (edited elsewhere)"_s;
    writeBytes(session.currentPath(), serializePreset(changed));
    // Through the real watcher, as with git pull or an editor.
    QTRY_COMPARE(m_h->form.request.inputText, formContent(u"badgers"_s).request.inputText);
    QCOMPARE(m_h->applied, appliedBefore + 1);
    QVERIFY(!session.isDirty());
    QCOMPARE(session.currentName(), u"Watched (edited elsewhere)"_s);
}

void TestPresetSessionSync::externalChangeWhileDirtyConflicts()
{
    PresetSession &session = m_h->session;
    m_h->form = formContent();
    QVERIFY(session.saveAs(u"Contested"_s));
    const QString path = session.currentPath();
    m_h->form = formContent(u"mine"_s);
    session.markDirty();

    QSignalSpy conflict(&session, &PresetSession::externalChangeConflict);
    Preset theirs = formContent(u"theirs"_s);
    theirs.name = u"Contested"_s;
    writeBytes(path, serializePreset(theirs));
    QVERIFY(conflict.wait());
    QCOMPARE(conflict.first().first().toString(), path);
    // Nothing is decided for the user: the edits are still there.
    QCOMPARE(m_h->form.request.inputText, formContent(u"mine"_s).request.inputText);
    QVERIFY(session.isDirty());

    // "Reload and lose my edits".
    QVERIFY(session.reload());
    QCOMPARE(m_h->form, theirs);
    QVERIFY(!session.isDirty());
}

void TestPresetSessionSync::externalDeleteKeepsForm()
{
    PresetSession &session = m_h->session;
    m_h->form = formContent();
    QVERIFY(session.saveAs(u"Doomed"_s));
    QSignalSpy current(&session, &PresetSession::currentChanged);
    QVERIFY(QFile::remove(session.currentPath()));
    QTRY_VERIFY(session.currentPath().isEmpty());
    QCOMPARE(current.count(), 1);
    QVERIFY(session.isDirty());
    QCOMPARE(session.currentName(), u"Doomed"_s); // suggested when saving again
    QCOMPARE(m_h->form, formContent());

    connect(&session, &PresetSession::nameRequested, this,
            [&session] { session.saveAs(session.currentName()); });
    QVERIFY(session.save());
    QVERIFY(QFile::exists(m_h->presetPath(u"doomed.json"_s)));
}

void TestPresetSessionSync::draftAutosavedWhileDirtyClearedOnSave()
{
    PresetSession &session = m_h->session;
    m_h->form = formContent();
    QVERIFY(session.saveAs(u"Drafted"_s));
    session.autosaveNow(); // clean: nothing to keep
    QVERIFY(!QFile::exists(m_h->drafts.filePath()));

    m_h->form.request.inputText = u"{\"topic\": \"half typ"_s; // not JSON yet
    session.markDirty();
    session.autosaveNow();
    const std::optional<SavedDraft> draft = m_h->drafts.load().valueOr({});
    QVERIFY(draft);
    QCOMPARE(draft->presetPath, session.currentPath());
    QCOMPARE(draft->preset.request.inputText, u"{\"topic\": \"half typ"_s);
    QCOMPARE(draft->preset.name, u"Drafted"_s);

    m_h->form = formContent();
    QVERIFY(session.save());
    QVERIFY(!QFile::exists(m_h->drafts.filePath()));
}

void TestPresetSessionSync::draftTimerWritesWhileDirty()
{
    m_h->form = formContent();
    m_h->session.markDirty();
    // The real timer (every few seconds); QTRY waits up to 5 s by default, so allow more.
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(m_h->drafts.filePath()),
                             PresetSession::AutosaveIntervalMs * 3);
    const std::optional<SavedDraft> draft = m_h->drafts.load().valueOr({});
    QVERIFY(draft);
    QVERIFY(draft->presetPath.isEmpty());
    QCOMPARE(draft->preset.request, formContent().request);
}

void TestPresetSessionSync::recoverDraftAfterCrash()
{
    m_h->form = formContent();
    QVERIFY(m_h->session.saveAs(u"Crashy"_s));
    const QString path = m_h->session.currentPath();
    m_h->form = formContent(u"unsaved"_s);
    m_h->session.markDirty();
    m_h->session.autosaveNow();

    // "Crash": the first session never gets to clean up. A second one starts over the same files.
    PresetStore store;
    QVERIFY(store.setFolder(m_h->dir.path() + u"/presets"_s));
    DraftStore drafts(m_h->dir.path() + u"/data"_s);
    PresetSession second(&store);
    Preset form;
    second.setFormReader([&form] { return form; });
    second.setDraftStore(&drafts);
    connect(&second, &PresetSession::applyPreset, this, [&](const Preset &preset) {
        form = preset;
        second.markDirty();
    });

    const std::optional<SavedDraft> draft = second.recoverDraft();
    QVERIFY(draft);
    QCOMPARE(draft->presetPath, path);
    second.restoreDraft(*draft);
    QCOMPARE(form.request.inputText, formContent(u"unsaved"_s).request.inputText);
    QCOMPARE(second.currentPath(), path);
    QCOMPARE(second.currentName(), u"Crashy"_s);
    QVERIFY(second.isDirty());

    QVERIFY(second.save());
    QVERIFY(!second.recoverDraft());
    QCOMPARE(store.load(path).preset.request.inputText,
             formContent(u"unsaved"_s).request.inputText);
}

QTEST_GUILESS_MAIN(TestPresetSessionSync)
#include "tst_presetsessionsync.moc"
