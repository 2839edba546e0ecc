#include "core/presets/PresetFormat.h"

#include "core/presets/PresetReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QStringDecoder>

#include <cmath>

using namespace Qt::StringLiterals;

namespace callpad {

namespace {

// The translation context of the preset format's messages (PresetReader.cpp shares it).
struct PresetFormat
{
    Q_DECLARE_TR_FUNCTIONS(callpad::PresetFormat)
};

// Valid JSON is stored as JSON, so it diffs and hand-edits well; anything else (plain strings,
// half-typed text) as "<key>_text" so nothing typed is lost.
void insertText(OrderedJson *object, const QString &key, const QString &text, bool plain,
                bool writeFlag)
{
    if (!plain && !text.trimmed().isEmpty()) {
        OrderedJsonParse parsed = parseOrderedJson(text);
        if (parsed.value) {
            object->insert(key, std::move(*parsed.value));
            return;
        }
    }
    object->insert(key + u"_text"_s, OrderedJson::string(text));
    if (writeFlag) {
        object->insert(key + u"_is_plain_string"_s, OrderedJson::boolean(plain));
    }
}

} // namespace

QString presetFileError(const QString &fileName, const QString &message)
{
    if (fileName.isEmpty()) {
        return message;
    }
    return PresetFormat::tr("%1: %2").arg(QDir::toNativeSeparators(fileName), message);
}

void setPresetSyntaxError(PresetParse *parse, const QString &fileName, const OrderedJsonParse &json)
{
    parse->problem = PresetParse::Problem::Syntax;
    parse->line = json.line;
    parse->column = json.column;
    parse->error = presetFileError(fileName,
                                   PresetFormat::tr("line %1, column %2: %3")
                                           .arg(json.line)
                                           .arg(json.column)
                                           .arg(json.error));
}

PresetParse parsePreset(const QByteArray &bytes, const QString &fileName)
{
    PresetParse parse;
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        parse.problem = PresetParse::Problem::Unreadable;
        parse.error = presetFileError(fileName, PresetFormat::tr("the file is not UTF-8 text"));
        return parse;
    }
    const OrderedJsonParse json = parseOrderedJson(text);
    if (!json.value) {
        setPresetSyntaxError(&parse, fileName, json);
        return parse;
    }
    return presetFromJson(*json.value, fileName);
}

PresetParse presetFromJson(const OrderedJson &json, const QString &fileName,
                           const QString &fieldPrefix)
{
    PresetParse parse;
    const OrderedJson *format = json.isObject() ? json.value(u"format") : nullptr;
    if (!format || !format->isString() || format->text() != QStringView(kPresetFormatMarker)) {
        parse.problem = PresetParse::Problem::OtherFormat;
        parse.field = fieldPrefix + u"format"_s;
        parse.error = presetFileError(
                fileName,
                PresetFormat::tr(R"(not a Callpad preset (it needs "format": "%1"))")
                        .arg(QStringView(kPresetFormatMarker)));
        return parse;
    }
    const OrderedJson *version = json.value(u"version");
    bool isNumber = false;
    const double number = version && version->isNumber()
            ? QLocale::c().toDouble(version->text(), &isNumber)
            : 0.0;
    if (!isNumber || number != std::floor(number) || number < 1) {
        setPresetFieldError(&parse, fileName, fieldPrefix + u"version"_s,
                            PresetFormat::tr("must be a whole number, 1 or more"));
        return parse;
    }
    if (number > kPresetFormatVersion) {
        parse.problem = PresetParse::Problem::NewerVersion;
        parse.field = fieldPrefix + u"version"_s;
        parse.version = number > 1e9 ? 1000000000 : int(number);
        parse.error = presetFileError(
                fileName,
                PresetFormat::tr(
                        "written by a newer Callpad (format version %1; this version reads "
                        "version %2). The file was left unchanged.")
                        .arg(version->text())
                        .arg(kPresetFormatVersion));
        return parse;
    }
    parse.version = int(number);
    readPresetFields(json, fileName, fieldPrefix, &parse);
    if (!parse.ok()) {
        parse.preset = {};
        return parse;
    }
    for (const auto &member : json.members()) {
        if (member.key == u"input" || member.key == u"examples" || member.key == u"tags") {
            continue; // user data sent to the function, not settings: never rewritten
        }
        if (isSecretLikeKey(member.key)) {
            parse.droppedSecretKeys.append(fieldPrefix + member.key);
            continue;
        }
        OrderedJson value = member.value;
        stripSecretKeys(&value, fieldPrefix + member.key, &parse.droppedSecretKeys);
        if (!isKnownPresetKey(member.key)) {
            parse.preset.unknownKeys.insert(member.key, value.toText(0));
        }
    }
    return parse;
}

