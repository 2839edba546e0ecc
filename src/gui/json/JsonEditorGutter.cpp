#include "gui/json/JsonEditorGutter.h"

#include "gui/json/JsonEditor.h"

#include <QMouseEvent>

using namespace Qt::StringLiterals;

namespace callpad {

JsonEditorGutter::JsonEditorGutter(JsonEditor *editor) : QWidget(editor), m_editor(editor)
{
    setObjectName(u"jsonEditorGutter"_s);
}

JsonEditorGutter::~JsonEditorGutter() = default;

QSize JsonEditorGutter::sizeHint() const
{
    return { m_editor->gutterWidth(), 0 };
}

void JsonEditorGutter::paintEvent(QPaintEvent *event)
{
    m_editor->paintGutter(event);
}

void JsonEditorGutter::mousePressEvent(QMouseEvent *event)
{
    // Clicking the error marker is the quickest way to the problem.
    if (event->button() == Qt::LeftButton && !m_editor->isValid()
        && m_editor->lineAt(event->position().toPoint().y()) == m_editor->errorLine()) {
        m_editor->jumpToError();
        event->accept();
        return;
    }
    QWidget::mousePressEvent(event);
}

} // namespace callpad
