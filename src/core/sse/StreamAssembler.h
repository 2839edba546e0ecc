#pragma once

#include "core/protocol/ApiError.h"
#include "core/sse/SseParser.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace callpad {

class JsonPathTree;

// Turns the events of Opper's streaming call into the call's result: the text of a function
// without output schema, or the rebuilt `json_payload` of one with an output schema.
//
// Each event's data is one JSON chunk: {delta, json_path, span_id, chunk_type, error_type,
// error_message}, every key optional. A chunk is structured when chunk_type is "json" or it
// carries a non-empty json_path; otherwise its delta is text and is appended verbatim.
//
// Structured assembly follows Opper's agent SDK (StreamAssembler in opperai-agent-sdk-node):
// deltas are concatenated per json_path (chunks without a path go to a root bucket), and at the
// end the paths rebuild nested objects and arrays. Each leaf's text is coerced back to JSON when
// it is exactly a JSON literal or number ("true", "false", "null", "-1.5e3"; no leading zeros,
// so "007" stays a string); otherwise it stays a string. A leaf whose last delta was not a string
// (a number, a boolean) takes that value as is.
//
// Paths are kept as given; no "response." prefix is stripped. Opper's agent SDK example streams
// a schema {title, content, moral} with json_path "content", so paths are relative to the output
// schema's root, and the docs' "response.name" is reproduced literally as {"response": {...}}.
// The root bucket only counts when no chunk had a path: its text is then parsed as JSON, or
// coerced like a leaf.
class StreamAssembler final
{
    Q_DECLARE_TR_FUNCTIONS(callpad::StreamAssembler)

public:
    enum class State { Running, Done, Failed };

    // What one event changed, for live display. `delta` is the raw delta of the chunk; for a
    // text chunk `textDelta` holds it as text, for a structured one `jsonPath` names its path
    // (empty for the root bucket).
    struct Update
    {
        QString textDelta;
        QString jsonPath;
        QJsonValue delta;
        bool spanIdChanged = false;
    };

    StreamAssembler() = default;

    // Consumes one event. Data "[DONE]" ends the stream (Done); an error chunk, or data that is
    // not a JSON object, fails it. Events after Done or Failed are ignored. An event whose data
    // is blank is a keep-alive.
    Update consume(const SseEvent &event);

    // Called at EOF with SseParser::hasPartialEvent(): a cut stream fails with StreamIncomplete,
    // a clean end is Done. No effect once Done or Failed.
    void finish(bool streamCutMidEvent);

    State state() const { return m_state; }
    ApiError error() const { return m_error; }

    // The first non-empty span_id of any chunk (Opper sends it first or last).
    QString spanId() const { return m_spanId; }
    QString text() const { return m_text; }
    bool isStructured() const { return m_structured; }
    QJsonValue jsonPayload() const;
    // jsonPayload() as compact JSON text with object keys in first-seen order (QJsonObject sorts
    // them): the response's jsonPayloadText.
    QByteArray jsonPayloadText() const;

    // Shaped like a non-streaming response: {"span_id", "message"} or {"span_id", "json_payload"},
    // plus "cached": false. "span_id" is absent when no chunk carried one. v2 streams carry no
    // usage or cost, so those keys are absent.
    QJsonObject toResponseObject() const;

    // Events consumed while Running, [DONE] and keep-alives included.
    int eventCount() const { return m_eventCount; }

private:
    struct Bucket
    {
        QString text; // concatenated deltas as text
        QJsonValue lastNonString; // the last delta if it was not a string
        bool lastWasString = true;
    };

    void fail(ErrorKind kind, const QString &message, const QString &field = {});
    void appendStructured(const QString &path, const QJsonValue &delta);
    QJsonValue bucketValue(const Bucket &bucket) const;
    void fillTree(JsonPathTree &tree) const;

    State m_state = State::Running;
    ApiError m_error;
    QString m_spanId;
    QString m_text;
    bool m_structured = false;
    QList<QString> m_paths; // first-seen order, "" = root bucket
    QHash<QString, Bucket> m_buckets;
    int m_eventCount = 0;
};

} // namespace callpad
