#pragma once

#include "core/Result.h"
#include "core/presets/PresetFiles.h"
#include "core/presets/PresetFormat.h"

#include <QDateTime>
#include <QFileSystemWatcher>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

namespace callpad {

// One row of the Presets panel.
struct PresetEntry
{
    QString fileName; // "summarize.json"
    QString path; // absolute
    QString name; // the preset's name, or the file name without ".json" when it has none
    QString description;
    QString functionName;
    QDateTime lastModified;
    QString error; // non-empty for a broken file: shown in the list, never silently hidden

    bool ok() const { return error.isEmpty(); }
    friend bool operator==(const PresetEntry &, const PresetEntry &) = default;
};

// A folder of preset files, one "*.json" file per preset (docs/preset-format.md). JSON files of
// another format are skipped, so the folder can live inside a repository next to other JSON;
// broken JSON files are listed with their error. Changes made by other programs (git pull, an
// editor) are noticed through QFileSystemWatcher; the store's own writes are not reported as
// outside changes.
//
// Every write goes through writeFileAtomically (AtomicFile.h), so a crash or kill mid-save leaves
// the old file or the new one. Methods that can fail return a Result whose error is a translated
// sentence naming the file.
class PresetStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PresetStore)

public:
    explicit PresetStore(QObject *parent = nullptr);
    ~PresetStore() override;

    static constexpr qint64 kMaxFileBytes = qint64(64) * 1024 * 1024;

    // How remove() got rid of a file.
    enum class Removal { MovedToTrash, Deleted };

    // Creates the folder when needed, lists it and starts watching it.
    Status setFolder(const QString &folder);
    QString folder() const { return m_folder; }

    QList<PresetEntry> entries() const { return m_entries; } // sorted by name, then file name
    PresetParse load(const QString &path) const; // errors name the file by its full path

    // Overwrites `path`, except a file of another format or of a newer version, which would be
    // lost: that is refused, and the file left untouched.
    Status save(const QString &path, const Preset &preset);
    // A new file named after `name` (never replacing one); returns its path.
    Result<QString> create(const QString &name, const Preset &preset);
    // Sets the name inside and renames the file to match; returns the new path.
    Result<QString> rename(const QString &path, const QString &newName);
    Result<QString> duplicate(const QString &path); // "<name> (copy)"
    // To the trash when the platform has one, otherwise deleted.
    Result<Removal> remove(const QString &path);
    // Reads and validates a preset file from anywhere and adds it under a unique name. Secret-like
    // keys are not carried over. Returns the new path.
    Result<QString> importFile(const QString &sourcePath);
    // Writes the preset at `path` to `destinationPath` (replacing it), in canonical form.
    Status exportFile(const QString &path, const QString &destinationPath);

    // Rereads the folder now instead of after the watcher's debounce.
    void refresh();

    // For tests: called halfway through every file write, before the commit.
    void setMidWriteHook(MidWriteHook hook) { m_midWriteHook = std::move(hook); }

Q_SIGNALS:
    void entriesChanged();
    // A file that was listed changed or disappeared, through another program.
    void fileChanged(const QString &path);

private:
    Result<QString> writeNew(const QString &stem, const Preset &preset, const QString &directory);
    Status writeFile(const QString &path, const Preset &preset);
    void rescan(bool reportChanges);
    void updateWatches();

    QString m_folder;
    QList<PresetEntry> m_entries;
    QHash<QString, QByteArray> m_hashes; // path -> content hash of every *.json seen or written
    QFileSystemWatcher m_watcher;
    QTimer m_debounce;
    MidWriteHook m_midWriteHook;
};

} // namespace callpad
