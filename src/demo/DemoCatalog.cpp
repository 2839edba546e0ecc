#include "demo/DemoCatalog.h"

#include <QJsonArray>

#include <algorithm>

namespace callpad {

using namespace Qt::StringLiterals;

namespace {

constexpr int MaxExtraFunctions = 100000;

QString timestamp(const QDateTime &dateTime)
{
    return dateTime.toUTC().toString(Qt::ISODate);
}

} // namespace

bool DemoFunction::validatesInput() const
{
    return revisions.constFirst()
            .configuration.value(u"beta.invocation.input_validation.enabled"_s)
            .toBool();
}

DemoCatalog::DemoCatalog(int extraFunctions)
{
    setExtraFunctionCount(extraFunctions);
}

void DemoCatalog::setExtraFunctionCount(int count)
{
    count = std::clamp(count, 0, MaxExtraFunctions);
    m_functions = builtIn();
    const int width = std::max(3, int(QString::number(count).size()));
    for (int i = 1; i <= count; ++i) {
        m_functions.append(generated(i, width));
    }
}

const DemoFunction *DemoCatalog::function(const QString &normalizedId) const
{
    const auto it = std::find_if(m_functions.cbegin(), m_functions.cend(),
                                 [&](const DemoFunction &f) { return f.id == normalizedId; });
    return it == m_functions.cend() ? nullptr : &*it;
}

const DemoFunction *DemoCatalog::functionByName(const QString &name) const
{
    const auto it = std::find_if(m_functions.cbegin(), m_functions.cend(),
                                 [&](const DemoFunction &f) { return f.name == name; });
    return it == m_functions.cend() ? nullptr : &*it;
}

const DemoRevision *DemoCatalog::revision(const DemoFunction &function, const QString &normalizedId)
{
    const auto it = std::find_if(function.revisions.cbegin(), function.revisions.cend(),
                                 [&](const DemoRevision &r) { return r.id == normalizedId; });
    return it == function.revisions.cend() ? nullptr : &*it;
}

bool DemoCatalog::isValidSort(const QString &sort)
{
    static const QStringList keys { u"name"_s,     u"-name"_s,      u"created"_s,
                                    u"-created"_s, u"created_at"_s, u"-created_at"_s };
    return keys.contains(sort);
}

QList<const DemoFunction *> DemoCatalog::query(const QString &nameFilter, const QString &sort) const
{
    QList<const DemoFunction *> result;
    for (const DemoFunction &f : m_functions) {
        if (nameFilter.isEmpty() || f.name.contains(nameFilter, Qt::CaseInsensitive)) {
            result.append(&f);
        }
    }
    const bool descending = sort.startsWith(QLatin1Char('-'));
    const bool byCreated = sort.contains(u"created"_s);
    std::stable_sort(result.begin(), result.end(),
                     [&](const DemoFunction *a, const DemoFunction *b) {
                         if (byCreated && a->createdAt() != b->createdAt()) {
                             return descending ? a->createdAt() > b->createdAt()
                                               : a->createdAt() < b->createdAt();
                         }
                         if (byCreated || !descending) {
                             return a->name < b->name;
                         }
                         return a->name > b->name;
                     });
    return result;
}

QJsonObject DemoCatalog::listItem(const DemoFunction &function)
{
    const DemoRevision &latest = function.revisions.constFirst();
    return QJsonObject { { u"id"_s, function.id },
                         { u"name"_s, function.name },
                         { u"description"_s, function.description },
                         { u"instructions"_s, latest.instructions },
                         { u"model"_s, latest.model },
                         { u"revision_id"_s, latest.id },
                         { u"is_v3"_s, false } };
}

QJsonObject DemoCatalog::details(const DemoFunction &function, const DemoRevision &revision)
{
    return QJsonObject {
        { u"id"_s, function.id },
        { u"name"_s, function.name },
        { u"description"_s, function.description },
        { u"instructions"_s, revision.instructions },
        { u"input_schema"_s, function.inputSchema },
        { u"output_schema"_s,
          function.outputSchema.isEmpty() ? QJsonValue() : QJsonValue(function.outputSchema) },
        { u"model"_s, revision.model },
        { u"configuration"_s, revision.configuration },
        { u"dataset_id"_s, function.datasetId.isEmpty() ? QJsonValue() : function.datasetId },
        { u"revision_id"_s, revision.id },
        { u"observer_enabled"_s, true }
    };
}

QJsonObject DemoCatalog::revisionItem(const DemoRevision &revision)
{
    return QJsonObject { { u"id"_s, revision.id },
                         { u"configuration"_s, revision.configuration },
                         { u"created_at"_s, timestamp(revision.createdAt) },
                         { u"updated_at"_s, timestamp(revision.createdAt) } };
}

QString DemoCatalog::primaryModel(const QJsonValue &model)
{
    if (model.isString()) {
        return model.toString();
    }
    if (model.isObject()) {
        return model.toObject().value(u"name"_s).toString();
    }
    if (model.isArray() && !model.toArray().isEmpty()) {
        return primaryModel(model.toArray().first());
    }
    return {};
}

} // namespace callpad
