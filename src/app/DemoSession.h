#pragma once

#include "gui/window/DemoLauncher.h"

#include <QObject>
#include <QUrl>

#include <memory>

namespace callpad {

class DemoServer;

// Demo mode: the bundled Opper-compatible server, in-process on a free loopback port, so every
// pane can be tried offline without an account.
class DemoSession final : public QObject, public DemoLauncher
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoSession)

public:
    explicit DemoSession(QObject *parent = nullptr);
    ~DemoSession() override;

    Result<QUrl> start() override;
    [[nodiscard]] bool isRunning() const override;
    [[nodiscard]] QUrl baseUrl() const override;
    [[nodiscard]] QString apiKey() const override;
    [[nodiscard]] CallDraft firstDraft() const override;
    [[nodiscard]] QString firstFunctionName() const override;

    // The running server (tests and the screenshot tool switch its faults); null until start().
    [[nodiscard]] DemoServer *server() const { return m_server.get(); }

private:
    std::unique_ptr<DemoServer> m_server;
};

} // namespace callpad
