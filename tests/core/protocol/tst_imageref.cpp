#include "core/protocol/ImageRef.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace callpad;

Q_DECLARE_METATYPE(callpad::ImageSource)
Q_DECLARE_METATYPE(callpad::ImageFormat)

namespace {

// The first bytes of real files of each format, which is all the sniffing looks at.
QByteArray pngBytes()
{
    return QByteArray::fromHex("89504e470d0a1a0a"
                               "0000000d49484452"
                               "00000001000000010806000000"
                               "1f15c489"
                               "0000000d49444154"
                               "789c6360000002000154a24f5d");
}

QByteArray jpegBytes()
{
    return QByteArray::fromHex("ffd8ffe000104a46494600010100000100010000"
                               "ffdb004300");
}

QByteArray gif89Bytes()
{
    return QByteArray("GIF89a") + QByteArray::fromHex("0100010080000000000000ffffff21f904");
}

QByteArray gif87Bytes()
{
    return QByteArray("GIF87a") + QByteArray::fromHex("010001008000");
}

QByteArray webpBytes()
{
    return QByteArray::fromHex("524946461a000000"
                               "57454250"
                               "5650384c0d000000"
                               "2f0000001007101111888808");
}

QString base64(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

QString dataUrl(const QString &mime, const QByteArray &bytes)
{
    return u"data:"_s + mime + u";base64,"_s + base64(bytes);
}

// Bytes whose standard base64 has '+' and '/', so the URL-safe form differs.
QByteArray pngWithHighBytes()
{
    return pngBytes() + QByteArray::fromHex("fbffbffbff");
}

} // namespace

class TestImageRef final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classifies_data();
    void classifies();
    void decodes_data();
    void decodes();
    void sniffs_data();
    void sniffs();
    void namesFormats_data();
    void namesFormats();
};

