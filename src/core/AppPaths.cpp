#include "core/AppPaths.h"

#include "core/Version.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace callpad {

void setAppIdentity()
{
    QCoreApplication::setOrganizationName(u"Callpad"_s);
    QCoreApplication::setApplicationName(u"Callpad"_s);
    QCoreApplication::setApplicationVersion(version());
}

AppPaths AppPaths::standard()
{
    return inFolder(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
}

AppPaths AppPaths::inFolder(const QString &folder)
{
    const QDir dir(folder);
    return { dir.filePath(u"history.sqlite"_s), dir.filePath(u"presets"_s), folder };
}

} // namespace callpad
