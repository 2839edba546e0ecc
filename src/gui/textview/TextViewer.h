#pragma once

#include <QWidget>

namespace callpad {

class TextFindBar;
class TextView;

// A TextView with its find bar (Ctrl+F) and the go-to-line question (Ctrl+G): what the panes put
// where a body, a payload or a long message is shown.
class TextViewer final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TextViewer)

public:
    explicit TextViewer(QWidget *parent = nullptr);
    ~TextViewer() override;

    [[nodiscard]] TextView *view() const { return m_view; }
    [[nodiscard]] TextFindBar *findBar() const { return m_findBar; }

public Q_SLOTS:
    void openFind();
    // Asks which line to go to, and goes there.
    void askGoToLine();

private:
    TextView *m_view;
    TextFindBar *m_findBar;
};

} // namespace callpad
