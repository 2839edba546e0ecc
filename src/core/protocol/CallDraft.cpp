// checkDraft() and draftFromRequest(), declared in CallRequest.h: form text in, request out.
#include "core/protocol/CallRequest.h"

#include "core/protocol/JsonText.h"
#include "core/protocol/Uuid.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace callpad {

namespace {

// Quotes what the user typed without letting a pasted novel flood the message.
QString quoted(const QString &text)
{
    const QString shown = text.size() > 40 ? text.left(39) + QChar(0x2026) : text;
    return u'"' + shown + u'"';
}

class DraftChecker
{
public:
    QList<ApiError> problems;

    QString id(const QString &text, const QString &field, const QString &emptyMessage,
               const char *invalidMessage)
    {
        QString trimmed = text.trimmed();
        if (trimmed.isEmpty()) {
            if (!emptyMessage.isEmpty()) {
                problems << ApiError::invalidInput(field, emptyMessage);
            }
        } else if (!isUuid(trimmed)) {
            problems << ApiError::invalidInput(
                    field, CallRequest::tr(invalidMessage).arg(quoted(trimmed)));
        }
        return trimmed;
    }

    std::optional<QJsonValue> json(const QString &text, const QString &field,
                                   const QString &emptyMessage)
    {
        const JsonTextResult parsed = parseJsonText(text);
        if (parsed.ok) {
            return parsed.value;
        }
        if (parsed.empty) {
            problems << ApiError::invalidInput(field, emptyMessage);
        } else {
            problems << ApiError::invalidInput(field, parsed.error, parsed.line, parsed.column);
        }
        return std::nullopt;
    }
};

} // namespace

DraftCheck checkDraft(const CallDraft &draft)
{
    DraftChecker check;
    CallRequest request;
    request.functionId = check.id(
            draft.functionId, u"function_id"_s,
            CallRequest::tr("Choose a function: the function id is empty"),
            QT_TRANSLATE_NOOP("callpad::CallRequest", "The function id %1 is not a UUID"));
    request.revisionId = check.id(
            draft.revisionId, u"revision_id"_s,
            CallRequest::tr("Choose a revision: the revision id is empty"),
            QT_TRANSLATE_NOOP("callpad::CallRequest", "The revision id %1 is not a UUID"));

    if (draft.inputIsPlainString) {
        if (!draft.inputText.isEmpty()) {
            request.input = QJsonValue(draft.inputText);
        }
    } else if (!draft.inputText.trimmed().isEmpty()) {
        request.input = check.json(draft.inputText, u"input"_s, {});
    }

    if (draft.sendExamples && !draft.examples.isEmpty()) {
        QList<Example> examples;
        for (qsizetype i = 0; i < draft.examples.size(); ++i) {
            const ExampleDraft &row = draft.examples.at(i);
            const QString prefix = u"examples[%1]."_s.arg(i);
            const auto input = check.json(row.inputText, prefix + u"input"_s,
                                          CallRequest::tr("The example's input is empty"));
            const auto output = check.json(row.outputText, prefix + u"output"_s,
                                           CallRequest::tr("The example's output is empty"));
            examples << Example { input.value_or(QJsonValue()), output.value_or(QJsonValue()),
                                  row.comment };
        }
        request.examples = examples;
    }

    QSet<QString> seen;
    QSet<QString> reported;
    for (qsizetype i = 0; i < draft.tags.size(); ++i) {
        const Tag &tag = draft.tags.at(i);
        const QString field = u"tags[%1].key"_s.arg(i);
        if (tag.key.trimmed().isEmpty()) {
            check.problems << ApiError::invalidInput(field,
                                                     CallRequest::tr("The tag key is empty"));
        } else if (seen.contains(tag.key)) {
            if (!reported.contains(tag.key)) {
                reported.insert(tag.key);
                check.problems << ApiError::invalidInput(
                        field,
                        CallRequest::tr("The tag key %1 is used more than once")
                                .arg(quoted(tag.key)));
            }
        } else {
            seen.insert(tag.key);
        }
    }
    request.tags = draft.tags;

    request.parentSpanId = check.id(
            draft.parentSpanId, u"parent_span_id"_s, {},
            QT_TRANSLATE_NOOP("callpad::CallRequest", "The parent span id %1 is not a UUID"));

    DraftCheck result;
    result.problems = check.problems;
    if (result.problems.isEmpty()) {
        result.request = request;
    }
    return result;
}

CallDraft draftFromRequest(const CallRequest &request)
{
    CallDraft draft;
    draft.functionId = request.functionId;
    draft.revisionId = request.revisionId;
    if (request.input) {
        const QJsonValue &input = *request.input;
        if (input.isString() && !input.toString().isEmpty()) {
            draft.inputIsPlainString = true;
            draft.inputText = input.toString();
        } else {
            draft.inputText = toJsonText(input, true);
        }
    }
    if (request.examples) {
        draft.examples = exampleDrafts(*request.examples);
    }
    draft.tags = request.tags;
    draft.parentSpanId = request.parentSpanId;
    return draft;
}

} // namespace callpad
