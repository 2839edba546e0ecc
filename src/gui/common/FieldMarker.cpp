#include "gui/common/FieldMarker.h"

#include "gui/common/Palette.h"

#include <QApplication>
#include <QColor>
#include <QPalette>
#include <QVariant>
#include <QWidget>

namespace callpad {

namespace {

// The tooltip the field had before it was first marked, kept on the field itself so any
// number of fields can be marked without a side table.
constexpr char normalToolTipProperty[] = "callpadNormalToolTip";
constexpr char invalidProperty[] = "invalid";

QPalette inheritedPalette(const QWidget *widget)
{
    return widget->parentWidget() ? widget->parentWidget()->palette()
                                  : QApplication::palette(widget);
}

} // namespace

void markFieldProblem(QWidget *field, const QString &problem)
{
    if (!field->property(normalToolTipProperty).isValid()) {
        field->setProperty(normalToolTipProperty, field->toolTip());
    }
    field->setProperty(invalidProperty, !problem.isEmpty());
    if (problem.isEmpty()) {
        // A palette with nothing resolved inherits every role again.
        field->setPalette(QPalette());
        field->setToolTip(field->property(normalToolTipProperty).toString());
        return;
    }
    // Tint from the inherited palette, never from our own earlier tint.
    const QPalette inherited = inheritedPalette(field);
    QPalette tinted;
    for (const auto group : { QPalette::Active, QPalette::Inactive, QPalette::Disabled }) {
        tinted.setColor(group, QPalette::Base, errorTint(inherited.color(group, QPalette::Base)));
    }
    field->setPalette(tinted);
    field->setToolTip(problem);
}

bool fieldHasProblem(const QWidget *field)
{
    return field->property(invalidProperty).toBool();
}

void markTextAsError(QWidget *label, bool error)
{
    if (!error) {
        label->setPalette(QPalette());
        return;
    }
    const QPalette inherited = inheritedPalette(label);
    QPalette coloured;
    for (const auto group : { QPalette::Active, QPalette::Inactive, QPalette::Disabled }) {
        coloured.setColor(group, QPalette::WindowText,
                          errorColor(inherited.color(group, QPalette::Window)));
    }
    label->setPalette(coloured);
}

} // namespace callpad
