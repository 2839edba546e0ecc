#include "core/client/ClientSettings.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace callpad {

QUrl ClientSettings::defaultBaseUrl()
{
    return QUrl(u"https://api.opper.ai/v2"_s);
}

QUrl resolveBaseUrl(const QString &explicitValue, const QString &storedValue)
{
    for (const QString &candidate :
         { explicitValue, qEnvironmentVariable("OPPER_BASE_URL"), storedValue }) {
        const QString trimmed = candidate.trimmed();
        if (!trimmed.isEmpty()) {
            return QUrl(trimmed);
        }
    }
    return ClientSettings::defaultBaseUrl();
}

Status isUsableBaseUrl(const QUrl &url)
{
    if (!url.isValid()) {
        return Status::failure(
                ClientSettings::tr("The base URL is not a valid URL: %1").arg(url.errorString()));
    }
    if (url.scheme() != u"https"_s && url.scheme() != u"http"_s) {
        return Status::failure(
                ClientSettings::tr("The base URL must start with https:// or http://"));
    }
    if (url.host().isEmpty()) {
        return Status::failure(ClientSettings::tr("The base URL has no host"));
    }
    if (url.hasQuery() || url.hasFragment()) {
        return Status::failure(
                ClientSettings::tr("The base URL must not have a query or fragment"));
    }
    return Status::success();
}

} // namespace callpad