void TestImageRef::classifies_data()
{
    QTest::addColumn<QString>("entry");
    QTest::addColumn<ImageSource>("source");
    QTest::addColumn<ImageFormat>("format");
    QTest::addColumn<QString>("mimeType");
    QTest::addColumn<QString>("url");

    const auto none = QString();
    QTest::newRow("https URL, png suffix")
            << u"https://cdn.example.com/out/img.png"_s << ImageSource::HttpUrl << ImageFormat::Png
            << u"image/png"_s << u"https://cdn.example.com/out/img.png"_s;
    QTest::newRow("presigned URL, jpeg suffix with query")
            << u"https://bucket.s3.amazonaws.com/a/b.JPEG?X-Amz-Signature=abc&x=1"_s
            << ImageSource::HttpUrl << ImageFormat::Jpeg << u"image/jpeg"_s
            << u"https://bucket.s3.amazonaws.com/a/b.JPEG?X-Amz-Signature=abc&x=1"_s;
    QTest::newRow("http URL without suffix")
            << u" http://127.0.0.1:8080/images/42 "_s << ImageSource::HttpUrl
            << ImageFormat::Unknown << none << u"http://127.0.0.1:8080/images/42"_s;
    QTest::newRow("uppercase scheme, webp")
            << u"HTTPS://example.com/x.webp"_s << ImageSource::HttpUrl << ImageFormat::WebP
            << u"image/webp"_s << u"https://example.com/x.webp"_s;
    QTest::newRow("URL without host")
            << u"http://"_s << ImageSource::Invalid << ImageFormat::Unknown << none << none;

    const struct
    {
        const char *name;
        QByteArray bytes;
        ImageFormat format;
        QString mime;
    } formats[] = {
        { "PNG", pngBytes(), ImageFormat::Png, u"image/png"_s },
        { "JPEG", jpegBytes(), ImageFormat::Jpeg, u"image/jpeg"_s },
        { "GIF89a", gif89Bytes(), ImageFormat::Gif, u"image/gif"_s },
        { "GIF87a", gif87Bytes(), ImageFormat::Gif, u"image/gif"_s },
        { "WebP", webpBytes(), ImageFormat::WebP, u"image/webp"_s },
    };
    for (const auto &f : formats) {
        QTest::addRow("data URL of %s", f.name)
                << dataUrl(f.mime, f.bytes) << ImageSource::DataUrl << f.format << f.mime << none;
        QTest::addRow("raw base64 of %s", f.name)
                << base64(f.bytes) << ImageSource::Base64 << f.format << f.mime << none;
    }
    QTest::newRow("data URL whose mime disagrees with the bytes")
            << dataUrl(u"image/png"_s, jpegBytes()) << ImageSource::DataUrl << ImageFormat::Jpeg
            << u"image/png"_s << none;
    QTest::newRow("data URL without a mime type")
            << u"data:;base64,"_s + base64(gif89Bytes()) << ImageSource::DataUrl << ImageFormat::Gif
            << u"image/gif"_s << none;
    QTest::newRow("data URL, percent-encoded GIF")
            << u"data:image/gif,"_s + QString::fromLatin1(gif89Bytes().toPercentEncoding())
            << ImageSource::DataUrl << ImageFormat::Gif << u"image/gif"_s << none;
    QTest::newRow("data URL of unknown bytes, format from mime")
            << dataUrl(u"IMAGE/WEBP"_s, QByteArray("not really an image")) << ImageSource::DataUrl
            << ImageFormat::WebP << u"image/webp"_s << none;
    {
        QString wrapped = base64(pngBytes());
        for (qsizetype i = 60; i > 0; i -= 10) {
            wrapped.insert(i, u"\r\n"_s);
        }
        QTest::newRow("raw base64 with line breaks")
                << wrapped << ImageSource::Base64 << ImageFormat::Png << u"image/png"_s << none;
    }
    QTest::newRow("raw base64url without padding")
            << QString::fromLatin1(pngWithHighBytes().toBase64(QByteArray::Base64UrlEncoding
                                                               | QByteArray::OmitTrailingEquals))
            << ImageSource::Base64 << ImageFormat::Png << u"image/png"_s << none;
    QTest::newRow("base64 of text is base64 of unknown format")
            << u"aGVsbG8gd29ybGQ="_s << ImageSource::Base64 << ImageFormat::Unknown << none << none;
    QTest::newRow("garbage") << u"not an image!"_s << ImageSource::Invalid << ImageFormat::Unknown
                             << none << none;
    QTest::newRow("empty") << QString() << ImageSource::Invalid << ImageFormat::Unknown << none
                           << none;
    QTest::newRow("whitespace") << u" \n "_s << ImageSource::Invalid << ImageFormat::Unknown << none
                                << none;
    QTest::newRow("impossible base64 length")
            << u"abcde"_s << ImageSource::Invalid << ImageFormat::Unknown << none << none;
    QTest::newRow("padding in the middle")
            << u"ab==cdef"_s << ImageSource::Invalid << ImageFormat::Unknown << none << none;
    QTest::newRow("mixed base64 alphabets")
            << u"ab+_"_s << ImageSource::Invalid << ImageFormat::Unknown << none << none;
    QTest::newRow("data URL without comma") << u"data:image/png;base64"_s << ImageSource::Invalid
                                            << ImageFormat::Unknown << none << none;
    QTest::newRow("data URL without data") << u"data:image/png;base64,"_s << ImageSource::Invalid
                                           << ImageFormat::Unknown << none << none;
    QTest::newRow("data URL with broken base64")
            << u"data:image/png;base64,iVBO%%"_s << ImageSource::Invalid << ImageFormat::Unknown
            << none << none;
}

void TestImageRef::classifies()
{
    QFETCH(QString, entry);
    QFETCH(ImageSource, source);
    QFETCH(ImageFormat, format);
    QFETCH(QString, mimeType);
    QFETCH(QString, url);

    const ImageRef ref = classifyImage(entry);
    QCOMPARE(ref.source, source);
    QCOMPARE(ref.format, format);
    QCOMPARE(ref.mimeType, mimeType);
    QCOMPARE(ref.url.toString(), url);
    QCOMPARE(ref.error.isEmpty(), source != ImageSource::Invalid);
}

