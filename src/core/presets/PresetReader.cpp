// The typed fields of a preset file, read strictly: the first problem is reported with its path.
#include "core/presets/PresetReader.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace callpad {

namespace {

// The preset format's translation context (PresetFormat.cpp has the same).
struct PresetFormat
{
    Q_DECLARE_TR_FUNCTIONS(callpad::PresetFormat)
};

QString childPath(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + u'.' + key;
}

// What the form's editor shows for a value stored as real JSON: indented like the editors'
// Format action, with the file's key order and number literals.
QString editorText(const OrderedJson &json)
{
    return json.toText(4);
}

// Reads the typed fields of one preset object, keeping only the first problem.
class Reader
{
public:
    Reader(PresetParse *parse, QString fileName, QString prefix)
        : m_parse(parse), m_fileName(std::move(fileName)), m_prefix(std::move(prefix))
    {
    }

    bool failed() const { return m_parse->problem != PresetParse::Problem::None; }

    void fail(const QString &path, const QString &message)
    {
        if (failed()) {
            return;
        }
        setPresetFieldError(m_parse, m_fileName, m_prefix + path, message);
    }

    // Absent and null both mean "not given": hand-written files often say null.
    static bool given(const OrderedJson *json) { return json != nullptr && !json->isNull(); }

    QString string(const OrderedJson &object, const QString &key, const QString &path)
    {
        const OrderedJson *json = object.value(key);
        if (!given(json)) {
            return {};
        }
        if (!json->isString()) {
            fail(path, PresetFormat::tr("must be a string"));
            return {};
        }
        return json->text();
    }

    bool flag(const OrderedJson &object, const QString &key, const QString &path, bool fallback)
    {
        const OrderedJson *json = object.value(key);
        if (!given(json)) {
            return fallback;
        }
        if (!json->isBool()) {
            fail(path, PresetFormat::tr("must be true or false"));
            return fallback;
        }
        return json->toBool();
    }

    const OrderedJson *container(const OrderedJson &object, const QString &key, const QString &path,
                                 OrderedJson::Type type)
    {
        const OrderedJson *json = object.value(key);
        if (!given(json)) {
            return nullptr;
        }
        if (json->type() != type) {
            fail(path,
                 type == OrderedJson::Type::Array ? PresetFormat::tr("must be a list")
                                                  : PresetFormat::tr("must be an object"));
            return nullptr;
        }
        return json;
    }

    // "<key>" holds JSON, "<key>_text" text; at most one of them.
    QString text(const OrderedJson &object, const QString &key, const QString &path)
    {
        const QString textKey = key + u"_text"_s;
        const OrderedJson *json = object.value(key);
        if (json && object.value(textKey)) {
            fail(childPath(path, textKey),
                 PresetFormat::tr("cannot be given together with \"%1\"").arg(key));
            return {};
        }
        if (json) {
            return editorText(*json);
        }
        return string(object, textKey, childPath(path, textKey));
    }

    QList<Tag> tags(const OrderedJson &root)
    {
        QList<Tag> result;
        const OrderedJson *json = root.value(u"tags");
        if (!given(json)) {
            return result;
        }
        if (json->isObject()) { // accepted for hand-written files; the order is the file's
            for (const auto &member : json->members()) {
                if (!member.value.isString()) {
                    fail(u"tags."_s + member.key, PresetFormat::tr("must be a string"));
                    return {};
                }
                result.append(Tag { member.key, member.value.text() });
            }
            return result;
        }
        if (!json->isArray()) {
            fail(u"tags"_s, PresetFormat::tr(R"(must be a list of {"key", "value"} objects)"));
            return {};
        }
        for (size_t i = 0; i < json->items().size() && !failed(); ++i) {
            const OrderedJson &item = json->items()[i];
            const QString path = u"tags[%1]"_s.arg(i);
            if (!item.isObject()) {
                fail(path, PresetFormat::tr(R"(must be an object with "key" and "value")"));
                break;
            }
            Tag tag;
            tag.key = string(item, u"key"_s, path + u".key"_s);
            tag.value = string(item, u"value"_s, path + u".value"_s);
            result.append(tag);
        }
        return result;
    }

