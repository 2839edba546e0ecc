#pragma once

#include "core/protocol/CallRequest.h"
#include "gui/request/TextTableModel.h"

#include <QHash>
#include <QJsonObject>

#include <optional>

namespace callpad {

// The examples table: Comment | Input | Output, inputs and outputs kept as the JSON text the
// user typed. Every input and output must be non-empty valid JSON (an error); with an input
// schema, every valid input is also checked against it (a warning).
class ExamplesModel final : public TextTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExamplesModel)

public:
    enum Column { CommentColumn, InputColumn, OutputColumn, ColumnCount };

    explicit ExamplesModel(QObject *parent = nullptr);
    ~ExamplesModel() override;

    [[nodiscard]] QList<ExampleDraft> examples() const;
    // Replaces every row as one undoable step.
    void setExamples(const QList<ExampleDraft> &examples);

    void setInputSchema(const std::optional<QJsonObject> &schema);
    [[nodiscard]] const std::optional<QJsonObject> &inputSchema() const { return m_inputSchema; }

    [[nodiscard]] static QStringList toRow(const ExampleDraft &example);
    [[nodiscard]] static ExampleDraft fromRow(const QStringList &row);

protected:
    [[nodiscard]] bool isInlineEditable(int column) const override;
    [[nodiscard]] QList<QList<CellState>>
    computeStates(const QList<QStringList> &rows) const override;
    [[nodiscard]] QString plainToolTip(int row, int column) const override;

private:
    // What parsing one JSON cell found; cached by text so unchanged cells are not re-parsed.
    struct JsonCell
    {
        bool ok = false;
        QString error;
        QString display;
        QString schemaWarning; // empty when valid against the schema or there is none
    };

    [[nodiscard]] JsonCell checkJson(const QString &text, bool isInput) const;

    std::optional<QJsonObject> m_inputSchema;
    mutable QHash<QString, JsonCell> m_inputCache;
    mutable QHash<QString, JsonCell> m_outputCache;
};

} // namespace callpad