void TestImageRef::decodes_data()
{
    QTest::addColumn<QString>("entry");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("fails");

    QTest::newRow("raw base64 PNG") << base64(pngBytes()) << pngBytes() << false;
    QTest::newRow("raw base64 JPEG") << base64(jpegBytes()) << jpegBytes() << false;
    QTest::newRow("data URL GIF") << dataUrl(u"image/gif"_s, gif89Bytes()) << gif89Bytes() << false;
    QTest::newRow("data URL WebP, uppercase prefix")
            << u"DATA:image/webp;BASE64,"_s + base64(webpBytes()) << webpBytes() << false;
    QTest::newRow("whitespace and line breaks tolerated")
            << u"  "_s + base64(pngBytes()).insert(8, u"\n "_s).insert(20, u"\t"_s) + u"\n"_s
            << pngBytes() << false;
    QTest::newRow("base64url") << QString::fromLatin1(
            pngWithHighBytes().toBase64(QByteArray::Base64UrlEncoding))
                               << pngWithHighBytes() << false;
    QTest::newRow("percent-encoded data URL")
            << u"data:image/gif,"_s + QString::fromLatin1(gif87Bytes().toPercentEncoding())
            << gif87Bytes() << false;
    QTest::newRow("URL cannot be decoded")
            << u"https://example.com/a.png"_s << QByteArray() << true;
    QTest::newRow("garbage") << u"#!?"_s << QByteArray() << true;
    QTest::newRow("empty") << QString() << QByteArray() << true;
    QTest::newRow("data URL without data") << u"data:image/png;base64,"_s << QByteArray() << true;
    QTest::newRow("data URL without comma") << u"data:image/png"_s << QByteArray() << true;
}

void TestImageRef::decodes()
{
    QFETCH(QString, entry);
    QFETCH(QByteArray, bytes);
    QFETCH(bool, fails);

    const Result<QByteArray> decoded = decodeImageData(entry);
    QCOMPARE(decoded.valueOr({}), bytes);
    QCOMPARE(!decoded.ok(), fails);
    QCOMPARE(!decoded.error().isEmpty(), fails);
}

void TestImageRef::sniffs_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<ImageFormat>("format");

    QTest::newRow("PNG") << pngBytes() << ImageFormat::Png;
    QTest::newRow("JPEG") << jpegBytes() << ImageFormat::Jpeg;
    QTest::newRow("GIF89a") << gif89Bytes() << ImageFormat::Gif;
    QTest::newRow("GIF87a") << gif87Bytes() << ImageFormat::Gif;
    QTest::newRow("WebP") << webpBytes() << ImageFormat::WebP;
    QTest::newRow("RIFF WAVE is not WebP")
            << QByteArray("RIFF\x24\x08\0\0WAVEfmt ", 16) << ImageFormat::Unknown;
    QTest::newRow("truncated RIFF") << QByteArray("RIFF") << ImageFormat::Unknown;
    QTest::newRow("truncated PNG signature") << pngBytes().left(5) << ImageFormat::Unknown;
    QTest::newRow("GIF88a") << QByteArray("GIF88a") << ImageFormat::Unknown;
    QTest::newRow("empty") << QByteArray() << ImageFormat::Unknown;
}

void TestImageRef::sniffs()
{
    QFETCH(QByteArray, bytes);
    QFETCH(ImageFormat, format);

    QCOMPARE(sniffImageFormat(bytes), format);
}

void TestImageRef::namesFormats_data()
{
    QTest::addColumn<ImageFormat>("format");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QString>("mime");

    QTest::newRow("PNG") << ImageFormat::Png << u"PNG"_s << u"png"_s << u"image/png"_s;
    QTest::newRow("JPEG") << ImageFormat::Jpeg << u"JPEG"_s << u"jpg"_s << u"image/jpeg"_s;
    QTest::newRow("GIF") << ImageFormat::Gif << u"GIF"_s << u"gif"_s << u"image/gif"_s;
    QTest::newRow("WebP") << ImageFormat::WebP << u"WebP"_s << u"webp"_s << u"image/webp"_s;
    QTest::newRow("unknown") << ImageFormat::Unknown << QString() << u"bin"_s << QString();
}

void TestImageRef::namesFormats()
{
    QFETCH(ImageFormat, format);
    QFETCH(QString, name);
    QFETCH(QString, suffix);
    QFETCH(QString, mime);

    QCOMPARE(imageFormatName(format), name);
    QCOMPARE(imageFileSuffix(format), suffix);
    QCOMPARE(imageMimeType(format), mime);
}

QTEST_GUILESS_MAIN(TestImageRef)
#include "tst_imageref.moc"
