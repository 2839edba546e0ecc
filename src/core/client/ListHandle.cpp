#include "core/client/ListHandle.h"

#include <utility>

namespace callpad {

ListHandle::ListHandle(QNetworkAccessManager *network, ClientSettings settings,
                       QByteArray authorization, Kind kind, UrlForPage urlForPage, QObject *parent)
    : Operation(parent), m_network(network), m_settings(std::move(settings)),
      m_authorization(std::move(authorization)), m_kind(kind), m_urlForPage(std::move(urlForPage))
{
}

ListHandle::~ListHandle() = default;

void ListHandle::start()
{
    fetchFrom(0);
}

void ListHandle::cancel()
{
    if (isFinished()) {
        return;
    }
    if (m_fetch && !m_fetch->isFinished()) {
        m_fetch->cancel(); // its finished() ends the list with the cancellation
        return;
    }
    finish(cancelledError());
}

void ListHandle::fetchFrom(qint64 offset)
{
    m_fetch = new FetchHandle(m_network, m_settings, m_authorization,
                              m_urlForPage(offset, PageSize), this);
    connect(m_fetch, &FetchHandle::finished, this, &ListHandle::onPageFinished);
    m_fetch->start();
}

void ListHandle::onPageFinished()
{
    if (m_fetch->error().isError()) {
        finish(m_fetch->error());
        return;
    }
    qsizetype before = 0;
    qsizetype received = 0;
    if (m_kind == Kind::Functions) {
        const auto parsed = parseFunctionPage(m_fetch->body());
        if (parsed.error.isError()) {
            finish(parsed.error);
            return;
        }
        before = m_functions.size();
        received = parsed.page.items.size();
        m_functions += parsed.page.items;
        m_totalCount = parsed.page.totalCount;
    } else {
        const auto parsed = parseRevisionPage(m_fetch->body());
        if (parsed.error.isError()) {
            finish(parsed.error);
            return;
        }
        before = m_revisions.size();
        received = parsed.page.items.size();
        m_revisions += parsed.page.items;
        m_totalCount = parsed.page.totalCount;
    }
    if (received > 0) {
        Q_EMIT pageReceived(int(before), int(received));
        if (isFinished()) {
            return; // cancelled by a receiver
        }
    }
    const qint64 have = before + received;
    // An empty page ends the walk even when total_count promised more: never loop forever.
    if (received == 0 || have >= m_totalCount) {
        finish({});
        return;
    }
    fetchFrom(have);
}

DetailsHandle::DetailsHandle(QNetworkAccessManager *network, const ClientSettings &settings,
                             QByteArray authorization, QUrl url, QObject *parent)
    : Operation(parent),
      m_fetch(new FetchHandle(network, settings, std::move(authorization), std::move(url), this))
{
    connect(m_fetch, &FetchHandle::finished, this, &DetailsHandle::onFetchFinished);
}

DetailsHandle::~DetailsHandle() = default;

void DetailsHandle::start()
{
    m_fetch->start();
}

void DetailsHandle::cancel()
{
    if (m_fetch) {
        m_fetch->cancel();
    }
}

void DetailsHandle::onFetchFinished()
{
    if (m_fetch->error().isError()) {
        finish(m_fetch->error());
        return;
    }
    const auto parsed = parseFunctionDetails(m_fetch->body());
    m_details = parsed.details;
    finish(parsed.error);
}

} // namespace callpad
