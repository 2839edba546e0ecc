#pragma once

#include "core/client/ClientSettings.h"

#include <QObject>
#include <QStringList>

namespace callpad {

class ApiClient;

// Writes a response's images into a folder as image-1.png, image-2.jpg, ... (the suffix follows
// the sniffed format). Inline entries are decoded; URLs are downloaded through the client's
// keyless image fetch (ApiClient::fetchImage, the window's path too), under the same size cap
// and timeout as calls. Existing files are never overwritten.
class CliImageSaver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliImageSaver)

public:
    // `client` is not owned and outlives the saver.
    CliImageSaver(ApiClient *client, QString folder, QStringList entries, QObject *parent);
    ~CliImageSaver() override;

    void start();
    const QStringList &savedPaths() const { return m_saved; }
    const QStringList &problems() const { return m_problems; }

Q_SIGNALS:
    void finished();

private:
    void next();
    void write(int number, const QByteArray &bytes);

    ApiClient *m_client;
    QString m_folder;
    QStringList m_entries;
    int m_index = -1;
    QStringList m_saved;
    QStringList m_problems;
};

} // namespace callpad
