#pragma once

#include <QByteArray>
#include <QString> // QStringBuilder, which the + below uses

// Pretty-printed JSON of `count` objects, four lines each, the way a big payload looks:
// 200,000 objects is about 13 MB.
inline QByteArray prettyArray(int count)
{
    QByteArray json = "[\n";
    json.reserve(qsizetype(count) * 64);
    for (int i = 0; i < count; ++i) {
        json += "    {\n        \"id\": " + QByteArray::number(i) + ",\n        \"name\": \"item "
                + QByteArray::number(i) + "\"\n    }" + (i + 1 < count ? ",\n" : "\n");
    }
    return json + "]";
}
