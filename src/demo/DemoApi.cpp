#include "demo/DemoApi.h"

#include "demo/DemoErrors.h"
#include "demo/DemoStreamer.h"
#include "demo/DemoUsage.h"
#include "demo/DemoValidation.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace callpad {

using namespace Qt::StringLiterals;

namespace {

constexpr int DefaultLimit = 20;
constexpr int MaxLimit = 100;

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

DemoResponse page(const QJsonArray &items, int total)
{
    return DemoResponse::json(200,
                              compact({ { u"meta"_s, QJsonObject { { u"total_count"_s, total } } },
                                        { u"data"_s, items } }));
}

bool isMethod(const QByteArray &method, const char *expected)
{
    return method == expected;
}

} // namespace

DemoApi::Match DemoApi::match(const QByteArray &method, const QString &encodedPath)
{
    QStringList parts = encodedPath.split(QLatin1Char('/'));
    if (parts.size() > 2 && parts.constLast().isEmpty()) {
        parts.removeLast(); // tolerate one trailing slash
    }
    if (parts.size() < 3 || !parts.at(0).isEmpty() || parts.at(1) != u"v2"_s) {
        return {};
    }
    QStringList seg;
    for (qsizetype i = 2; i < parts.size(); ++i) {
        seg.append(QUrl::fromPercentEncoding(parts.at(i).toUtf8()));
    }
    const bool get = isMethod(method, "GET");
    const bool post = isMethod(method, "POST");
    auto routed = [&](bool methodOk, Route route, QStringList params) {
        return methodOk ? Match { route, std::move(params) }
                        : Match { Route::MethodNotAllowed, {} };
    };
    if (seg.size() == 2 && seg.at(0) == u"demo-images"_s && seg.at(1).endsWith(u".png"_s)) {
        return routed(get, Route::Image, { seg.at(1).chopped(4) });
    }
    if (seg.at(0) != u"functions"_s) {
        return {};
    }
    if (seg.size() == 1) {
        return routed(get, Route::ListFunctions, {});
    }
    if (seg.size() >= 3 && seg.at(1) == u"by-name"_s) {
        return routed(get, Route::GetFunctionByName, { seg.mid(2).join(QLatin1Char('/')) });
    }
    const QString fid = seg.at(1);
    if (seg.size() == 2) {
        return routed(get, Route::GetFunction, { fid });
    }
    if (seg.at(2) == u"revisions"_s && seg.size() <= 4) {
        return seg.size() == 3 ? routed(get, Route::ListRevisions, { fid })
                               : routed(get, Route::GetRevision, { fid, seg.at(3) });
    }
    if (seg.at(2) == u"call"_s) {
        if (seg.size() == 3) {
            return routed(post, Route::CallLatest, { fid });
        }
        if (seg.size() == 4) {
            return routed(post, Route::Call, { fid, seg.at(3) });
        }
        if (seg.size() == 5 && seg.at(3) == u"stream"_s) {
            return routed(post, Route::Stream, { fid, seg.at(4) });
        }
    }
    return {};
}

bool DemoApi::isCall(Route route)
{
    return route == Route::Call || route == Route::CallLatest || route == Route::Stream;
}

bool DemoApi::isCatalog(Route route)
{
    return route == Route::ListFunctions || route == Route::GetFunction
            || route == Route::GetFunctionByName || route == Route::ListRevisions
            || route == Route::GetRevision;
}

DemoApi::DemoApi() : m_generator(m_images) { }

void DemoApi::setExtraFunctionCount(int count)
{
    m_catalog.setExtraFunctionCount(count);
}

void DemoApi::setImagesBase(const QUrl &base)
{
    m_imagesBase = base;
}

QString DemoApi::nextSpanId()
{
    ++m_spanCounter;
    return u"5ba40000-0000-4000-8000-%1"_s.arg(m_spanCounter, 12, 16, QLatin1Char('0'));
}

