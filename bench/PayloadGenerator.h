#pragma once

#include <QByteArray>

// Deterministic response bodies shaped like Opper's call response, for a given size.
namespace callpad::bench::PayloadGenerator {

// Compact JSON text of about `bytes` bytes (never less): an object with an array of customer
// records (strings, numbers, booleans, nested objects and arrays) and a summary, the kind of
// structured output a real function returns. The same size gives the same text.
QByteArray jsonPayload(qsizetype bytes);

// A JSON string literal (quotes included) of about `bytes` bytes: paragraphs of prose.
QByteArray messageString(qsizetype bytes);

// The whole response body: `{"span_id", "message", "json_payload", "cached", "usage",
// "cost"}` with exactly one of `messageJson` and `payloadJson` set (the other is null).
QByteArray callResponse(const QByteArray &messageJson, const QByteArray &payloadJson);

} // namespace callpad::bench::PayloadGenerator
