#include "core/Version.h"

namespace callpad {

QString version()
{
    return QStringLiteral(CALLPAD_VERSION);
}

QByteArray userAgent()
{
    return QByteArrayLiteral("callpad/" CALLPAD_VERSION);
}

} // namespace callpad
