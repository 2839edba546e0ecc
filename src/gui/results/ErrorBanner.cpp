#include "gui/results/ErrorBanner.h"

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

QString cut(const QString &text, int limit)
{
    return text.size() > limit ? text.left(limit - 1) + QChar(0x2026) : text;
}

} // namespace

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
    const QString detail = error.detailText();
    m_ui->errorTitleLabel->setText(error.title());
    m_ui->errorMessageLabel->setText(message);
    m_ui->errorMessageLabel->setVisible(!message.isEmpty());
    m_ui->errorDetailLabel->setText(cut(detail, DetailDisplayLimit));
    m_ui->errorDetailLabel->setVisible(!detail.isEmpty() && detail != message);
    m_ui->copyDetailsPushButton->setEnabled(true);

    const QStyle::StandardPixmap icon = m_severity == Severity::Error
            ? QStyle::SP_MessageBoxCritical
            : QStyle::SP_MessageBoxWarning;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this) * 3 / 2;
    m_ui->errorIconLabel->setPixmap(
            style()->standardIcon(icon).pixmap(QSize(size, size), devicePixelRatioF()));
    setAccessibleDescription(detailsText());
    applyColours();
    show();
}

void ErrorBanner::clear()
{
    m_error = ApiError();
    m_severity = Severity::Error;
    m_ui->errorTitleLabel->clear();
    m_ui->errorMessageLabel->clear();
    m_ui->errorDetailLabel->clear();
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
