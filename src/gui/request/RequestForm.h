#pragma once

#include "core/protocol/CallRequest.h"

#include <QJsonObject>
#include <QWidget>

#include <memory>
#include <optional>

class QLineEdit;
class QTabWidget;

namespace Ui {
class RequestForm;
}

namespace callpad {

class ExamplesEditor;
class InputEditor;
class TagsEditor;

// Everything of a call except which function and revision: the input, the examples, the tags
// and the parent span id, each flagged as it is typed. The form never clears itself, and
// every editor keeps its undo history across sends.
class RequestForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestForm)

public:
    enum Tab { InputTab, ExamplesTab, TagsTab };

    explicit RequestForm(QWidget *parent = nullptr);
    ~RequestForm() override;

    // Everything except functionId and revisionId, which are left empty.
    [[nodiscard]] CallDraft draft() const;
    // Fills every editor; each change is an undoable step of that editor.
    void setDraft(const CallDraft &draft);
    void setInputSchema(const std::optional<QJsonObject> &schema);

    // Errors that would stop the call: invalid input JSON, bad example cells (when examples
    // are sent), empty or duplicate tag keys, a parent span id that is not a UUID.
    [[nodiscard]] int problemCount() const;

    [[nodiscard]] InputEditor *inputEditor() const;
    [[nodiscard]] ExamplesEditor *examplesEditor() const;
    [[nodiscard]] TagsEditor *tagsEditor() const;
    [[nodiscard]] QLineEdit *parentSpanLineEdit() const;
    [[nodiscard]] QTabWidget *tabWidget() const;

public Q_SLOTS:
    // Problems from checkDraft(): shows the first one that is in this form (its tab, then the
    // line and column in the input, the example cell, the tag row or the span field). False
    // when none is (e.g. only the function id was wrong).
    bool showProblems(const QList<ApiError> &problems);

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    bool showProblem(const ApiError &problem);
    void updateParentSpan();
    void updateTabs();
    void setTabState(int tab, const QString &title, int errors, int warnings);

    std::unique_ptr<Ui::RequestForm> m_ui;
    int m_spanProblems = 0;
};

} // namespace callpad
