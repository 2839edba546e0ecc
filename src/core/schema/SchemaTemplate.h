#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

namespace callpad {

// "Insert template": a skeleton instance of a JSON Schema, for the user to fill in.
//  - const, then default, then the first enum value, then the first example is used as is;
//  - object: every property, the required ones first in the order of "required";
//  - string "" (a placeholder for the common formats such as "date", a run of 'x' for
//    minLength); number and integer 0, or the lowest value allowed; boolean false; null null;
//  - array: one item skeleton (as many as minItems; [] when the item schema recurses);
//  - local $ref ("#/$defs/X", "#/definitions/X") resolved; a schema that recurses into itself
//    stops at an empty object or array, and nesting is capped;
//  - anyOf/oneOf: the first branch that is not just null; allOf: the branches merged;
//    a list of types: the first that is not "null".
// Anything unusable (bad types, dangling references) gives null, never a crash.
QJsonValue templateFromSchema(const QJsonObject &schema);

// The same skeleton as JSON text, keeping the order above: QJsonObject would sort the keys.
// Properties that are not required follow in alphabetical order, because a QJsonObject schema
// no longer knows the order they were declared in.
QByteArray templateTextFromSchema(const QJsonObject &schema,
                                  QJsonDocument::JsonFormat format = QJsonDocument::Indented);

} // namespace callpad
