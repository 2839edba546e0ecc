#include "core/presets/Preset.h"

#include <QStringList>
#include <QUrl>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace callpad {

bool isSecretLikeKey(QStringView key)
{
    QString normalized;
    normalized.reserve(key.size());
    for (const QChar c : key) {
        if (c.isLetterOrNumber()) {
            normalized.append(c.toLower());
        }
    }
    static const std::array exact { u"key"_s, u"auth"_s, u"bearer"_s, u"pwd"_s, u"pass"_s };
    static const std::array contained { u"apikey"_s, u"authorization"_s, u"bearertoken"_s };
    static const std::array endings { u"token"_s,      u"secret"_s,     u"password"_s,
                                      u"passwd"_s,     u"privatekey"_s, u"accesskey"_s,
                                      u"secretkey"_s,  u"credential"_s, u"credentials"_s,
                                      u"passphrase"_s, u"cookie"_s };
    for (const QString &word : exact) {
        if (normalized == word) {
            return true;
        }
    }
    for (const QString &word : contained) {
        if (normalized.contains(word)) {
            return true;
        }
    }
    return std::any_of(endings.cbegin(), endings.cend(),
                       [&normalized](const QString &word) { return normalized.endsWith(word); });
}

QString baseUrlWithoutSecrets(const QString &baseUrl, bool *stripped)
{
    if (stripped) {
        *stripped = false;
    }
    QUrl url(baseUrl.trimmed(), QUrl::StrictMode);
    if (baseUrl.trimmed().isEmpty() || !url.isValid()) {
        return baseUrl;
    }
    bool changed = false;
    if (!url.userInfo().isEmpty()) {
        url.setUserInfo({});
        changed = true;
    }
    if (url.hasQuery()) {
        QStringList kept;
        const QStringList parts = url.query(QUrl::FullyEncoded).split(u'&');
        for (const QString &part : parts) {
            const QString name = part.section(u'=', 0, 0);
            if (isSecretLikeKey(QUrl::fromPercentEncoding(name.toUtf8()))) {
                changed = true;
            } else {
                kept << part;
            }
        }
        if (changed) {
            url.setQuery(kept.isEmpty() ? QString() : kept.join(u'&'));
        }
    }
    if (!changed) {
        return baseUrl; // as typed, not as QUrl would normalize it
    }
    if (stripped) {
        *stripped = true;
    }
    return url.toString(QUrl::FullyEncoded);
}

} // namespace callpad
