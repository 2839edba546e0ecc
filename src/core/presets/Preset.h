#pragma once

#include "core/protocol/CallRequest.h"

#include <QMap>
#include <QString>
#include <QStringView>

namespace callpad {

// Everything in the request form that is worth keeping, as one plain file (docs/preset-format.md).
// There is deliberately no field for an API key: keys live in the OS keychain only, and a preset
// is meant to be shared, committed and mailed around.
struct Preset
{
    QString name;
    QString description;
    QString baseUrl; // empty = whatever base URL the app is using
    QString functionName; // display only; the id in `request` is what is called
    QString revisionLabel; // display only
    bool stream = false;
    CallDraft request; // ids, input text and plain-string flag, examples, tags, parent span id

    // Top-level keys this version of Callpad does not know (a newer version's additions), each
    // as compact JSON text with its nested key order kept. They are written back, sorted by key,
    // after the known ones. Secret-like keys never get here: parsing drops them and serializing
    // filters this map again.
    QMap<QString, QString> unknownKeys;

    friend bool operator==(const Preset &, const Preset &) = default;
};

// True for a key name that looks like it holds a credential: "key", "api_key", "X-Api-Key",
// "Authorization", "token", "access_token", "client_secret", "password", ... Case, '-', '_', '.'
// and spaces are ignored. Deliberately broad: dropping an innocent field is the cheaper mistake.
// Counts like "max_tokens" are not matched.
bool isSecretLikeKey(QStringView key);

// A base URL without the parts that can carry a credential: user info ("https://user:pw@host")
// and query items with a secret-like name ("?api_key=..."). Anything else stays as typed.
// *stripped (optional) tells whether something was removed.
QString baseUrlWithoutSecrets(const QString &baseUrl, bool *stripped = nullptr);

} // namespace callpad
