#pragma once

#include "demo/DemoErrors.h"

#include <QJsonObject>
#include <QString>
#include <QUrlQuery>

#include <optional>

namespace callpad {

struct DemoFunction;

// FastAPI-style checks of path, query and body, producing the same 422 rows Opper sends.
namespace DemoValidation {

// Accepts hyphenated, braced, urn:uuid: and 32-hex forms like pydantic; returns the
// lowercase hyphenated form, or nothing.
std::optional<QString> normalizeUuid(const QString &text);

// Path parameter that must be a UUID; on failure appends a uuid_parsing row.
QString pathUuid(const QString &value, const QString &name, QList<ValidationIssue> &issues);

// Integer query parameter with inclusive bounds (max < 0 means unbounded).
int queryInt(const QUrlQuery &query, const QString &name, int fallback, int min, int max,
             QList<ValidationIssue> &issues);

// Parses and checks a call body (input, parent_span_id, examples, tags). Malformed JSON is
// returned as a ready 400 response; schema problems are appended to issues.
std::optional<DemoResponse> callBody(const QByteArray &body, QJsonObject &parsed,
                                     QList<ValidationIssue> &issues);

// Checks the input against the function's top-level input schema (required fields, string
// and integer types, minimum/maximum).
void input(const DemoFunction &function, const QJsonValue &value, QList<ValidationIssue> &issues);

} // namespace DemoValidation
} // namespace callpad
