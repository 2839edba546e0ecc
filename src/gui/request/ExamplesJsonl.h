#pragma once

#include "core/Result.h"
#include "core/protocol/CallRequest.h"

#include <QList>
#include <QString>

namespace callpad {

// "Paste JSONL": one {"input": ..., "output": ..., "comment"?: "..."} object per line, blank
// lines skipped. All or nothing: the first bad line gives a failure naming it ("Line 3: ..."),
// and no rows.
Result<QList<ExampleDraft>> parseExamplesJsonl(const QString &text);

} // namespace callpad
