#include "gui/results/RawPane.h"

#include "core/Background.h"

#include "core/protocol/CallResult.h"
#include "ui_RawPane.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace callpad {

RawPane::RawPane(QWidget *parent) : QWidget(parent), m_ui(std::make_unique<Ui::RawPane>())
{
    m_ui->setupUi(this);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_ui->requestPlainTextEdit->setFont(mono);
    m_ui->responsePlainTextEdit->setFont(mono);
    m_ui->requestPlainTextEdit->setPlaceholderText(tr("The request as sent appears here."));
    m_ui->responsePlainTextEdit->setPlaceholderText(tr("The response as received appears here."));
    m_ui->copyRequestToolButton->setIcon(QIcon::fromTheme(u"edit-copy"_s));
    m_ui->copyResponseToolButton->setIcon(QIcon::fromTheme(u"edit-copy"_s));

    connect(m_ui->copyRequestToolButton, &QToolButton::clicked, this, &RawPane::copyRequest);
    connect(m_ui->copyResponseToolButton, &QToolButton::clicked, this, &RawPane::copyResponse);
    clear();
}

RawPane::~RawPane() = default;

QPlainTextEdit *RawPane::requestEdit() const
{
    return m_ui->requestPlainTextEdit;
}

QPlainTextEdit *RawPane::responseEdit() const
{
    return m_ui->responsePlainTextEdit;
}

void RawPane::clear()
{
    m_formatting.invalidate();
    m_busy = false;
    RawTexts empty;
    empty.responseTitle = tr("Response");
    apply(empty);
}

void RawPane::setResult(const CallResult &result)
{
    m_formatting.invalidate();
    const qsizetype size = result.body.size() + result.request.body.size();
    if (size < BackgroundBytes) {
        m_busy = false;
        apply(rawTexts(result));
        Q_EMIT textsReady();
        return;
    }
    m_busy = true;
    m_ui->requestPlainTextEdit->clear();
    m_ui->responsePlainTextEdit->setPlainText(
            tr("Formatting %1…").arg(QLocale().formattedDataSize(size)));
    runLatest(
            this, m_formatting, [result] { return rawTexts(result); },
            [this](const RawTexts &texts) {
                m_busy = false;
                apply(texts);
                Q_EMIT textsReady();
            });
}

void RawPane::apply(const RawTexts &texts)
{
    m_texts = texts;
    m_ui->responseTitleLabel->setText(texts.responseTitle);
    showText(m_ui->requestPlainTextEdit, texts.request);
    showText(m_ui->responsePlainTextEdit, texts.response);
    m_ui->copyRequestToolButton->setEnabled(!texts.request.isEmpty());
    m_ui->copyResponseToolButton->setEnabled(!texts.response.isEmpty());
}

void RawPane::showText(QPlainTextEdit *edit, const QString &text)
{
    if (text.size() <= DisplayLimit) {
        edit->setPlainText(text);
        return;
    }
    // Laying out tens of megabytes freezes the window; Copy still has all of it.
    edit->setPlainText(text.left(DisplayLimit) + u"\n\n"_s
                       + tr("… %1 more characters not shown; Copy copies everything.")
                                 .arg(QLocale().toString(text.size() - DisplayLimit)));
}

void RawPane::copyRequest()
{
    if (!m_texts.request.isEmpty()) {
        QGuiApplication::clipboard()->setText(m_texts.request);
        Q_EMIT statusMessage(tr("Copied the raw request"));
    }
}

void RawPane::copyResponse()
{
    if (!m_texts.response.isEmpty()) {
        QGuiApplication::clipboard()->setText(m_texts.response);
        Q_EMIT statusMessage(tr("Copied the raw response"));
    }
}

} // namespace callpad
