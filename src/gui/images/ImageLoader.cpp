#include "ImageLoader.h"

#include "ImageDecoder.h"
#include "Version.h"

#include <QFutureWatcher>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

using namespace Qt::StringLiterals;

namespace callpad {

namespace {

bool isHttpEntry(const QString &entry)
{
    const QStringView view = QStringView(entry).left(16).trimmed();
    return view.startsWith(u"http://", Qt::CaseInsensitive)
            || view.startsWith(u"https://", Qt::CaseInsensitive);
}

} // namespace

ImageLoader::ImageLoader(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_network(network)
{
    // Each task may hold a full-size decoded image; two at a time bounds peak memory.
    m_pool.setMaxThreadCount(qBound(1, QThread::idealThreadCount(), 2));
}

ImageLoader::~ImageLoader()
{
    ++m_generation;
    abortDownloads();
    cancelDecodes();
    // m_pool's destructor waits for the tasks already running; they only touch their own copies.
}

void ImageLoader::setLimits(const ImageLimits &limits)
{
    m_limits = limits;
}

ImageLimits ImageLoader::limits() const
{
    return m_limits;
}

void ImageLoader::load(const QStringList &entries)
{
    ++m_generation;
    abortDownloads();
    cancelDecodes();
    m_results.clear();
    m_results.reserve(entries.size());
    for (qsizetype i = 0; i < entries.size(); ++i) {
        ImageLoadResult slot;
        slot.index = int(i);
        m_results.append(slot);
    }
    m_replies = QList<QPointer<QNetworkReply>>(entries.size());
    m_pending = int(entries.size());
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (isHttpEntry(entries.at(i))) {
            startDownload(int(i), entries.at(i));
        } else {
            startDecodeEntry(int(i), entries.at(i));
        }
    }
}

void ImageLoader::clear()
{
    load({});
}

int ImageLoader::count() const
{
    return int(m_results.size());
}

int ImageLoader::generation() const
{
    return m_generation;
}

int ImageLoader::pendingCount() const
{
    return m_pending;
}

ImageLoadResult ImageLoader::result(int index) const
{
    if (index < 0 || index >= m_results.size()) {
        return {};
    }
    return m_results.at(index);
}

bool ImageLoader::waitForIdle(int msecs)
{
    return m_pool.waitForDone(msecs);
}

void ImageLoader::startDecodeEntry(int index, const QString &entry)
{
    watch(m_generation, index,
          QtConcurrent::run(&m_pool, &ImageDecoder::decodeEntry, index, entry, m_limits));
}

void ImageLoader::startDecodeBytes(int index, const QByteArray &bytes)
{
    watch(m_generation, index,
          QtConcurrent::run(&m_pool, &ImageDecoder::decodeBytes, index, bytes, m_limits));
}

void ImageLoader::watch(int generation, int index, const QFuture<ImageLoadResult> &future)
{
    auto *watcher = new QFutureWatcher<ImageLoadResult>(this);
    m_watchers.append(watcher);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, index] {
        m_watchers.removeOne(watcher);
        watcher->deleteLater();
        if (watcher->future().resultCount() == 0) {
            deliver(generation,
                    ImageLoadResult::failure(index, tr("Decoding the image was cancelled.")));
            return;
        }
        deliver(generation, watcher->result());
    });
    watcher->setFuture(future);
}

