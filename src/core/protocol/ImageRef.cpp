#include "core/protocol/ImageRef.h"

using namespace Qt::StringLiterals;

namespace callpad {

namespace {

// Enough base64 for the longest signature (12 bytes for WebP), a multiple of four.
constexpr qsizetype kSniffChars = 64;

bool isBase64Char(char16_t c)
{
    return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')
            || c == u'+' || c == u'/' || c == u'-' || c == u'_';
}

bool isSpace(char16_t c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r';
}

// Checks the whole payload cheaply (one pass, no allocation) and returns its first
// `prefixChars` significant characters, or why it is not base64.
Result<QByteArray> checkBase64(QStringView text, qsizetype prefixChars)
{
    using Prefix = Result<QByteArray>;
    QByteArray prefix;
    qsizetype significant = 0;
    qsizetype padding = 0;
    bool standard = false;
    bool url = false;
    for (const QChar qc : text) {
        const char16_t c = qc.unicode();
        if (isSpace(c)) {
            continue;
        }
        if (c == u'=') {
            ++padding;
            continue;
        }
        if (padding > 0 || !isBase64Char(c)) {
            return Prefix::failure(ImageRef::tr("The image data is not valid base64"));
        }
        standard = standard || c == u'+' || c == u'/';
        url = url || c == u'-' || c == u'_';
        if (significant < prefixChars) {
            prefix.append(char(c));
        }
        ++significant;
    }
    if (significant == 0) {
        return Prefix::failure(ImageRef::tr("The image data is empty"));
    }
    if ((standard && url) || padding > 2 || significant % 4 == 1) {
        return Prefix::failure(ImageRef::tr("The image data is not valid base64"));
    }
    return prefix;
}

QByteArray decodeBase64(const QByteArray &significant)
{
    const bool url = significant.contains('-') || significant.contains('_');
    const auto options = (url ? QByteArray::Base64UrlEncoding : QByteArray::Base64Encoding)
            | QByteArray::AbortOnBase64DecodingErrors;
    return QByteArray::fromBase64Encoding(significant, options).decoded;
}

// The first bytes of base64 `text`, enough to sniff the format from.
Result<QByteArray> sniffPrefix(QStringView text)
{
    Result<QByteArray> checked = checkBase64(text, kSniffChars);
    if (!checked) {
        return checked;
    }
    QByteArray prefix = *checked;
    prefix.truncate(prefix.size() - prefix.size() % 4);
    return decodeBase64(prefix);
}

ImageFormat formatFromMime(const QString &mime)
{
    if (mime == u"image/png") {
        return ImageFormat::Png;
    }
    if (mime == u"image/jpeg" || mime == u"image/jpg") {
        return ImageFormat::Jpeg;
    }
    if (mime == u"image/gif") {
        return ImageFormat::Gif;
    }
    if (mime == u"image/webp") {
        return ImageFormat::WebP;
    }
    return ImageFormat::Unknown;
}

ImageFormat formatFromSuffix(const QString &path)
{
    const QString suffix = path.section(u'.', -1).toLower();
    if (!path.contains(u'.')) {
        return ImageFormat::Unknown;
    }
    if (suffix == u"jpg" || suffix == u"jpeg") {
        return ImageFormat::Jpeg;
    }
    return formatFromMime(u"image/"_s + suffix);
}

ImageRef invalid(const QString &error)
{
    ImageRef ref;
    ref.error = error;
    return ref;
}

ImageRef classifyDataUrl(QStringView entry)
{
    const qsizetype comma = entry.indexOf(u',');
    if (comma < 0) {
        return invalid(ImageRef::tr("The data URL has no comma before its data"));
    }
    const QString header = entry.sliced(5, comma - 5).toString();
    const QStringView payload = entry.sliced(comma + 1);
    ImageRef ref;
    ref.source = ImageSource::DataUrl;
    ref.mimeType = header.section(u';', 0, 0).trimmed().toLower();
    QByteArray head;
    if (header.endsWith(u";base64", Qt::CaseInsensitive)) {
        const Result<QByteArray> sniffed = sniffPrefix(payload);
        if (!sniffed) {
            return invalid(sniffed.error());
        }
        head = *sniffed;
    } else if (payload.trimmed().isEmpty()) {
        return invalid(ImageRef::tr("The image data is empty"));
    } else {
        head = QByteArray::fromPercentEncoding(payload.left(kSniffChars * 3).toUtf8());
    }
    ref.format = sniffImageFormat(head);
    if (ref.format == ImageFormat::Unknown) {
        ref.format = formatFromMime(ref.mimeType);
    }
    if (ref.mimeType.isEmpty()) {
        ref.mimeType = imageMimeType(ref.format);
    }
    return ref;
}

} // namespace

ImageRef classifyImage(QStringView entry)
{
    entry = entry.trimmed();
    if (entry.isEmpty()) {
        return invalid(ImageRef::tr("The image entry is empty"));
    }
    if (entry.startsWith(u"http://", Qt::CaseInsensitive)
        || entry.startsWith(u"https://", Qt::CaseInsensitive)) {
        const QUrl url(entry.toString(), QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty()) {
            return invalid(ImageRef::tr("The image URL is not valid"));
        }
        ImageRef ref;
        ref.source = ImageSource::HttpUrl;
        ref.url = url;
        ref.format = formatFromSuffix(url.path());
        ref.mimeType = imageMimeType(ref.format);
        return ref;
    }
    if (entry.startsWith(u"data:", Qt::CaseInsensitive)) {
        return classifyDataUrl(entry);
    }
    const Result<QByteArray> head = sniffPrefix(entry);
    if (!head) {
        return invalid(ImageRef::tr("The image entry is neither a URL nor base64 data"));
    }
    ImageRef ref;
    ref.source = ImageSource::Base64;
    ref.format = sniffImageFormat(*head);
    ref.mimeType = imageMimeType(ref.format);
    return ref;
}

ImageFormat sniffImageFormat(const QByteArray &bytes)
{
    if (bytes.startsWith("\x89PNG\r\n\x1a\n")) {
        return ImageFormat::Png;
    }
    if (bytes.startsWith("\xFF\xD8\xFF")) {
        return ImageFormat::Jpeg;
    }
    if (bytes.startsWith("GIF87a") || bytes.startsWith("GIF89a")) {
        return ImageFormat::Gif;
    }
    if (bytes.size() >= 12 && bytes.startsWith("RIFF") && bytes.sliced(8, 4) == "WEBP") {
        return ImageFormat::WebP;
    }
    return ImageFormat::Unknown;
}

Result<QByteArray> decodeImageData(QStringView entry)
{
    using Bytes = Result<QByteArray>;
    entry = entry.trimmed();
    QStringView payload = entry;
    bool base64 = true;
    if (entry.startsWith(u"http://", Qt::CaseInsensitive)
        || entry.startsWith(u"https://", Qt::CaseInsensitive)) {
        return Bytes::failure(
                ImageRef::tr("The image is a URL: it has to be downloaded, not decoded"));
    }
    if (entry.startsWith(u"data:", Qt::CaseInsensitive)) {
        const qsizetype comma = entry.indexOf(u',');
        if (comma < 0) {
            return Bytes::failure(ImageRef::tr("The data URL has no comma before its data"));
        }
        base64 = entry.sliced(0, comma).endsWith(u";base64", Qt::CaseInsensitive);
        payload = entry.sliced(comma + 1);
    }
    QByteArray bytes;
    if (base64) {
        Bytes significant = checkBase64(payload, payload.size());
        if (!significant) {
            return significant;
        }
        bytes = decodeBase64(*significant);
    } else {
        bytes = QByteArray::fromPercentEncoding(payload.toUtf8());
    }
    if (bytes.isEmpty()) {
        return Bytes::failure(ImageRef::tr("The image data is empty"));
    }
    return bytes;
}

QString imageFormatName(ImageFormat format)
{
    switch (format) {
    case ImageFormat::Png:
        return u"PNG"_s;
    case ImageFormat::Jpeg:
        return u"JPEG"_s;
    case ImageFormat::Gif:
        return u"GIF"_s;
    case ImageFormat::WebP:
        return u"WebP"_s;
    case ImageFormat::Unknown:
        break;
    }
    return {};
}

QString imageFileSuffix(ImageFormat format)
{
    switch (format) {
    case ImageFormat::Png:
        return u"png"_s;
    case ImageFormat::Jpeg:
        return u"jpg"_s;
    case ImageFormat::Gif:
        return u"gif"_s;
    case ImageFormat::WebP:
        return u"webp"_s;
    case ImageFormat::Unknown:
        break;
    }
    return u"bin"_s;
}

QString imageMimeType(ImageFormat format)
{
    switch (format) {
    case ImageFormat::Png:
        return u"image/png"_s;
    case ImageFormat::Jpeg:
        return u"image/jpeg"_s;
    case ImageFormat::Gif:
        return u"image/gif"_s;
    case ImageFormat::WebP:
        return u"image/webp"_s;
    case ImageFormat::Unknown:
        break;
    }
    return {};
}

} // namespace callpad
