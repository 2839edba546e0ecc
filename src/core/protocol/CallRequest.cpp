#include "core/protocol/CallRequest.h"

#include "core/protocol/JsonText.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace callpad {

namespace {

QString examplePath(qsizetype index, const QString &key = {})
{
    const QString item = u"examples[%1]"_s.arg(index);
    return key.isEmpty() ? item : item + u'.' + key;
}

} // namespace

QJsonObject CallRequest::toJson() const
{
    QJsonObject body;
    if (input) {
        // Undefined would silently drop the key; the caller asked for it to be sent.
        body.insert(u"input"_s, input->isUndefined() ? QJsonValue(QJsonValue::Null) : *input);
    }
    if (examples) {
        QJsonArray items;
        for (const Example &example : *examples) {
            QJsonObject item;
            item.insert(u"input"_s, example.input.isUndefined() ? QJsonValue() : example.input);
            item.insert(u"output"_s, example.output.isUndefined() ? QJsonValue() : example.output);
            if (!example.comment.isEmpty()) {
                item.insert(u"comment"_s, example.comment);
            }
            items.append(item);
        }
        body.insert(u"examples"_s, items);
    }
    if (!tags.isEmpty()) {
        QJsonObject tagObject;
        for (const Tag &tag : tags) {
            tagObject.insert(tag.key, tag.value);
        }
        body.insert(u"tags"_s, tagObject);
    }
    if (!parentSpanId.isEmpty()) {
        body.insert(u"parent_span_id"_s, parentSpanId);
    }
    return body;
}

QByteArray CallRequest::toBody() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Compact);
}

CallRequest CallRequest::fromJson(const QJsonObject &body, QString functionId, QString revisionId)
{
    CallRequest request;
    request.functionId = std::move(functionId);
    request.revisionId = std::move(revisionId);
    if (body.contains(u"input")) {
        request.input = body.value(u"input");
    }
    const QJsonValue examples = body.value(u"examples");
    if (examples.isArray()) {
        QList<Example> list;
        const QJsonArray items = examples.toArray();
        for (const auto &item : items) {
            if (!item.isObject()) {
                continue;
            }
            const QJsonObject object = item.toObject();
            list << Example { object.value(u"input"), object.value(u"output"),
                              object.value(u"comment").toString() };
        }
        request.examples = list;
    }
    const QJsonObject tags = body.value(u"tags").toObject();
    for (auto it = tags.constBegin(); it != tags.constEnd(); ++it) {
        const QJsonValue value = it.value();
        request.tags << Tag { it.key(),
                              value.isString() ? value.toString() : toJsonText(value, false) };
    }
    request.parentSpanId = body.value(u"parent_span_id").toString();
    return request;
}

std::optional<QList<Example>> examplesFromJson(const QJsonValue &value, ApiError *error)
{
    auto fail = [error](const QString &field, const QString &message) {
        if (error) {
            *error = ApiError::invalidInput(field, message);
        }
        return std::nullopt;
    };
    if (!value.isArray()) {
        return fail(u"examples"_s, CallRequest::tr("The examples must be a JSON array of objects"));
    }
    QList<Example> examples;
    const QJsonArray items = value.toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items.at(i).isObject()) {
            return fail(
                    examplePath(i),
                    CallRequest::tr(R"(An example must be an object with "input" and "output")"));
        }
        const QJsonObject object = items.at(i).toObject();
        for (const QString &key : { u"input"_s, u"output"_s }) {
            if (!object.contains(key)) {
                return fail(examplePath(i, key),
                            CallRequest::tr("The example has no \"%1\"").arg(key));
            }
        }
        const QJsonValue comment = object.value(u"comment");
        if (!comment.isUndefined() && !comment.isNull() && !comment.isString()) {
            return fail(examplePath(i, u"comment"_s),
                        CallRequest::tr("The example's comment must be a string"));
        }
        examples << Example { object.value(u"input"), object.value(u"output"), comment.toString() };
    }
    return examples;
}

QList<ExampleDraft> exampleDrafts(const QList<Example> &examples)
{
    QList<ExampleDraft> drafts;
    drafts.reserve(examples.size());
    for (const Example &example : examples) {
        drafts << ExampleDraft { example.comment, toJsonText(example.input, true),
                                 toJsonText(example.output, true) };
    }
    return drafts;
}

std::optional<QList<ExampleDraft>> exampleDraftsFromJson(const QJsonValue &value, ApiError *error)
{
    const std::optional<QList<Example>> examples = examplesFromJson(value, error);
    if (!examples) {
        return std::nullopt;
    }
    return exampleDrafts(*examples);
}

} // namespace callpad
