#pragma once

#include "demo/DemoServer.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace callpad {
class JsonEditor;
class MainWindow;
class ResultsView;
class Settings;
class Workbench;
} // namespace callpad

// What the window tests start from: the real MainWindow over the real Workbench, its settings,
// presets and history in a temporary folder, shown and in demo mode (the demo server on
// loopback). A test class derives from it, calls open() from its init() and close() from its
// cleanup().
class WindowFixture : public QObject
{
public:
    WindowFixture();
    ~WindowFixture() override;
    Q_DISABLE_COPY_MOVE(WindowFixture)

protected:
    void open();
    void close();

    [[nodiscard]] callpad::JsonEditor *input() const;
    [[nodiscard]] callpad::ResultsView *results() const;
    [[nodiscard]] callpad::DemoServer *server() const;
    // Clicks Send (with Stream ticked or not) and waits for the call to finish.
    bool sendAndWait(bool stream = false);
    // The calls the window sent; the picker's GETs for details are not calls.
    [[nodiscard]] QList<callpad::DemoServer::RecordedRequest> posts() const;
    void setInput(const QString &text);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<callpad::Settings> m_settings;
    std::unique_ptr<callpad::Workbench> m_workbench;
    std::unique_ptr<callpad::MainWindow> m_window;
};
