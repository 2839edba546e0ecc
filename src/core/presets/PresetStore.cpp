#include "core/presets/PresetStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace callpad {

namespace {

// File watchers fire several times for one save (truncate, write, rename); one rescan per burst.
constexpr int kDebounceMs = 200;

// Recorded for a file the store itself removed, so its absence is not reported as a change.
const QByteArray kRemovedByUs = QByteArrayLiteral("removed by the store");

QByteArray contentHash(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha1);
}

QString absolute(const QString &path)
{
    return QFileInfo(path).absoluteFilePath();
}

QString nameFromFileName(const QString &fileName)
{
    QString name = fileName;
    if (name.endsWith(u".json"_s, Qt::CaseInsensitive)) {
        name.chop(5);
    }
    return name;
}

bool fail(QString *error, const QString &message)
{
    if (error) {
        *error = message;
    }
    return false;
}

} // namespace

PresetStore::PresetStore(QObject *parent) : QObject(parent)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, [this] { rescan(true); });
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this,
            [this] { m_debounce.start(); });
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, [this] { m_debounce.start(); });
}

PresetStore::~PresetStore() = default;

bool PresetStore::setFolder(const QString &folder, QString *error)
{
    if (folder.trimmed().isEmpty()) {
        return fail(error, tr("No presets folder was given."));
    }
    const QString path = QDir::cleanPath(QDir(folder).absolutePath());
    if (!QDir().mkpath(path)) {
        return fail(
                error,
                tr("Could not create the presets folder %1.").arg(QDir::toNativeSeparators(path)));
    }
    const QStringList watched = m_watcher.files() + m_watcher.directories();
    if (!watched.isEmpty()) {
        m_watcher.removePaths(watched);
    }
    m_folder = path;
    m_hashes.clear();
    const bool hadEntries = !m_entries.isEmpty();
    m_entries.clear();
    rescan(false);
    if (hadEntries || !m_entries.isEmpty()) {
        Q_EMIT entriesChanged();
    }
    return true;
}

PresetParse PresetStore::load(const QString &path) const
{
    QByteArray bytes;
    QString error;
    if (!readSmallFile(path, kMaxFileBytes, &bytes, &error)) {
        PresetParse parse;
        parse.problem = PresetParse::Problem::Unreadable;
        parse.error = error;
        return parse;
    }
    return parsePreset(bytes, absolute(path));
}

bool PresetStore::save(const QString &path, const Preset &preset, QString *error)
{
    QByteArray existing;
    if (QFileInfo::exists(path) && readSmallFile(path, kMaxFileBytes, &existing, nullptr)) {
        const PresetParse current = parsePreset(existing, absolute(path));
        if (current.problem == PresetParse::Problem::OtherFormat
            || current.problem == PresetParse::Problem::NewerVersion) {
            return fail(error, tr("Not saved, so nothing in it is lost: %1").arg(current.error));
        }
    }
    return writeFile(path, preset, error);
}

QString PresetStore::create(const QString &name, const Preset &preset, QString *error)
{
    Preset named = preset;
    named.name = name;
    return writeNew(presetFileStem(name), named, {}, error);
}

QString PresetStore::rename(const QString &path, const QString &newName, QString *error)
{
    const PresetParse parse = load(path);
    if (!parse.ok()) {
        fail(error, parse.error);
        return {};
    }
    Preset preset = parse.preset;
    preset.name = newName;
    const QString stem = presetFileStem(newName);
    const QString oldPath = absolute(path);
    const QRegularExpression fits(u"^%1(-\\d+)?\\.json$"_s.arg(QRegularExpression::escape(stem)),
                                  QRegularExpression::CaseInsensitiveOption);
    if (fits.match(QFileInfo(oldPath).fileName()).hasMatch()) {
        return writeFile(oldPath, preset, error) ? oldPath : QString();
    }
    const QString newPath = writeNew(stem, preset, QFileInfo(oldPath).absolutePath(), error);
    if (newPath.isEmpty()) {
        return {};
    }
    QFile old(oldPath);
    if (!old.remove()) {
        const QString reason = old.errorString();
        QFile::remove(newPath);
        m_hashes.insert(newPath, kRemovedByUs);
        rescan(true);
        fail(error, tr("Could not rename %1: %2").arg(QDir::toNativeSeparators(oldPath), reason));
        return {};
    }
    m_hashes.insert(oldPath, kRemovedByUs);
    rescan(true);
    return newPath;
}

QString PresetStore::duplicate(const QString &path, QString *error)
{
    const PresetParse parse = load(path);
    if (!parse.ok()) {
        fail(error, parse.error);
        return {};
    }
    Preset copy = parse.preset;
    const QString name
            = copy.name.isEmpty() ? nameFromFileName(QFileInfo(path).fileName()) : copy.name;
    copy.name = tr("%1 (copy)").arg(name);
    return writeNew(presetFileStem(copy.name), copy, QFileInfo(absolute(path)).absolutePath(),
                    error);
}

bool PresetStore::remove(const QString &path, QString *error, bool *movedToTrash)
{
    const QString target = absolute(path);
    if (movedToTrash) {
        *movedToTrash = false;
    }
    QFile file(target);
    if (!file.exists()) {
        return fail(error, tr("%1 no longer exists.").arg(QDir::toNativeSeparators(target)));
    }
    // Without a trash (no desktop, another file system) deleting is what was asked for; the
    // panel confirms before calling this.
    if (QFile::moveToTrash(target)) {
        if (movedToTrash) {
            *movedToTrash = true;
        }
    } else if (!file.remove()) {
        return fail(error,
                    tr("Could not delete %1: %2")
                            .arg(QDir::toNativeSeparators(target), file.errorString()));
    }
    m_hashes.insert(target, kRemovedByUs);
    rescan(true);
    return true;
}

