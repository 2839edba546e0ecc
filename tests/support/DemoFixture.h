#pragma once

#include "demo/DemoCatalog.h"
#include "demo/DemoServer.h"

#include <QByteArray>
#include <QProcessEnvironment>
#include <QStringList>

namespace callpad::test {

// A demo server on a free loopback port, living as long as one test function.
class DemoFixture
{
public:
    DemoFixture() { m_listening = m_server.listen(0); }

    bool isListening() const { return m_listening; }
    DemoServer &server() { return m_server; }
    QUrl baseUrl() const { return m_server.baseUrl(); }

private:
    DemoServer m_server;
    bool m_listening = false;
};

// What a finished child process left: exit code (-1 if it crashed or did not finish), output.
struct ProcessOutput
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs a program to completion while the event loop keeps turning, so an in-process demo
// server can answer it. `stdinBytes` is written and closed first.
ProcessOutput runProcess(const QString &program, const QStringList &arguments,
                         const QProcessEnvironment &environment, const QByteArray &stdinBytes = {},
                         int timeoutMs = 60000);

} // namespace callpad::test
