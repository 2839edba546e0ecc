#pragma once

#include "demo/DemoCatalog.h"
#include "demo/DemoGenerator.h"
#include "demo/DemoHttp.h"
#include "demo/DemoImages.h"

#include <QSet>
#include <QStringList>
#include <QUrl>

namespace callpad {

// The Opper v2 routes of the demo server as plain request -> response functions. No sockets
// here: framing, auth, faults and timing are DemoServer's business.
class DemoApi final
{
public:
    enum class Route {
        Unknown,
        MethodNotAllowed,
        ListFunctions,
        GetFunction,
        GetFunctionByName,
        ListRevisions,
        GetRevision,
        Call, // POST /functions/{fid}/call/{rid}
        CallLatest, // POST /functions/{fid}/call
        Stream, // POST /functions/{fid}/call/stream/{rid}
        Image,
    };
    struct Match
    {
        Route route = Route::Unknown;
        QStringList params; // percent-decoded path parameters
    };

    static Match match(const QByteArray &method, const QString &encodedPath);
    static bool isCall(Route route);
    static bool isCatalog(Route route);

    DemoApi();

    void setExtraFunctionCount(int count);
    void setImagesBase(const QUrl &base);
    const DemoCatalog &catalog() const { return m_catalog; }

    DemoResponse handle(const Match &match, const DemoRequest &request);
    QString nextSpanId();

private:
    DemoResponse listFunctions(const QUrlQuery &query) const;
    DemoResponse getFunction(const QString &id) const;
    DemoResponse getFunctionByName(const QString &name) const;
    DemoResponse listRevisions(const QString &id, const QUrlQuery &query) const;
    DemoResponse getRevision(const QString &id, const QString &revisionId) const;
    DemoResponse call(const QString &id, const QString &revisionId, const QByteArray &body,
                      bool stream);
    DemoResponse image(const QString &fileName) const;

    DemoCatalog m_catalog;
    DemoImages m_images;
    DemoGenerator m_generator;
    QSet<QByteArray> m_cache;
    QUrl m_imagesBase;
    quint64 m_spanCounter = 0;
};

} // namespace callpad
