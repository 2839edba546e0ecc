#pragma once

#include "core/client/FetchHandle.h"
#include "core/protocol/FunctionInfo.h"

#include <QObject>

#include <functional>
#include <memory>

namespace callpad {

// Walks every page of GET /functions or GET /functions/{id}/revisions, one page after the other,
// emitting each as it lands so a list fills while the rest loads.
class ListHandle final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListHandle)

public:
    enum class Kind { Functions, Revisions };
    using UrlForPage = std::function<QUrl(qint64 offset, int limit)>;

    ListHandle(QNetworkAccessManager *network, const ClientSettings &settings,
               QByteArray authorization, Kind kind, UrlForPage urlForPage, QObject *parent);
    ~ListHandle() override;

    void start();
    void cancel();

    Kind kind() const { return m_kind; }
    bool isFinished() const { return m_finished; }
    const ApiError &error() const { return m_error; }
    qint64 totalCount() const { return m_totalCount; }
    const QList<FunctionSummary> &functions() const { return m_functions; }
    const QList<RevisionSummary> &revisions() const { return m_revisions; }

    static constexpr int PageSize = 100;

Q_SIGNALS:
    void pageReceived(int firstRow, int rowCount);
    void finished();

private:
    void fetchFrom(qint64 offset);
    void onPageFinished();
    void finish(const ApiError &error);

    QNetworkAccessManager *m_network;
    ClientSettings m_settings;
    QByteArray m_authorization;
    Kind m_kind;
    UrlForPage m_urlForPage;
    std::unique_ptr<FetchHandle> m_fetch;
    QList<FunctionSummary> m_functions;
    QList<RevisionSummary> m_revisions;
    ApiError m_error;
    qint64 m_totalCount = 0;
    bool m_finished = false;
};

// GET /functions/{id} or /functions/{id}/revisions/{rid}: one function's full details.
class DetailsHandle final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailsHandle)

public:
    DetailsHandle(QNetworkAccessManager *network, const ClientSettings &settings,
                  QByteArray authorization, QUrl url, QObject *parent);

    void start() { m_fetch.start(); }
    void cancel() { m_fetch.cancel(); }

    bool isFinished() const { return m_fetch.isFinished(); }
    const ApiError &error() const { return m_error; }
    const FunctionDetails &details() const { return m_details; }

Q_SIGNALS:
    void finished();

private:
    FetchHandle m_fetch;
    FunctionDetails m_details;
    ApiError m_error;
};

} // namespace callpad
