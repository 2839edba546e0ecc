#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace callpad {

// One way an instance breaks its schema.
struct SchemaViolation
{
    QString pointer; // JSON pointer to the offending value, "/people/0/name"; "" is the root
    QString message; // the validator's description, in English

    bool operator==(const SchemaViolation &other) const = default;
};

struct SchemaCheck
{
    bool schemaOk = true; // false when the schema itself could not be used
    QString schemaError; // why, when schemaOk is false
    QList<SchemaViolation> violations;

    bool isValid() const { return schemaOk && violations.isEmpty(); }
};

// Validates `instance` against a JSON Schema (draft 7, with "$defs" and "definitions" local
// references). Never throws: a schema the validator rejects, a remote $ref, or a $ref cycle
// that would recurse without end gives schemaOk = false with the reason. Violations come
// deduplicated, and the "failed to validate property/item" summaries that only repeat a deeper
// violation are left out.
//
// Known limit: Qt JSON numbers are checked for "integer" through QJsonValue::toInt, so whole
// numbers outside the 32-bit range are reported as not integers.
SchemaCheck validateAgainstSchema(const QJsonValue &instance, const QJsonObject &schema);

} // namespace callpad
