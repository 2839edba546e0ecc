#pragma once

#include "core/client/HttpExchange.h"
#include "core/client/Operation.h"

namespace callpad {

// One GET of an image URL, a third party's host: an HttpExchange without the key, made by
// ApiClient::fetchImage. error() is the mapped transfer error; outcome() has the status, the
// size-cap and timeout flags and the body.
class ImageFetch final : public Operation
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageFetch)

public:
    ImageFetch(QNetworkAccessManager *network, const ClientSettings &settings,
               HttpExchange::Spec spec, QObject *parent);
    ~ImageFetch() override;

    void start() override;
    void cancel() override;

    const TransferOutcome &outcome() const { return m_exchange.outcome(); }
    bool succeeded() const { return m_exchange.succeeded(); }

private:
    HttpExchange m_exchange;
};

} // namespace callpad
