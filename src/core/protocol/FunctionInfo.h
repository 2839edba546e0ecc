#pragma once

#include "core/protocol/ApiError.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace callpad {

// One item of GET /functions (the latest revision of each function).
struct FunctionSummary
{
    QString id;
    QString name;
    QString revisionId; // the latest revision
    QString description;
    QString instructions;
    QString model; // modelDisplayName() of the TModel
    bool isV3 = false;
    QJsonObject raw;
};

// One item of GET /functions/{id}/revisions, newest first. No name, prompt or schemas.
struct RevisionSummary
{
    QString id;
    QDateTime createdAt; // UTC
    QDateTime updatedAt; // invalid when absent
    QJsonObject configuration;
    QJsonObject raw;
};

// GET /functions/{id} or /functions/{id}/revisions/{revision_id}.
struct FunctionDetails
{
    QString id;
    QString name;
    QString instructions;
    QString description;
    QString revisionId;
    QString datasetId;
    QString model; // modelDisplayName(modelRaw)
    QJsonValue modelRaw { QJsonValue::Undefined }; // as received; Undefined when absent
    std::optional<QJsonObject> inputSchema;
    std::optional<QJsonObject> outputSchema; // present: expect json_payload, not message
    QJsonObject configuration;
    bool observerEnabled = true;
    QJsonObject raw;
};

template<typename T> struct Page
{
    QList<T> items;
    qint64 totalCount = 0; // meta.total_count; the item count when the server gave none
};

// Each parse returns what made sense plus the first problem: InvalidJson, or InvalidResponse
// naming the field ("data[3].name").
struct FunctionPageParse
{
    Page<FunctionSummary> page;
    ApiError error;
};

struct RevisionPageParse
{
    Page<RevisionSummary> page;
    ApiError error;
};

struct FunctionDetailsParse
{
    FunctionDetails details;
    ApiError error;
};

FunctionPageParse parseFunctionPage(const QByteArray &body);
RevisionPageParse parseRevisionPage(const QByteArray &body);
FunctionDetailsParse parseFunctionDetails(const QByteArray &body);

// A TModel for display: a string as is; {name: ...} its name; an array the fallback chain
// "a → b"; any other object compact JSON; absent or null empty.
QString modelDisplayName(const QJsonValue &model);

} // namespace callpad
