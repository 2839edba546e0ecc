#include "gui/request/ExamplesJsonl.h"

#include "core/protocol/JsonText.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace callpad {

namespace {

// The translation context of the paste-JSONL messages.
struct ExamplesJsonl
{
    Q_DECLARE_TR_FUNCTIONS(callpad::ExamplesJsonl)
};

} // namespace

Result<QList<ExampleDraft>> parseExamplesJsonl(const QString &text)
{
    using Drafts = Result<QList<ExampleDraft>>;

    QList<ExampleDraft> drafts;
    const QList<QStringView> lines = QStringView(text).split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QStringView line = lines.at(i);
        if (line.endsWith(u'\r')) {
            line.chop(1);
        }
        if (line.trimmed().isEmpty()) {
            continue;
        }
        const JsonTextResult parsed = parseJsonText(line);
        if (!parsed.ok) {
            return Drafts::failure(ExamplesJsonl::tr("Line %1, column %2: %3")
                                           .arg(i + 1)
                                           .arg(parsed.column)
                                           .arg(parsed.error));
        }
        // The core's examples reader checks the shape and words the errors like the CLI does.
        ApiError shapeError;
        const auto one = exampleDraftsFromJson(QJsonArray { parsed.value }, &shapeError);
        if (!one || one->size() != 1) {
            return Drafts::failure(
                    ExamplesJsonl::tr("Line %1: %2").arg(i + 1).arg(shapeError.message));
        }
        drafts << one->constFirst();
    }
    if (drafts.isEmpty()) {
        return Drafts::failure(
                ExamplesJsonl::tr("There are no examples to paste: expected one JSON object per "
                                  "line with \"input\" and \"output\"."));
    }
    return drafts;
}

} // namespace callpad