OrderedJson presetToJson(const Preset &preset)
{
    const CallDraft &request = preset.request;
    OrderedJson root = OrderedJson::object();
    root.insert(u"format"_s, OrderedJson::string(QStringView(kPresetFormatMarker).toString()));
    root.insert(u"version"_s, OrderedJson::number(kPresetFormatVersion));
    root.insert(u"name"_s, OrderedJson::string(preset.name));
    root.insert(u"description"_s, OrderedJson::string(preset.description));
    root.insert(u"base_url"_s, OrderedJson::string(baseUrlWithoutSecrets(preset.baseUrl)));
    OrderedJson function = OrderedJson::object();
    function.insert(u"id"_s, OrderedJson::string(request.functionId));
    function.insert(u"name"_s, OrderedJson::string(preset.functionName));
    root.insert(u"function"_s, std::move(function));
    OrderedJson revision = OrderedJson::object();
    revision.insert(u"id"_s, OrderedJson::string(request.revisionId));
    revision.insert(u"label"_s, OrderedJson::string(preset.revisionLabel));
    root.insert(u"revision"_s, std::move(revision));
    root.insert(u"stream"_s, OrderedJson::boolean(preset.stream));
    insertText(&root, u"input"_s, request.inputText, request.inputIsPlainString, true);
    OrderedJson examples = OrderedJson::array();
    for (const ExampleDraft &example : request.examples) {
        OrderedJson item = OrderedJson::object();
        if (!example.comment.isEmpty()) {
            item.insert(u"comment"_s, OrderedJson::string(example.comment));
        }
        insertText(&item, u"input"_s, example.inputText, false, false);
        insertText(&item, u"output"_s, example.outputText, false, false);
        examples.append(std::move(item));
    }
    root.insert(u"examples"_s, std::move(examples));
    root.insert(u"send_examples"_s, OrderedJson::boolean(request.sendExamples));
    OrderedJson tags = OrderedJson::array();
    for (const Tag &tag : request.tags) {
        OrderedJson item = OrderedJson::object();
        item.insert(u"key"_s, OrderedJson::string(tag.key));
        item.insert(u"value"_s, OrderedJson::string(tag.value));
        tags.append(std::move(item));
    }
    root.insert(u"tags"_s, std::move(tags));
    root.insert(u"parent_span_id"_s, OrderedJson::string(request.parentSpanId));
    // QMap iterates in key order: unknown keys come last, sorted, whatever order they arrived in.
    for (auto it = preset.unknownKeys.cbegin(); it != preset.unknownKeys.cend(); ++it) {
        if (isKnownPresetKey(it.key()) || isSecretLikeKey(it.key())) {
            continue;
        }
        OrderedJsonParse value = parseOrderedJson(it.value());
        if (value.value) {
            stripSecretKeys(&*value.value, it.key(), nullptr);
            root.insert(it.key(), std::move(*value.value));
        }
    }
    return root;
}

QByteArray serializePreset(const Preset &preset)
{
    return (presetToJson(preset).toText(2) + u'\n').toUtf8();
}

} // namespace callpad
