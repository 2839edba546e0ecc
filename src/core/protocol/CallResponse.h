#pragma once

#include "core/protocol/ApiError.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

namespace callpad {

// `usage` is an open map in the spec; the known counts are read, everything stays in `raw`.
struct Usage
{
    std::optional<qint64> inputTokens;
    std::optional<qint64> outputTokens;
    std::optional<qint64> reasoningTokens; // usage.output_tokens_details.reasoning_tokens
    std::optional<qint64> totalTokens;
    QJsonObject raw;
};

// `cost` in USD, also an open map.
struct Cost
{
    std::optional<double> generation;
    std::optional<double> platform;
    std::optional<double> total;
    QJsonObject raw;
};

// The body of a successful call (§1.3 of the API notes).
struct CallResponse
{
    QString spanId;
    std::optional<QString> message; // the result when the function has no output schema
    // The result with a schema, as the JSON text it came as (UTF-8, members in the order sent);
    // empty when absent or null. Kept as text: a 20 MB payload parsed is a 140 MB tree, and only
    // the tree view and the schema check need one (jsonPayload() builds it, on their thread).
    QByteArray jsonPayloadText;
    bool cached = false;
    QStringList images; // URLs or base64, see ImageRef
    std::optional<Usage> usage;
    std::optional<Cost> cost;
    QJsonObject raw; // the object as received, unknown keys included, except `json_payload`

    bool hasJsonPayload() const { return !jsonPayloadText.isEmpty(); }
    // The payload parsed; Undefined when there is none.
    QJsonValue jsonPayload() const;
    // The whole response as one compact JSON object: `raw` with the payload's text put back.
    QByteArray toJson() const;
};

// `response` holds everything that made sense even when `error` is set: a wrong-typed usage count
// should not hide the answer. `error` is InvalidJson (not a JSON object) or InvalidResponse naming
// the first field of the wrong type ("usage.input_tokens").
struct ResponseParse
{
    CallResponse response;
    ApiError error;
};

// The payload stays text (see jsonPayloadText); the rest of the body is parsed.
ResponseParse parseCallResponse(const QByteArray &body);
// For an object already parsed (an assembled stream): the payload is written back to text.
ResponseParse callResponseFromJson(QJsonObject object);

} // namespace callpad
