#pragma once

#include "core/Latest.h"
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

    // Longer details are cut in the banner, with a note saying how much (Copy details still
    // copies all of it; the Raw tab has the body): an HTML error page or a megabyte detail must
    // not push the results off the screen, nor lay out megabytes in a label.
    static constexpr int DetailDisplayLimit = 4000;
    static constexpr int MessageDisplayLimit = 1000;

    explicit ErrorBanner(QWidget *parent = nullptr);
    ~ErrorBanner() override;

    // Shows the banner for `error`; an error of kind None clears it instead. The detail is made
    // readable off the GUI thread (it grows with the response) and appears when it is ready.
    void showError(const ApiError &error);
    void clear();
    [[nodiscard]] bool isShowing() const;

    [[nodiscard]] const ApiError &error() const { return m_error; }
    [[nodiscard]] Severity severity() const { return m_severity; }
    // What "Copy details" puts on the clipboard: everything, however long.
    [[nodiscard]] QString detailsText() const;
    // True until the detail of the error on show has been rendered.
    [[nodiscard]] bool isRenderingDetail() const { return m_detailRender.isPending(); }

public Q_SLOTS:
    void copyDetails();

Q_SIGNALS:
    // The user hid the banner with its close button.
    void closed();
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct DetailPreview;

    void applyColours();
    void showDetail(const DetailPreview &preview);

    std::unique_ptr<Ui::ErrorBanner> m_ui;
    ApiError m_error;
    Severity m_severity = Severity::Error;
    Latest m_detailRender;
};

} // namespace callpad
