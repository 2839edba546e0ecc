#include "gui/common/InlineError.h"

#include "core/protocol/ApiError.h"

#include <QCoreApplication>

namespace callpad {

namespace {

// The translation context of the inline error texts.
struct InlineError
{
    Q_DECLARE_TR_FUNCTIONS(callpad::InlineError)
};

} // namespace

QString inlineErrorText(const ApiError &error)
{
    const bool fromServer = error.kind == ErrorKind::Http || error.kind == ErrorKind::RateLimited;
    if (!fromServer || error.httpStatus <= 0) {
        return error.summary();
    }
    QString text = error.detail.isString() ? error.detail.toString().simplified() : QString();
    if (text.isEmpty() || text.size() > 160) {
        text = error.message.simplified();
    }
    if (text.isEmpty()) {
        return error.summary();
    }
    return InlineError::tr("HTTP %1 · %2").arg(error.httpStatus).arg(text);
}

QString inlineErrorToolTip(const ApiError &error)
{
    const QString detail = error.detailText();
    QString summary = error.summary();
    if (detail.isEmpty() || summary.contains(detail)) {
        return summary;
    }
    return InlineError::tr("%1\n%2").arg(summary, detail);
}

} // namespace callpad
