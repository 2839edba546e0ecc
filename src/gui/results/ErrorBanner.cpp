#include "gui/results/ErrorBanner.h"

#include "core/Background.h"
#include "gui/common/Palette.h"

#include "ui_ErrorBanner.h"

#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace callpad {

namespace {

ErrorBanner::Severity severityOf(ErrorKind kind)
{
    // What the user chose or the server asked to wait for is a warning, not a failure.
    return kind == ErrorKind::Cancelled || kind == ErrorKind::RateLimited
            ? ErrorBanner::Severity::Warning
            : ErrorBanner::Severity::Error;
}

} // namespace

// What the banner shows of a detail, made on a worker: the readable text cut to the display
// limit, and how long the whole is.
struct ErrorBanner::DetailPreview
{
    QString text;
    qsizetype fullSize = 0;
    bool sameAsMessage = false;
};

ErrorBanner::ErrorBanner(QWidget *parent)
    : QFrame(parent), m_ui(std::make_unique<Ui::ErrorBanner>())
{
    m_ui->setupUi(this);
    QFont titleFont = m_ui->errorTitleLabel->font();
    titleFont.setBold(true);
    m_ui->errorTitleLabel->setFont(titleFont);
    m_ui->closeBannerToolButton->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));

    connect(m_ui->closeBannerToolButton, &QToolButton::clicked, this, [this] {
        hide();
        Q_EMIT closed();
    });
    connect(m_ui->copyDetailsPushButton, &QPushButton::clicked, this, &ErrorBanner::copyDetails);
    clear();
}

ErrorBanner::~ErrorBanner() = default;

void ErrorBanner::showError(const ApiError &error)
{
    if (!error.isError()) {
        clear();
        return;
    }
    m_error = error;
    m_severity = severityOf(error.kind);

    // summary() words our own validation errors with field, line and column; elsewhere the
    // message is the specific part, the title already names the class.
    const QString message = error.kind == ErrorKind::InvalidInput || error.message.isEmpty()
            ? error.summary()
            : error.message;
    m_ui->errorTitleLabel->setText(error.title());
    m_ui->errorMessageLabel->setText(ApiError::cut(message, MessageDisplayLimit));
    m_ui->errorMessageLabel->setVisible(!message.isEmpty());
    m_ui->errorDetailLabel->clear();
    m_ui->errorDetailLabel->hide();
    m_ui->errorDetailNoteLabel->clear();
    m_ui->errorDetailNoteLabel->hide();
    m_ui->copyDetailsPushButton->setEnabled(true);
    if (error.detail.isUndefined() || error.detail.isNull()) {
        m_detailRender.invalidate();
    } else {
        runLatest(
                this, m_detailRender,
                [error, message] {
                    const QString detail = error.detailText();
                    return DetailPreview { ApiError::cut(detail, DetailDisplayLimit), detail.size(),
                                           detail == message };
                },
                [this](const DetailPreview &preview) { showDetail(preview); });
    }

    const QStyle::StandardPixmap icon = m_severity == Severity::Error
            ? QStyle::SP_MessageBoxCritical
            : QStyle::SP_MessageBoxWarning;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this) * 3 / 2;
    m_ui->errorIconLabel->setPixmap(
            style()->standardIcon(icon).pixmap(QSize(size, size), devicePixelRatioF()));
    // Bounded like the labels; the whole error is a Copy details away.
    setAccessibleDescription(m_ui->errorTitleLabel->text() + u'\n'
                             + m_ui->errorMessageLabel->text());
    applyColours();
    show();
}

void ErrorBanner::showDetail(const DetailPreview &preview)
{
    m_ui->errorDetailLabel->setText(preview.text);
    m_ui->errorDetailLabel->setVisible(!preview.text.isEmpty() && !preview.sameAsMessage);
    const bool cutShort = preview.fullSize > DetailDisplayLimit;
    if (cutShort && !preview.sameAsMessage) {
        const QLocale locale;
        m_ui->errorDetailNoteLabel->setText(
                tr("Showing the first %1 of %2 characters: Copy details copies all of them, and "
                   "the Raw tab has the whole response.")
                        .arg(locale.toString(DetailDisplayLimit - 1),
                             locale.toString(preview.fullSize)));
        m_ui->errorDetailNoteLabel->show();
    }
}

void ErrorBanner::clear()
{
    m_detailRender.invalidate();
    m_error = ApiError();
    m_severity = Severity::Error;
    m_ui->errorTitleLabel->clear();
    m_ui->errorMessageLabel->clear();
    m_ui->errorDetailLabel->clear();
    m_ui->errorDetailNoteLabel->clear();
    m_ui->errorDetailNoteLabel->hide();
    m_ui->copyDetailsPushButton->setEnabled(false);
    hide();
}

bool ErrorBanner::isShowing() const
{
    return m_error.isError() && !isHidden();
}

QString ErrorBanner::detailsText() const
{
    if (!m_error.isError()) {
        return {};
    }
    QStringList parts { m_error.title() };
    const QString summary = m_error.summary();
    if (!summary.isEmpty()) {
        parts << summary;
    }
    const QString detail = m_error.detailText();
    if (!detail.isEmpty() && detail != summary) {
        parts << QString() << detail;
    }
    return parts.join(u'\n');
}

void ErrorBanner::copyDetails()
{
    if (!m_error.isError()) {
        return;
    }
    QGuiApplication::clipboard()->setText(detailsText());
    Q_EMIT statusMessage(tr("Copied the error details"));
}

void ErrorBanner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ParentChange) {
        applyColours();
    }
}

void ErrorBanner::applyColours()
{
    // The parent's palette, not ours: the style sheet below feeds back into our own.
    const QPalette palette
            = parentWidget() ? parentWidget()->palette() : QGuiApplication::palette();
    const QColor window = palette.color(QPalette::Window);
    const QColor text = palette.color(QPalette::WindowText);
    const bool dark = window.lightness() < text.lightness();
    // Only the hue is chosen here; lightness and saturation follow the theme.
    const int hue = m_severity == Severity::Error ? 0 : 38;
    const QColor accent = QColor::fromHsl(hue, dark ? 150 : 190, dark ? 150 : 110);
    const QColor background = blend(window, accent, dark ? 0.28 : 0.16);
    const QColor border = blend(window, accent, dark ? 0.7 : 0.55);
    const QString sheet = u"#errorBannerFrame { background-color: %1; border: 1px solid %2; "
                          u"border-radius: 4px; }"_s.arg(background.name(), border.name());
    if (styleSheet() != sheet) {
        setStyleSheet(sheet);
    }
}

} // namespace callpad
