#pragma once

#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace callpad {
class HistoryDock;
class MainWindow;
class ResultsView;
class Settings;
class Workbench;
} // namespace callpad

namespace callpad::bench {

// The real window as the app builds it (Workbench, MainWindow), with its settings, presets and
// history in a temporary folder (never the user's profile), pointed at a loopback server.
class BenchWindow
{
public:
    BenchWindow();
    ~BenchWindow();
    BenchWindow(const BenchWindow &) = delete;
    BenchWindow &operator=(const BenchWindow &) = delete;
    BenchWindow(BenchWindow &&) = delete;
    BenchWindow &operator=(BenchWindow &&) = delete;

    // Shows the window and waits until it is on screen; false when it never was.
    bool show();
    // Fills the connection bar and the form as a user would: base URL, key, function and
    // revision ids, an input.
    void prepareCall(quint16 port);
    // Clicks Send.
    void clickSend();

    [[nodiscard]] MainWindow *window() const { return m_window.get(); }
    [[nodiscard]] ResultsView *results() const;
    [[nodiscard]] HistoryDock *historyDock() const;
    [[nodiscard]] Workbench *workbench() const { return m_workbench.get(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<Workbench> m_workbench;
    std::unique_ptr<MainWindow> m_window;
};

// Turns the event loop, as QTest::qWait does (deferred deletes included, so replies are freed as
// in the app), until `done` holds or `timeoutMs` passed; false on the timeout.
bool waitFor(const std::function<bool()> &done, int timeoutMs);

} // namespace callpad::bench
