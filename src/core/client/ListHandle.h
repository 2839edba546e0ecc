#pragma once

#include "core/client/FetchHandle.h"
#include "core/client/Operation.h"
#include "core/protocol/FunctionInfo.h"

#include <QPointer>

#include <functional>

namespace callpad {

// Walks every page of GET /functions or GET /functions/{id}/revisions, one page after the other,
// emitting each as it lands so a list fills while the rest loads.
class ListHandle final : public Operation
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListHandle)

public:
    enum class Kind { Functions, Revisions };
    using UrlForPage = std::function<QUrl(qint64 offset, int limit)>;

    ListHandle(QNetworkAccessManager *network, ClientSettings settings, QByteArray authorization,
               Kind kind, UrlForPage urlForPage, QObject *parent);
    ~ListHandle() override;

    void start() override;
    // Also from inside pageReceived(): no page after it is fetched.
    void cancel() override;

    Kind kind() const { return m_kind; }
    qint64 totalCount() const { return m_totalCount; }
    const QList<FunctionSummary> &functions() const { return m_functions; }
    const QList<RevisionSummary> &revisions() const { return m_revisions; }

    static constexpr int PageSize = 100;

Q_SIGNALS:
    void pageReceived(int firstRow, int rowCount);

private:
    void fetchFrom(qint64 offset);
    void onPageFinished();

    QNetworkAccessManager *m_network;
    ClientSettings m_settings;
    QByteArray m_authorization;
    Kind m_kind;
    UrlForPage m_urlForPage;
    QPointer<FetchHandle> m_fetch; // the page in flight, a child that deletes itself
    QList<FunctionSummary> m_functions;
    QList<RevisionSummary> m_revisions;
    qint64 m_totalCount = 0;
};

// GET /functions/{id} or /functions/{id}/revisions/{rid}: one function's full details.
class DetailsHandle final : public Operation
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailsHandle)

public:
    DetailsHandle(QNetworkAccessManager *network, const ClientSettings &settings,
                  QByteArray authorization, QUrl url, QObject *parent);
    ~DetailsHandle() override;

    void start() override;
    void cancel() override;

    const FunctionDetails &details() const { return m_details; }

private:
    void onFetchFinished();

    QPointer<FetchHandle> m_fetch; // a child that deletes itself once finished
    FunctionDetails m_details;
};

} // namespace callpad
