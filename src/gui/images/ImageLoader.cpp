#include "gui/images/ImageLoader.h"

#include "core/Background.h"
#include "core/client/ApiClient.h"
#include "gui/images/ImageDecoder.h"

#include <QFutureWatcher>
#include <QThread>

#include <chrono>

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

ImageLoader::ImageLoader(ApiClient *client, QObject *parent) : QObject(parent), m_client(client)
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
    m_downloads.clear();
    m_downloads.resize(std::size_t(entries.size()));
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
    watch(m_generation, index, runInBackground(&m_pool, [index, entry, limits = m_limits] {
              return ImageDecoder::decodeEntry(index, entry, limits);
          }));
}

void ImageLoader::startDecodeBytes(int index, const QByteArray &bytes)
{
    watch(m_generation, index, runInBackground(&m_pool, [index, bytes, limits = m_limits] {
              return ImageDecoder::decodeBytes(index, bytes, limits);
          }));
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
    if (!m_client) {
        fail(index, tr("Images cannot be downloaded: no network access."));
        return;
    }
    // The client's keyless image fetch: the image host is a third party and never sees the
    // Opper key, a cookie, cached HTTP auth or credentials embedded in the URL.
    m_downloads[index] = m_client->fetchImage(
            ref.url, m_limits.maxEncodedBytes,
            std::chrono::milliseconds(m_limits.transferTimeoutMs), this,
            [this, generation = m_generation, index](const ImageFetch &fetch) {
                onDownloadFinished(generation, index, fetch);
            });
}

void ImageLoader::onDownloadFinished(int generation, int index, const ImageFetch &fetch)
{
    if (generation != m_generation || index >= int(m_downloads.size())) {
        return;
    }
    m_downloads[index] = nullptr;
    const TransferOutcome &outcome = fetch.outcome();
    if (outcome.tooLarge) {
        fail(index, ImageDecoder::tooLargeMessage(m_limits.maxEncodedBytes));
    } else if (outcome.httpStatus >= 400) {
        fail(index, tr("The image server answered HTTP %1.").arg(outcome.httpStatus));
    } else if (outcome.timedOut) {
        fail(index, tr("Downloading the image timed out."));
    } else if (!fetch.succeeded()) {
        fail(index, tr("Downloading the image failed: %1").arg(mapError(outcome).summary()));
    } else {
        startDecodeBytes(index, outcome.body);
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
    for (QPointer<ImageFetch> &download : m_downloads) {
        abandon(download, this);
    }
    m_downloads.clear();
}

} // namespace callpad
