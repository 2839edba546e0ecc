#pragma once

#include <QColor>
#include <QString>

class QPalette;
class QWidget;

namespace callpad {

// How bad a cell or field is: an error blocks sending, a warning (a schema violation) does not.
enum class ProblemLevel { None, Warning, Error };

struct CellProblem
{
    ProblemLevel level = ProblemLevel::None;
    QString message;

    [[nodiscard]] bool isError() const { return level == ProblemLevel::Error; }
    [[nodiscard]] bool isWarning() const { return level == ProblemLevel::Warning; }

    friend bool operator==(const CellProblem &, const CellProblem &) = default;
};

// A background for a flagged cell or field: the palette's base colour shifted towards red
// (error) or amber (warning), so it stays readable in light and dark palettes alike.
[[nodiscard]] QColor problemTint(const QPalette &palette, ProblemLevel level);

// Tints a line edit's base (or restores it) and sets its tooltip to `message`.
void flagWidget(QWidget *widget, ProblemLevel level, const QString &message);

} // namespace callpad
