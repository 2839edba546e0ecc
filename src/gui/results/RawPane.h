#pragma once

#include "core/Latest.h"
#include "gui/results/RawText.h"

#include <QWidget>

#include <memory>

class QPlainTextEdit;

namespace Ui {
class RawPane;
}

namespace callpad {

struct CallResult;

// The exact request sent (key masked) and the response as received, in monospace, each with a
// copy button; for a stream the response body is the raw event log. Big bodies are formatted
// on a worker thread, and only the first DisplayLimit characters are put in the views.
class RawPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RawPane)

public:
    static constexpr qsizetype BackgroundBytes = qsizetype(256) * 1024;
    static constexpr qsizetype DisplayLimit = qsizetype(4) * 1024 * 1024;

    explicit RawPane(QWidget *parent = nullptr);
    ~RawPane() override;

    void setResult(const CallResult &result);
    void clear();

    // The whole texts, also beyond what the views show.
    [[nodiscard]] QString requestText() const { return m_texts.request; }
    [[nodiscard]] QString responseText() const { return m_texts.response; }
    [[nodiscard]] QString responseTitle() const { return m_texts.responseTitle; }
    [[nodiscard]] bool isBusy() const { return m_busy; }

    [[nodiscard]] QPlainTextEdit *requestEdit() const;
    [[nodiscard]] QPlainTextEdit *responseEdit() const;

public Q_SLOTS:
    void copyRequest();
    void copyResponse();

Q_SIGNALS:
    // The texts of the last setResult() are shown.
    void textsReady();
    void statusMessage(const QString &message);

private:
    void apply(const RawTexts &texts);
    void showText(QPlainTextEdit *edit, const QString &text);

    std::unique_ptr<Ui::RawPane> m_ui;
    RawTexts m_texts;
    Latest m_formatting; // results of an older result are dropped
    bool m_busy = false;
};

} // namespace callpad
