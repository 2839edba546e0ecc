#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace callpad {

// Fixed ids of the demo catalog, so tests, the CLI and demo mode can name them.
namespace DemoIds {
inline constexpr QLatin1StringView markdownWriter { "0f000001-0000-4000-8000-000000000001" };
inline constexpr QLatin1StringView extractPerson { "0f000002-0000-4000-8000-000000000002" };
inline constexpr QLatin1StringView imagePainter { "0f000003-0000-4000-8000-000000000003" };
inline constexpr QLatin1StringView storyteller { "0f000004-0000-4000-8000-000000000004" };
// Latest revision of each function (the first entry of its revision list).
inline constexpr QLatin1StringView markdownWriterLatest { "0e000001-0000-4000-8000-000000000003" };
inline constexpr QLatin1StringView extractPersonLatest { "0e000002-0000-4000-8000-000000000002" };
inline constexpr QLatin1StringView imagePainterLatest { "0e000003-0000-4000-8000-000000000002" };
inline constexpr QLatin1StringView storytellerLatest { "0e000004-0000-4000-8000-000000000003" };
// The oldest markdown-writer revision, for tests that call a non-latest revision.
inline constexpr QLatin1StringView markdownWriterFirst { "0e000001-0000-4000-8000-000000000001" };
} // namespace DemoIds

enum class DemoKind { Text, Structured, Image, Story };

struct DemoRevision
{
    QString id;
    int number = 1; // 1 = oldest; shapes the generated answers so revisions differ
    QDateTime createdAt;
    QString instructions;
    QJsonValue model;
    QJsonObject configuration;
};

struct DemoFunction
{
    QString id;
    QString name;
    QString description;
    DemoKind kind = DemoKind::Text;
    QJsonObject inputSchema;
    QJsonObject outputSchema; // empty: the function answers `message`
    QString datasetId;
    QList<DemoRevision> revisions; // newest first, never empty

    QDateTime createdAt() const { return revisions.constLast().createdAt; }
    bool validatesInput() const;
};

// The deterministic demo data plus the list/get queries of Opper's catalog endpoints.
class DemoCatalog final
{
public:
    explicit DemoCatalog(int extraFunctions = 0);

    void setExtraFunctionCount(int count);
    const QList<DemoFunction> &functions() const { return m_functions; }

    const DemoFunction *function(const QString &normalizedId) const;
    const DemoFunction *functionByName(const QString &name) const;
    static const DemoRevision *revision(const DemoFunction &function, const QString &normalizedId);

    // Sort keys: name, -name, created, -created (created_at accepted as an alias).
    static bool isValidSort(const QString &sort);
    QList<const DemoFunction *> query(const QString &nameFilter, const QString &sort) const;

    static QJsonObject listItem(const DemoFunction &function);
    static QJsonObject details(const DemoFunction &function, const DemoRevision &revision);
    static QJsonObject revisionItem(const DemoRevision &revision);

    // The first model name of a TModel (string, {"name"}, or a fallback array).
    static QString primaryModel(const QJsonValue &model);

private:
    static QList<DemoFunction> builtIn();
    static DemoFunction generated(int index, int width);

    QList<DemoFunction> m_functions;
};

} // namespace callpad
