#pragma once

#include "cli/CliOptions.h"

#include <QObject>
#include <QPointer>

#include <cstdio>

namespace callpad {

class ApiClient;
class CallHandle;
class ListHandle;

// Runs one parsed callpad-cli command on the event loop and reports its exit code.
// The same ApiClient as the window does the work; this class only prints.
class CliRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliRunner)

public:
    CliRunner(CliOptions options, QString apiKey, FILE *out = stdout, FILE *err = stderr,
              QObject *parent = nullptr);
    ~CliRunner() override;

    // Starts the command; finished(exitCode) follows, possibly before start() returns.
    void start();
    // Cancels a running command (Ctrl+C): it finishes with the cancel error's exit code.
    void cancel();

Q_SIGNALS:
    void finished(int exitCode);

private:
    void runCall();
    void onCallFinished();
    void runList();
    void onListFinished();
    int saveImages();
    int fail(const ApiError &error);
    void done(int exitCode);
    void print(FILE *stream, const QByteArray &bytes);

    CliOptions m_options;
    QString m_apiKey;
    FILE *m_out;
    FILE *m_err;
    ApiClient *m_client;
    QPointer<CallHandle> m_call;
    QPointer<ListHandle> m_list;
    bool m_done = false;
};

} // namespace callpad
