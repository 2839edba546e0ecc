#include "support/DemoFixture.h"

#include <QProcess>
#include <QSignalSpy>

namespace callpad::test {

ProcessOutput runProcess(const QString &program, const QStringList &arguments,
                         const QProcessEnvironment &environment, const QByteArray &stdinBytes,
                         int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(program, arguments);
    if (!process.waitForStarted()) {
        return {};
    }
    process.write(stdinBytes);
    process.closeWriteChannel();
    if (!finished.wait(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return { -1, process.readAllStandardOutput(), process.readAllStandardError() };
    }
    const int code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return { code, process.readAllStandardOutput(), process.readAllStandardError() };
}

} // namespace callpad::test
