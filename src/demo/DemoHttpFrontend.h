#pragma once

#include <QAbstractHttpServer>

#include <functional>

namespace callpad {

// Qt 6.4's QAbstractHttpServer hands us the raw socket per request; this forwards both to
// a callback so DemoServer stays a plain QObject with its own API.
class DemoHttpFrontend final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoHttpFrontend)

public:
    using Handler = std::function<void(const QHttpServerRequest &, QTcpSocket *)>;

    explicit DemoHttpFrontend(Handler handler, QObject *parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Handler m_handler;
};

} // namespace callpad
