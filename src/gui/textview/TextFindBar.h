#pragma once

#include <QTimer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QToolButton;

namespace callpad {

class TextView;

// The find bar under a TextView: what to find, whether case matters, how many matches there are
// and which one is selected ("3 of 1,204"), previous and next. Typing searches after a short
// pause; Enter goes to the next match, Shift+Enter to the previous one, Esc closes the bar.
class TextFindBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TextFindBar)

public:
    static constexpr int TypingPauseMs = 150;

    explicit TextFindBar(TextView *view, QWidget *parent = nullptr);
    ~TextFindBar() override;

    // Shows the bar with the view's selection (when short and on one line) as the needle.
    void open();
    void close();
    [[nodiscard]] QLineEdit *lineEdit() const { return m_edit; }
    [[nodiscard]] QLabel *countLabel() const { return m_count; }
    [[nodiscard]] QCheckBox *caseCheckBox() const { return m_case; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void search();
    void updateCount();

    TextView *m_view;
    QLineEdit *m_edit = nullptr;
    QLabel *m_count = nullptr;
    QCheckBox *m_case = nullptr;
    QToolButton *m_previous = nullptr;
    QToolButton *m_next = nullptr;
    QTimer m_typing;
    bool m_goToFirst = false; // select the first match when this search finishes
};

} // namespace callpad
