#pragma once

// What the CLI tests share: the built callpad-cli run against an in-process demo server, with
// its data folder (the shared history) in a temporary folder, never the user's profile.

#include "support/DemoFixture.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

namespace callpad::test {

using namespace Qt::StringLiterals;

// Where the CLI's default data folder (the shared history) goes: never the user's profile.
inline const QTemporaryDir &dataHome()
{
    static const QTemporaryDir dir;
    return dir;
}

inline QProcessEnvironment environment(const DemoFixture &demo, const QString &key = u"demo-key"_s)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_DATA_HOME"_s, dataHome().path());
    env.remove(u"OPPER_API_KEY"_s);
    env.remove(u"OPPER_BASE_URL"_s);
    if (!key.isEmpty()) {
        env.insert(u"OPPER_API_KEY"_s, key);
    }
    env.insert(u"OPPER_BASE_URL"_s, demo.baseUrl().toString());
    return env;
}

inline ProcessOutput cli(const DemoFixture &demo, const QStringList &arguments,
                         const QString &key = u"demo-key"_s)
{
    return runProcess(QStringLiteral(CALLPAD_CLI_PATH), arguments, environment(demo, key));
}

inline QStringList callArgs(QLatin1StringView function, QLatin1StringView revision,
                            const QString &input)
{
    return { u"call"_s, u"--function"_s, function, u"--revision"_s, revision, u"--input"_s, input };
}

inline QStringList textCall()
{
    return callArgs(DemoIds::markdownWriter, DemoIds::markdownWriterLatest,
                    u"{\"topic\": \"tea\"}"_s);
}

inline QStringList personCall()
{
    return callArgs(DemoIds::extractPerson, DemoIds::extractPersonLatest,
                    u"{\"text\": \"Grace Hopper, 85, grace@navy.mil, Arlington\"}"_s);
}

inline QJsonObject jsonOf(const QByteArray &bytes)
{
    return QJsonDocument::fromJson(bytes).object();
}

} // namespace callpad::test
