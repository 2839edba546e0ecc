#include "gui/common/LocalTime.h"

#include <QDateTime>

namespace callpad {

QString formatLocalTime(const QDateTime &utc, QLocale::FormatType format)
{
    if (!utc.isValid()) {
        return {};
    }
    return QLocale().toString(utc.toLocalTime(), format);
}

} // namespace callpad