void ImageLoader::startDownload(int index, const QString &entry)
{
    const ImageRef ref = classifyImage(entry);
    if (ref.source != ImageSource::HttpUrl || !ref.url.isValid()) {
        fail(index, ref.error.isEmpty() ? tr("The image URL is not valid.") : ref.error);
        return;
    }
    if (!m_network) {
        fail(index, tr("Images cannot be downloaded: no network access."));
        return;
    }

    // A fresh request: the image host is a third party and must never see the Opper
    // key, a cookie, cached HTTP auth or credentials embedded in the URL.
    QUrl url = ref.url;
    url.setUserInfo(QString());
    QNetworkRequest request(url);
    request.setTransferTimeout(m_limits.transferTimeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(5);
    request.setAttribute(QNetworkRequest::AuthenticationReuseAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setRawHeader("Accept"_ba, "image/png, image/jpeg, image/gif, image/webp"_ba);
    Q_ASSERT(!request.hasRawHeader("Authorization"_ba));
    Q_ASSERT(request.url().userInfo().isEmpty());

    QNetworkReply *reply = m_network->get(request);
    m_replies[index] = reply;
    const int generation = m_generation;
    const qint64 maxBytes = m_limits.maxEncodedBytes;
    auto overLimit = std::make_shared<bool>(false);
    // Enforced while downloading: abort as soon as the declared or received size exceeds the cap.
    connect(reply, &QNetworkReply::downloadProgress, this,
            [reply, maxBytes, overLimit](qint64 received, qint64 total) {
                if (!*overLimit && (received > maxBytes || total > maxBytes)) {
                    *overLimit = true;
                    reply->abort();
                }
            });
    connect(reply, &QNetworkReply::finished, this, [this, generation, index, reply, overLimit] {
        onDownloadFinished(generation, index, reply, *overLimit);
    });
}

void ImageLoader::onDownloadFinished(int generation, int index, QNetworkReply *reply,
                                     bool overLimit)
{
    const QNetworkReply::NetworkError error = reply->error();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString errorString = reply->errorString();
    const QByteArray body
            = (error == QNetworkReply::NoError && !overLimit) ? reply->readAll() : QByteArray();
    reply->deleteLater();
    if (generation != m_generation) {
        return;
    }
    m_replies[index] = nullptr;

    if (overLimit) {
        fail(index, ImageDecoder::tooLargeMessage(m_limits.maxEncodedBytes));
    } else if (status >= 400) {
        fail(index, tr("The image server answered HTTP %1.").arg(status));
    } else if (error == QNetworkReply::OperationCanceledError) {
        // Only the transfer timeout cancels a current-generation reply.
        fail(index, tr("Downloading the image timed out."));
    } else if (error != QNetworkReply::NoError) {
        fail(index, tr("Downloading the image failed: %1").arg(errorString));
    } else {
        startDecodeBytes(index, body);
    }
}

void ImageLoader::fail(int index, const QString &error)
{
    // Always asynchronous, so load() never emits before it returns.
    const int generation = m_generation;
    QMetaObject::invokeMethod(
            this,
            [this, generation, index, error] {
                deliver(generation, ImageLoadResult::failure(index, error));
            },
            Qt::QueuedConnection);
}

void ImageLoader::deliver(int generation, ImageLoadResult result)
{
    const int index = result.index;
    if (generation != m_generation || index < 0 || index >= m_results.size()
        || m_results.at(index).state != ImageLoadState::Loading) {
        return;
    }
    const bool ok = result.state == ImageLoadState::Ready;
    const QString error = result.error;
    m_results[index] = std::move(result);
    --m_pending;
    if (ok) {
        Q_EMIT imageReady(index);
    } else {
        Q_EMIT imageFailed(index, error);
    }
    if (generation == m_generation && m_pending == 0) {
        Q_EMIT finished();
    }
}

void ImageLoader::cancelDecodes()
{
    // A cancelled task that has not started yet is skipped by QtConcurrent; one already
    // running completes and its result is dropped by the generation check.
    for (const QPointer<QFutureWatcherBase> &watcher : std::as_const(m_watchers)) {
        if (watcher) {
            watcher->cancel();
        }
    }
    m_watchers.clear();
}

void ImageLoader::abortDownloads()
{
    for (const QPointer<QNetworkReply> &reply : std::as_const(m_replies)) {
        if (reply) {
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
        }
    }
    m_replies.clear();
}

} // namespace callpad