DemoResponse DemoApi::handle(const Match &match, const DemoRequest &request)
{
    const QStringList &p = match.params;
    switch (match.route) {
    case Route::Unknown:
        return DemoErrors::notFound(u"Not Found"_s);
    case Route::MethodNotAllowed:
        return DemoErrors::methodNotAllowed();
    case Route::ListFunctions:
        return listFunctions(request.query);
    case Route::GetFunction:
        return getFunction(p.at(0));
    case Route::GetFunctionByName:
        return getFunctionByName(p.at(0));
    case Route::ListRevisions:
        return listRevisions(p.at(0), request.query);
    case Route::GetRevision:
        return getRevision(p.at(0), p.at(1));
    case Route::Call:
        return call(p.at(0), p.at(1), request.body, false);
    case Route::CallLatest:
        return call(p.at(0), QString(), request.body, false);
    case Route::Stream:
        return call(p.at(0), p.at(1), request.body, true);
    case Route::Image:
        return image(p.at(0));
    }
    return DemoErrors::notFound(u"Not Found"_s);
}

DemoResponse DemoApi::listFunctions(const QUrlQuery &query) const
{
    QList<ValidationIssue> issues;
    const int offset = DemoValidation::queryInt(query, u"offset"_s, 0, 0, -1, issues);
    const int limit
            = DemoValidation::queryInt(query, u"limit"_s, DefaultLimit, 1, MaxLimit, issues);
    const QString sort = query.hasQueryItem(u"sort"_s)
            ? query.queryItemValue(u"sort"_s, QUrl::FullyDecoded)
            : u"name"_s;
    if (!DemoCatalog::isValidSort(sort)) {
        issues.append({ QJsonArray { u"query"_s, u"sort"_s },
                        u"Input should be 'name', '-name', 'created' or '-created'"_s,
                        u"literal_error"_s,
                        sort,
                        {} });
    }
    if (!issues.isEmpty()) {
        return DemoErrors::validation(issues);
    }
    const auto matches = m_catalog.query(query.queryItemValue(u"name"_s, QUrl::FullyDecoded), sort);
    QJsonArray items;
    for (qsizetype i = offset; i < matches.size() && items.size() < limit; ++i) {
        items.append(DemoCatalog::listItem(*matches.at(i)));
    }
    return page(items, int(matches.size()));
}

DemoResponse DemoApi::getFunction(const QString &id) const
{
    QList<ValidationIssue> issues;
    const QString fid = DemoValidation::pathUuid(id, u"function_id"_s, issues);
    if (!issues.isEmpty()) {
        return DemoErrors::validation(issues);
    }
    const DemoFunction *function = m_catalog.function(fid);
    if (!function) {
        return DemoErrors::notFound(u"Function not found"_s);
    }
    return DemoResponse::json(
            200, compact(DemoCatalog::details(*function, function->revisions.constFirst())));
}

DemoResponse DemoApi::getFunctionByName(const QString &name) const
{
    const DemoFunction *function = m_catalog.functionByName(name);
    if (!function) {
        return DemoErrors::notFound(u"Function not found"_s);
    }
    return DemoResponse::json(
            200, compact(DemoCatalog::details(*function, function->revisions.constFirst())));
}

DemoResponse DemoApi::listRevisions(const QString &id, const QUrlQuery &query) const
{
    QList<ValidationIssue> issues;
    const QString fid = DemoValidation::pathUuid(id, u"function_id"_s, issues);
    const int offset = DemoValidation::queryInt(query, u"offset"_s, 0, 0, -1, issues);
    const int limit
            = DemoValidation::queryInt(query, u"limit"_s, DefaultLimit, 1, MaxLimit, issues);
    if (!issues.isEmpty()) {
        return DemoErrors::validation(issues);
    }
    const DemoFunction *function = m_catalog.function(fid);
    if (!function) {
        return DemoErrors::notFound(u"Function not found"_s);
    }
    QJsonArray items;
    for (qsizetype i = offset; i < function->revisions.size() && items.size() < limit; ++i) {
        items.append(DemoCatalog::revisionItem(function->revisions.at(i)));
    }
    return page(items, int(function->revisions.size()));
}

