#pragma once

// Helpers shared by the result-pane tests: real calls against the demo server, and results
// built by hand from the JSON an Opper call would answer.

#include "core/client/ApiClient.h"
#include "support/DemoFixture.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>

#include <functional>

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

// Runs one call to completion; `onUpdate` sees every live stream update. A call that does not
// finish in time gives a default CallResult, which the caller's checks then reject.
inline CallResult runCall(ApiClient &client, const CallRequest &call, bool stream = false,
                          const std::function<void(const StreamAssembler::Update &)> &onUpdate = {})
{
    CallHandle *handle = client.call(call, stream);
    QSignalSpy finished(handle, &CallHandle::finished);
    if (onUpdate) {
        QObject::connect(handle, &CallHandle::streamUpdated, handle, onUpdate);
    }
    handle->start();
    if (!handle->isFinished() && !finished.wait(30000)) {
        delete handle;
        return {};
    }
    CallResult result = handle->result();
    delete handle;
    return result;
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
