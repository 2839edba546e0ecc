#include "demo/DemoServer.h"

#include "demo/DemoApi.h"
#include "demo/DemoErrors.h"
#include "demo/DemoFaults.h"
#include "demo/DemoHttpFrontend.h"
#include "demo/DemoStreamer.h"

#include <QHttpServerRequest>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <array>

namespace callpad {

using namespace Qt::StringLiterals;
using Fault = DemoServer::Fault;
using Route = DemoApi::Route;

namespace {

constexpr qsizetype MaxRecordedRequests = 10000;

struct FaultEntry
{
    Fault fault;
    QStringView name;
};

constexpr std::array<FaultEntry, 12> FaultTable { {
        { Fault::None, u"none" },
        { Fault::Slow, u"slow" },
        { Fault::ResetMidBody, u"reset-mid-body" },
        { Fault::Truncated, u"truncated" },
        { Fault::InvalidJson, u"invalid-json" },
        { Fault::WrongTypes, u"wrong-types" },
        { Fault::RateLimited, u"rate-limited" },
        { Fault::ServerErrorHtml, u"server-error-html" },
        { Fault::Oversize, u"oversize" },
        { Fault::SseErrorChunk, u"sse-error-chunk" },
        { Fault::SseCutMidEvent, u"sse-cut-mid-event" },
        { Fault::Redirect, u"redirect" },
} };

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET"_ba;
    case QHttpServerRequest::Method::Post:
        return "POST"_ba;
    case QHttpServerRequest::Method::Put:
        return "PUT"_ba;
    case QHttpServerRequest::Method::Delete:
        return "DELETE"_ba;
    case QHttpServerRequest::Method::Patch:
        return "PATCH"_ba;
    case QHttpServerRequest::Method::Head:
        return "HEAD"_ba;
    case QHttpServerRequest::Method::Options:
        return "OPTIONS"_ba;
    default:
        return "UNKNOWN"_ba;
    }
}

DemoRequest toDemoRequest(const QHttpServerRequest &request)
{
    DemoRequest out;
    out.method = methodName(request.method());
    out.path = request.url().path(QUrl::FullyEncoded);
    out.query = request.query();
    for (const auto &[name, value] : request.headers()) {
        out.headers.insert(name.toLower(), value);
    }
    out.body = request.body();
    return out;
}

bool authorized(const DemoRequest &request)
{
    const QByteArray value = request.headers.value("authorization"_ba).trimmed();
    return value.size() > 7 && value.left(7).toLower() == "bearer "_ba
            && !value.mid(7).trimmed().isEmpty();
}

bool keepAlive(const DemoRequest &request)
{
    return request.headers.value("connection"_ba).toLower() != "close"_ba;
}

// Body faults only hit the call routes; gateway-style faults also hit the catalog GETs,
// so a client can still browse functions while its calls are being broken.
bool faultApplies(Fault fault, Route route)
{
    if (fault == Fault::None) {
        return false;
    }
    if (DemoApi::isCall(route)) {
        return true;
    }
    return DemoApi::isCatalog(route)
            && (fault == Fault::Slow || fault == Fault::RateLimited
                || fault == Fault::ServerErrorHtml);
}

} // namespace

DemoServer::DemoServer(QObject *parent)
    : QObject(parent), m_api(std::make_unique<DemoApi>()),
      m_http(new DemoHttpFrontend([this](const QHttpServerRequest &request,
                                         QTcpSocket *socket) { onRequest(request, socket); },
                                  this))
{
}

DemoServer::~DemoServer()
{
    // Close connections (and stop streams writing to them) before the API data goes away.
    delete m_http;
}

bool DemoServer::listen(quint16 port, const QHostAddress &address)
{
    if (m_port != 0) {
        m_error = u"The demo server is already listening"_s;
        return false;
    }
    if (!address.isLoopback()) {
        m_error = u"The demo server only listens on loopback addresses, not %1"_s.arg(
                address.toString());
        return false;
    }
    auto *tcp = new QTcpServer(m_http);
    if (!tcp->listen(address, port)) {
        m_error = tcp->errorString();
        delete tcp;
        return false;
    }
    m_http->bind(tcp);
    m_address = address;
    m_port = tcp->serverPort();
    m_error.clear();
    m_api->setImagesBase(baseUrl());
    return true;
}

quint16 DemoServer::port() const
{
    return m_port;
}

QUrl DemoServer::baseUrl() const
{
    if (m_port == 0) {
        return {};
    }
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(m_address.toString());
    url.setPort(m_port);
    url.setPath(u"/v2"_s);
    return url;
}

QString DemoServer::errorString() const
{
    return m_error;
}

void DemoServer::setFault(Fault fault)
{
    m_fault = fault;
}

DemoServer::Fault DemoServer::fault() const
{
    return m_fault;
}

void DemoServer::setSlowDelay(std::chrono::milliseconds delay)
{
    m_slowDelay = std::max(delay, std::chrono::milliseconds(0));
}

void DemoServer::setOversizeBytes(qint64 bytes)
{
    m_oversizeBytes = std::max<qint64>(bytes, 0);
}

void DemoServer::setRedirectTarget(const QUrl &target)
{
    m_redirectTarget = target;
}

void DemoServer::setRetryAfterSeconds(int seconds)
{
    m_retryAfter = std::max(seconds, 0);
}

void DemoServer::setStreamChunkDelay(std::chrono::milliseconds delay)
{
    m_streamDelay = std::max(delay, std::chrono::milliseconds(0));
}

void DemoServer::setExtraFunctionCount(int count)
{
    m_api->setExtraFunctionCount(count);
}

QList<DemoServer::RecordedRequest> DemoServer::requests() const
{
    return m_requests;
}

