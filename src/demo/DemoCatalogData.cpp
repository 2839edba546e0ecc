// The built-in demo functions. Kept apart from the query code because it is mostly data.
#include "demo/DemoCatalog.h"

#include <QJsonArray>

namespace callpad {

using namespace Qt::StringLiterals;

namespace {

QDateTime at(int year, int month, int day, int hour)
{
    return { QDate(year, month, day), QTime(hour, 0), Qt::UTC };
}

QJsonObject configuration(bool validateInput)
{
    return QJsonObject { { u"invocation.few_shot.count"_s, 3 },
                         { u"invocation.structured_generation.max_attempts"_s, 5 },
                         { u"invocation.cache.ttl"_s, 3600 },
                         { u"beta.invocation.input_validation.enabled"_s, validateInput },
                         { u"beta.invocation.xml_mode.enabled"_s, false } };
}

QJsonObject stringProperty(const QString &description)
{
    return QJsonObject { { u"type"_s, u"string"_s }, { u"description"_s, description } };
}

DemoRevision revision(int function, int number, const QDateTime &createdAt,
                      const QString &instructions, const QJsonValue &model, bool validateInput)
{
    DemoRevision rev;
    rev.id = u"0e%1-0000-4000-8000-%2"_s.arg(function, 6, 10, QLatin1Char('0'))
                     .arg(number, 12, 10, QLatin1Char('0'));
    rev.number = number;
    rev.createdAt = createdAt;
    rev.instructions = instructions;
    rev.model = model;
    rev.configuration = configuration(validateInput);
    return rev;
}

DemoFunction markdownWriter()
{
    DemoFunction f;
    f.id = QString(DemoIds::markdownWriter);
    f.name = u"demo/markdown-writer"_s;
    f.description = u"Writes a short Markdown note about a topic, in a chosen tone."_s;
    f.kind = DemoKind::Text;
    f.inputSchema = QJsonObject {
        { u"type"_s, u"object"_s },
        { u"properties"_s,
          QJsonObject { { u"topic"_s, stringProperty(u"What to write about"_s) },
                        { u"tone"_s, stringProperty(u"For example friendly or formal"_s) } } },
        { u"required"_s, QJsonArray { u"topic"_s } }
    };
    f.datasetId = u"0d000001-0000-4000-8000-000000000000"_s;
    f.revisions = {
        revision(1, 3, at(2025, 6, 3, 14),
                 u"Write a concise Markdown note about the topic. Use a heading, a bullet list "
                 "with bold labels and one fenced code block. Match the requested tone."_s,
                 u"openai/gpt-4o-mini"_s, false),
        revision(1, 2, at(2025, 4, 12, 10),
                 u"Write a Markdown note about the topic with a heading and a bullet list."_s,
                 u"anthropic/claude-sonnet-4"_s, false),
        revision(1, 1, at(2025, 3, 1, 9), u"Write about the topic in Markdown."_s,
                 u"openai/gpt-4o-mini"_s, false),
    };
    return f;
}

DemoFunction extractPerson()
{
    DemoFunction f;
    f.id = QString(DemoIds::extractPerson);
    f.name = u"demo/extract-person"_s;
    f.description = u"Extracts a person's name, age, e-mail addresses and city from free text."_s;
    f.kind = DemoKind::Structured;
    f.inputSchema = QJsonObject {
        { u"type"_s, u"object"_s },
        { u"properties"_s,
          QJsonObject { { u"text"_s, stringProperty(u"Text that mentions one person"_s) } } },
        { u"required"_s, QJsonArray { u"text"_s } }
    };
    const QJsonObject address {
        { u"type"_s, u"object"_s },
        { u"properties"_s, QJsonObject { { u"city"_s, stringProperty(u"City of residence"_s) } } },
        { u"required"_s, QJsonArray { u"city"_s } }
    };
    f.outputSchema = QJsonObject {
        { u"type"_s, u"object"_s },
        { u"properties"_s,
          QJsonObject {
                  { u"name"_s, stringProperty(u"Full name"_s) },
                  { u"age"_s, QJsonObject { { u"type"_s, u"integer"_s } } },
                  { u"emails"_s,
                    QJsonObject { { u"type"_s, u"array"_s },
                                  { u"items"_s, QJsonObject { { u"type"_s, u"string"_s } } } } },
                  { u"address"_s, address } } },
        { u"required"_s, QJsonArray { u"name"_s, u"age"_s, u"emails"_s, u"address"_s } }
    };
    f.datasetId = u"0d000002-0000-4000-8000-000000000000"_s;
    // The fallback-chain form of TModel: a list of model names and model objects.
    const QJsonArray fallback { u"openai/o4-mini"_s,
                                QJsonObject { { u"name"_s, u"anthropic/claude-sonnet-4"_s },
                                              { u"options"_s,
                                                QJsonObject { { u"temperature"_s, 0 } } } } };
    f.revisions = {
        revision(2, 2, at(2025, 5, 20, 16),
                 u"Extract the person described in the text. Return every e-mail address you "
                 "find and the city they live in. Age is an integer in years."_s,
                 fallback, true),
        revision(2, 1, at(2025, 2, 14, 8), u"Extract the person from the text."_s,
                 u"openai/o4-mini"_s, true),
    };
    return f;
}

DemoFunction imagePainter()
{
    DemoFunction f;
    f.id = QString(DemoIds::imagePainter);
    f.name = u"demo/image-painter"_s;
    f.description = u"Paints small abstract images from a prompt."_s;
    f.kind = DemoKind::Image;
    f.inputSchema
            = QJsonObject { { u"type"_s, u"object"_s },
                            { u"properties"_s,
                              QJsonObject { { u"prompt"_s, stringProperty(u"What to paint"_s) },
                                            { u"count"_s,
                                              QJsonObject { { u"type"_s, u"integer"_s },
                                                            { u"minimum"_s, 1 },
                                                            { u"maximum"_s, 3 } } } } },
                            { u"required"_s, QJsonArray { u"prompt"_s } } };
    f.datasetId = u"0d000003-0000-4000-8000-000000000000"_s;
    f.revisions = {
        revision(3, 2, at(2025, 7, 8, 11),
                 u"Paint the prompt as a bold abstract composition of circles on a gradient."_s,
                 u"openai/gpt-image-1"_s, true),
        revision(3, 1, at(2025, 7, 1, 11), u"Paint the prompt."_s,
                 QJsonObject { { u"name"_s, u"openai/gpt-image-1"_s },
                               { u"options"_s, QJsonObject { { u"size"_s, u"256x256"_s } } } },
                 true),
    };
    return f;
}

DemoFunction storyteller()
{
    DemoFunction f;
    f.id = QString(DemoIds::storyteller);
    f.name = u"demo/storyteller"_s;
    f.description = u"Tells a long Markdown story; made to show streaming."_s;
    f.kind = DemoKind::Story;
    f.inputSchema = QJsonObject {
        { u"type"_s, u"object"_s },
        { u"properties"_s,
          QJsonObject { { u"premise"_s, stringProperty(u"What the story is about"_s) },
                        { u"hero"_s, stringProperty(u"Name of the main character"_s) } } },
        { u"required"_s, QJsonArray { u"premise"_s } }
    };
    f.datasetId = u"0d000004-0000-4000-8000-000000000000"_s;
    f.revisions = {
        revision(4, 3, at(2025, 8, 2, 18),
                 u"Tell a story in five Markdown chapters. Each chapter has a heading, two "
                 "paragraphs and ends with a short quote."_s,
                 u"gcp/gemini-2.5-flash"_s, false),
        revision(4, 2, at(2025, 6, 21, 13), u"Tell a story in Markdown chapters."_s,
                 u"mistral/mistral-small-eu"_s, false),
        revision(4, 1, at(2025, 5, 2, 7), u"Tell a story."_s, u"azure/gpt-4o-eu"_s, false),
    };
    return f;
}

} // namespace

QList<DemoFunction> DemoCatalog::builtIn()
{
    return { markdownWriter(), extractPerson(), imagePainter(), storyteller() };
}

DemoFunction DemoCatalog::generated(int index, int width)
{
    DemoFunction f;
    f.id = u"0fe%1-0000-4000-8000-000000000000"_s.arg(index, 5, 16, QLatin1Char('0'));
    f.name = u"demo/generated-%1"_s.arg(index, width, 10, QLatin1Char('0'));
    f.description = u"Generated function %1 for paging through long lists."_s.arg(index);
    f.kind = DemoKind::Text;
    f.inputSchema
            = QJsonObject { { u"type"_s, u"object"_s },
                            { u"properties"_s,
                              QJsonObject { { u"topic"_s, stringProperty(u"Any topic"_s) } } } };
    DemoRevision rev;
    rev.id = u"0ee%1-0000-4000-8000-000000000001"_s.arg(index, 5, 16, QLatin1Char('0'));
    rev.createdAt = QDateTime(QDate(2025, 9, 1), QTime(0, 0), Qt::UTC).addSecs(60LL * index);
    rev.instructions = u"Write a short Markdown note about the topic."_s;
    rev.model = u"openai/gpt-4o-mini"_s;
    rev.configuration = configuration(false);
    f.revisions = { rev };
    return f;
}

} // namespace callpad
