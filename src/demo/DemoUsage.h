#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace callpad {

struct DemoAnswer;
struct DemoFunction;
struct DemoRevision;

// Token counts and prices that behave like a real provider's: input grows with the input,
// instructions and examples; output with the answer; one function also "reasons".
struct DemoUsage
{
    int inputTokens = 0;
    int outputTokens = 0; // includes reasoningTokens
    int reasoningTokens = 0;

    static DemoUsage estimate(const DemoFunction &function, const DemoRevision &revision,
                              const QJsonValue &input, const QJsonValue &examples,
                              const DemoAnswer &answer);
    static int tokensFor(qsizetype characters);

    QJsonObject usageJson() const;
    // USD. A cache hit costs no generation, only the platform fee.
    QJsonObject costJson(const QString &model, bool cached) const;
};

} // namespace callpad