void DemoServer::clearRequests()
{
    m_requests.clear();
}

std::optional<DemoServer::Fault> DemoServer::faultFromName(QStringView name)
{
    for (const FaultEntry &entry : FaultTable) {
        if (name.compare(entry.name, Qt::CaseInsensitive) == 0) {
            return entry.fault;
        }
    }
    return std::nullopt;
}

QString DemoServer::faultName(Fault fault)
{
    for (const FaultEntry &entry : FaultTable) {
        if (entry.fault == fault) {
            return entry.name.toString();
        }
    }
    return {};
}

QStringList DemoServer::faultNames()
{
    QStringList names;
    for (const FaultEntry &entry : FaultTable) {
        names.append(entry.name.toString());
    }
    return names;
}

void DemoServer::onRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const DemoRequest recorded = toDemoRequest(request);
    m_requests.append(recorded);
    if (m_requests.size() > MaxRecordedRequests) {
        m_requests.removeFirst();
    }
    Q_EMIT requestReceived();

    const DemoApi::Match match = DemoApi::match(recorded.method, recorded.path);
    if (match.route == Route::Unknown || match.route == Route::MethodNotAllowed) {
        send(socket, recorded, m_api->handle(match, recorded), Fault::None);
        return;
    }
    if (match.route != Route::Image && !authorized(recorded)) {
        send(socket, recorded, DemoErrors::unauthorized(), Fault::None);
        return;
    }
    const Fault fault = faultApplies(m_fault, match.route) ? m_fault : Fault::None;
    QPointer<QTcpSocket> guard(socket);
    if (fault == Fault::Slow) {
        QTimer::singleShot(m_slowDelay, this,
                           [this, guard, recorded] { answer(guard, recorded, Fault::None); });
        return;
    }
    answer(guard, recorded, fault);
}

void DemoServer::answer(const QPointer<QTcpSocket> &socket, const DemoRequest &request, Fault fault)
{
    if (!socket || socket->state() != QAbstractSocket::ConnectedState) {
        return;
    }
    const DemoApi::Match match = DemoApi::match(request.method, request.path);
    const bool stream = match.route == Route::Stream;
    switch (fault) {
    case Fault::RateLimited:
        send(socket, request, DemoFaults::rateLimited(m_retryAfter), fault);
        return;
    case Fault::ServerErrorHtml:
        send(socket, request, DemoFaults::serverErrorHtml(), fault);
        return;
    case Fault::Redirect: {
        const QUrl target = m_redirectTarget.isValid() ? m_redirectTarget
                                                       : baseUrl().adjusted(QUrl::RemovePath);
        QByteArray location = target.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveQuery
                                              | QUrl::RemoveFragment)
                                      .toEncoded()
                + request.path.toUtf8();
        if (!request.query.isEmpty()) {
            location += '?' + request.query.toString(QUrl::FullyEncoded).toUtf8();
        }
        send(socket, request, DemoFaults::redirect(QUrl::fromEncoded(location)), fault);
        return;
    }
    case Fault::InvalidJson:
        if (!stream) {
            send(socket, request, DemoFaults::invalidJson(), fault);
            return;
        }
        break;
    case Fault::WrongTypes:
        if (!stream) {
            send(socket, request, DemoFaults::wrongTypes(), fault);
            return;
        }
        break;
    case Fault::Oversize:
        if (!stream) {
            send(socket, request, DemoFaults::oversize(m_oversizeBytes, m_api->nextSpanId()),
                 fault);
            return;
        }
        break;
    default:
        break;
    }

    const DemoResponse response = m_api->handle(match, request);
    if (!response.stream) {
        send(socket, request, response, fault);
        return;
    }
    DemoStreamEnd end = DemoStreamEnd::Complete;
    QList<QByteArray> events = response.events;
    switch (fault) {
    case Fault::SseErrorChunk:
        end = DemoStreamEnd::ErrorChunk;
        break;
    case Fault::SseCutMidEvent:
        end = DemoStreamEnd::CutMidEvent;
        break;
    case Fault::ResetMidBody:
        end = DemoStreamEnd::Reset;
        break;
    case Fault::Truncated:
        end = DemoStreamEnd::Truncate;
        break;
    case Fault::InvalidJson:
        events = DemoFaults::invalidJsonEvents(events);
        break;
    case Fault::WrongTypes:
        events = DemoFaults::wrongTypeEvents();
        break;
    case Fault::Oversize:
        events = DemoFaults::oversizeEvents(events, m_oversizeBytes);
        break;
    default:
        break;
    }
    auto *streamer = new DemoStreamer(socket, events, m_streamDelay, end, keepAlive(request), this);
    log(request, 200, fault);
    streamer->start();
}

void DemoServer::send(QTcpSocket *socket, const DemoRequest &request, const DemoResponse &response,
                      Fault fault)
{
    switch (fault) {
    case Fault::ResetMidBody:
        DemoFaults::resetMidBody(socket, response);
        break;
    case Fault::Truncated:
        DemoFaults::truncated(socket, response);
        break;
    default:
        DemoHttp::write(socket, response, keepAlive(request));
        break;
    }
    log(request, response.status, fault);
}

void DemoServer::log(const DemoRequest &request, int status, Fault fault)
{
    QString line = QString::fromLatin1(request.method) + u' ' + request.path;
    if (!request.query.isEmpty()) {
        line += u'?' + request.query.toString(QUrl::FullyEncoded);
    }
    line += u" -> "_s + QString::number(status);
    if (fault != Fault::None) {
        line += u" [fault: "_s + faultName(fault) + u']';
    }
    Q_EMIT requestHandled(line);
}

} // namespace callpad
