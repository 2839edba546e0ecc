#pragma once

// Runs one call to completion through the client's callback form, the way the window does.

#include "core/client/ApiClient.h"

#include <QTest>

#include <functional>
#include <optional>

namespace callpad::test {

// `onUpdate` sees every live stream update. A call that does not finish in time is cancelled
// and gives a default CallResult, which the caller's checks then reject.
inline CallResult runCall(ApiClient &client, const CallRequest &call, bool stream = false,
                          const std::function<void(const StreamAssembler::Update &)> &onUpdate = {})
{
    std::optional<CallResult> result;
    QObject context; // going out of scope cancels a call that is still running
    CallHandle *handle = client.call(call, { stream }, &context,
                                     [&result](const CallResult &done) { result = done; });
    if (onUpdate) {
        QObject::connect(handle, &CallHandle::streamUpdated, &context, onUpdate);
    }
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 30000)) {
        return {};
    }
    return *result;
}

} // namespace callpad::test
