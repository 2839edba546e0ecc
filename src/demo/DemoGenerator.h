#pragma once

#include "demo/DemoCatalog.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace callpad {

class DemoImages;

// What the fake model produced for one call, before usage, cost and framing.
struct DemoAnswer
{
    QJsonValue message; // string, or null for structured functions
    QJsonValue jsonPayload; // object for structured functions, else null
    QStringList images; // only for image functions
    int imageCount = 0;
};

// Deterministic stand-in for the model: the same function, revision and input always give
// the same answer, so tests and screenshots are stable.
class DemoGenerator final
{
public:
    explicit DemoGenerator(DemoImages &images);

    // imagesBase is where /demo-images/<name>.png is served (the server's /v2 URL).
    DemoAnswer answer(const DemoFunction &function, const DemoRevision &revision,
                      const QJsonValue &input, const QUrl &imagesBase);

    static QString markdownNote(const QJsonValue &input, const DemoRevision &revision,
                                const QString &functionName);
    static QJsonObject person(const QString &text);
    static QString story(const QJsonValue &input, const DemoRevision &revision);

    // A string field of an object input; a bare string input counts as that field.
    static QString field(const QJsonValue &input, const QString &key);

private:
    DemoAnswer paint(const QJsonValue &input, const QUrl &imagesBase);

    DemoImages &m_images;
};

} // namespace callpad
