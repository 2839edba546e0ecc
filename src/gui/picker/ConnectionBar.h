#pragma once

#include <QTimer>
#include <QUrl>
#include <QWidget>

#include <memory>

class QAction;

namespace Ui {
class ConnectionBar;
}

namespace callpad {

// Where calls go and with which key: the base URL (validated as typed) and the API key (a
// masked field; the key lives in this widget's memory only and is never written anywhere).
// It does not own the ApiClient: the main window reads the values on connectionChanged() and
// applies them.
class ConnectionBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionBar)

public:
    // How long typing must pause before connectionChanged() fires.
    static constexpr int DebounceMs = 400;

    explicit ConnectionBar(QWidget *parent = nullptr);
    ~ConnectionBar() override;

    // The URL as typed (trimmed); check isValid() before using it.
    [[nodiscard]] QUrl baseUrl() const;
    void setBaseUrl(const QUrl &url);

    // The key as typed, trimmed; empty when none.
    [[nodiscard]] QString apiKey() const;
    void setApiKey(const QString &key);

    // Shows the "Demo" badge: the base URL points at the bundled demo server.
    void setDemoMode(bool on);
    [[nodiscard]] bool isDemoMode() const { return m_demoMode; }

    // True when the base URL is usable (an http(s) URL with a host). An empty key is allowed:
    // the server answers 401 and the GUI shows that.
    [[nodiscard]] bool isValid() const;
    // Why the base URL is not usable; empty when it is.
    [[nodiscard]] QString problem() const;

    [[nodiscard]] QAction *showApiKeyAction() const { return m_showKeyAction; }

Q_SIGNALS:
    // The URL or the key changed: after typing pauses, when a field loses focus or Return is
    // pressed, and at once for setBaseUrl()/setApiKey(). Not emitted when nothing changed.
    void connectionChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void onEdited();
    void emitIfChanged();
    void updateValidity();
    void setKeyVisible(bool visible);

    std::unique_ptr<Ui::ConnectionBar> m_ui;
    QAction *m_showKeyAction;
    QTimer m_debounce;
    // The values last announced, so a pause after an edit that was undone stays silent.
    QUrl m_announcedUrl;
    QString m_announcedKey;
    bool m_demoMode = false;
};

} // namespace callpad
