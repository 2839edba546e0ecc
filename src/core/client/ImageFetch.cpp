#include "core/client/ImageFetch.h"

namespace callpad {

ImageFetch::ImageFetch(QNetworkAccessManager *network, const ClientSettings &settings,
                       HttpExchange::Spec spec, QObject *parent)
    : Operation(parent), m_exchange(network, settings, QByteArray(), std::move(spec))
{
    connect(&m_exchange, &HttpExchange::finished, this,
            [this] { finish(mapError(m_exchange.outcome())); });
}

ImageFetch::~ImageFetch()
{
    m_exchange.disconnect(this);
}

void ImageFetch::start()
{
    m_exchange.start();
}

void ImageFetch::cancel()
{
    m_exchange.cancel();
}

} // namespace callpad
