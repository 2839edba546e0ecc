#include "core/protocol/CallResponse.h"

#include "core/protocol/JsonBytes.h"
#include "core/protocol/JsonFieldReader.h"
#include "core/protocol/JsonText.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace callpad {

namespace {

Usage readUsage(const QJsonObject &object, const JsonFieldReader &read)
{
    Usage usage;
    usage.raw = object;
    usage.inputTokens = read.wholeNumber(object, u"input_tokens"_s);
    usage.outputTokens = read.wholeNumber(object, u"output_tokens"_s);
    usage.totalTokens = read.wholeNumber(object, u"total_tokens"_s);
    const QString detailsKey = u"output_tokens_details"_s;
    if (const auto details = read.object(object, detailsKey)) {
        usage.reasoningTokens = read.child(detailsKey).wholeNumber(*details, u"reasoning_tokens"_s);
    }
    if (!usage.reasoningTokens) {
        usage.reasoningTokens = read.wholeNumber(object, u"reasoning_tokens"_s);
    }
    return usage;
}

Cost readCost(const QJsonObject &object, const JsonFieldReader &read)
{
    Cost cost;
    cost.raw = object;
    cost.generation = read.number(object, u"generation"_s);
    cost.platform = read.number(object, u"platform"_s);
    cost.total = read.number(object, u"total"_s);
    return cost;
}

} // namespace

QJsonValue CallResponse::jsonPayload() const
{
    return parseJsonBytes(jsonPayloadText);
}

QByteArray CallResponse::toJson() const
{
    QByteArray json = QJsonDocument(raw).toJson(QJsonDocument::Compact);
    if (jsonPayloadText.isEmpty()) {
        return json;
    }
    json.chop(1); // the closing brace
    json.reserve(json.size() + jsonPayloadText.size() + 20);
    json.append(raw.isEmpty() ? "\"json_payload\":" : ",\"json_payload\":");
    json.append(jsonPayloadText).append('}');
    return json;
}

ResponseParse parseCallResponse(const QByteArray &body)
{
    // The common case: valid JSON, read with the payload left as text.
    if (std::optional<JsonMemberSplit> split = splitJsonMember(body, "json_payload"_L1)) {
        ResponseParse result = callResponseFromJson(std::move(split->rest));
        if (split->member != "null") {
            result.response.jsonPayloadText = std::move(split->member);
        }
        return result;
    }
    // Not valid by the strict reading: Qt's parser says why, or reads what it accepts.
    ApiError error;
    const std::optional<QJsonObject> object = JsonFieldReader::parseObject(body, &error);
    if (!object) {
        ResponseParse result;
        result.error = error;
        return result;
    }
    return callResponseFromJson(*object);
}

ResponseParse callResponseFromJson(QJsonObject object)
{
    ResponseParse result;
    CallResponse &response = result.response;
    const JsonFieldReader read(&result.error);
    const QJsonValue payload = object.take(u"json_payload");
    if (!payload.isNull() && !payload.isUndefined()) {
        response.jsonPayloadText = toJsonUtf8(payload, false);
    }
    response.raw = object;
    response.spanId = read.string(object, u"span_id"_s).value_or(QString());
    response.message = read.string(object, u"message"_s);
    response.cached = read.boolean(object, u"cached"_s).value_or(false);
    response.images = read.stringList(object, u"images"_s).value_or(QStringList());
    if (const auto usage = read.object(object, u"usage"_s)) {
        response.usage = readUsage(*usage, read.child(u"usage"_s));
    }
    if (const auto cost = read.object(object, u"cost"_s)) {
        response.cost = readCost(*cost, read.child(u"cost"_s));
    }
    return result;
}

} // namespace callpad
