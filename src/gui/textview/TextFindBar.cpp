#include "gui/textview/TextFindBar.h"

#include "gui/textview/TextView.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace callpad {

TextFindBar::TextFindBar(TextView *view, QWidget *parent) : QWidget(parent), m_view(view)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 2, 0, 0);
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(u"findLineEdit"_s);
    m_edit->setPlaceholderText(tr("Find"));
    m_edit->setClearButtonEnabled(true);
    m_edit->installEventFilter(this);
    m_count = new QLabel(this);
    m_count->setObjectName(u"findCountLabel"_s);
    m_case = new QCheckBox(tr("Match &case"), this);
    m_case->setObjectName(u"findCaseCheckBox"_s);
    m_previous = new QToolButton(this);
    m_previous->setObjectName(u"findPreviousToolButton"_s);
    m_previous->setArrowType(Qt::UpArrow);
    m_previous->setToolTip(tr("Previous match (Shift+Enter)"));
    m_next = new QToolButton(this);
    m_next->setObjectName(u"findNextToolButton"_s);
    m_next->setArrowType(Qt::DownArrow);
    m_next->setToolTip(tr("Next match (Enter)"));
    auto *closeButton = new QToolButton(this);
    closeButton->setObjectName(u"findCloseToolButton"_s);
    closeButton->setText(u"✕"_s);
    closeButton->setAutoRaise(true);
    closeButton->setToolTip(tr("Close the find bar (Esc)"));
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_count);
    layout->addWidget(m_case);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(closeButton);

    m_typing.setSingleShot(true);
    m_typing.setInterval(TypingPauseMs);
    connect(&m_typing, &QTimer::timeout, this, &TextFindBar::search);
    connect(m_edit, &QLineEdit::textChanged, this, [this] { m_typing.start(); });
    connect(m_case, &QCheckBox::toggled, this, &TextFindBar::search);
    connect(m_previous, &QToolButton::clicked, m_view, &TextView::findPrevious);
    connect(m_next, &QToolButton::clicked, m_view, &TextView::findNext);
    connect(closeButton, &QToolButton::clicked, this, &TextFindBar::close);
    connect(m_view, &TextView::searchFinished, this, [this] {
        if (m_goToFirst && m_view->matchCount() > 0) {
            m_view->findNext();
        }
        m_goToFirst = false;
        updateCount();
    });
    connect(m_view, &TextView::currentMatchChanged, this, &TextFindBar::updateCount);
    // A new text (or an appended one) needs the search again.
    connect(m_view, &TextView::textShown, this, [this] {
        if (isVisible() && !m_edit->text().isEmpty()) {
            search();
        }
    });
    updateCount();
    hide();
}

TextFindBar::~TextFindBar() = default;

void TextFindBar::open()
{
    // A short selection on one line is what the reader wants to find.
    const TextPos anchor = m_view->anchorPosition();
    const TextPos cursor = m_view->cursorPosition();
    const bool shortSelection
            = anchor.line == cursor.line && std::abs(anchor.column - cursor.column) < 200;
    const QString selected
            = m_view->hasSelection() && shortSelection ? m_view->selectedText() : QString();
    show();
    if (!selected.isEmpty() && selected != m_edit->text()) {
        m_edit->setText(selected);
    }
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
    if (!m_edit->text().isEmpty() && m_view->matchCount() == 0 && !m_view->isSearching()) {
        search();
    }
}

void TextFindBar::close()
{
    m_typing.stop();
    hide();
    m_view->find(QString());
    m_view->setFocus(Qt::OtherFocusReason);
}

void TextFindBar::search()
{
    m_typing.stop();
    m_goToFirst = true;
    m_view->find(m_edit->text(), m_case->isChecked() ? Qt::CaseSensitive : Qt::CaseInsensitive);
    updateCount();
}

void TextFindBar::updateCount()
{
    const bool any = m_view->matchCount() > 0;
    m_previous->setEnabled(any);
    m_next->setEnabled(any);
    if (m_edit->text().isEmpty()) {
        m_count->clear();
    } else if (m_view->isSearching() || m_typing.isActive()) {
        m_count->setText(tr("Searching…"));
    } else if (!any) {
        m_count->setText(tr("No matches"));
    } else {
        const QLocale locale;
        const QString total = locale.toString(m_view->matchCount())
                + (m_view->isSearchCapped() ? u"+"_s : QString());
        m_count->setText(
                m_view->currentMatch() < 0
                        ? tr("%1 matches").arg(total)
                        : tr("%1 of %2").arg(locale.toString(m_view->currentMatch() + 1), total));
    }
}

bool TextFindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            close();
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (m_typing.isActive()) {
                search();
            } else if (key->modifiers().testFlag(Qt::ShiftModifier)) {
                m_view->findPrevious();
            } else {
                m_view->findNext();
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace callpad
