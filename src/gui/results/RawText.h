#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

namespace callpad {

struct CallResult;
struct RequestRecord;

// The Raw pane's texts as UTF-8, built as plain functions so they can run on a worker thread.
struct RawTexts
{
    QByteArray request;
    QByteArray response;
    QString responseTitle; // "Response", or "Event log (12 events)" for a stream
    bool eventLog = false;
};

// JSON bodies below this size are shown re-indented; bigger ones, and anything that is not
// JSON, exactly as received.
inline constexpr qsizetype RawPrettyLimit = qsizetype(2) * 1024 * 1024;

// Method and URL, the headers as recorded (the key is already masked), a blank line, the body.
QByteArray rawRequestText(const RequestRecord &request);
// Status line, headers, a blank line, the body; the raw event log of a stream as it came.
RawTexts rawTexts(const CallResult &result);

} // namespace callpad
