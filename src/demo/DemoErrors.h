#pragma once

#include "demo/DemoHttp.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace callpad {

// One FastAPI/pydantic validation row: {"type","loc","msg","input","ctx"?}.
struct ValidationIssue
{
    QJsonArray loc;
    QString msg;
    QString type;
    QJsonValue input;
    QJsonObject ctx;

    QJsonObject toJson() const;
};

// Opper's error envelope {"type","message","detail"} for every status the demo produces.
namespace DemoErrors {

DemoResponse error(int status, const QString &type, const QString &message,
                   const QJsonValue &detail);
DemoResponse badRequest(const QString &detail);
DemoResponse unauthorized();
DemoResponse notFound(const QString &detail);
DemoResponse methodNotAllowed();
DemoResponse validation(const QList<ValidationIssue> &issues);

} // namespace DemoErrors
} // namespace callpad
