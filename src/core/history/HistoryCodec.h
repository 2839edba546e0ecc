#pragma once

#include "core/protocol/ApiError.h"
#include "core/protocol/CallResult.h"
#include "core/protocol/ImageRef.h"

#include <QByteArray>
#include <QString>

namespace callpad::HistoryCodec {

// How the history's columns hold values that are not plain text or numbers. Kept in one place so
// the store, the export and the CLI read them alike.

// [["Name", "value"], ...] as compact JSON (Latin-1 header bytes as UTF-8 text).
QByteArray headersToJson(const HeaderList &headers);
HeaderList headersFromJson(const QByteArray &json);

// Authorization (and other key-bearing headers) replaced by the mask, whatever the caller passed.
HeaderList maskSecretHeaders(HeaderList headers);
bool isSecretHeader(const QByteArray &name);

// Every field of an ApiError, so a stored failure reads back exactly: {kind, http_status, type,
// message, detail, field, line, column, retry_after_seconds}; absent parts omitted.
QByteArray errorToJson(const ApiError &error);
// An unknown kind name (from a newer Callpad) reads as Network, keeping message and status.
ApiError errorFromJson(const QByteArray &json, const QString &kindName);
ErrorKind errorKindFromName(const QString &name);

QString imageSourceName(ImageSource source); // "url", "data_url", "base64", "invalid"
ImageSource imageSourceFromName(const QString &name);

} // namespace callpad::HistoryCodec
