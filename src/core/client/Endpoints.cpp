#include "core/client/Endpoints.h"

#include <QStringList>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace callpad::Endpoints {

namespace {

QUrl withPath(const QUrl &base, const QStringList &segments)
{
    QString path = base.path(QUrl::FullyEncoded);
    while (path.endsWith(u'/')) {
        path.chop(1);
    }
    for (const QString &segment : segments) {
        path += u'/' + QString::fromLatin1(QUrl::toPercentEncoding(segment));
    }
    QUrl url = base;
    url.setPath(path, QUrl::StrictMode);
    return url;
}

QUrl withPage(QUrl url, qint64 offset, int limit)
{
    QUrlQuery query(url);
    query.addQueryItem(u"offset"_s, QString::number(offset));
    query.addQueryItem(u"limit"_s, QString::number(limit));
    url.setQuery(query);
    return url;
}

} // namespace

QUrl call(const QUrl &base, const QString &functionId, const QString &revisionId)
{
    return withPath(base, { u"functions"_s, functionId, u"call"_s, revisionId });
}

QUrl stream(const QUrl &base, const QString &functionId, const QString &revisionId)
{
    return withPath(base, { u"functions"_s, functionId, u"call"_s, u"stream"_s, revisionId });
}

QUrl functions(const QUrl &base, qint64 offset, int limit, const QString &name)
{
    QUrl url = withPage(withPath(base, { u"functions"_s }), offset, limit);
    if (!name.isEmpty()) {
        QUrlQuery query(url);
        query.addQueryItem(u"name"_s, QString::fromLatin1(QUrl::toPercentEncoding(name)));
        url.setQuery(query);
    }
    return url;
}

QUrl function(const QUrl &base, const QString &functionId)
{
    return withPath(base, { u"functions"_s, functionId });
}

QUrl revisions(const QUrl &base, const QString &functionId, qint64 offset, int limit)
{
    return withPage(withPath(base, { u"functions"_s, functionId, u"revisions"_s }), offset, limit);
}

QUrl revision(const QUrl &base, const QString &functionId, const QString &revisionId)
{
    return withPath(base, { u"functions"_s, functionId, u"revisions"_s, revisionId });
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
            && a.port(a.scheme() == u"https"_s ? 443 : 80)
            == b.port(b.scheme() == u"https"_s ? 443 : 80);
}

} // namespace callpad::Endpoints
