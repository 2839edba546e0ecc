#include "core/protocol/FunctionInfo.h"

#include "core/protocol/JsonFieldReader.h"
#include "core/protocol/JsonText.h"

using namespace Qt::StringLiterals;

namespace callpad {

namespace {

FunctionSummary readFunctionSummary(const QJsonObject &object, const JsonFieldReader &read)
{
    FunctionSummary function;
    function.raw = object;
    function.id = read.string(object, u"id"_s).value_or(QString());
    function.name = read.string(object, u"name"_s).value_or(QString());
    function.revisionId = read.string(object, u"revision_id"_s).value_or(QString());
    function.description = read.string(object, u"description"_s).value_or(QString());
    function.instructions = read.string(object, u"instructions"_s).value_or(QString());
    function.model = modelDisplayName(object.value(u"model"));
    function.isV3 = read.boolean(object, u"is_v3"_s).value_or(false);
    return function;
}

RevisionSummary readRevisionSummary(const QJsonObject &object, const JsonFieldReader &read)
{
    RevisionSummary revision;
    revision.raw = object;
    revision.id = read.string(object, u"id"_s).value_or(QString());
    revision.createdAt = read.dateTime(object, u"created_at"_s).value_or(QDateTime());
    revision.updatedAt = read.dateTime(object, u"updated_at"_s).value_or(QDateTime());
    revision.configuration = read.object(object, u"configuration"_s).value_or(QJsonObject());
    return revision;
}

// The envelope {meta: {total_count}, data: [...]} shared by both pages.
template<typename T, typename ReadItem>
Page<T> readPage(const QByteArray &body, ApiError *error, ReadItem readItem)
{
    Page<T> page;
    const std::optional<QJsonObject> object = JsonFieldReader::parseObject(body, error);
    if (!object) {
        return page;
    }
    const JsonFieldReader read(error);
    const QJsonArray data = read.array(*object, u"data"_s).value_or(QJsonArray());
    const JsonFieldReader items = read.child(u"data"_s);
    for (qsizetype i = 0; i < data.size(); ++i) {
        const JsonFieldReader item = items.element(i);
        if (const auto itemObject = item.objectValue(data.at(i))) {
            page.items << readItem(*itemObject, item);
        } else if (data.at(i).isNull()) {
            item.fail(item.path(),
                      JsonFieldReader::tr("field %1 should be an object").arg(item.path()));
        }
    }
    page.totalCount = page.items.size();
    if (const auto meta = read.object(*object, u"meta"_s)) {
        page.totalCount = read.child(u"meta"_s)
                                  .wholeNumber(*meta, u"total_count"_s)
                                  .value_or(page.totalCount);
    }
    return page;
}

} // namespace

FunctionPageParse parseFunctionPage(const QByteArray &body)
{
    FunctionPageParse result;
    result.page = readPage<FunctionSummary>(body, &result.error, readFunctionSummary);
    return result;
}

RevisionPageParse parseRevisionPage(const QByteArray &body)
{
    RevisionPageParse result;
    result.page = readPage<RevisionSummary>(body, &result.error, readRevisionSummary);
    return result;
}

FunctionDetailsParse parseFunctionDetails(const QByteArray &body)
{
    FunctionDetailsParse result;
    const std::optional<QJsonObject> parsed = JsonFieldReader::parseObject(body, &result.error);
    if (!parsed) {
        return result;
    }
    const QJsonObject &object = *parsed;
    const JsonFieldReader read(&result.error);
    FunctionDetails &details = result.details;
    details.raw = object;
    details.id = read.string(object, u"id"_s).value_or(QString());
    details.name = read.string(object, u"name"_s).value_or(QString());
    details.instructions = read.string(object, u"instructions"_s).value_or(QString());
    details.description = read.string(object, u"description"_s).value_or(QString());
    details.revisionId = read.string(object, u"revision_id"_s).value_or(QString());
    details.datasetId = read.string(object, u"dataset_id"_s).value_or(QString());
    details.modelRaw = object.value(u"model");
    details.model = modelDisplayName(details.modelRaw);
    details.inputSchema = read.object(object, u"input_schema"_s);
    details.outputSchema = read.object(object, u"output_schema"_s);
    details.configuration = read.object(object, u"configuration"_s).value_or(QJsonObject());
    details.observerEnabled = read.boolean(object, u"observer_enabled"_s).value_or(true);
    return result;
}

QString modelDisplayName(const QJsonValue &model)
{
    if (model.isString()) {
        return model.toString();
    }
    if (model.isArray()) {
        QStringList chain;
        const QJsonArray items = model.toArray();
        for (const auto &item : items) {
            const QString name = modelDisplayName(item);
            if (!name.isEmpty()) {
                chain << name;
            }
        }
        return chain.join(u" → "_s);
    }
    if (model.isObject()) {
        const QJsonValue name = model.toObject().value(u"name");
        return name.isString() ? name.toString() : toJsonText(model, false);
    }
    if (model.isUndefined() || model.isNull()) {
        return {};
    }
    return toJsonText(model, false);
}

} // namespace callpad
