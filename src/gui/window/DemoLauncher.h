#pragma once

#include "core/Result.h"
#include "core/protocol/CallRequest.h"

#include <QString>
#include <QUrl>

namespace callpad {

// What the window needs of demo mode, without knowing the demo server: the composition root
// (src/app) implements it over the bundled server, so only the executable links it.
class DemoLauncher
{
public:
    DemoLauncher() = default;
    virtual ~DemoLauncher() = default;
    Q_DISABLE_COPY_MOVE(DemoLauncher)

    // Starts the server on a free loopback port (once); its base URL, or why it could not start.
    virtual Result<QUrl> start() = 0;
    [[nodiscard]] virtual bool isRunning() const = 0;
    [[nodiscard]] virtual QUrl baseUrl() const = 0;
    // Any non-empty key opens the demo server; this one says what it is.
    [[nodiscard]] virtual QString apiKey() const = 0;
    // What a new user sees first: a function with a small input.
    [[nodiscard]] virtual CallDraft firstDraft() const = 0;
    [[nodiscard]] virtual QString firstFunctionName() const = 0;
};

} // namespace callpad
