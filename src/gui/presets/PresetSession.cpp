#include "gui/presets/PresetSession.h"

#include "core/presets/PresetStore.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace callpad {

namespace {

QString absolute(const QString &path)
{
    return path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
}

QString shownName(const QString &path)
{
    return QFileInfo(path).fileName();
}

} // namespace

PresetSession::PresetSession(PresetStore *store, QObject *parent) : QObject(parent), m_store(store)
{
    m_autosave.setInterval(AutosaveIntervalMs);
    connect(&m_autosave, &QTimer::timeout, this, &PresetSession::autosaveNow);
    if (m_store) {
        connect(m_store, &PresetStore::fileChanged, this, &PresetSession::onFileChanged);
    }
}

PresetSession::~PresetSession() = default;

void PresetSession::setFormReader(std::function<Preset()> reader)
{
    m_formReader = std::move(reader);
}

void PresetSession::setDraftStore(DraftStore *drafts)
{
    m_drafts = drafts;
    m_lastDraft.reset();
}

Preset PresetSession::currentPreset() const
{
    return readForm();
}

void PresetSession::markDirty()
{
    if (!m_applying) {
        setDirty(true);
    }
}

void PresetSession::setDescription(const QString &description)
{
    if (description != m_open.description) {
        m_open.description = description;
        markDirty();
    }
}

void PresetSession::newPreset()
{
    setCurrent({}, Preset());
    apply(Preset());
    markClean();
}

bool PresetSession::open(const QString &path)
{
    if (!m_store) {
        return false;
    }
    const PresetParse parse = m_store->load(path);
    if (!parse.ok()) {
        Q_EMIT failed(parse.error);
        return false;
    }
    setCurrent(absolute(path), parse.preset);
    apply(parse.preset);
    markClean();
    if (!parse.droppedSecretKeys.isEmpty()) {
        Q_EMIT statusMessage(tr("%1 held secret-like fields (%2); they were ignored and the next "
                                "save removes them.")
                                     .arg(shownName(path), parse.droppedSecretKeys.join(u", "_s)));
    } else {
        Q_EMIT statusMessage(tr("Opened %1").arg(shownName(path)));
    }
    return true;
}

bool PresetSession::reload()
{
    return !m_path.isEmpty() && open(m_path);
}

bool PresetSession::save()
{
    if (!m_store) {
        return false;
    }
    if (m_path.isEmpty()) {
        // A directly connected handler asks for a name and calls saveAs() before this returns.
        Q_EMIT nameRequested();
        return !m_path.isEmpty() && !m_dirty;
    }
    const Preset preset = readForm();
    if (const Status saved = m_store->save(m_path, preset); !saved) {
        Q_EMIT failed(saved.error());
        return false;
    }
    m_open = preset;
    markClean();
    Q_EMIT statusMessage(tr("Saved %1").arg(shownName(m_path)));
    return true;
}

bool PresetSession::saveAs(const QString &name)
{
    if (!m_store) {
        return false;
    }
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        Q_EMIT failed(tr("A preset needs a name."));
        return false;
    }
    Preset preset = readForm();
    preset.name = trimmed;
    const Result<QString> path = m_store->create(trimmed, preset);
    if (!path) {
        Q_EMIT failed(path.error());
        return false;
    }
    setCurrent(absolute(*path), preset);
    markClean();
    Q_EMIT statusMessage(tr("Saved %1").arg(shownName(*path)));
    return true;
}

QString PresetSession::renamePreset(const QString &path, const QString &newName)
{
    const QString trimmed = newName.trimmed();
    if (!m_store || path.isEmpty()) {
        return {};
    }
    if (trimmed.isEmpty()) {
        Q_EMIT failed(tr("A preset needs a name."));
        return {};
    }
    const Result<QString> newPath = m_store->rename(path, trimmed);
    if (!newPath) {
        Q_EMIT failed(newPath.error());
        return {};
    }
    if (isOpen(path)) {
        Preset renamed = m_open;
        renamed.name = trimmed;
        setCurrent(absolute(*newPath), renamed);
    }
    Q_EMIT statusMessage(tr("Renamed to %1").arg(shownName(*newPath)));
    return *newPath;
}

QString PresetSession::duplicatePreset(const QString &path)
{
    if (!m_store || path.isEmpty()) {
        return {};
    }
    const Result<QString> copy = m_store->duplicate(path);
    if (!copy) {
        Q_EMIT failed(copy.error());
        return {};
    }
    Q_EMIT statusMessage(tr("Duplicated as %1").arg(shownName(*copy)));
    return *copy;
}

bool PresetSession::removePreset(const QString &path)
{
    if (!m_store || path.isEmpty()) {
        return false;
    }
    const bool wasOpen = isOpen(path);
    const Result<PresetStore::Removal> removed = m_store->remove(path);
    if (!removed) {
        Q_EMIT failed(removed.error());
        return false;
    }
    if (wasOpen) {
        // The user asked for the file to go; the form stays as it is, now without a file.
        setCurrent({}, m_open);
    }
    Q_EMIT statusMessage(*removed == PresetStore::Removal::MovedToTrash
                                 ? tr("Moved %1 to the trash").arg(shownName(path))
                                 : tr("Deleted %1").arg(shownName(path)));
    return true;
}

