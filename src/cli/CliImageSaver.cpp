#include "cli/CliImageSaver.h"

#include "core/AtomicFile.h"
#include "core/client/ApiClient.h"
#include "core/protocol/ImageRef.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

namespace callpad {

CliImageSaver::CliImageSaver(ApiClient *client, QString folder, QStringList entries,
                             QObject *parent)
    : QObject(parent), m_client(client), m_folder(std::move(folder)), m_entries(std::move(entries))
{
}

CliImageSaver::~CliImageSaver() = default;

void CliImageSaver::start()
{
    if (!QDir().mkpath(m_folder)) {
        m_problems.append(tr("Cannot create the folder %1").arg(m_folder));
        Q_EMIT finished();
        return;
    }
    next();
}

void CliImageSaver::next()
{
    while (++m_index < m_entries.size()) {
        const int number = m_index + 1;
        const QString &entry = m_entries.at(m_index);
        const ImageRef ref = classifyImage(entry);
        if (ref.source == ImageSource::HttpUrl) {
            // No key: the URL's host is not the API origin, and presigned URLs need none.
            const ClientSettings &settings = m_client->settings();
            m_client->fetchImage(
                    ref.url, settings.maxResponseBytes, settings.transferTimeout, this,
                    [this, number](const ImageFetch &fetch) {
                        if (fetch.error().isError()) {
                            m_problems.append(
                                    tr("Image %1: %2").arg(number).arg(fetch.error().summary()));
                        } else {
                            write(number, fetch.outcome().body);
                        }
                        QMetaObject::invokeMethod(this, &CliImageSaver::next, Qt::QueuedConnection);
                    });
            return;
        }
        const Result<QByteArray> bytes = decodeImageData(entry);
        if (!bytes) {
            m_problems.append(tr("Image %1: %2").arg(number).arg(bytes.error()));
            continue;
        }
        write(number, *bytes);
    }
    Q_EMIT finished();
}

void CliImageSaver::write(int number, const QByteArray &bytes)
{
    const ImageFormat format = sniffImageFormat(bytes);
    if (format == ImageFormat::Unknown) {
        m_problems.append(tr("Image %1: not a PNG, JPEG, GIF or WebP image").arg(number));
        return;
    }
    const QString base = QDir(m_folder).filePath(u"image-%1"_s.arg(number));
    const QString suffix = imageFileSuffix(format);
    QString path = base + u'.' + suffix;
    for (int copy = 2; QFile::exists(path); ++copy) {
        path = u"%1 (%2).%3"_s.arg(base).arg(copy).arg(suffix);
    }
    if (const Status written = writeFileAtomically(path, bytes); !written) {
        m_problems.append(tr("Image %1: %2").arg(number).arg(written.error()));
        return;
    }
    m_saved.append(path);
}

} // namespace callpad
