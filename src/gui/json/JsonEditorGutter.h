#pragma once

#include <QWidget>

namespace callpad {

class JsonEditor;

// Line-number strip beside a JsonEditor; the editor paints it because only the editor knows
// where its blocks are.
class JsonEditorGutter final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonEditorGutter)

public:
    explicit JsonEditorGutter(JsonEditor *editor);
    ~JsonEditorGutter() override;

    [[nodiscard]] QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    JsonEditor *m_editor;
};

} // namespace callpad