QString PresetSession::importPreset(const QString &sourcePath)
{
    if (!m_store) {
        return {};
    }
    const Result<QString> path = m_store->importFile(sourcePath);
    if (!path) {
        Q_EMIT failed(path.error());
        return {};
    }
    Q_EMIT statusMessage(tr("Imported %1 as %2").arg(shownName(sourcePath), shownName(*path)));
    return *path;
}

bool PresetSession::exportPreset(const QString &path, const QString &destinationPath)
{
    if (!m_store) {
        return false;
    }
    if (const Status exported = m_store->exportFile(path, destinationPath); !exported) {
        Q_EMIT failed(exported.error());
        return false;
    }
    Q_EMIT statusMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(destinationPath)));
    return true;
}

bool PresetSession::rename(const QString &newName)
{
    return !renamePreset(m_path, newName).isEmpty();
}

QString PresetSession::duplicate()
{
    return duplicatePreset(m_path);
}

bool PresetSession::remove()
{
    return removePreset(m_path);
}

bool PresetSession::maybeKeepChanges(const std::function<Unsaved()> &ask)
{
    if (!m_dirty) {
        return true;
    }
    switch (ask ? ask() : Unsaved::Cancel) {
    case Unsaved::Save:
        return save();
    case Unsaved::Discard:
        markClean();
        return true;
    case Unsaved::Cancel:
        break;
    }
    return false;
}

std::optional<SavedDraft> PresetSession::recoverDraft()
{
    if (!m_drafts) {
        return std::nullopt;
    }
    Result<std::optional<SavedDraft>> draft = m_drafts->load();
    if (!draft) {
        Q_EMIT failed(tr("The autosaved draft could not be restored: %1").arg(draft.error()));
        return std::nullopt;
    }
    return std::move(draft).value();
}

void PresetSession::restoreDraft(const SavedDraft &draft)
{
    const QString path = absolute(draft.presetPath);
    setCurrent(QFileInfo::exists(path) ? path : QString(), draft.preset);
    apply(draft.preset);
    // The draft on disk is this content: no need to write it again until the next edit.
    m_lastDraft = draft.preset;
    m_lastDraftPath = m_path;
    setDirty(true);
}

void PresetSession::autosaveNow()
{
    if (!m_dirty || !m_drafts) {
        return;
    }
    const Preset form = readForm();
    if (m_lastDraft && *m_lastDraft == form && m_lastDraftPath == m_path) {
        return;
    }
    if (const Status saved = m_drafts->save(form, m_path); !saved) {
        // Once per failure streak: a full disk would otherwise report every few seconds.
        if (!m_draftFailing) {
            m_draftFailing = true;
            Q_EMIT statusMessage(tr("Could not autosave the form: %1").arg(saved.error()));
        }
        return;
    }
    m_draftFailing = false;
    m_lastDraft = form;
    m_lastDraftPath = m_path;
}

void PresetSession::discardDraft()
{
    if (m_drafts) {
        m_drafts->clear();
    }
    m_lastDraft.reset();
}

Preset PresetSession::readForm() const
{
    Preset form = m_formReader ? m_formReader() : m_open;
    form.name = m_open.name;
    form.description = m_open.description;
    form.unknownKeys = m_open.unknownKeys;
    return form;
}

void PresetSession::apply(const Preset &preset)
{
    const bool wasApplying = m_applying;
    m_applying = true;
    Q_EMIT applyPreset(preset);
    m_applying = wasApplying;
}

void PresetSession::setCurrent(const QString &path, const Preset &preset)
{
    const bool changed = path != m_path || preset.name != m_open.name;
    m_path = path;
    m_open = preset;
    if (changed) {
        Q_EMIT currentChanged(m_path, m_open.name);
    }
}

void PresetSession::setDirty(bool dirty)
{
    if (dirty == m_dirty) {
        return;
    }
    m_dirty = dirty;
    // Started on the edge only: continuous typing must not keep pushing the autosave back.
    if (m_dirty) {
        m_autosave.start();
    } else {
        m_autosave.stop();
    }
    Q_EMIT dirtyChanged(m_dirty);
}

void PresetSession::markClean()
{
    setDirty(false);
    discardDraft();
}

void PresetSession::onFileChanged(const QString &path)
{
    if (!isOpen(path)) {
        return;
    }
    if (!QFileInfo::exists(m_path)) {
        const QString gone = m_path;
        setCurrent({}, m_open);
        setDirty(true);
        Q_EMIT statusMessage(tr("%1 was deleted or moved by another program; the form is kept "
                                "as unsaved edits.")
                                     .arg(shownName(gone)));
        return;
    }
    if (m_dirty) {
        Q_EMIT externalChangeConflict(m_path);
        return;
    }
    const PresetParse parse = m_store->load(m_path);
    if (!parse.ok()) {
        Q_EMIT failed(parse.error);
        return;
    }
    setCurrent(m_path, parse.preset);
    apply(parse.preset);
    Q_EMIT statusMessage(
            tr("Reloaded %1: it was changed by another program.").arg(shownName(m_path)));
}

bool PresetSession::isOpen(const QString &path) const
{
    return !m_path.isEmpty() && absolute(path) == m_path;
}

} // namespace callpad
