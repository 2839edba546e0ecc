#include "CellProblem.h"

#include <QPalette>
#include <QWidget>

namespace callpad {

namespace {

QColor mix(const QColor &from, const QColor &to, double amount)
{
    const auto channel = [amount](int a, int b) { return qRound(a + (b - a) * amount); };
    return QColor(channel(from.red(), to.red()), channel(from.green(), to.green()),
                  channel(from.blue(), to.blue()));
}

} // namespace

QColor problemTint(const QPalette &palette, ProblemLevel level)
{
    const QColor base = palette.color(QPalette::Base);
    if (level == ProblemLevel::None) {
        return base;
    }
    // The same hues the JSON editor marks errors with, lighter on a dark base.
    const bool dark = base.lightness() < 128;
    const QColor accent = level == ProblemLevel::Error
            ? (dark ? QColor(0xf4, 0x6a, 0x6a) : QColor(0xc6, 0x28, 0x28))
            : (dark ? QColor(0xe0, 0xb0, 0x40) : QColor(0xd0, 0x90, 0x00));
    return mix(base, accent, dark ? 0.30 : 0.20);
}

void flagWidget(QWidget *widget, ProblemLevel level, const QString &message)
{
    // Reset first so the tint is computed from (and the other roles keep following) the
    // inherited palette.
    widget->setPalette(QPalette());
    if (level != ProblemLevel::None) {
        QPalette palette = widget->palette();
        palette.setColor(QPalette::Base, problemTint(palette, level));
        widget->setPalette(palette);
    }
    widget->setToolTip(message);
}

} // namespace callpad
