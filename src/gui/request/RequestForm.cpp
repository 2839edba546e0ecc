#include "gui/request/RequestForm.h"

#include "core/protocol/Uuid.h"
#include "gui/request/CellProblem.h"
#include "gui/request/ExamplesEditor.h"
#include "gui/request/ExamplesModel.h"
#include "gui/request/InputEditor.h"
#include "gui/request/TagsEditor.h"
#include "gui/request/TagsModel.h"
#include "ui_RequestForm.h"

#include <QLineEdit>
#include <QRegularExpression>
#include <QStyle>
#include <QTableView>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace callpad {

RequestForm::RequestForm(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::RequestForm>())
{
    m_ui->setupUi(this);
    setObjectName(u"requestForm"_s);

    connect(inputEditor(), &InputEditor::changed, this, &RequestForm::changed);
    connect(inputEditor(), &InputEditor::problemsChanged, this, &RequestForm::updateTabs);
    connect(examplesEditor(), &ExamplesEditor::changed, this, [this] {
        updateTabs();
        Q_EMIT changed();
    });
    connect(examplesEditor(), &ExamplesEditor::problemsChanged, this, &RequestForm::updateTabs);
    connect(tagsEditor(), &TagsEditor::changed, this, [this] {
        updateTabs();
        Q_EMIT changed();
    });
    connect(tagsEditor(), &TagsEditor::problemsChanged, this, &RequestForm::updateTabs);
    connect(parentSpanLineEdit(), &QLineEdit::textChanged, this, [this] {
        updateParentSpan();
        Q_EMIT changed();
    });
    updateParentSpan();
    updateTabs();
}

RequestForm::~RequestForm() = default;

InputEditor *RequestForm::inputEditor() const
{
    return m_ui->inputEditor;
}

ExamplesEditor *RequestForm::examplesEditor() const
{
    return m_ui->examplesEditor;
}

TagsEditor *RequestForm::tagsEditor() const
{
    return m_ui->tagsEditor;
}

QLineEdit *RequestForm::parentSpanLineEdit() const
{
    return m_ui->parentSpanLineEdit;
}

QTabWidget *RequestForm::tabWidget() const
{
    return m_ui->requestTabWidget;
}

CallDraft RequestForm::draft() const
{
    CallDraft draft;
    draft.inputText = inputEditor()->text();
    draft.inputIsPlainString = inputEditor()->isPlainString();
    draft.examples = examplesEditor()->examples();
    draft.sendExamples = examplesEditor()->sendExamples();
    draft.tags = tagsEditor()->tags();
    draft.parentSpanId = parentSpanLineEdit()->text();
    return draft;
}

void RequestForm::setDraft(const CallDraft &draft)
{
    // The mode first: it decides how the text is validated.
    inputEditor()->setPlainString(draft.inputIsPlainString);
    inputEditor()->setText(draft.inputText);
    examplesEditor()->setExamples(draft.examples);
    examplesEditor()->setSendExamples(draft.sendExamples);
    tagsEditor()->setTags(draft.tags);
    QLineEdit *span = parentSpanLineEdit();
    if (span->text() != draft.parentSpanId) {
        // insert() over a selection is one undoable edit; setText() would drop the history.
        span->selectAll();
        if (draft.parentSpanId.isEmpty()) {
            span->del();
        } else {
            span->insert(draft.parentSpanId);
        }
    }
}

void RequestForm::setInputSchema(const std::optional<QJsonObject> &schema)
{
    inputEditor()->setInputSchema(schema);
    examplesEditor()->setInputSchema(schema);
}

int RequestForm::problemCount() const
{
    return inputEditor()->problemCount() + examplesEditor()->problemCount()
            + tagsEditor()->problemCount() + m_spanProblems;
}

bool RequestForm::showProblems(const QList<ApiError> &problems)
{
    return std::any_of(problems.cbegin(), problems.cend(),
                       [this](const ApiError &problem) { return showProblem(problem); });
}

bool RequestForm::showProblem(const ApiError &problem)
{
    const QString &field = problem.field;
    if (field == u"input") {
        tabWidget()->setCurrentIndex(InputTab);
        inputEditor()->jumpTo(problem.line, problem.column);
        return true;
    }
    if (field == u"parent_span_id") {
        parentSpanLineEdit()->setFocus(Qt::OtherFocusReason);
        parentSpanLineEdit()->selectAll();
        return true;
    }
    static const QRegularExpression rowField(uR"(^(examples|tags)(?:\[(\d+)\](?:\.(\w+))?)?$)"_s);
    const QRegularExpressionMatch match = rowField.match(field);
    if (!match.hasMatch()) {
        return false;
    }
    const bool examples = match.captured(1) == u"examples";
    const int row = match.captured(2).isEmpty() ? 0 : match.captured(2).toInt();
    const QString part = match.captured(3);
    if (examples) {
        tabWidget()->setCurrentIndex(ExamplesTab);
        const int column = part == u"output" ? ExamplesModel::OutputColumn
                : part == u"comment"         ? ExamplesModel::CommentColumn
                                             : ExamplesModel::InputColumn;
        examplesEditor()->selectCell(row, column);
        examplesEditor()->tableView()->setFocus(Qt::OtherFocusReason);
    } else {
        tabWidget()->setCurrentIndex(TagsTab);
        tagsEditor()->selectCell(row,
                                 part == u"value" ? TagsModel::ValueColumn : TagsModel::KeyColumn);
        tagsEditor()->tableView()->setFocus(Qt::OtherFocusReason);
    }
    return true;
}

void RequestForm::updateParentSpan()
{
    const QString span = parentSpanLineEdit()->text().trimmed();
    const bool bad = !span.isEmpty() && !isUuid(span);
    flagWidget(parentSpanLineEdit(), bad ? ProblemLevel::Error : ProblemLevel::None,
               bad ? tr("Not a span id: expected a UUID such as "
                        "123e4567-e89b-12d3-a456-426614174000")
                   : tr("Optional: the id (a UUID) of the span to nest this call under"));
    m_spanProblems = bad ? 1 : 0;
}

void RequestForm::updateTabs()
{
    setTabState(InputTab, tr("&Input"), inputEditor()->problemCount(),
                inputEditor()->warningCount());
    setTabState(ExamplesTab, tr("E&xamples (%1)").arg(examplesEditor()->count()),
                examplesEditor()->problemCount(), examplesEditor()->warningCount());
    setTabState(TagsTab, tr("T&ags (%1)").arg(tagsEditor()->count()), tagsEditor()->problemCount(),
                0);
}

void RequestForm::setTabState(int tab, const QString &title, int errors, int warnings)
{
    QTabWidget *tabs = tabWidget();
    tabs->setTabText(tab, title);
    if (errors > 0) {
        tabs->setTabIcon(tab, style()->standardIcon(QStyle::SP_MessageBoxCritical));
        tabs->setTabToolTip(tab, tr("%n problem(s) to fix before sending", nullptr, errors));
    } else if (warnings > 0) {
        tabs->setTabIcon(tab, style()->standardIcon(QStyle::SP_MessageBoxWarning));
        tabs->setTabToolTip(
                tab, tr("%n schema warning(s); the call can still be sent", nullptr, warnings));
    } else {
        tabs->setTabIcon(tab, QIcon());
        tabs->setTabToolTip(tab, QString());
    }
}

void RequestForm::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        updateTabs();
        updateParentSpan();
    } else if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        updateTabs();
        updateParentSpan();
    }
}

} // namespace callpad
