#include "demo/DemoErrors.h"

#include <QJsonDocument>

namespace callpad {

using namespace Qt::StringLiterals;

QJsonObject ValidationIssue::toJson() const
{
    QJsonObject row { { u"type"_s, type },
                      { u"loc"_s, loc },
                      { u"msg"_s, msg },
                      { u"input"_s, input.isUndefined() ? QJsonValue() : input } };
    if (!ctx.isEmpty()) {
        row.insert(u"ctx"_s, ctx);
    }
    return row;
}

namespace DemoErrors {

DemoResponse error(int status, const QString &type, const QString &message,
                   const QJsonValue &detail)
{
    const QJsonObject body { { u"type"_s, type },
                             { u"message"_s, message },
                             { u"detail"_s, detail } };
    return DemoResponse::json(status, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

DemoResponse badRequest(const QString &detail)
{
    return error(400, u"BadRequestError"_s, u"The request is invalid"_s, detail);
}

DemoResponse unauthorized()
{
    return error(401, u"UnauthorizedError"_s, u"The request is unauthorized"_s,
                 u"The API key is invalid"_s);
}

DemoResponse notFound(const QString &detail)
{
    return error(404, u"NotFoundError"_s, u"The resource was not found"_s, detail);
}

DemoResponse methodNotAllowed()
{
    DemoResponse response
            = error(405, u"HTTPException"_s, u"Method Not Allowed"_s, u"Method Not Allowed"_s);
    return response;
}

DemoResponse validation(const QList<ValidationIssue> &issues)
{
    QJsonArray detail;
    for (const ValidationIssue &issue : issues) {
        detail.append(issue.toJson());
    }
    return error(422, u"RequestValidationError"_s, u"The request is invalid"_s, detail);
}

} // namespace DemoErrors
} // namespace callpad
