#pragma once

#include "core/presets/DraftStore.h"
#include "core/presets/Preset.h"
#include "core/presets/PresetStore.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <functional>
#include <optional>

namespace callpad {

// The preset open in the request form and whether the form has unsaved edits: the logic the
// main window and the Presets panel share, with no widgets and no dialogs. The window supplies
// the form in both directions (setFormReader() to read it, applyPreset() to fill it) and calls
// markDirty() on every edit; whoever needs a decision from the user passes it in as a callback
// (maybeKeepChanges) or answers a signal (nameRequested, externalChangeConflict).
//
// The name, description and unknown keys of the open preset are not in the form: the session
// keeps them and puts them into everything it writes, so a newer Callpad's keys survive a save.
// While the form is dirty it is autosaved as a draft every few seconds; any clean state
// (save, open, discard, new) clears the draft.
class PresetSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PresetSession)

public:
    enum class Unsaved { Save, Discard, Cancel };
    Q_ENUM(Unsaved)

    static constexpr int AutosaveIntervalMs = 3000;

    explicit PresetSession(PresetStore *store, QObject *parent = nullptr);
    ~PresetSession() override;

    [[nodiscard]] PresetStore *store() const { return m_store; }

    // The form as a Preset. Only the form's fields are used: name, description and unknown keys
    // come from the open preset.
    void setFormReader(std::function<Preset()> reader);
    // Not owned; nullptr turns autosave off.
    void setDraftStore(DraftStore *drafts);

    [[nodiscard]] QString currentPath() const { return m_path; } // empty = not saved to a file
    [[nodiscard]] QString currentName() const { return m_open.name; } // may be empty
    [[nodiscard]] QString currentDescription() const { return m_open.description; }
    [[nodiscard]] bool isDirty() const { return m_dirty; }
    // The form plus the open preset's name, description and unknown keys: what save() writes.
    [[nodiscard]] Preset currentPreset() const;

    // The window calls this on every form edit. Ignored while the form is being filled by
    // applyPreset(), so opening a preset leaves it clean.
    void markDirty();
    // A new description for the open preset; an edit like any other.
    void setDescription(const QString &description);

    // A blank form with no file. Callers ask maybeKeepChanges() first.
    void newPreset();
    // Loads `path` and fills the form. On error emits failed() and changes nothing.
    bool open(const QString &path);
    // Rereads the open file and fills the form, dropping unsaved edits (the answer "reload" to
    // externalChangeConflict()).
    bool reload();
    // Writes the form to the open file. Without one it emits nameRequested(): a handler connected
    // directly answers with saveAs() before the signal returns (the panel shows a name dialog),
    // and save() returns whether that saved.
    bool save();
    // Writes the form to a new file named after `name` (never replacing one) and opens it.
    bool saveAs(const QString &name);

    // File operations for any preset of the store; when `path` is the open one the session
    // follows (a rename moves currentPath, a delete leaves the form without a file).
    QString renamePreset(const QString &path, const QString &newName);
    QString duplicatePreset(const QString &path);
    bool removePreset(const QString &path);
    QString importPreset(const QString &sourcePath); // the new path, empty on failure
    bool exportPreset(const QString &path, const QString &destinationPath);
    // The same for the open preset.
    bool rename(const QString &newName);
    QString duplicate();
    bool remove();

    // Before dropping the form's edits (opening another preset, closing): when dirty, asks
    // `ask` and saves, discards or cancels. Returns false only when the user cancelled or the
    // save failed; true means the caller may go on.
    bool maybeKeepChanges(const std::function<Unsaved()> &ask);

    // The draft a previous run left behind (it did not end cleanly), nullopt when none.
    // Emits failed() when a draft exists but cannot be read.
    [[nodiscard]] std::optional<SavedDraft> recoverDraft();
    // Fills the form from a recovered draft: it becomes the open preset again (when its file
    // still exists) with the draft's content as unsaved edits.
    void restoreDraft(const SavedDraft &draft);
    // Writes the draft now (the timer's job); does nothing while clean.
    void autosaveNow();
    // Removes the draft, e.g. after the user declined to restore it.
    void discardDraft();

Q_SIGNALS:
    void applyPreset(const callpad::Preset &preset);
    void currentChanged(const QString &path, const QString &name);
    void dirtyChanged(bool dirty);
    void failed(const QString &message);
    void statusMessage(const QString &message);
    void nameRequested();
    // The open file changed on disk while the form has unsaved edits; answer with reload() or
    // leave the edits (the next save replaces the file).
    void externalChangeConflict(const QString &path);

private:
    Preset readForm() const;
    void apply(const Preset &preset);
    void setCurrent(const QString &path, const Preset &preset);
    void setDirty(bool dirty);
    void markClean();
    void onFileChanged(const QString &path);
    bool isOpen(const QString &path) const;

    QPointer<PresetStore> m_store;
    DraftStore *m_drafts = nullptr;
    std::function<Preset()> m_formReader;
    QString m_path;
    Preset m_open; // as last loaded or saved; supplies name, description and unknown keys
    bool m_dirty = false;
    bool m_applying = false;
    std::optional<Preset> m_lastDraft; // skips rewriting an unchanged draft
    QString m_lastDraftPath;
    bool m_draftFailing = false;
    QTimer m_autosave;
};

} // namespace callpad
