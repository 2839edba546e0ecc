#include "gui/textview/TextViewer.h"

#include "gui/textview/TextFindBar.h"
#include "gui/textview/TextView.h"

#include <QInputDialog>
#include <QLocale>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace callpad {

TextViewer::TextViewer(QWidget *parent)
    : QWidget(parent), m_view(new TextView(this)), m_findBar(new TextFindBar(m_view, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_findBar);
    setFocusProxy(m_view);
    connect(m_view, &TextView::findRequested, this, &TextViewer::openFind);
    connect(m_view, &TextView::goToLineRequested, this, &TextViewer::askGoToLine);
}

TextViewer::~TextViewer() = default;

void TextViewer::openFind()
{
    if (!m_view->isEmpty()) {
        m_findBar->open();
    }
}

void TextViewer::askGoToLine()
{
    if (m_view->isEmpty()) {
        return;
    }
    const int count = m_view->lineCount();
    bool ok = false;
    const int line = QInputDialog::getInt(this, tr("Go to Line"),
                                          tr("Line (1 to %1):").arg(QLocale().toString(count)),
                                          m_view->cursorPosition().line + 1, 1, count, 1, &ok);
    if (ok) {
        m_view->goToLine(line);
        m_view->setFocus(Qt::OtherFocusReason);
    }
}

} // namespace callpad
