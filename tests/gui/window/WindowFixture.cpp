#include "WindowFixture.h"

#include "app/DemoSession.h"
#include "app/Workbench.h"
#include "gui/json/JsonEditor.h"
#include "gui/results/ResultsView.h"
#include "gui/settings/Settings.h"
#include "gui/window/CallController.h"
#include "gui/window/MainWindow.h"

#include <QCheckBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace callpad;

WindowFixture::WindowFixture() = default;

WindowFixture::~WindowFixture() = default;

void WindowFixture::open()
{
    qunsetenv("OPPER_API_KEY");
    qunsetenv("OPPER_BASE_URL");
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<Settings>(m_dir->filePath(u"callpad.ini"_s));
    m_workbench = std::make_unique<Workbench>(m_settings.get(), AppPaths::inFolder(m_dir->path()));
    m_window = std::make_unique<MainWindow>(m_workbench->context());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->enterDemoMode());
    server()->setStreamChunkDelay(std::chrono::milliseconds(1));
}

void WindowFixture::close()
{
    m_window.reset();
    m_workbench.reset();
    m_settings.reset();
    m_dir.reset();
}

JsonEditor *WindowFixture::input() const
{
    return m_window->findChild<JsonEditor *>(u"inputJsonEditor"_s);
}

ResultsView *WindowFixture::results() const
{
    return m_window->findChild<ResultsView *>();
}

DemoServer *WindowFixture::server() const
{
    return m_workbench->demo()->server();
}

bool WindowFixture::sendAndWait(bool stream)
{
    m_window->findChild<QCheckBox *>(u"streamCheckBox"_s)->setChecked(stream);
    QSignalSpy finished(m_window->controller(), &CallController::finished);
    QTest::mouseClick(m_window->findChild<QPushButton *>(u"sendPushButton"_s), Qt::LeftButton);
    return finished.wait(20000);
}

QList<DemoServer::RecordedRequest> WindowFixture::posts() const
{
    QList<DemoServer::RecordedRequest> calls;
    for (const auto &request : server()->requests()) {
        if (request.method == "POST") {
            calls.append(request);
        }
    }
    return calls;
}

void WindowFixture::setInput(const QString &text)
{
    input()->selectAll();
    input()->insertPlainText(text);
}
