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
    QJsonValue jsonPayload {
        QJsonValue::Undefined
    }; // the result with a schema; Undefined when absent or null
    bool cached = false;
    QStringList images; // URLs or base64, see ImageRef
    std::optional<Usage> usage;
    std::optional<Cost> cost;
    QJsonObject raw; // the whole object as received, unknown keys included

    bool hasJsonPayload() const { return !jsonPayload.isUndefined() && !jsonPayload.isNull(); }
};

// `response` holds everything that made sense even when `error` is set: a wrong-typed usage count
// should not hide the answer. `error` is InvalidJson (not a JSON object) or InvalidResponse naming
// the first field of the wrong type ("usage.input_tokens").
struct ResponseParse
{
    CallResponse response;
    ApiError error;
};

ResponseParse parseCallResponse(const QByteArray &body);
ResponseParse callResponseFromJson(const QJsonObject &object);

} // namespace callpad
