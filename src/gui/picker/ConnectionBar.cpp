#include "gui/picker/ConnectionBar.h"

#include "core/client/ClientSettings.h"
#include "gui/common/FieldMarker.h"
#include "ui_ConnectionBar.h"

#include <QAction>
#include <QEvent>

namespace callpad {

ConnectionBar::ConnectionBar(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ConnectionBar>()),
      m_showKeyAction(new QAction(this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("connectionBar"));

    m_showKeyAction->setObjectName(QStringLiteral("showApiKeyAction"));
    m_showKeyAction->setCheckable(true);
    m_ui->showApiKeyToolButton->setDefaultAction(m_showKeyAction);
    connect(m_showKeyAction, &QAction::toggled, this, &ConnectionBar::setKeyVisible);
    setKeyVisible(false);

    // Predictive input and input-method history must never see the key.
    m_ui->apiKeyLineEdit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData
                                              | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);

    // Drawn from the palette's highlight so it reads as a badge in light and dark themes.
    m_ui->demoBadgeLabel->setAutoFillBackground(true);
    m_ui->demoBadgeLabel->setBackgroundRole(QPalette::Highlight);
    m_ui->demoBadgeLabel->setForegroundRole(QPalette::HighlightedText);
    m_ui->demoBadgeLabel->setContentsMargins(8, 2, 8, 2);
    m_ui->demoBadgeLabel->setVisible(false);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(DebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &ConnectionBar::emitIfChanged);
    for (QLineEdit *edit : { m_ui->baseUrlLineEdit, m_ui->apiKeyLineEdit }) {
        connect(edit, &QLineEdit::textEdited, this, &ConnectionBar::onEdited);
        connect(edit, &QLineEdit::editingFinished, this, &ConnectionBar::emitIfChanged);
    }
    // The clear button changes the text without textEdited.
    connect(m_ui->baseUrlLineEdit, &QLineEdit::textChanged, this, &ConnectionBar::updateValidity);

    m_announcedUrl = baseUrl();
    updateValidity();
}

ConnectionBar::~ConnectionBar()
{
    // The children outlive m_ui while QWidget's destructor runs (focus moves, models go);
    // none of their signals may reach this half-destroyed object.
    for (QObject *child : findChildren<QObject *>()) {
        child->disconnect(this);
    }
}

QUrl ConnectionBar::baseUrl() const
{
    return QUrl(m_ui->baseUrlLineEdit->text().trimmed(), QUrl::StrictMode);
}

void ConnectionBar::setBaseUrl(const QUrl &url)
{
    m_ui->baseUrlLineEdit->setText(url.toString());
    emitIfChanged();
}

QString ConnectionBar::apiKey() const
{
    return m_ui->apiKeyLineEdit->text().trimmed();
}

void ConnectionBar::setApiKey(const QString &key)
{
    m_ui->apiKeyLineEdit->setText(key.trimmed());
    emitIfChanged();
}

void ConnectionBar::setDemoMode(bool on)
{
    m_demoMode = on;
    m_ui->demoBadgeLabel->setVisible(on);
}

bool ConnectionBar::isValid() const
{
    return problem().isEmpty();
}

QString ConnectionBar::problem() const
{
    if (m_ui->baseUrlLineEdit->text().trimmed().isEmpty()) {
        return tr("Enter the base URL of Opper's API, e.g. %1")
                .arg(ClientSettings::defaultBaseUrl().toString());
    }
    return isUsableBaseUrl(baseUrl()).error();
}

void ConnectionBar::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        updateValidity();
    }
}

void ConnectionBar::onEdited()
{
    updateValidity();
    m_debounce.start();
}

void ConnectionBar::emitIfChanged()
{
    m_debounce.stop();
    const QUrl url = baseUrl();
    const QString key = apiKey();
    if (url == m_announcedUrl && key == m_announcedKey) {
        return;
    }
    m_announcedUrl = url;
    m_announcedKey = key;
    Q_EMIT connectionChanged();
}

void ConnectionBar::updateValidity()
{
    markFieldProblem(m_ui->baseUrlLineEdit, problem());
}

void ConnectionBar::setKeyVisible(bool visible)
{
    m_ui->apiKeyLineEdit->setEchoMode(visible ? QLineEdit::Normal : QLineEdit::Password);
    m_showKeyAction->setText(visible ? tr("Hide") : tr("Show"));
    m_showKeyAction->setToolTip(visible ? tr("Hide the API key") : tr("Show the API key"));
    m_showKeyAction->setStatusTip(m_showKeyAction->toolTip());
}

} // namespace callpad
