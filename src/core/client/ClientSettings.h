#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <chrono>

namespace callpad {

// The bounds every request is held to. One value, passed to ApiClient; the GUI's settings and the
// CLI's flags fill it.
struct ClientSettings
{
    Q_DECLARE_TR_FUNCTIONS(callpad::ClientSettings)

public:
    QUrl baseUrl = defaultBaseUrl();
    // A non-streaming call must finish within this time (model calls can run for minutes).
    std::chrono::milliseconds transferTimeout { std::chrono::seconds(300) };
    // A stream fails when no byte arrives for this long; it has no total limit.
    std::chrono::milliseconds streamIdleTimeout { std::chrono::seconds(120) };
    qint64 maxResponseBytes = qint64(64) * 1024 * 1024;
    // GETs only: retries on 429/502/503/504. POST calls are never retried (they are billed).
    int maxGetRetries = 3;
    std::chrono::milliseconds maxRetryDelay { std::chrono::seconds(30) };
    int maxRedirects = 5;

    static QUrl defaultBaseUrl();
};

// Where the base URL comes from, strongest first: an explicit value (a flag), the OPPER_BASE_URL
// environment variable, the stored setting, the default. Empty values fall through.
QUrl resolveBaseUrl(const QString &explicitValue, const QString &storedValue = {});

// An http(s) URL with a host: the only kind a base URL may be; else a failure saying why not.
Status isUsableBaseUrl(const QUrl &url);

} // namespace callpad
