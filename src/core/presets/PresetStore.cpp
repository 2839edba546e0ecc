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

Status PresetStore::setFolder(const QString &folder)
{
    if (folder.trimmed().isEmpty()) {
        return Status::failure(tr("No presets folder was given."));
    }
    const QString path = QDir::cleanPath(QDir(folder).absolutePath());
    if (!QDir().mkpath(path)) {
        return Status::failure(
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
    return Status::success();
}

PresetParse PresetStore::load(const QString &path) const
{
    const Result<QByteArray> bytes = readSmallFile(path, kMaxFileBytes);
    if (!bytes) {
        PresetParse parse;
        parse.problem = PresetParse::Problem::Unreadable;
        parse.error = bytes.error();
        return parse;
    }
    return parsePreset(*bytes, absolute(path));
}

Status PresetStore::save(const QString &path, const Preset &preset)
{
    if (QFileInfo::exists(path)) {
        if (const Result<QByteArray> existing = readSmallFile(path, kMaxFileBytes)) {
            const PresetParse current = parsePreset(*existing, absolute(path));
            if (current.problem == PresetParse::Problem::OtherFormat
                || current.problem == PresetParse::Problem::NewerVersion) {
                return Status::failure(
                        tr("Not saved, so nothing in it is lost: %1").arg(current.error));
            }
        }
    }
    return writeFile(path, preset);
}

Result<QString> PresetStore::create(const QString &name, const Preset &preset)
{
    Preset named = preset;
    named.name = name;
    return writeNew(presetFileStem(name), named, {});
}

Result<QString> PresetStore::rename(const QString &path, const QString &newName)
{
    using Path = Result<QString>;
    const PresetParse parse = load(path);
    if (!parse.ok()) {
        return Path::failure(parse.error);
    }
    Preset preset = parse.preset;
    preset.name = newName;
    const QString stem = presetFileStem(newName);
    const QString oldPath = absolute(path);
    const QRegularExpression fits(u"^%1(-\\d+)?\\.json$"_s.arg(QRegularExpression::escape(stem)),
                                  QRegularExpression::CaseInsensitiveOption);
    if (fits.match(QFileInfo(oldPath).fileName()).hasMatch()) {
        return writeFile(oldPath, preset).withValue(oldPath);
    }
    Path newPath = writeNew(stem, preset, QFileInfo(oldPath).absolutePath());
    if (!newPath) {
        return newPath;
    }
    QFile old(oldPath);
    if (!old.remove()) {
        const QString reason = old.errorString();
        QFile::remove(*newPath);
        m_hashes.insert(*newPath, kRemovedByUs);
        rescan(true);
        return Path::failure(
                tr("Could not rename %1: %2").arg(QDir::toNativeSeparators(oldPath), reason));
    }
    m_hashes.insert(oldPath, kRemovedByUs);
    rescan(true);
    return newPath;
}

Result<QString> PresetStore::duplicate(const QString &path)
{
    const PresetParse parse = load(path);
    if (!parse.ok()) {
        return Result<QString>::failure(parse.error);
    }
    Preset copy = parse.preset;
    const QString name
            = copy.name.isEmpty() ? nameFromFileName(QFileInfo(path).fileName()) : copy.name;
    copy.name = tr("%1 (copy)").arg(name);
    return writeNew(presetFileStem(copy.name), copy, QFileInfo(absolute(path)).absolutePath());
}

Result<PresetStore::Removal> PresetStore::remove(const QString &path)
{
    const QString target = absolute(path);
    QFile file(target);
    if (!file.exists()) {
        return Result<Removal>::failure(
                tr("%1 no longer exists.").arg(QDir::toNativeSeparators(target)));
    }
    // Without a trash (no desktop, another file system) deleting is what was asked for; the
    // panel confirms before calling this.
    Removal removal = Removal::MovedToTrash;
    if (!QFile::moveToTrash(target)) {
        if (!file.remove()) {
            return Result<Removal>::failure(
                    tr("Could not delete %1: %2")
                            .arg(QDir::toNativeSeparators(target), file.errorString()));
        }
        removal = Removal::Deleted;
    }
    m_hashes.insert(target, kRemovedByUs);
    rescan(true);
    return removal;
}

Result<QString> PresetStore::importFile(const QString &sourcePath)
{
    const Result<QByteArray> bytes = readSmallFile(sourcePath, kMaxFileBytes);
    if (!bytes) {
        return Result<QString>::failure(bytes.error());
    }
    const PresetParse parse = parsePreset(*bytes, absolute(sourcePath));
    if (!parse.ok()) {
        return Result<QString>::failure(parse.error);
    }
    Preset preset = parse.preset;
    if (preset.name.isEmpty()) {
        preset.name = nameFromFileName(QFileInfo(sourcePath).fileName());
    }
    return writeNew(presetFileStem(preset.name), preset, {});
}

Status PresetStore::exportFile(const QString &path, const QString &destinationPath)
{
    const PresetParse parse = load(path);
    if (!parse.ok()) {
        return Status::failure(parse.error);
    }
    return writeFile(destinationPath, parse.preset);
}

void PresetStore::refresh()
{
    m_debounce.stop();
    rescan(true);
}

Result<QString> PresetStore::writeNew(const QString &stem, const Preset &preset,
                                      const QString &directory)
{
    const QString dir = directory.isEmpty() ? m_folder : directory;
    if (dir.isEmpty()) {
        return Result<QString>::failure(tr("No presets folder is open."));
    }
    // Every name in the folder counts, not only presets: nothing is ever replaced.
    const QStringList taken = QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System
                                                  | QDir::NoDotAndDotDot);
    const QString path = dir + u'/' + uniquePresetFileName(stem, taken);
    return writeFile(path, preset).withValue(path);
}

Status PresetStore::writeFile(const QString &path, const Preset &preset)
{
    const QByteArray bytes = serializePreset(preset);
    if (Status written = writeFileAtomically(path, bytes, m_midWriteHook); !written) {
        return written;
    }
    // Recorded before the watcher reports the write, so the rescan finds nothing new. The file
    // is a new inode now: its watch is renewed by updateWatches().
    const QString target = absolute(path);
    m_hashes.insert(target, contentHash(bytes));
    m_watcher.removePath(target);
    rescan(true);
    return Status::success();
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
            const Result<QByteArray> bytes = readSmallFile(entry.path, kMaxFileBytes);
            if (!bytes) {
                entry.error = bytes.error();
                hashes.insert(entry.path, QByteArray());
                entries.append(entry);
                continue;
            }
            hashes.insert(entry.path, contentHash(*bytes));
            const PresetParse parse = parsePreset(*bytes, entry.fileName);
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
