#pragma once

#include "core/Latest.h"
#include "gui/results/RawText.h"

#include <QWidget>

#include <memory>

namespace Ui {
class RawPane;
}

namespace callpad {

struct CallResult;
class TextView;

// The exact request sent (key masked) and the response as received, in monospace, each with a
// copy button; for a stream the response body is the raw event log. Big exchanges are formatted
// on a worker thread into UTF-8 texts that the TextViews keep once and show whole, whatever the
// size.
class RawPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RawPane)

public:
    static constexpr qsizetype BackgroundBytes = qsizetype(256) * 1024;

    explicit RawPane(QWidget *parent = nullptr);
    ~RawPane() override;

    void setResult(const CallResult &result);
    void clear();

    // The texts decoded: for tests and small exchanges (each call decodes the whole text).
    [[nodiscard]] QString requestText() const { return QString::fromUtf8(m_texts.request); }
    [[nodiscard]] QString responseText() const { return QString::fromUtf8(m_texts.response); }
    [[nodiscard]] QString responseTitle() const { return m_texts.responseTitle; }
    [[nodiscard]] bool isBusy() const { return m_busy; }

    [[nodiscard]] TextView *requestView() const;
    [[nodiscard]] TextView *responseView() const;

public Q_SLOTS:
    void copyRequest();
    void copyResponse();

Q_SIGNALS:
    // The texts of the last setResult() are on screen.
    void textsReady();
    void statusMessage(const QString &message);

private:
    void apply(const RawTexts &texts);
    void onTextShown();

    std::unique_ptr<Ui::RawPane> m_ui;
    RawTexts m_texts;
    Latest m_formatting; // results of an older result are dropped
    bool m_busy = false;
    int m_viewsIndexing = 0; // views still indexing the texts of the last apply()
};

} // namespace callpad
