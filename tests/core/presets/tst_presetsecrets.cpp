#include "core/presets/PresetFormat.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace callpad;

namespace {

QJsonObject fileObject(const QByteArray &bytes)
{
    return QJsonDocument::fromJson(bytes).object();
}

} // namespace

// A preset is meant to be shared, so it never carries a credential: secret-like keys in a file
// are dropped when it is read, named in droppedSecretKeys, and never written again.
class TestPresetSecrets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void secretKeysAreDropped_data();
    void secretKeysAreDropped();
    void secretKeysNeverSerialized();
    void secretLikeKeyNames_data();
    void secretLikeKeyNames();
};

void TestPresetSecrets::secretKeysAreDropped_data()
{
    QTest::addColumn<QByteArray>("fields");
    QTest::addColumn<QString>("droppedAt");
    QTest::newRow("api_key at the top") << R"("api_key": "sk-secret-123")"_ba << u"api_key"_s;
    QTest::newRow("Authorization header")
            << R"("Authorization": "Bearer sk-secret-123")"_ba << u"Authorization"_s;
    QTest::newRow("bare key") << R"("key": "sk-secret-123")"_ba << u"key"_s;
    QTest::newRow("token") << R"("token": "sk-secret-123")"_ba << u"token"_s;
    QTest::newRow("OPPER_API_KEY")
            << R"("OPPER_API_KEY": "sk-secret-123")"_ba << u"OPPER_API_KEY"_s;
    QTest::newRow("nested in an unknown key")
            << R"("extra": {"headers": [{"X-Api-Key": "sk-secret-123"}], "keep": 1})"_ba
            << u"extra.headers[0].X-Api-Key"_s;
    QTest::newRow("inside function")
            << R"("function": {"id": "f", "access_token": "sk-secret-123"})"_ba
            << u"function.access_token"_s;
    QTest::newRow("inside an example")
            << R"("examples": [{"input": 1, "output": 2, "password": "sk-secret-123"}])"_ba
            << u"examples[0].password"_s;
    QTest::newRow("user info in base_url")
            << R"("base_url": "https://me:sk-secret-123@api.opper.ai/v2")"_ba << u"base_url"_s;
    QTest::newRow("api_key in base_url's query")
            << R"("base_url": "https://api.opper.ai/v2?region=eu&api_key=sk-secret-123")"_ba
            << u"base_url"_s;
}

void TestPresetSecrets::secretKeysAreDropped()
{
    QFETCH(QByteArray, fields);
    QFETCH(QString, droppedAt);
    const QByteArray file = R"({"format": "callpad-preset", "version": 1, )"_ba + fields + "}";
    const PresetParse parse = parsePreset(file, u"shared.json"_s);
    QVERIFY2(parse.ok(), qPrintable(parse.error));
    QCOMPARE(parse.droppedSecretKeys, QStringList { droppedAt });
    const QByteArray saved = serializePreset(parse.preset);
    QVERIFY(!saved.contains("sk-secret-123"));
    for (const QString &value : parse.preset.unknownKeys) {
        QVERIFY(!value.contains(u"sk-secret-123"_s));
    }
    QVERIFY(parsePreset(saved).droppedSecretKeys.isEmpty());
    if (droppedAt == u"base_url") {
        QVERIFY(parse.preset.baseUrl.startsWith(u"https://api.opper.ai/v2"_s));
    }
}

void TestPresetSecrets::secretKeysNeverSerialized()
{
    // Even put there by code, a secret-like key does not reach the file.
    Preset preset;
    preset.unknownKeys = { { u"api_key"_s, u"\"sk-secret-123\""_s },
                           { u"extra"_s, u"{\"token\":\"sk-secret-123\",\"n\":1}"_s },
                           { u"name"_s, u"\"an unknown key may not shadow a known one\""_s } };
    preset.baseUrl = u"https://u:sk-secret-123@example.com/v2"_s;
    const QByteArray saved = serializePreset(preset);
    QVERIFY(!saved.contains("sk-secret-123"));
    QVERIFY(!saved.contains("shadow"));
    QCOMPARE(fileObject(saved).value(u"extra").toObject(), (QJsonObject { { u"n"_s, 1 } }));
    QCOMPARE(fileObject(saved).value(u"base_url").toString(), u"https://example.com/v2"_s);
}

void TestPresetSecrets::secretLikeKeyNames_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("secret");
    const QList<std::pair<QString, bool>> rows {
        { u"api_key"_s, true },
        { u"apiKey"_s, true },
        { u"x-api-key"_s, true },
        { u"Authorization"_s, true },
        { u"proxy_authorization"_s, true },
        { u"token"_s, true },
        { u"access_token"_s, true },
        { u"client_secret"_s, true },
        { u"password"_s, true },
        { u"key"_s, true },
        { u"Bearer"_s, true },
        { u"max_tokens"_s, false },
        { u"tokens"_s, false },
        { u"keys"_s, false },
        { u"key_order"_s, false },
        { u"name"_s, false },
        { u"monkey"_s, false },
        { u"input_text"_s, false },
        { u"parent_span_id"_s, false },
    };
    for (const auto &[key, secret] : rows) {
        QTest::addRow("%s", qPrintable(key)) << key << secret;
    }
}

void TestPresetSecrets::secretLikeKeyNames()
{
    QFETCH(QString, key);
    QFETCH(bool, secret);
    QCOMPARE(isSecretLikeKey(key), secret);
}

QTEST_GUILESS_MAIN(TestPresetSecrets)
#include "tst_presetsecrets.moc"
