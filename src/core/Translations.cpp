#include "core/Translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace callpad {

QTranslator *installTranslations(const QLocale &locale)
{
    // The build embeds the .qm files under :/i18n (qt_add_translations in src/CMakeLists.txt).
    const QString folder = u":/i18n"_s;
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(locale, u"callpad"_s, u"_"_s, folder)
        && !translator->load(u"callpad_en"_s, folder)) {
        delete translator;
        return nullptr;
    }
    QCoreApplication::installTranslator(translator);
    return translator;
}

} // namespace callpad
