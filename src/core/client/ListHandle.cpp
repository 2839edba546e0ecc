#include "core/client/ListHandle.h"

namespace callpad {

ListHandle::ListHandle(QNetworkAccessManager *network, const ClientSettings &settings,
                       QByteArray authorization, Kind kind, UrlForPage urlForPage, QObject *parent)
    : QObject(parent), m_network(network), m_settings(settings),
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
    if (m_fetch && !m_fetch->isFinished()) {
        m_fetch->cancel();
    }
}

void ListHandle::fetchFrom(qint64 offset)
{
    m_fetch = std::make_unique<FetchHandle>(m_network, m_settings, m_authorization,
                                            m_urlForPage(offset, PageSize), nullptr);
    connect(m_fetch.get(), &FetchHandle::finished, this, &ListHandle::onPageFinished);
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
    }
    const qint64 have = before + received;
    // An empty page ends the walk even when total_count promised more: never loop forever.
    if (received == 0 || have >= m_totalCount) {
        finish({});
        return;
    }
    // Deleting the finished fetch from inside its own signal is unsafe; hand it to the loop.
    m_fetch.release()->deleteLater();
    fetchFrom(have);
}

void ListHandle::finish(const ApiError &error)
{
    m_error = error;
    m_finished = true;
    Q_EMIT finished();
}

DetailsHandle::DetailsHandle(QNetworkAccessManager *network, const ClientSettings &settings,
                             QByteArray authorization, QUrl url, QObject *parent)
    : QObject(parent), m_fetch(network, settings, std::move(authorization), std::move(url), nullptr)
{
    connect(&m_fetch, &FetchHandle::finished, this, [this] {
        if (m_fetch.error().isError()) {
            m_error = m_fetch.error();
        } else {
            const auto parsed = parseFunctionDetails(m_fetch.body());
            m_details = parsed.details;
            m_error = parsed.error;
        }
        Q_EMIT finished();
    });
}

} // namespace callpad
