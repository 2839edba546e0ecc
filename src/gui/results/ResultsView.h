#pragma once

#include "core/sse/StreamAssembler.h"

#include <QJsonObject>
#include <QStringList>
#include <QWidget>

#include <array>
#include <memory>
#include <optional>

class QTabWidget;

namespace Ui {
class ResultsView;
}

namespace callpad {

class ApiClient;

struct CallResult;
class ErrorBanner;
class ImagesPane;
class MessagePane;
class PayloadPane;
class RawPane;
class UsagePane;

// Everything one call produced: the error banner on top, then tabs for the message, the JSON
// payload, images, usage & cost and the raw exchange. It shows; it never starts calls.
class ResultsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultsView)

public:
    enum Tab { MessageTab, PayloadTab, ImagesTab, UsageTab, RawTab, TabCount };
    Q_ENUM(Tab)

    // `client` is handed to the images pane to fetch image URLs (never owned; may be null).
    explicit ResultsView(ApiClient *client, QWidget *parent = nullptr);
    ~ResultsView() override;

    // Clears the old result and shows that a call is running; a stream switches to the Message
    // tab (or, once structured deltas arrive, the JSON payload tab) to show live output.
    void beginCall(bool streamed);
    void applyStreamUpdate(const StreamAssembler::Update &update);
    // Success fills every pane and picks the most relevant tab; tabs with nothing are disabled
    // with a tooltip saying why. Failure shows the banner and the raw exchange only.
    void showResult(const CallResult &result, std::optional<QJsonObject> outputSchema);
    void clear();

    [[nodiscard]] bool isCalling() const { return m_calling; }
    [[nodiscard]] Tab currentTab() const;
    void setCurrentTab(Tab tab);

    [[nodiscard]] ErrorBanner *errorBanner() const;
    [[nodiscard]] MessagePane *messagePane() const;
    [[nodiscard]] PayloadPane *payloadPane() const;
    [[nodiscard]] ImagesPane *imagesPane() const { return m_imagesPane; }
    [[nodiscard]] UsagePane *usagePane() const;
    [[nodiscard]] RawPane *rawPane() const;
    [[nodiscard]] QTabWidget *tabWidget() const;

Q_SIGNALS:
    // A short confirmation from any pane ("Copied the span id"), for a status bar.
    void statusMessage(const QString &message);

private:
    void clearPanes();
    void setTabAvailable(Tab tab, bool available, const QString &whyNot = {});
    void setAllTabsAvailable();

    std::unique_ptr<Ui::ResultsView> m_ui;
    ImagesPane *m_imagesPane = nullptr;
    std::array<QString, TabCount> m_tabToolTips;
    bool m_calling = false;
    bool m_streamed = false;
    bool m_sawStructured = false;
};

} // namespace callpad
