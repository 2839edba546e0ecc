#pragma once

#include "core/protocol/ApiError.h"

#include <QFrame>

#include <memory>

namespace Ui {
class ErrorBanner;
}

namespace callpad {

// The banner over the results when a call failed: a title naming the error class ("HTTP 404 ·
// NotFoundError", "Timed out"), the message, Opper's detail made readable, and buttons to copy
// everything or hide the banner. Its colours are derived from the palette, so dark mode works.
class ErrorBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ErrorBanner)

public:
    enum class Severity { Warning, Error };
    Q_ENUM(Severity)

    // Longer details are cut in the banner (Copy details still copies all of it): an HTML error
    // page must not push the results off the screen.
    static constexpr int DetailDisplayLimit = 4000;

    explicit ErrorBanner(QWidget *parent = nullptr);
    ~ErrorBanner() override;

    // Shows the banner for `error`; an error of kind None clears it instead.
    void showError(const ApiError &error);
    void clear();
    [[nodiscard]] bool isShowing() const;

    [[nodiscard]] const ApiError &error() const { return m_error; }
    [[nodiscard]] Severity severity() const { return m_severity; }
    // What "Copy details" puts on the clipboard.
    [[nodiscard]] QString detailsText() const;

public Q_SLOTS:
    void copyDetails();

Q_SIGNALS:
    // The user hid the banner with its close button.
    void closed();
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColours();

    std::unique_ptr<Ui::ErrorBanner> m_ui;
    ApiError m_error;
    Severity m_severity = Severity::Error;
};

} // namespace callpad
