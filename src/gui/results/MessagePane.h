#pragma once

#include <QString>
#include <QTimer>
#include <QWidget>

#include <memory>

class QTextBrowser;

namespace Ui {
class MessagePane;
}

namespace callpad {

class TextView;

// The `message` of a call: rendered as Markdown (or, toggled, the text as received), read-only,
// selectable and copyable. Links open in the browser only when clicked. While a stream runs,
// text deltas are appended to a buffer and the Markdown is re-rendered at most every
// RenderIntervalMs, so a fast stream costs a handful of layouts per second, not one per delta.
// The text as received, and any message too long for Markdown, is shown in a TextView: indexed
// off the GUI thread and painted a screen at a time, so a 20 MB message opens without a freeze.
class MessagePane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessagePane)

public:
    static constexpr int RenderIntervalMs = 100;
    // Longer messages are shown as text: laying out megabytes of Markdown blocks the window.
    static constexpr qsizetype MarkdownLimit = qsizetype(512) * 1024;

    explicit MessagePane(QWidget *parent = nullptr);
    ~MessagePane() override;

    void setMessage(const QString &text);
    void clear();
    [[nodiscard]] QString text() const { return m_text; }

    void beginStream();
    void appendText(const QString &delta);
    void finishStream();
    [[nodiscard]] bool isStreaming() const { return m_streaming; }

    void setMarkdownEnabled(bool enabled);
    [[nodiscard]] bool isMarkdownEnabled() const;
    // False while the text is too long to render as Markdown, whatever the toggle says.
    [[nodiscard]] bool isShowingMarkdown() const { return m_renderedAsMarkdown; }

    // The Markdown view, and the text view; one of them is on screen.
    [[nodiscard]] QTextBrowser *textBrowser() const;
    [[nodiscard]] TextView *textView() const;
    // True while a long message is being prepared for the text view (messageShown() follows).
    [[nodiscard]] bool isBusy() const;

public Q_SLOTS:
    void copyMessage();

Q_SIGNALS:
    void statusMessage(const QString &message);
    // The message of the last setMessage() is on screen.
    void messageShown();

private:
    void render();
    void updateControls();
    void openLink(const QUrl &url);

    std::unique_ptr<Ui::MessagePane> m_ui;
    QString m_text;
    QTimer m_renderTimer;
    bool m_streaming = false;
    bool m_renderedAsMarkdown = true;
};

} // namespace callpad