    QList<ExampleDraft> examples(const OrderedJson &root)
    {
        QList<ExampleDraft> result;
        const OrderedJson *json
                = container(root, u"examples"_s, u"examples"_s, OrderedJson::Type::Array);
        for (size_t i = 0; json && i < json->items().size() && !failed(); ++i) {
            const OrderedJson &item = json->items()[i];
            const QString path = u"examples[%1]"_s.arg(i);
            if (!item.isObject()) {
                fail(path, PresetFormat::tr("must be an object"));
                break;
            }
            for (const auto &member : item.members()) {
                if (isSecretLikeKey(member.key)) {
                    m_parse->droppedSecretKeys.append(m_prefix + childPath(path, member.key));
                }
            }
            ExampleDraft example;
            example.comment = string(item, u"comment"_s, path + u".comment"_s);
            example.inputText = text(item, u"input"_s, path);
            example.outputText = text(item, u"output"_s, path);
            result.append(example);
        }
        return result;
    }

private:
    PresetParse *m_parse;
    QString m_fileName;
    QString m_prefix;
};

} // namespace

bool isKnownPresetKey(QStringView key)
{
    static const std::array known { u"format"_s,
                                    u"version"_s,
                                    u"name"_s,
                                    u"description"_s,
                                    u"base_url"_s,
                                    u"function"_s,
                                    u"revision"_s,
                                    u"stream"_s,
                                    u"input"_s,
                                    u"input_text"_s,
                                    u"input_is_plain_string"_s,
                                    u"examples"_s,
                                    u"send_examples"_s,
                                    u"tags"_s,
                                    u"parent_span_id"_s };
    return std::find(known.begin(), known.end(), key) != known.end();
}

// Removes secret-like members at any depth, recording where they were.
void stripSecretKeys(OrderedJson *json, const QString &path, QStringList *dropped)
{
    if (json->isArray()) {
        for (size_t i = 0; i < json->items().size(); ++i) {
            stripSecretKeys(&json->items()[i], path + u"[%1]"_s.arg(i), dropped);
        }
        return;
    }
    if (!json->isObject()) {
        return;
    }
    auto &members = json->members();
    for (auto it = members.begin(); it != members.end();) {
        const QString memberPath = childPath(path, it->key);
        if (isSecretLikeKey(it->key)) {
            if (dropped) {
                dropped->append(memberPath);
            }
            it = members.erase(it);
        } else {
            stripSecretKeys(&it->value, memberPath, dropped);
            ++it;
        }
    }
}

void setPresetFieldError(PresetParse *parse, const QString &fileName, const QString &field,
                         const QString &message)
{
    parse->problem = PresetParse::Problem::InvalidField;
    parse->field = field;
    parse->error = presetFileError(fileName, PresetFormat::tr("\"%1\" %2").arg(field, message));
}

void readPresetFields(const OrderedJson &root, const QString &fileName, const QString &fieldPrefix,
                      PresetParse *parse)
{
    Reader reader(parse, fileName, fieldPrefix);
    Preset &preset = parse->preset;
    CallDraft &request = preset.request;
    preset.name = reader.string(root, u"name"_s, u"name"_s);
    preset.description = reader.string(root, u"description"_s, u"description"_s);
    bool stripped = false;
    preset.baseUrl
            = baseUrlWithoutSecrets(reader.string(root, u"base_url"_s, u"base_url"_s), &stripped);
    if (stripped) {
        parse->droppedSecretKeys.append(u"base_url"_s);
    }
    if (const OrderedJson *function
        = reader.container(root, u"function"_s, u"function"_s, OrderedJson::Type::Object)) {
        request.functionId = reader.string(*function, u"id"_s, u"function.id"_s);
        preset.functionName = reader.string(*function, u"name"_s, u"function.name"_s);
    }
    if (const OrderedJson *revision
        = reader.container(root, u"revision"_s, u"revision"_s, OrderedJson::Type::Object)) {
        request.revisionId = reader.string(*revision, u"id"_s, u"revision.id"_s);
        preset.revisionLabel = reader.string(*revision, u"label"_s, u"revision.label"_s);
    }
    preset.stream = reader.flag(root, u"stream"_s, u"stream"_s, false);
    request.inputText = reader.text(root, u"input"_s, {});
    request.inputIsPlainString
            = reader.flag(root, u"input_is_plain_string"_s, u"input_is_plain_string"_s, false);
    if (request.inputIsPlainString && root.value(u"input")) {
        reader.fail(u"input_is_plain_string"_s,
                    PresetFormat::tr("can only be true with \"input_text\""));
    }
    request.examples = reader.examples(root);
    request.sendExamples = reader.flag(root, u"send_examples"_s, u"send_examples"_s, true);
    request.tags = reader.tags(root);
    request.parentSpanId = reader.string(root, u"parent_span_id"_s, u"parent_span_id"_s);
}

} // namespace callpad
