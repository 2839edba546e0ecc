#include "core/client/ApiClient.h"
#include "gui/json/JsonEditor.h"
#include "gui/picker/RevisionInfoPanel.h"
#include "support/DemoFixture.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using callpad::FunctionDetails;
using callpad::JsonEditor;
using callpad::RevisionInfoPanel;
namespace DemoIds = callpad::DemoIds;

class TestRevisionInfoPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void showsTheLoadedRevision_data();
    void showsTheLoadedRevision();
    void showsCreatedTimeWhenKnown();
    void clearShowsThePrompt();
    void headerCollapsesAndExpands();

private:
    FunctionDetails loadDetails(const QString &functionId, const QString &revisionId);
    template<typename T> T *child(const QString &name) const
    {
        return m_panel->findChild<T *>(name);
    }

    std::unique_ptr<callpad::test::DemoFixture> m_demo;
    std::unique_ptr<callpad::ApiClient> m_client;
    std::unique_ptr<RevisionInfoPanel> m_panel;
};

void TestRevisionInfoPanel::init()
{
    m_demo = std::make_unique<callpad::test::DemoFixture>();
    QVERIFY(m_demo->isListening());
    m_client = std::make_unique<callpad::ApiClient>();
    m_client->setBaseUrl(m_demo->baseUrl());
    m_client->setApiKey(u"k"_s);
    m_panel = std::make_unique<RevisionInfoPanel>();
    m_panel->resize(640, 480);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void TestRevisionInfoPanel::cleanup()
{
    m_panel.reset();
    m_client.reset();
    m_demo.reset();
}

// Real details from the demo server, the way the picker gets them.
FunctionDetails TestRevisionInfoPanel::loadDetails(const QString &functionId,
                                                   const QString &revisionId)
{
    std::optional<FunctionDetails> details;
    m_client->revision(
            functionId, revisionId, this, [&details](const callpad::DetailsHandle &handle) {
                details = handle.error().isError() ? FunctionDetails() : handle.details();
            });
    if (!QTest::qWaitFor([&details] { return details.has_value(); }, 30000)) {
        return {};
    }
    return *details;
}

void TestRevisionInfoPanel::showsTheLoadedRevision_data()
{
    QTest::addColumn<QString>("functionId");
    QTest::addColumn<QString>("revisionId");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("hasOutputSchema");
    QTest::newRow("text function")
            << QString(DemoIds::markdownWriter) << QString(DemoIds::markdownWriterLatest)
            << u"demo/markdown-writer"_s << false;
    QTest::newRow("structured function, fallback models")
            << QString(DemoIds::extractPerson) << QString(DemoIds::extractPersonLatest)
            << u"demo/extract-person"_s << true;
    QTest::newRow("image function")
            << QString(DemoIds::imagePainter) << QString(DemoIds::imagePainterLatest)
            << u"demo/image-painter"_s << false;
}

void TestRevisionInfoPanel::showsTheLoadedRevision()
{
    QFETCH(QString, functionId);
    QFETCH(QString, revisionId);
    QFETCH(QString, name);
    QFETCH(bool, hasOutputSchema);
    const FunctionDetails details = loadDetails(functionId, revisionId);
    QCOMPARE(details.name, name);

    m_panel->setDetails(details);
    QVERIFY(m_panel->hasDetails());
    QCOMPARE(child<QLabel>(u"nameValueLabel"_s)->text(), name);
    QVERIFY(!details.model.isEmpty());
    QCOMPARE(child<QLabel>(u"modelValueLabel"_s)->text(), details.model);
    QCOMPARE(child<QLabel>(u"descriptionValueLabel"_s)->text(), details.description);
    QVERIFY(child<QLabel>(u"revisionValueLabel"_s)->text().contains(revisionId));
    QVERIFY(child<QToolButton>(u"revisionInfoToolButton"_s)->text().contains(name));

    auto *instructions = child<QTextBrowser>(u"instructionsTextBrowser"_s);
    QCOMPARE(instructions->toPlainText(), details.instructions);
    QVERIFY(instructions->isReadOnly());

    auto *input = child<JsonEditor>(u"inputSchemaJsonEditor"_s);
    auto *output = child<JsonEditor>(u"outputSchemaJsonEditor"_s);
    QVERIFY(input->isReadOnly());
    QVERIFY(output->isReadOnly());
    QCOMPARE(input->jsonValue(), QJsonValue(*details.inputSchema));
    // Pretty-printed, one member per line.
    QVERIFY(input->toPlainText().contains(u"\n"_s));
    QCOMPARE(output->toPlainText().isEmpty(), !hasOutputSchema);
    if (hasOutputSchema) {
        QCOMPARE(output->jsonValue(), QJsonValue(*details.outputSchema));
    } else {
        QVERIFY(output->placeholderText().contains(u"message"_s));
    }
    auto *configuration = child<JsonEditor>(u"configurationJsonEditor"_s);
    QCOMPARE(configuration->jsonValue().toObject(), details.configuration);
}

void TestRevisionInfoPanel::showsCreatedTimeWhenKnown()
{
    m_panel->setDetails(
            loadDetails(QString(DemoIds::storyteller), QString(DemoIds::storytellerLatest)));
    auto *revision = child<QLabel>(u"revisionValueLabel"_s);
    QCOMPARE(revision->text(), QString(DemoIds::storytellerLatest));
    const QDateTime created(QDate(2025, 3, 14), QTime(9, 26, 53), Qt::UTC);
    m_panel->setRevisionCreatedAt(created);
    QVERIFY(revision->text().startsWith(QString(DemoIds::storytellerLatest)));
    QVERIFY2(revision->text().contains(
                     QLocale().toString(created.toLocalTime(), QLocale::ShortFormat)),
             qPrintable(revision->text()));
}

void TestRevisionInfoPanel::clearShowsThePrompt()
{
    m_panel->setDetails(
            loadDetails(QString(DemoIds::extractPerson), QString(DemoIds::extractPersonLatest)));
    auto *empty = child<QLabel>(u"emptyLabel"_s);
    QVERIFY(!empty->isVisible());
    m_panel->clear();
    QVERIFY(!m_panel->hasDetails());
    QVERIFY(empty->isVisible());
    QVERIFY(!child<QWidget>(u"revisionInfoTabWidget"_s)->isVisible());
    QVERIFY(child<JsonEditor>(u"inputSchemaJsonEditor"_s)->toPlainText().isEmpty());
    QVERIFY(child<QLabel>(u"nameValueLabel"_s)->text().isEmpty());
}

void TestRevisionInfoPanel::headerCollapsesAndExpands()
{
    m_panel->setDetails(
            loadDetails(QString(DemoIds::markdownWriter), QString(DemoIds::markdownWriterLatest)));
    auto *header = child<QToolButton>(u"revisionInfoToolButton"_s);
    auto *body = child<QWidget>(u"revisionInfoBodyWidget"_s);
    QVERIFY(header->isCheckable());
    QVERIFY(m_panel->isExpanded());
    QVERIFY(body->isVisible());
    QCOMPARE(header->arrowType(), Qt::DownArrow);

    QSignalSpy expanded(m_panel.get(), &RevisionInfoPanel::expandedChanged);
    QTest::mouseClick(header, Qt::LeftButton);
    QVERIFY(!m_panel->isExpanded());
    QVERIFY(!body->isVisible());
    QVERIFY(header->isVisible());
    QCOMPARE(header->arrowType(), Qt::RightArrow);
    QCOMPARE(expanded.count(), 1);
    QCOMPARE(expanded.last().first().toBool(), false);

    QTest::mouseClick(header, Qt::LeftButton);
    QVERIFY(m_panel->isExpanded());
    QVERIFY(body->isVisible());

    m_panel->setExpanded(false);
    QVERIFY(!body->isVisible());
    QCOMPARE(expanded.count(), 3);
    // Collapsed, the panel keeps its content for when it opens again.
    QVERIFY(m_panel->hasDetails());
}

QTEST_MAIN(TestRevisionInfoPanel)
#include "tst_revisioninfopanel.moc"
