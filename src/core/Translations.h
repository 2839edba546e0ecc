#pragma once

class QLocale;
class QTranslator;

namespace callpad {

// Installs Callpad's translation on the running application: the file of the first of
// `locale`'s UI languages that has one, else English. English is the source language; its file
// (resources/translations/callpad_en.ts) holds the plural forms, so "%n revision(s)" reads
// "1 revision" and "2 revisions" in every locale without a translation of its own. Both
// executables call this right after creating their application, with QLocale::system().
//
// The translator is a child of the application (deleting it uninstalls it); nullptr when not
// even the English file could be loaded.
QTranslator *installTranslations(const QLocale &locale);

} // namespace callpad
