#include "core/schema/SchemaValidation.h"

#include "core/schema/SchemaRefs.h"

#include <QCoreApplication>

#include <exception>
#include <string>
#include <vector>

// valijson's default is to abort() on a bad schema: make it throw, so that we can report it.
#ifndef VALIJSON_USE_EXCEPTIONS
#    define VALIJSON_USE_EXCEPTIONS 1
#endif
#include <valijson/adapters/qtjson_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

using namespace Qt::StringLiterals;

namespace callpad {

namespace {

// The translation context of the schema check's own messages.
struct SchemaValidation
{
    Q_DECLARE_TR_FUNCTIONS(callpad::SchemaValidation)
};

// valijson's context is {"<root>", "[people]", "[0]", "[name]"}.
QString pointerFromContext(const std::vector<std::string> &context)
{
    QString pointer;
    for (const std::string &segment : context) {
        if (segment == "<root>") {
            continue;
        }
        QString token = QString::fromStdString(segment);
        if (token.startsWith(u'[') && token.endsWith(u']')) {
            token = token.sliced(1, token.size() - 2);
        }
        pointer += u'/' + SchemaRefs::escapeToken(token);
    }
    return pointer;
}

// Messages that only say "something below failed"; the deeper violation says what.
bool isSummary(const QString &message)
{
    return message.startsWith("Failed to validate against schema associated with property name"_L1)
            || message.startsWith("Failed to validate item #"_L1)
            || message.startsWith("Failed to validate against child schema #"_L1);
}

bool isWithin(const QString &pointer, const QString &ancestor)
{
    return pointer == ancestor || pointer.startsWith(ancestor + u'/');
}

QList<SchemaViolation> condense(const QList<SchemaViolation> &all)
{
    QList<SchemaViolation> result;
    for (const SchemaViolation &violation : all) {
        if (result.contains(violation)) {
            continue;
        }
        if (isSummary(violation.message)) {
            const bool repeated
                    = std::any_of(all.cbegin(), all.cend(), [&](const SchemaViolation &other) {
                          return !isSummary(other.message)
                                  && isWithin(other.pointer, violation.pointer);
                      });
            if (repeated) {
                continue;
            }
        }
        result.append(violation);
    }
    return result;
}

SchemaCheck schemaFailure(const QString &reason)
{
    SchemaCheck check;
    check.schemaOk = false;
    check.schemaError = reason;
    return check;
}

} // namespace

SchemaCheck validateAgainstSchema(const QJsonValue &instance, const QJsonObject &schema)
{
    if (const std::optional<QString> cycle = SchemaRefs::findEndlessCycle(schema)) {
        return schemaFailure(
                SchemaValidation::tr("The schema refers to itself without end at %1.").arg(*cycle));
    }
    try {
        const QJsonValue schemaValue(schema);
        valijson::Schema parsed;
        valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
        parser.populateSchema(valijson::adapters::QtJsonAdapter(schemaValue), parsed);

        valijson::Validator validator(valijson::Validator::kStrongTypes);
        valijson::ValidationResults results;
        validator.validate(parsed, valijson::adapters::QtJsonAdapter(instance), &results);

        QList<SchemaViolation> violations;
        valijson::ValidationResults::Error error;
        while (results.popError(error)) {
            violations.append(SchemaViolation { pointerFromContext(error.context),
                                                QString::fromStdString(error.description) });
        }
        SchemaCheck check;
        check.violations = condense(violations);
        return check;
    } catch (const std::exception &e) {
        return schemaFailure(QString::fromUtf8(e.what()));
    } catch (...) {
        return schemaFailure(SchemaValidation::tr("The schema could not be read."));
    }
}

} // namespace callpad
