#include "demo/DemoHttpFrontend.h"

namespace callpad {

DemoHttpFrontend::DemoHttpFrontend(Handler handler, QObject *parent)
    : QAbstractHttpServer(parent), m_handler(std::move(handler))
{
}

bool DemoHttpFrontend::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    m_handler(request, socket);
    return true;
}

void DemoHttpFrontend::missingHandler(const QHttpServerRequest & /*request*/,
                                      QTcpSocket * /*socket*/)
{
    // Never reached: handleRequest answers every request, unknown paths included.
}

} // namespace callpad
