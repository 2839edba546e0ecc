#include "core/AtomicFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

#include <unistd.h>

namespace callpad {

namespace {

// The translation context of the atomic writer's messages.
struct AtomicFile
{
    Q_DECLARE_TR_FUNCTIONS(callpad::AtomicFile)
};

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

Status writeFileAtomically(const QString &path, const std::function<Status(QIODevice *)> &write)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Status::failure(
                AtomicFile::tr("Could not write %1: %2").arg(native(path), file.errorString()));
    }
    const Status written = write(&file);
    if (!written) {
        file.cancelWriting();
        return Status::failure(
                AtomicFile::tr("Could not write %1: %2").arg(native(path), written.error()));
    }
    // The data reaches the disk before the rename makes it the file.
    if (!file.flush() || ::fsync(file.handle()) != 0) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return Status::failure(AtomicFile::tr("Could not write %1: %2").arg(native(path), reason));
    }
    if (!file.commit()) {
        return Status::failure(
                AtomicFile::tr("Could not save %1: %2").arg(native(path), file.errorString()));
    }
    return Status::success();
}

Status writeFileAtomically(const QString &path, const QByteArray &bytes,
                           const MidWriteHook &midWrite)
{
    return writeFileAtomically(path, [&bytes, &midWrite](QIODevice *out) {
        const qsizetype half = midWrite ? bytes.size() / 2 : bytes.size();
        bool written = out->write(bytes.constData(), half) == half;
        if (written && midWrite) {
            written = static_cast<QSaveFile *>(out)->flush();
            midWrite();
            written = written
                    && out->write(bytes.constData() + half, bytes.size() - half)
                            == bytes.size() - half;
        }
        return written ? Status::success() : Status::failure(out->errorString());
    });
}

} // namespace callpad
