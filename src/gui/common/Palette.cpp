#include "gui/common/Palette.h"

namespace callpad {

bool isDark(const QColor &background)
{
    return background.lightness() < 128;
}

QColor blend(const QColor &from, const QColor &to, double amount)
{
    const auto mix = [amount](int a, int b) { return qRound(a + (b - a) * amount); };
    return { mix(from.red(), to.red()), mix(from.green(), to.green()),
             mix(from.blue(), to.blue()) };
}

QColor errorColor(const QColor &background)
{
    return isDark(background) ? QColor(0xf4, 0x6a, 0x6a) : QColor(0xc6, 0x28, 0x28);
}

QColor warningColor(const QColor &background)
{
    return isDark(background) ? QColor(0xe0, 0xb0, 0x40) : QColor(0xd0, 0x90, 0x00);
}

QColor errorTint(const QColor &background)
{
    return blend(background, errorColor(background), isDark(background) ? 0.28 : 0.18);
}

QColor warningTint(const QColor &background)
{
    return blend(background, warningColor(background), isDark(background) ? 0.28 : 0.18);
}

} // namespace callpad
