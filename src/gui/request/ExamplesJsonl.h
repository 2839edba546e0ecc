#pragma once

#include "core/protocol/CallRequest.h"

#include <QList>
#include <QString>

#include <optional>

namespace callpad {

// "Paste JSONL": one {"input": ..., "output": ..., "comment"?: "..."} object per line, blank
// lines skipped. All or nothing: the first bad line gives nullopt and an *error naming it
// ("Line 3: ..."), and no rows.
std::optional<QList<ExampleDraft>> parseExamplesJsonl(const QString &text, QString *error);

} // namespace callpad
