#include "gui/request/CellProblem.h"

#include "gui/common/Palette.h"

#include <QPalette>
#include <QWidget>

namespace callpad {

QColor problemTint(const QPalette &palette, ProblemLevel level)
{
    const QColor base = palette.color(QPalette::Base);
    if (level == ProblemLevel::None) {
        return base;
    }
    return level == ProblemLevel::Error ? errorTint(base) : warningTint(base);
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
