#include "demo/DemoStreamer.h"

#include "demo/DemoCatalog.h"
#include "demo/DemoFaults.h"
#include "demo/DemoGenerator.h"
#include "demo/DemoHttp.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>

namespace callpad {

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype MinPieceLength = 8;

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray textEvent(const QString &delta)
{
    return compact({ { u"delta"_s, delta }, { u"chunk_type"_s, u"text"_s } });
}

// Leaves of the payload as (json_path, text) in the schema's "required" order, so fields
// arrive the way a model writes them. Numbers and booleans are sent as their JSON text in
// one string delta: the npm SDK's schema for this endpoint only accepts string deltas.
void jsonLeaves(const QJsonValue &value, const QString &path, const QJsonObject &schema,
                QList<std::pair<QString, QString>> &out)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        QStringList keys;
        for (const auto &key : schema.value(u"required"_s).toArray()) {
            if (object.contains(key.toString())) {
                keys.append(key.toString());
            }
        }
        for (const QString &key : object.keys()) {
            if (!keys.contains(key)) {
                keys.append(key);
            }
        }
        const QJsonObject properties = schema.value(u"properties"_s).toObject();
        for (const QString &key : keys) {
            jsonLeaves(object.value(key), path.isEmpty() ? key : path + u'.' + key,
                       properties.value(key).toObject(), out);
        }
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        const QJsonObject items = schema.value(u"items"_s).toObject();
        for (int i = 0; i < array.size(); ++i) {
            jsonLeaves(array.at(i), path + u'[' + QString::number(i) + u']', items, out);
        }
    } else if (value.isString()) {
        out.append({ path, value.toString() });
    } else {
        out.append({ path, QString::fromUtf8(DemoHttp::compactJson(value)) });
    }
}

} // namespace

DemoStreamer::DemoStreamer(QTcpSocket *socket, QList<QByteArray> events,
                           std::chrono::milliseconds delay, DemoStreamEnd end, bool keepAlive,
                           QObject *parent)
    : QObject(parent), m_socket(socket), m_events(std::move(events)), m_end(end),
      m_keepAlive(keepAlive)
{
    m_timer.setInterval(delay);
    connect(&m_timer, &QTimer::timeout, this, &DemoStreamer::sendNext);
    if (socket) {
        connect(socket, &QAbstractSocket::disconnected, this, &DemoStreamer::finish);
        connect(socket, &QObject::destroyed, this, &DemoStreamer::finish);
    }
}

void DemoStreamer::start()
{
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState) {
        finish();
        return;
    }
    m_socket->write(DemoHttp::head(200, "text/event-stream"_ba, -1,
                                   { { "Cache-Control"_ba, "no-cache"_ba } }, m_keepAlive));
    m_timer.start();
}

void DemoStreamer::sendNext()
{
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState) {
        finish();
        return;
    }
    const bool faulted = m_end != DemoStreamEnd::Complete;
    if (m_next >= m_events.size() || (faulted && m_next >= EventsBeforeFault)) {
        endStream();
        return;
    }
    m_socket->write(DemoHttp::chunk(DemoHttp::sseEvent(m_events.at(m_next++))));
}

void DemoStreamer::endStream()
{
    m_timer.stop();
    switch (m_end) {
    case DemoStreamEnd::Complete:
        break;
    case DemoStreamEnd::ErrorChunk:
        m_socket->write(DemoHttp::chunk(DemoHttp::sseEvent(
                compact({ { u"chunk_type"_s, u"error"_s },
                          { u"error_type"_s, u"ProviderError"_s },
                          { u"error_message"_s, u"Upstream model failed"_s } }))));
        break;
    case DemoStreamEnd::CutMidEvent:
        // Half an event and no terminating chunk: the transfer itself is incomplete.
        m_socket->write(DemoHttp::chunk(R"(data: {"delta":"Hel)"_ba));
        m_socket->disconnectFromHost();
        finish();
        return;
    case DemoStreamEnd::Truncate:
        m_socket->disconnectFromHost();
        finish();
        return;
    case DemoStreamEnd::Reset:
        DemoFaults::resetWhenFlushed(m_socket);
        finish();
        return;
    }
    m_socket->write(DemoHttp::lastChunk());
    if (!m_keepAlive) {
        m_socket->disconnectFromHost();
    }
    finish();
}

void DemoStreamer::finish()
{
    if (m_done) {
        return;
    }
    m_done = true;
    m_timer.stop();
    Q_EMIT finished();
    deleteLater();
}

QStringList DemoStreamer::textPieces(const QString &text)
{
    QStringList pieces;
    QString current;
    for (qsizetype i = 0; i < text.size(); ++i) {
        current += text.at(i);
        const bool boundary
                = text.at(i).isSpace() && (i + 1 >= text.size() || !text.at(i + 1).isSpace());
        if (boundary && current.size() >= MinPieceLength) {
            pieces.append(current);
            current.clear();
        }
    }
    if (!current.isEmpty()) {
        pieces.append(current);
    }
    return pieces;
}

QList<QByteArray> DemoStreamer::buildEvents(const DemoFunction &function, const DemoAnswer &answer,
                                            const QString &spanId)
{
    QList<QByteArray> events { compact({ { u"span_id"_s, spanId } }) };
    if (answer.jsonPayload.isObject() || answer.jsonPayload.isArray()) {
        QList<std::pair<QString, QString>> leaves;
        jsonLeaves(answer.jsonPayload, QString(), function.outputSchema, leaves);
        for (const auto &[path, text] : leaves) {
            const QStringList pieces
                    = text.isEmpty() ? QStringList { QString() } : textPieces(text);
            for (const QString &piece : pieces) {
                events.append(compact({ { u"delta"_s, piece },
                                        { u"json_path"_s, path },
                                        { u"chunk_type"_s, u"json"_s } }));
            }
        }
        return events;
    }
    for (const QString &piece : textPieces(answer.message.toString())) {
        events.append(textEvent(piece));
    }
    return events;
}

} // namespace callpad
