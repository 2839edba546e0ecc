#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace callpad {

// Deterministic PNGs painted from a hash of the prompt, plus the store behind the
// /v2/demo-images/<name>.png URLs that stand in for Opper's presigned image links.
class DemoImages final
{
public:
    static constexpr int Size = 256;

    static QByteArray paint(const QString &prompt, int index);
    static QString nameFor(const QString &prompt, int index);

    // Paints (once) and keeps the image so its URL can be fetched; returns its name.
    QString publish(const QString &prompt, int index);
    std::optional<QByteArray> find(const QString &name) const;

private:
    static constexpr int MaxStored = 256;

    QHash<QString, QByteArray> m_store;
    QStringList m_order;
};

} // namespace callpad
