#include "core/protocol/Uuid.h"

namespace callpad {

bool isUuid(QStringView text)
{
    if (text.size() != 36) {
        return false;
    }
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != u'-') {
                return false;
            }
            continue;
        }
        const bool hex
                = (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
        if (!hex) {
            return false;
        }
    }
    return true;
}

} // namespace callpad