QString PresetStore::importFile(const QString &sourcePath, QString *error)
{
    QByteArray bytes;
    if (!readSmallFile(sourcePath, kMaxFileBytes, &bytes, error)) {
        return {};
    }
    const PresetParse parse = parsePreset(bytes, absolute(sourcePath));
    if (!parse.ok()) {
        fail(error, parse.error);
        return {};
    }
    Preset preset = parse.preset;
    if (preset.name.isEmpty()) {
        preset.name = nameFromFileName(QFileInfo(sourcePath).fileName());
    }
    return writeNew(presetFileStem(preset.name), preset, {}, error);
}

bool PresetStore::exportFile(const QString &path, const QString &destinationPath, QString *error)
{
    const PresetParse parse = load(path);
    if (!parse.ok()) {
        return fail(error, parse.error);
    }
    return writeFile(destinationPath, parse.preset, error);
}

void PresetStore::refresh()
{
    m_debounce.stop();
    rescan(true);
}

QString PresetStore::writeNew(const QString &stem, const Preset &preset, const QString &directory,
                              QString *error)
{
    const QString dir = directory.isEmpty() ? m_folder : directory;
    if (dir.isEmpty()) {
        fail(error, tr("No presets folder is open."));
        return {};
    }
    // Every name in the folder counts, not only presets: nothing is ever replaced.
    const QStringList taken = QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System
                                                  | QDir::NoDotAndDotDot);
    const QString path = dir + u'/' + uniquePresetFileName(stem, taken);
    return writeFile(path, preset, error) ? path : QString();
}

bool PresetStore::writeFile(const QString &path, const Preset &preset, QString *error)
{
    const QByteArray bytes = serializePreset(preset);
    if (!succeeded(writeFileAtomically(path, bytes, m_midWriteHook), error)) {
        return false;
    }
    // Recorded before the watcher reports the write, so the rescan finds nothing new. The file
    // is a new inode now: its watch is renewed by updateWatches().
    const QString target = absolute(path);
    m_hashes.insert(target, contentHash(bytes));
    m_watcher.removePath(target);
    rescan(true);
    return true;
}

void PresetStore::rescan(bool reportChanges)
{
    QHash<QString, QByteArray> hashes;
    QList<PresetEntry> entries;
    if (!m_folder.isEmpty()) {
        const QFileInfoList infos = QDir(m_folder).entryInfoList(
                { u"*.json"_s }, QDir::Files | QDir::NoDotAndDotDot, QDir::Name);
        for (const QFileInfo &info : infos) {
            PresetEntry entry;
            entry.fileName = info.fileName();
            entry.path = info.absoluteFilePath();
            entry.name = nameFromFileName(entry.fileName);
            entry.lastModified = info.lastModified();
            QByteArray bytes;
            if (!readSmallFile(entry.path, kMaxFileBytes, &bytes, &entry.error)) {
                hashes.insert(entry.path, QByteArray());
                entries.append(entry);
                continue;
            }
            hashes.insert(entry.path, contentHash(bytes));
            const PresetParse parse = parsePreset(bytes, entry.fileName);
            if (parse.problem == PresetParse::Problem::OtherFormat) {
                continue;
            }
            entry.error = parse.error;
            if (parse.ok()) {
                if (!parse.preset.name.isEmpty()) {
                    entry.name = parse.preset.name;
                }
                entry.description = parse.preset.description;
                entry.functionName = parse.preset.functionName;
            }
            entries.append(entry);
        }
    }
    std::stable_sort(entries.begin(), entries.end(), [](const auto &a, const auto &b) {
        const int byName = a.name.compare(b.name, Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : a.fileName < b.fileName;
    });

    QStringList changed;
    for (const PresetEntry &old : std::as_const(m_entries)) {
        const auto now = hashes.constFind(old.path);
        const QByteArray expected = m_hashes.value(old.path);
        if (now == hashes.cend() ? expected != kRemovedByUs : *now != expected) {
            changed.append(old.path);
            m_watcher.removePath(old.path); // an editor's atomic replace leaves a stale watch
        }
    }
    const bool listChanged = entries != m_entries;
    m_hashes = hashes;
    m_entries = entries;
    updateWatches();
    if (!reportChanges) {
        return;
    }
    if (listChanged) {
        Q_EMIT entriesChanged();
    }
    for (const QString &path : std::as_const(changed)) {
        Q_EMIT fileChanged(path);
    }
}

void PresetStore::updateWatches()
{
    QSet<QString> wanted;
    if (!m_folder.isEmpty()) {
        wanted.insert(m_folder);
    }
    for (auto it = m_hashes.cbegin(); it != m_hashes.cend(); ++it) {
        wanted.insert(it.key());
    }
    const QStringList watched = m_watcher.files() + m_watcher.directories();
    QStringList stale;
    for (const QString &path : watched) {
        if (!wanted.remove(path)) {
            stale.append(path);
        }
    }
    if (!stale.isEmpty()) {
        m_watcher.removePaths(stale);
    }
    if (!wanted.isEmpty()) {
        m_watcher.addPaths(QStringList(wanted.cbegin(), wanted.cend()));
    }
}

} // namespace callpad
