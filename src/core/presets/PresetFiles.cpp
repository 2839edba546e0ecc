#include "core/presets/PresetFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSet>

#include <array>

using namespace Qt::StringLiterals;

namespace callpad {

namespace {

// The translation context of the preset file helpers' messages.
struct PresetFiles
{
    Q_DECLARE_TR_FUNCTIONS(callpad::PresetFiles)
};

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

Result<QByteArray> readSmallFile(const QString &path, qint64 maxBytes)
{
    using Bytes = Result<QByteArray>;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Bytes::failure(
                PresetFiles::tr("Could not read %1: %2").arg(native(path), file.errorString()));
    }
    if (file.size() > maxBytes) {
        return Bytes::failure(PresetFiles::tr("%1 is too large (%2 MB; the limit is %3 MB)")
                                      .arg(native(path))
                                      .arg(double(file.size()) / (1024.0 * 1024.0), 0, 'f', 1)
                                      .arg(maxBytes / (qint64(1024) * 1024)));
    }
    QByteArray bytes = file.read(maxBytes + 1);
    if (bytes.size() > maxBytes) { // it grew while being read
        return Bytes::failure(PresetFiles::tr("%1 is too large").arg(native(path)));
    }
    return bytes;
}

QString presetFileStem(const QString &name)
{
    // Decomposing first turns "é" into "e" plus a combining accent, which is then dropped.
    const QString decomposed = name.normalized(QString::NormalizationForm_KD);
    QString stem;
    bool dash = false;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing) {
            continue;
        }
        if (c.isLetterOrNumber() || c.isSurrogate()) {
            if (dash && !stem.isEmpty()) {
                stem.append(u'-');
            }
            dash = false;
            stem.append(c.toLower());
        } else {
            dash = true;
        }
    }
    stem = stem.normalized(QString::NormalizationForm_C);
    if (stem.size() > 64) {
        qsizetype cut = 64;
        if (stem.at(cut - 1).isHighSurrogate()) {
            --cut;
        }
        stem.truncate(cut);
        while (stem.endsWith(u'-')) {
            stem.chop(1);
        }
    }
    if (stem.isEmpty()) {
        return u"preset"_s;
    }
    static const std::array reserved { u"con"_s, u"prn"_s, u"aux"_s, u"nul"_s };
    const bool numbered = stem.size() == 4 && (stem.startsWith(u"com") || stem.startsWith(u"lpt"))
            && stem.at(3).isDigit();
    if (numbered || std::find(reserved.begin(), reserved.end(), stem) != reserved.end()) {
        stem += u"-preset"_s;
    }
    return stem;
}

QString uniquePresetFileName(const QString &stem, const QStringList &taken)
{
    QSet<QString> lower;
    for (const QString &name : taken) {
        lower.insert(name.toLower());
    }
    QString candidate = stem + u".json"_s;
    for (int n = 2; lower.contains(candidate.toLower()); ++n) {
        candidate = stem + u"-%1.json"_s.arg(n);
    }
    return candidate;
}

} // namespace callpad
