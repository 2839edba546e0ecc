#include "HistoryFixtures.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QStandardPaths>

using namespace Qt::StringLiterals;
using namespace callpad;
using namespace callpad::fixtures;

namespace {

// A PNG signature followed by `size - 8` bytes of filler, so the format sniffs as PNG.
QByteArray png(int size, char fill)
{
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(size - 8, fill);
}

const QString ImageUrl = u"https://images.example/cat.png?sig=abc"_s;

} // namespace

class TestHistoryImages final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void keepsImagesUpToTheCap_data();
    void keepsImagesUpToTheCap();
    void rewritesABodyItCannotCutVerbatim();
    void deletesImagesWithTheirCall();

private:
    QTemporaryDir m_dir;
};

void TestHistoryImages::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestHistoryImages::keepsImagesUpToTheCap_data()
{
    QTest::addColumn<int>("firstSize");
    QTest::addColumn<int>("secondSize");
    QTest::addColumn<qint64>("cap");
    QTest::addColumn<QList<bool>>("truncated"); // data URL, raw base64, URL

    QTest::newRow("default cap, all kept")
            << 1000 << 2000 << qint64(8 * 1024 * 1024) << QList<bool> { false, false, false };
    QTest::newRow("cap reached exactly")
            << 1000 << 2000 << qint64(3000) << QList<bool> { false, false, false };
    QTest::newRow("second over the cap")
            << 1000 << 2000 << qint64(2999) << QList<bool> { false, true, false };
    QTest::newRow("a smaller later image still fits")
            << 2000 << 1000 << qint64(1500) << QList<bool> { true, false, false };
    QTest::newRow("zero cap keeps no bytes")
            << 1000 << 2000 << qint64(0) << QList<bool> { true, true, false };
}

void TestHistoryImages::keepsImagesUpToTheCap()
{
    QFETCH(int, firstSize);
    QFETCH(int, secondSize);
    QFETCH(qint64, cap);
    QFETCH(QList<bool>, truncated);

    const QByteArray first = png(firstSize, 'a');
    const QByteArray second = png(secondSize, 'b');
    const QString dataUrl = u"data:image/png;base64,"_s + QString::fromLatin1(first.toBase64());
    const QString rawBase64 = QString::fromLatin1(second.toBase64());
    // Spacing and key order as a server might send them; the stored body keeps them.
    const QByteArray body = "{ \"span_id\": \"s\",\n  \"images\": [\"" + dataUrl.toLatin1()
            + "\", \"" + rawBase64.toLatin1() + "\", \"" + ImageUrl.toLatin1()
            + "\"],\n  \"message\": \"three images\" }";

    const CallDraft draft = makeDraft(u"{\"prompt\": \"cats\"}"_s);
    const CallResult result = succeeded(draft, body);
    QVERIFY(result.ok());
    const HistoryEntry made = HistoryEntry::fromCall(result, draft, {}, {}, {}, u"app"_s, {});
    QVERIFY(!made.responseBody.contains(rawBase64.toLatin1()));
    QVERIFY(made.responseBody.contains(HistoryImage::marker(1).toLatin1()));

    HistoryStore::Options options;
    options.imageCapBytes = cap;
    HistoryStore store(options);
    QVERIFY(store.open(dbPath(m_dir, u"images-%1-%2.sqlite"_s.arg(cap).arg(firstSize))));
    const std::optional<HistoryEntry> stored
            = store.entry(store.record(made).valueOr(-1)).valueOr({});
    QVERIFY(stored);
    QCOMPARE(stored->images.size(), 3);
    const QList<QByteArray> bytes { first, second, {} };
    const QList<ImageSource> sources { ImageSource::DataUrl, ImageSource::Base64,
                                       ImageSource::HttpUrl };
    for (int i = 0; i < 3; ++i) {
        const HistoryImage &image = stored->images.at(i);
        QCOMPARE(image.source, sources.at(i));
        QCOMPARE(image.truncated, truncated.at(i));
        QCOMPARE(image.bytes, truncated.at(i) ? QByteArray() : bytes.at(i));
        QCOMPARE(image.size, qint64(bytes.at(i).size()));
        QCOMPARE(image.mimeType, i < 2 ? u"image/png"_s : QString());
    }
    QCOMPARE(stored->images.at(2).url, ImageUrl);
    QCOMPARE(stored->imagesTruncated(), truncated.contains(true));

    const CallResult back = toCallResult(*stored);
    QCOMPARE(back.response.message, std::optional<QString>(u"three images"_s));
    QCOMPARE(back.response.images.size(), 3);
    QCOMPARE(back.response.images.at(2), ImageUrl);
    const QStringList original { dataUrl, rawBase64, ImageUrl };
    for (int i = 0; i < 2; ++i) {
        if (truncated.at(i)) {
            QVERIFY(HistoryImage::isMarker(back.response.images.at(i)));
            QCOMPARE(classifyImage(back.response.images.at(i)).source, ImageSource::Invalid);
        } else {
            QCOMPARE(back.response.images.at(i), original.at(i));
        }
    }
    if (!truncated.contains(true)) {
        QCOMPARE(back.body, body); // byte for byte as it arrived
    }
}

void TestHistoryImages::rewritesABodyItCannotCutVerbatim()
{
    // "\/" is valid JSON for '/', but then the entry is not in the body verbatim.
    const QByteArray image = png(64, '\xff'); // base64 "////..."
    const QByteArray base64 = image.toBase64();
    QByteArray escaped = base64;
    escaped.replace("/", "\\/");
    QVERIFY(escaped != base64);
    const QByteArray body = R"({"span_id":"s","images":["data:image\/png;base64,)" + escaped
            + R"("],"message":"m"})";
    const CallDraft draft = makeDraft(u"1"_s);
    const CallResult result = succeeded(draft, body);
    QVERIFY(result.ok());
    const HistoryEntry made = HistoryEntry::fromCall(result, draft, {}, {}, {}, u"app"_s, {});
    QVERIFY(!made.responseBody.contains(escaped));
    HistoryStore store;
    QVERIFY(store.open(dbPath(m_dir, u"escaped.sqlite"_s)));
    const std::optional<HistoryEntry> stored
            = store.entry(store.record(made).valueOr(-1)).valueOr({});
    QVERIFY(stored);
    QCOMPARE(stored->images.value(0).bytes, image);
    const CallResult back = toCallResult(*stored);
    QCOMPARE(QJsonDocument::fromJson(back.body).object(), result.response.raw);
    QCOMPARE(back.response.images, result.response.images);
}

void TestHistoryImages::deletesImagesWithTheirCall()
{
    const CallDraft draft = makeDraft(u"1"_s);
    const QByteArray body = R"({"images":[")" + png(100, 'q').toBase64() + R"("]})";
    HistoryStore store;
    QVERIFY(store.open(dbPath(m_dir, u"cascade.sqlite"_s)));
    const qint64 id = store.record(HistoryEntry::fromCall(succeeded(draft, body), draft, {}, {}, {},
                                                          u"app"_s, {}))
                              .valueOr(-1);
    QVERIFY(id > 0);
    const auto imageRows = [&] {
        QSqlQuery query(store.database());
        return query.exec(u"SELECT count(*) FROM history_images"_s) && query.next()
                ? query.value(0).toInt()
                : -1;
    };
    QCOMPARE(imageRows(), 1);
    QCOMPARE(store.remove({ id }).valueOr(-1), 1);
    QCOMPARE(imageRows(), 0);
}

QTEST_GUILESS_MAIN(TestHistoryImages)
#include "tst_historyimages.moc"
