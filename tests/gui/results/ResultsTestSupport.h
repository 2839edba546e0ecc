#pragma once

// Helpers shared by the result-pane tests: real calls against the demo server, and results
// built by hand from the JSON an Opper call would answer.

#include "core/client/ApiClient.h"
#include "support/DemoFixture.h"
#include "support/RunCall.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace callpad::test {

inline CallRequest demoRequest(QLatin1StringView function, QLatin1StringView revision,
                               const QJsonValue &input)
{
    CallRequest call;
    call.functionId = function;
    call.revisionId = revision;
    call.input = input;
    return call;
}

// A successful non-streamed result whose response is `body`, as the client would parse it.
inline CallResult resultFromJson(const QJsonObject &body)
{
    CallResult result;
    result.response = callResponseFromJson(body).response;
    result.head.status = 200;
    result.head.reason = QByteArrayLiteral("OK");
    result.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    result.latencyMs = 1240;
    return result;
}

} // namespace callpad::test
