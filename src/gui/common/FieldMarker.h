#pragma once

#include <QString>

class QWidget;

namespace callpad {

// Marks an input field as holding a value that cannot be used: its background tinted towards
// red (mixed from its palette, so dark themes stay readable) and the reason as its tooltip.
// An empty `problem` clears the mark and restores the field's own tooltip. The field's
// "invalid" property mirrors the state, for tests and style sheets. Call again when the
// palette changes (PaletteChange on the owner) so the tint follows the new theme.
void markFieldProblem(QWidget *field, const QString &problem);

[[nodiscard]] bool fieldHasProblem(const QWidget *field);

// Draws a label's text in the error colour of its palette (or back in the normal one), for
// inline error messages.
void markTextAsError(QWidget *label, bool error);

} // namespace callpad
