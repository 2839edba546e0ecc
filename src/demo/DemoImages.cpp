#include "demo/DemoImages.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QImage>

#include <array>

namespace callpad {

using namespace Qt::StringLiterals;

namespace {

QByteArray digest(const QString &prompt, int index)
{
    return QCryptographicHash::hash((prompt + u'#' + QString::number(index)).toUtf8(),
                                    QCryptographicHash::Sha256);
}

struct Rgb
{
    int r = 0;
    int g = 0;
    int b = 0;
};

Rgb colourAt(const QByteArray &hash, int offset)
{
    auto byte = [&](int i) { return int(static_cast<unsigned char>(hash.at(i % hash.size()))); };
    return { byte(offset), byte(offset + 1), byte(offset + 2) };
}

int mix(int a, int b, int t, int range)
{
    return a + (b - a) * t / range;
}

struct Circle
{
    int cx = 0;
    int cy = 0;
    int radius = 0;
    Rgb colour;
};

} // namespace

QString DemoImages::nameFor(const QString &prompt, int index)
{
    return QString::fromLatin1(digest(prompt, index).toHex().left(24));
}

QByteArray DemoImages::paint(const QString &prompt, int index)
{
    const QByteArray hash = digest(prompt, index);
    auto byte = [&](int i) { return int(static_cast<unsigned char>(hash.at(i % hash.size()))); };
    const Rgb from = colourAt(hash, 0);
    const Rgb to = colourAt(hash, 3);
    std::array<Circle, 3> circles {};
    for (int i = 0; i < int(circles.size()); ++i) {
        const int base = 6 + i * 6;
        circles[i] = { 32 + byte(base) * (Size - 64) / 255, 32 + byte(base + 1) * (Size - 64) / 255,
                       16 + byte(base + 2) % 56, colourAt(hash, base + 3) };
    }
    const int barTop = 40 + byte(26) % 150;

    // Pixels are computed directly (no QPainter) so the exact bytes do not depend on a
    // paint engine or on a QGuiApplication existing in the calling process.
    QImage image(Size, Size, QImage::Format_RGB32);
    for (int y = 0; y < Size; ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < Size; ++x) {
            const int t = x + y;
            Rgb px { mix(from.r, to.r, t, 2 * Size), mix(from.g, to.g, t, 2 * Size),
                     mix(from.b, to.b, t, 2 * Size) };
            if (y >= barTop && y < barTop + 14) {
                px = { 255 - px.r, 255 - px.g, 255 - px.b };
            }
            for (const Circle &c : circles) {
                const int dx = x - c.cx;
                const int dy = y - c.cy;
                if (dx * dx + dy * dy <= c.radius * c.radius) {
                    px = c.colour;
                }
            }
            line[x] = qRgb(px.r, px.g, px.b);
        }
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

QString DemoImages::publish(const QString &prompt, int index)
{
    QString name = nameFor(prompt, index);
    if (!m_store.contains(name)) {
        if (m_order.size() >= MaxStored) {
            m_store.remove(m_order.takeFirst());
        }
        m_store.insert(name, paint(prompt, index));
        m_order.append(name);
    }
    return name;
}

std::optional<QByteArray> DemoImages::find(const QString &name) const
{
    const auto it = m_store.constFind(name);
    if (it == m_store.cend()) {
        return std::nullopt;
    }
    return *it;
}

} // namespace callpad
