#pragma once

#include "core/protocol/ApiError.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace callpad {

struct Example
{
    QJsonValue input;
    QJsonValue output;
    QString comment; // empty = omitted

    friend bool operator==(const Example &, const Example &) = default;
};

struct Tag
{
    QString key;
    QString value;

    friend bool operator==(const Tag &, const Tag &) = default;
};

// The body of POST /functions/{function_id}/call[/stream]/{revision_id} plus the two path ids.
// Absent fields are omitted from the body, never sent as null.
struct CallRequest
{
    Q_DECLARE_TR_FUNCTIONS(callpad::CallRequest)

public:
    QString functionId;
    QString revisionId;
    std::optional<QJsonValue> input; // nullopt = omitted from the body
    std::optional<QList<Example>> examples; // nullopt = omitted
    QList<Tag> tags; // empty = omitted
    QString parentSpanId; // empty = omitted

    QJsonObject toJson() const; // tags as an object of strings; an example's empty comment omitted
    QByteArray toBody() const; // compact JSON bytes

    // Lenient, for history and restore: unknown keys ignored, wrong-typed parts skipped, a tag
    // value that is not a string kept as its JSON text. Tags come back sorted by key: a JSON
    // object keeps no order.
    static CallRequest fromJson(const QJsonObject &body, QString functionId, QString revisionId);

    friend bool operator==(const CallRequest &, const CallRequest &) = default;
};

// What the user typed, as text. The GUI's form and the CLI's flags both become a CallDraft, and
// checkDraft() is the one validation path for both.
struct ExampleDraft
{
    QString comment;
    QString inputText;
    QString outputText;

    friend bool operator==(const ExampleDraft &, const ExampleDraft &) = default;
};

struct CallDraft
{
    QString functionId;
    QString revisionId;
    QString inputText; // JSON; empty (or whitespace) = input omitted
    bool inputIsPlainString = false; // the text is sent as a JSON string, verbatim
    QList<ExampleDraft> examples;
    bool sendExamples = true; // false keeps the rows but sends none
    QList<Tag> tags;
    QString parentSpanId;

    friend bool operator==(const CallDraft &, const CallDraft &) = default;
};

struct DraftCheck
{
    std::optional<CallRequest> request; // set only when there are no problems
    QList<ApiError> problems; // every problem, each InvalidInput naming its field

    bool ok() const { return problems.isEmpty() && request.has_value(); }
};

// Ids must be UUIDs (surrounding whitespace is ignored), input empty or valid JSON (unless plain
// string), every example's input and output non-empty valid JSON, tag keys non-empty and unique,
// the parent span id empty or a UUID. All problems are collected, not just the first.
DraftCheck checkDraft(const CallDraft &draft);

// The reverse, to put a request from history back into the form. A string input becomes
// plain-string text (easier to edit than an escaped JSON string), except the empty string.
CallDraft draftFromRequest(const CallRequest &request);

// The CLI's --examples-file: an array of objects, each with "input" and "output" (any JSON) and
// an optional string "comment". nullopt and *error (InvalidInput naming "examples[i]...")
// otherwise.
std::optional<QList<Example>> examplesFromJson(const QJsonValue &value, ApiError *error);
std::optional<QList<ExampleDraft>> exampleDraftsFromJson(const QJsonValue &value, ApiError *error);
QList<ExampleDraft> exampleDrafts(const QList<Example> &examples); // texts indented

} // namespace callpad
