#pragma once

#include <QLocale>
#include <QString>

class QDateTime;

namespace callpad {

// A server timestamp (UTC) in the user's locale and time zone; empty when invalid.
[[nodiscard]] QString formatLocalTime(const QDateTime &utc,
                                      QLocale::FormatType format = QLocale::ShortFormat);

} // namespace callpad
