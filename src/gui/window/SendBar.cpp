#include "gui/window/SendBar.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace callpad {

namespace {

QPushButton *buttonFor(QAction *action, const QString &text, const QString &name, QWidget *parent)
{
    auto *button = new QPushButton(action->icon(), text, parent);
    button->setObjectName(name);
    button->setToolTip(action->toolTip());
    button->setStatusTip(action->statusTip());
    button->setEnabled(action->isEnabled());
    QObject::connect(button, &QPushButton::clicked, action, &QAction::trigger);
    QObject::connect(action, &QAction::enabledChanged, button, &QPushButton::setEnabled);
    return button;
}

} // namespace

SendBar::SendBar(QAction *send, QAction *cancel, QAction *stream, QWidget *parent) : QWidget(parent)
{
    setObjectName(u"sendBar"_s);
    auto *streamCheck = new QCheckBox(tr("Stream"), this);
    streamCheck->setObjectName(u"streamCheckBox"_s);
    streamCheck->setToolTip(stream->statusTip());
    streamCheck->setChecked(stream->isChecked());
    connect(streamCheck, &QCheckBox::toggled, stream, &QAction::setChecked);
    connect(stream, &QAction::toggled, streamCheck, &QCheckBox::setChecked);

    QPushButton *sendButton = buttonFor(send, tr("Send"), u"sendPushButton"_s, this);
    sendButton->setDefault(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(streamCheck);
    layout->addStretch(1);
    layout->addWidget(buttonFor(cancel, tr("Cancel"), u"cancelPushButton"_s, this));
    layout->addWidget(sendButton);
}

} // namespace callpad
