#include "gui/window/WindowDialogs.h"

#include "core/Version.h"
#include "gui/common/LocalTime.h"
#include "gui/window/MainWindow.h"

#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace callpad::WindowDialogs {

bool askTryDemoMode(QWidget *parent)
{
    QMessageBox box(
            QMessageBox::Question, MainWindow::tr("No API key"),
            MainWindow::tr(
                    "No Opper API key is set.\n\nTry Callpad in demo mode, with a demo server "
                    "on this computer? Or close this and paste your key into the key field "
                    "(it stays in memory only)."),
            QMessageBox::NoButton, parent);
    box.setObjectName(u"noKeyMessageBox"_s);
    QPushButton *demo = box.addButton(MainWindow::tr("Try Demo Mode"), QMessageBox::AcceptRole);
    box.addButton(MainWindow::tr("Enter a Key"), QMessageBox::RejectRole);
    box.setDefaultButton(demo);
    box.exec();
    return box.clickedButton() == demo;
}

bool askRestoreDraft(QWidget *parent, const QDateTime &savedAt)
{
    QMessageBox box(
            QMessageBox::Question, MainWindow::tr("Restore unsaved work?"),
            MainWindow::tr("Restore the unsaved request you were editing when Callpad last closed "
                           "(autosaved %1)?")
                    .arg(formatLocalTime(savedAt.toLocalTime(), QLocale::ShortFormat)),
            QMessageBox::Yes | QMessageBox::Discard, parent);
    box.setObjectName(u"draftRecoveryMessageBox"_s);
    box.setDefaultButton(QMessageBox::Yes);
    return box.exec() == QMessageBox::Yes;
}

void showAbout(QWidget *parent)
{
    QMessageBox::about(
            parent, MainWindow::tr("About Callpad"),
            MainWindow::tr(
                    "<h3>Callpad %1</h3>"
                    "<p>A native workbench for calling Opper function revisions: edit the input, "
                    "examples and tags, call, and read the message, JSON payload, images, tokens "
                    "and "
                    "cost.</p><p>Local-first. Your API key is kept in memory and sent only to the "
                    "configured API origin. Presets are plain files; the history and cost ledger "
                    "stay on this computer.</p><p>Built with Qt %2.</p>")
                    .arg(version(), QString::fromLatin1(qVersion())));
}

} // namespace callpad::WindowDialogs
