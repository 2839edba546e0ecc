#include "core/client/FetchHandle.h"

#include <QDateTime>

#include <algorithm>
#include <cmath>
#include <utility>

namespace callpad {

namespace {

bool isRetryable(int status)
{
    return status == 429 || status == 502 || status == 503 || status == 504;
}

} // namespace

FetchHandle::FetchHandle(QNetworkAccessManager *network, ClientSettings settings,
                         QByteArray authorization, QUrl url, QObject *parent)
    : Operation(parent), m_network(network), m_settings(std::move(settings)),
      m_authorization(std::move(authorization)), m_url(std::move(url))
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &FetchHandle::attempt);
}

FetchHandle::~FetchHandle() = default;

void FetchHandle::start()
{
    attempt();
}

void FetchHandle::cancel()
{
    if (isFinished()) {
        return;
    }
    if (m_exchange && m_exchange->isRunning()) {
        m_exchange->cancel();
        return;
    }
    m_retryTimer.stop();
    finish(cancelledError());
}

void FetchHandle::attempt()
{
    ++m_attempts;
    HttpExchange::Spec spec;
    spec.url = m_url;
    m_exchange = std::make_unique<HttpExchange>(m_network, m_settings, m_authorization, spec);
    connect(m_exchange.get(), &HttpExchange::finished, this, &FetchHandle::onAttemptFinished);
    m_exchange->start();
}

std::chrono::milliseconds FetchHandle::retryDelay() const
{
    using namespace std::chrono;
    const TransferOutcome &outcome = m_exchange->outcome();
    milliseconds delay(qRound64(500.0 * std::pow(1.5, m_attempts - 1)));
    if (const auto after = parseRetryAfter(outcome.retryAfter, QDateTime::currentDateTimeUtc())) {
        delay = seconds(*after);
    }
    return std::min(delay, m_settings.maxRetryDelay);
}

void FetchHandle::onAttemptFinished()
{
    const TransferOutcome &outcome = m_exchange->outcome();
    m_request = m_exchange->request();
    if (!outcome.cancelled && isRetryable(outcome.httpStatus)
        && m_attempts <= m_settings.maxGetRetries) {
        m_retryTimer.start(retryDelay());
        return;
    }
    m_body = outcome.body;
    finish(mapError(outcome));
}

} // namespace callpad
