#include "gui/request/ExamplesModel.h"

#include "core/protocol/JsonText.h"
#include "core/schema/SchemaValidation.h"

using namespace Qt::StringLiterals;

namespace callpad {

namespace {

// Enough for a table cell, which elides anyway; a pasted megabyte must not slow painting.
constexpr qsizetype MaxDisplayLength = 400;
constexpr qsizetype MaxToolTipLength = 4000;
constexpr qsizetype MaxListedViolations = 8;

QString singleLine(const QString &text)
{
    QString line = text.left(MaxDisplayLength * 2).simplified();
    if (line.size() > MaxDisplayLength || text.size() > MaxDisplayLength * 2) {
        line = line.left(MaxDisplayLength - 1) + QChar(0x2026);
    }
    return line;
}

QString shortened(const QString &text)
{
    return text.size() > MaxToolTipLength ? text.left(MaxToolTipLength - 1) + QChar(0x2026) : text;
}

} // namespace

ExamplesModel::ExamplesModel(QObject *parent)
    : TextTableModel({ tr("Comment"), tr("Input"), tr("Output") }, parent)
{
}

ExamplesModel::~ExamplesModel() = default;

QStringList ExamplesModel::toRow(const ExampleDraft &example)
{
    return { example.comment, example.inputText, example.outputText };
}

ExampleDraft ExamplesModel::fromRow(const QStringList &row)
{
    return ExampleDraft { row.value(CommentColumn), row.value(InputColumn),
                          row.value(OutputColumn) };
}

QList<ExampleDraft> ExamplesModel::examples() const
{
    QList<ExampleDraft> list;
    list.reserve(textRows().size());
    for (const QStringList &row : textRows()) {
        list << fromRow(row);
    }
    return list;
}

void ExamplesModel::setExamples(const QList<ExampleDraft> &examples)
{
    QList<QStringList> rows;
    rows.reserve(examples.size());
    for (const ExampleDraft &example : examples) {
        rows << toRow(example);
    }
    replaceRows(rows, tr("Replace Examples"));
}

void ExamplesModel::setInputSchema(const std::optional<QJsonObject> &schema)
{
    if (schema == m_inputSchema) {
        return;
    }
    m_inputSchema = schema;
    m_inputCache.clear();
    revalidate();
}

bool ExamplesModel::isInlineEditable(int column) const
{
    // JSON cells open an editor dialog instead: a one-line editor is no place for JSON.
    return column == CommentColumn;
}

ExamplesModel::JsonCell ExamplesModel::checkJson(const QString &text, bool isInput) const
{
    JsonCell cell;
    if (text.trimmed().isEmpty()) {
        cell.error = isInput ? tr("The example's input is empty")
                             : tr("The example's output is empty");
        return cell;
    }
    const JsonTextResult parsed = parseJsonText(text);
    if (!parsed.ok) {
        cell.error = parsed.line > 0
                ? tr("Line %1, column %2: %3").arg(parsed.line).arg(parsed.column).arg(parsed.error)
                : parsed.error;
        cell.display = singleLine(text);
        return cell;
    }
    cell.ok = true;
    cell.display = singleLine(toJsonText(parsed.value, false));
    if (isInput && m_inputSchema) {
        const SchemaCheck check = validateAgainstSchema(parsed.value, *m_inputSchema);
        if (!check.violations.isEmpty()) {
            QStringList lines { tr("Does not match the input schema:") };
            for (qsizetype i = 0; i < check.violations.size() && i < MaxListedViolations; ++i) {
                const SchemaViolation &violation = check.violations.at(i);
                const QString pointer = violation.pointer.isEmpty() ? u"/"_s : violation.pointer;
                lines << tr("%1: %2").arg(pointer, violation.message);
            }
            if (check.violations.size() > MaxListedViolations) {
                lines << tr("… and %n more", nullptr,
                            int(check.violations.size() - MaxListedViolations));
            }
            cell.schemaWarning = lines.join(u'\n');
        }
    }
    return cell;
}

QList<QList<TextTableModel::CellState>>
ExamplesModel::computeStates(const QList<QStringList> &rows) const
{
    // Fresh caches built from the old ones: only texts still in the table are kept.
    QHash<QString, JsonCell> inputs;
    QHash<QString, JsonCell> outputs;
    const auto lookup = [this](QHash<QString, JsonCell> &fresh, QHash<QString, JsonCell> &old,
                               const QString &text, bool isInput) -> JsonCell {
        auto found = fresh.constFind(text);
        if (found != fresh.constEnd()) {
            return *found;
        }
        auto cached = old.constFind(text);
        return *fresh.insert(text, cached != old.constEnd() ? *cached : checkJson(text, isInput));
    };

    QList<QList<CellState>> states;
    states.reserve(rows.size());
    for (const QStringList &row : rows) {
        QList<CellState> cells(ColumnCount);
        cells[CommentColumn].display = singleLine(row.value(CommentColumn));
        for (int column : { int(InputColumn), int(OutputColumn) }) {
            const bool isInput = column == InputColumn;
            const JsonCell cell
                    = lookup(isInput ? inputs : outputs, isInput ? m_inputCache : m_outputCache,
                             row.value(column), isInput);
            CellState &state = cells[column];
            state.display = cell.display;
            if (!cell.ok) {
                state.problem = { ProblemLevel::Error, cell.error };
            } else if (!cell.schemaWarning.isEmpty()) {
                state.problem = { ProblemLevel::Warning, cell.schemaWarning };
            }
        }
        states << cells;
    }
    m_inputCache = inputs;
    m_outputCache = outputs;
    return states;
}

QString ExamplesModel::plainToolTip(int row, int column) const
{
    const QString text = cellText(row, column);
    if (column == CommentColumn) {
        return shortened(text);
    }
    const JsonTextResult parsed = parseJsonText(QStringView(text).left(MaxToolTipLength * 4));
    return parsed.ok ? shortened(toJsonText(parsed.value, true)) : shortened(text);
}

} // namespace callpad
