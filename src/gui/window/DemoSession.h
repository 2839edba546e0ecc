#pragma once

#include "protocol/CallRequest.h"

#include <QObject>
#include <QUrl>

#include <memory>

namespace callpad {

class DemoServer;

// Demo mode: the bundled Opper-compatible server, in-process on a free loopback port, so every
// pane can be tried offline without an account.
class DemoSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoSession)

public:
    explicit DemoSession(QObject *parent = nullptr);
    ~DemoSession() override;

    bool start(QString *error);
    bool isRunning() const;
    QUrl baseUrl() const;
    DemoServer *server() const { return m_server.get(); }

    // Any non-empty key opens the demo server; this one says what it is.
    static QString apiKey();
    // What a new user sees first: the Markdown function with a small input.
    static CallDraft firstDraft();
    static QString firstFunctionName();

private:
    std::unique_ptr<DemoServer> m_server;
};

} // namespace callpad
