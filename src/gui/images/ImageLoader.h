#pragma once

#include "core/client/ImageFetch.h"
#include "gui/images/ImageLoadResult.h"

#include <QFuture>
#include <QFutureWatcherBase>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QThreadPool>

#include <vector>

namespace callpad {

class ApiClient;

// Turns the entries of an `images` array (http(s) URL, data: URL or raw base64) into
// decoded images. Decoding runs on a private thread pool, one task per image; downloads go
// through ApiClient::fetchImage (no key, no cookies, no credentials, the client's redirect
// rules). Results arrive on the GUI thread; results of a previous load() are discarded.
class ImageLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageLoader)

public:
    // `client` (not owned, outlives the loader) may be null: URL entries then fail with an
    // error.
    explicit ImageLoader(ApiClient *client, QObject *parent = nullptr);
    ~ImageLoader() override;

    void setLimits(const ImageLimits &limits);
    ImageLimits limits() const;

    // Starts a new generation: everything still running for the previous one is dropped.
    void load(const QStringList &entries);
    void clear();

    int count() const;
    int generation() const;
    int pendingCount() const;
    // A copy of the slot for `index`; state Loading until imageReady/imageFailed.
    ImageLoadResult result(int index) const;

    // Blocks until no decode task runs; for shutdown and tests. Returns false on timeout.
    bool waitForIdle(int msecs = -1);

Q_SIGNALS:
    void imageReady(int index);
    void imageFailed(int index, const QString &error);
    // Every entry of the current generation is ready or failed.
    void finished();

private:
    void startDecodeEntry(int index, const QString &entry);
    void startDecodeBytes(int index, const QByteArray &bytes);
    void startDownload(int index, const QString &entry);
    void onDownloadFinished(int generation, int index, const ImageFetch &fetch);
    void watch(int generation, int index, const QFuture<ImageLoadResult> &future);
    void deliver(int generation, ImageLoadResult result);
    void fail(int index, const QString &error);
    void abortDownloads();
    void cancelDecodes();

    ApiClient *m_client;
    ImageLimits m_limits;
    QList<ImageLoadResult> m_results;
    std::vector<QPointer<ImageFetch>> m_downloads; // by entry; null when not downloading
    QList<QPointer<QFutureWatcherBase>> m_watchers;
    int m_generation = 0;
    int m_pending = 0;
    QThreadPool m_pool;
};

} // namespace callpad
