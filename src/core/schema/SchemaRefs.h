#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace callpad {

// Local JSON Schema references ("#/$defs/X", "#/definitions/X", any "#/..." JSON pointer)
// resolved within one schema document. Remote references are not resolved: Callpad never
// fetches schemas from the network.
class SchemaRefs final
{
public:
    // The value a local reference points at; nullopt for a remote or dangling reference.
    static std::optional<QJsonValue> resolve(const QJsonObject &root, const QString &ref);

    // The value at a JSON pointer ("" is the document itself); nullopt when absent.
    static std::optional<QJsonValue> at(const QJsonValue &document, const QString &pointer);

    // One reference token escaped for a JSON pointer ("a/b" -> "a~1b", "c~d" -> "c~0d").
    static QString escapeToken(const QString &token);

    // The pointer of a subschema that reaches itself without descending into the instance
    // (through $ref, allOf, anyOf, oneOf, not, if/then/else or schema dependencies), which would
    // make a validator recurse without end; nullopt when there is no such cycle.
    static std::optional<QString> findEndlessCycle(const QJsonObject &root);
};

} // namespace callpad
