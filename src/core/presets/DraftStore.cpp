#include "core/presets/DraftStore.h"

#include "core/presets/PresetFormat.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace callpad {

namespace {

constexpr char16_t kDraftMarker[] = u"callpad-draft";
constexpr int kDraftVersion = 1;
constexpr qint64 kMaxDraftBytes = qint64(64) * 1024 * 1024;

} // namespace

DraftStore::DraftStore(QString folder) : m_folder(std::move(folder))
{
    if (m_folder.isEmpty()) {
        m_folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    }
}

QString DraftStore::filePath() const
{
    return m_folder + u"/unsaved-draft.json"_s;
}

Status DraftStore::save(const Preset &draft, const QString &presetPath)
{
    if (!QDir().mkpath(m_folder)) {
        return Status::failure(
                tr("Could not create the folder %1.").arg(QDir::toNativeSeparators(m_folder)));
    }
    OrderedJson root = OrderedJson::object();
    root.insert(u"format"_s, OrderedJson::string(QStringView(kDraftMarker).toString()));
    root.insert(u"version"_s, OrderedJson::number(kDraftVersion));
    root.insert(u"preset_path"_s, OrderedJson::string(presetPath));
    root.insert(u"saved_at"_s,
                OrderedJson::string(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)));
    root.insert(u"preset"_s, presetToJson(draft));
    const QByteArray bytes = (root.toText(2) + u'\n').toUtf8();
    return writeFileAtomically(filePath(), bytes, m_midWriteHook);
}

Result<std::optional<SavedDraft>> DraftStore::load() const
{
    using Loaded = Result<std::optional<SavedDraft>>;
    const QString path = filePath();
    if (!QFile::exists(path)) {
        return std::optional<SavedDraft>();
    }
    const Result<QByteArray> bytes = readSmallFile(path, kMaxDraftBytes);
    if (!bytes) {
        return Loaded::failure(bytes.error());
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(*bytes);
    if (decoder.hasError()) {
        return Loaded::failure(presetFileError(path, tr("the file is not UTF-8 text")));
    }
    const OrderedJsonParse json = parseOrderedJson(text);
    if (!json.value) {
        PresetParse parse;
        setPresetSyntaxError(&parse, path, json);
        return Loaded::failure(parse.error);
    }
    const OrderedJson &root = *json.value;
    const OrderedJson *format = root.isObject() ? root.value(u"format") : nullptr;
    const OrderedJson *version = root.isObject() ? root.value(u"version") : nullptr;
    if (format == nullptr || !format->isString() || format->text() != QStringView(kDraftMarker)
        || version == nullptr || !version->isNumber()
        || version->text() != QString::number(kDraftVersion)) {
        return Loaded::failure(
                presetFileError(path, tr("not a draft this version of Callpad reads")));
    }
    const OrderedJson *presetPath = root.value(u"preset_path");
    const OrderedJson *savedAt = root.value(u"saved_at");
    const OrderedJson *preset = root.value(u"preset");
    if (!preset) {
        return Loaded::failure(presetFileError(path, tr("\"preset\" is missing")));
    }
    const PresetParse parse = presetFromJson(*preset, path, u"preset."_s);
    if (!parse.ok()) {
        return Loaded::failure(parse.error);
    }
    SavedDraft draft;
    draft.preset = parse.preset;
    if (presetPath && presetPath->isString()) {
        draft.presetPath = presetPath->text();
    }
    if (savedAt && savedAt->isString()) {
        draft.savedAt = QDateTime::fromString(savedAt->text(), Qt::ISODateWithMs);
    }
    return std::optional(draft);
}

Status DraftStore::clear()
{
    QFile file(filePath());
    if (!file.exists() || file.remove()) {
        return Status::success();
    }
    return Status::failure(tr("Could not remove %1: %2")
                                   .arg(QDir::toNativeSeparators(filePath()), file.errorString()));
}

} // namespace callpad
