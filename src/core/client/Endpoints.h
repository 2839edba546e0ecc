#pragma once

#include <QString>
#include <QUrl>

// The URLs of the Opper v2 operations Callpad uses, relative to a base such as
// https://api.opper.ai/v2. Path segments are percent-encoded.
namespace callpad::Endpoints {

QUrl call(const QUrl &base, const QString &functionId, const QString &revisionId);
QUrl stream(const QUrl &base, const QString &functionId, const QString &revisionId);
QUrl functions(const QUrl &base, qint64 offset, int limit, const QString &name = {});
QUrl function(const QUrl &base, const QString &functionId);
QUrl revisions(const QUrl &base, const QString &functionId, qint64 offset, int limit);
QUrl revision(const QUrl &base, const QString &functionId, const QString &revisionId);

// Same scheme, host and port: the only place the API key may be sent.
bool sameOrigin(const QUrl &a, const QUrl &b);

} // namespace callpad::Endpoints
