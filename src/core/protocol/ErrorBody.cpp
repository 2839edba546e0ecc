#include "core/protocol/ErrorBody.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace callpad {

namespace {

// Enough of a huge body to say what it is, without regex work on megabytes.
constexpr qsizetype kPreviewInputLimit = qsizetype(64) * 1024;

bool looksLikeHtml(QStringView text, const QByteArray &contentType)
{
    return contentType.toLower().contains("html") || text.trimmed().startsWith(u'<');
}

QString decodeEntities(const QString &text)
{
    static const QRegularExpression numeric(u"&#(x[0-9a-fA-F]{1,6}|[0-9]{1,7});"_s);
    QString out;
    qsizetype last = 0;
    auto it = numeric.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        out += QStringView(text).sliced(last, match.capturedStart() - last);
        const QString code = match.captured(1);
        bool ok = false;
        const uint ucs = code.startsWith(u'x') ? code.mid(1).toUInt(&ok, 16) : code.toUInt(&ok, 10);
        if (ok && ucs > 0 && ucs <= 0x10FFFF) {
            const char32_t c = ucs;
            out += QString::fromUcs4(&c, 1);
        }
        last = match.capturedEnd();
    }
    out += QStringView(text).sliced(last);
    out.replace(u"&nbsp;"_s, u" "_s);
    out.replace(u"&lt;"_s, u"<"_s);
    out.replace(u"&gt;"_s, u">"_s);
    out.replace(u"&quot;"_s, u"\""_s);
    out.replace(u"&#39;"_s, u"'"_s);
    out.replace(u"&apos;"_s, u"'"_s);
    out.replace(u"&amp;"_s, u"&"_s); // last, so "&amp;lt;" stays "&lt;"
    return out;
}

QString between(QStringView text, QStringView open, QStringView close)
{
    const qsizetype start = text.indexOf(open, 0, Qt::CaseInsensitive);
    const qsizetype tagEnd = start < 0 ? -1 : text.indexOf(u'>', start);
    const qsizetype end = tagEnd < 0 ? -1 : text.indexOf(close, tagEnd, Qt::CaseInsensitive);
    return end < 0 ? QString() : text.sliced(tagEnd + 1, end - tagEnd - 1).toString();
}

// One linear pass (every search moves forward), so a hostile body cannot make it quadratic the
// way a backtracking regex could.
QString stripHtml(QStringView text)
{
    const QString title = between(text, u"<title", u"</title");
    QString out;
    out.reserve(text.size());
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = text.at(i);
        const QChar next = i + 1 < n ? text.at(i + 1) : QChar();
        if (c != u'<' || !(next.isLetter() || next == u'/' || next == u'!')) {
            out += c;
            ++i;
            continue;
        }
        out += u' ';
        if (text.sliced(i).startsWith(u"<!--")) {
            const qsizetype end = text.indexOf(u"-->", i + 4);
            i = end < 0 ? n : end + 3;
            continue;
        }
        const qsizetype nameStart = next == u'/' ? i + 2 : i + 1;
        qsizetype nameEnd = nameStart;
        while (nameEnd < n && text.at(nameEnd).isLetterOrNumber()) {
            ++nameEnd;
        }
        const qsizetype close = text.indexOf(u'>', nameEnd);
        if (close < 0) {
            break; // an unterminated tag: the rest is not readable text
        }
        i = close + 1;
        const QString name = text.sliced(nameStart, nameEnd - nameStart).toString().toLower();
        const bool invisible
                = name == u"head" || name == u"script" || name == u"style" || name == u"title";
        if (next != u'/' && invisible) {
            const qsizetype endTag = text.indexOf(QString(u"</" + name), i, Qt::CaseInsensitive);
            const qsizetype endClose = endTag < 0 ? -1 : text.indexOf(u'>', endTag);
            i = endClose < 0 ? n : endClose + 1;
        }
    }
    const QString readable = decodeEntities(out).simplified();
    // A page whose body is empty still says something in its title.
    return readable.isEmpty() ? decodeEntities(title).simplified() : readable;
}

} // namespace

QString plainTextPreview(const QByteArray &body, const QByteArray &contentType, int maxChars)
{
    QString text = QString::fromUtf8(body.left(kPreviewInputLimit));
    if (looksLikeHtml(text, contentType)) {
        text = stripHtml(text);
    }
    for (QChar &c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7F) {
            c = u' ';
        }
    }
    text = text.simplified();
    if (maxChars > 0 && text.size() > maxChars) {
        text = text.left(maxChars - 1).trimmed() + QChar(0x2026);
    }
    return text;
}

ErrorBody readErrorBody(const QByteArray &body, const QByteArray &contentType)
{
    ErrorBody result;
    if (body.trimmed().isEmpty()) {
        return result;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Maybe a JSON scalar (a quoted string): Qt 6.4 only reads objects and arrays directly.
        const QJsonDocument wrapped = QJsonDocument::fromJson("[" + body + "]", &parseError);
        if (parseError.error == QJsonParseError::NoError && wrapped.array().size() == 1) {
            result.detail = wrapped.array().first();
            result.message = result.detail.toString();
        } else {
            result.message = plainTextPreview(body, contentType);
        }
        return result;
    }
    if (!document.isObject()) {
        result.detail = document.array();
        return result;
    }
    const QJsonObject object = document.object();
    result.type = object.value(u"type").toString();
    result.message = object.value(u"message").toString();
    const QJsonValue detail = object.value(u"detail");
    if (!detail.isUndefined() && !detail.isNull()) {
        result.detail = detail;
    }
    const QJsonValue error = object.value(u"error");
    if (error.isObject()) {
        const QJsonObject inner = error.toObject();
        if (result.type.isEmpty()) {
            result.type = inner.value(u"type").toString(inner.value(u"code").toString());
        }
        if (result.message.isEmpty()) {
            result.message = inner.value(u"message").toString();
        }
    } else if (error.isString() && result.message.isEmpty()) {
        result.message = error.toString();
    }
    const bool known = object.contains(u"type") || object.contains(u"message")
            || object.contains(u"detail") || object.contains(u"error");
    if (!known) {
        result.detail = object; // unknown shape: show it whole rather than nothing
    }
    return result;
}

} // namespace callpad