DemoResponse DemoApi::getRevision(const QString &id, const QString &revisionId) const
{
    QList<ValidationIssue> issues;
    const QString fid = DemoValidation::pathUuid(id, u"function_id"_s, issues);
    const QString rid = DemoValidation::pathUuid(revisionId, u"revision_id"_s, issues);
    if (!issues.isEmpty()) {
        return DemoErrors::validation(issues);
    }
    const DemoFunction *function = m_catalog.function(fid);
    if (!function) {
        return DemoErrors::notFound(u"Function not found"_s);
    }
    const DemoRevision *revision = DemoCatalog::revision(*function, rid);
    if (!revision) {
        return DemoErrors::notFound(u"Function revision not found"_s);
    }
    return DemoResponse::json(200, compact(DemoCatalog::details(*function, *revision)));
}

DemoResponse DemoApi::call(const QString &id, const QString &revisionId, const QByteArray &body,
                           bool stream)
{
    QList<ValidationIssue> issues;
    const QString fid = DemoValidation::pathUuid(id, u"function_id"_s, issues);
    const QString rid = revisionId.isNull()
            ? QString()
            : DemoValidation::pathUuid(revisionId, u"revision_id"_s, issues);
    QJsonObject request;
    if (auto malformed = DemoValidation::callBody(body, request, issues)) {
        return *malformed;
    }
    if (!issues.isEmpty()) {
        return DemoErrors::validation(issues);
    }
    const DemoFunction *function = m_catalog.function(fid);
    if (!function) {
        return DemoErrors::notFound(u"Function not found"_s);
    }
    const DemoRevision *revision = rid.isNull() ? &function->revisions.constFirst()
                                                : DemoCatalog::revision(*function, rid);
    if (!revision) {
        return DemoErrors::notFound(u"Function revision not found"_s);
    }
    const QJsonValue input = request.value(u"input"_s);
    if (function->validatesInput()) {
        DemoValidation::input(*function, input, issues);
        if (!issues.isEmpty()) {
            return DemoErrors::validation(issues);
        }
    }

    const DemoAnswer answer = m_generator.answer(*function, *revision, input, m_imagesBase);
    const QString spanId = nextSpanId();
    if (stream) {
        DemoResponse response;
        response.stream = true;
        response.contentType = "text/event-stream"_ba;
        response.events = DemoStreamer::buildEvents(*function, answer, spanId);
        return response;
    }

    const QJsonValue examples = request.value(u"examples"_s);
    const QByteArray cacheSource = function->id.toUtf8() + '\n' + revision->id.toUtf8() + '\n'
            + DemoHttp::compactJson(input) + '\n' + DemoHttp::compactJson(examples);
    const QByteArray cacheKey = QCryptographicHash::hash(cacheSource, QCryptographicHash::Sha256);
    const bool cached = m_cache.contains(cacheKey);
    m_cache.insert(cacheKey);

    const DemoUsage usage = DemoUsage::estimate(*function, *revision, input, examples, answer);
    QJsonObject out {
        { u"span_id"_s, spanId },
        { u"message"_s, answer.message.isString() ? answer.message : QJsonValue() },
        { u"json_payload"_s, answer.jsonPayload.isUndefined() ? QJsonValue() : answer.jsonPayload },
        { u"cached"_s, cached },
        { u"images"_s,
          answer.images.isEmpty() ? QJsonValue()
                                  : QJsonValue(QJsonArray::fromStringList(answer.images)) },
        { u"usage"_s, usage.usageJson() },
        { u"cost"_s, usage.costJson(DemoCatalog::primaryModel(revision->model), cached) }
    };
    return DemoResponse::json(200, compact(out));
}

DemoResponse DemoApi::image(const QString &fileName) const
{
    const auto png = m_images.find(fileName);
    if (!png) {
        return DemoErrors::notFound(u"Image not found"_s);
    }
    DemoResponse response;
    response.contentType = "image/png"_ba;
    response.body = *png;
    response.headers.append({ "Cache-Control"_ba, "public, max-age=3600"_ba });
    return response;
}

} // namespace callpad
