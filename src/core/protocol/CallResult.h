#pragma once

#include "core/protocol/ApiError.h"
#include "core/protocol/CallResponse.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QUrl>

namespace callpad {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// The request exactly as sent, with the key masked: what the Raw pane and the history show.
struct RequestRecord
{
    QByteArray method;
    QUrl url;
    HeaderList headers;
    QByteArray body;

    // What an Authorization (or other secret) header's value is replaced with in every record.
    static QByteArray maskedAuthorization()
    {
        return QByteArrayLiteral("Bearer ******** (hidden)");
    }
};

// The final response's status line and headers.
struct ResponseRecord
{
    int status = 0;
    QByteArray reason;
    HeaderList headers;
    QUrl url;
};

// Everything one call left behind: what the panes, the CLI and the history need. A value of the
// protocol, not of the HTTP client: the history stores it and the panes show it (also when it
// was rebuilt from the history) without knowing how it was fetched.
struct CallResult
{
    CallResponse response;
    ApiError error;
    RequestRecord request;
    ResponseRecord head;
    QByteArray body; // the body as received; for streams, the raw event log
    bool streamed = false;
    int eventCount = 0;
    QDateTime startedAt;
    qint64 latencyMs = 0;

    bool ok() const { return !error.isError(); }
};

} // namespace callpad
