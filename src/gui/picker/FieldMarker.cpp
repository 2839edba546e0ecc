#include "FieldMarker.h"

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

QColor errorColor(const QColor &background)
{
    return background.lightness() < 128 ? QColor(0xf4, 0x6a, 0x6a) : QColor(0xc6, 0x28, 0x28);
}

QPalette inheritedPalette(const QWidget *widget)
{
    return widget->parentWidget() ? widget->parentWidget()->palette()
                                  : QApplication::palette(widget);
}

QColor mix(const QColor &a, const QColor &b, double amount)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * amount),
                            float(a.greenF() + (b.greenF() - a.greenF()) * amount),
                            float(a.blueF() + (b.blueF() - a.blueF()) * amount));
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
        const QColor base = inherited.color(group, QPalette::Base);
        const double amount = base.lightness() < 128 ? 0.28 : 0.16;
        tinted.setColor(group, QPalette::Base, mix(base, errorColor(base), amount));
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
