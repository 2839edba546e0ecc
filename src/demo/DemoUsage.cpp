#include "demo/DemoUsage.h"

#include "demo/DemoCatalog.h"
#include "demo/DemoGenerator.h"
#include "demo/DemoHttp.h"

#include <QJsonArray>

#include <cmath>

namespace callpad {

using namespace Qt::StringLiterals;

namespace {

constexpr int PromptOverheadTokens = 12;
constexpr int TokensPerImage = 272;
constexpr double PlatformFeeShare = 0.1;

struct Price
{
    double inputPerMillion = 1.0;
    double outputPerMillion = 1.0;
};

Price priceFor(const QString &model)
{
    static const QHash<QString, Price> prices {
        { u"openai/gpt-4o-mini"_s, { 0.15, 0.60 } },
        { u"anthropic/claude-sonnet-4"_s, { 3.0, 15.0 } },
        { u"openai/o4-mini"_s, { 1.10, 4.40 } },
        { u"openai/gpt-image-1"_s, { 5.0, 40.0 } },
        { u"gcp/gemini-2.5-flash"_s, { 0.30, 2.50 } },
        { u"mistral/mistral-small-eu"_s, { 0.20, 0.60 } },
        { u"azure/gpt-4o-eu"_s, { 2.50, 10.0 } },
    };
    return prices.value(model, Price {});
}

// Rounded so the JSON shows tidy numbers; total is summed after rounding so that
// total == generation + platform holds exactly for a client doing the same double sum.
double roundUsd(double value)
{
    return std::round(value * 1e10) / 1e10;
}

} // namespace

int DemoUsage::tokensFor(qsizetype characters)
{
    return int((characters + 3) / 4);
}

DemoUsage DemoUsage::estimate(const DemoFunction &function, const DemoRevision &revision,
                              const QJsonValue &input, const QJsonValue &examples,
                              const DemoAnswer &answer)
{
    DemoUsage usage;
    usage.inputTokens = PromptOverheadTokens + tokensFor(revision.instructions.size())
            + tokensFor(DemoHttp::compactJson(input).size());
    if (examples.isArray() && !examples.toArray().isEmpty()) {
        usage.inputTokens += tokensFor(DemoHttp::compactJson(examples).size());
    }
    int visible = 0;
    if (answer.message.isString()) {
        visible += tokensFor(answer.message.toString().size());
    }
    if (!answer.jsonPayload.isNull() && !answer.jsonPayload.isUndefined()) {
        visible += tokensFor(DemoHttp::compactJson(answer.jsonPayload).size());
    }
    visible += answer.imageCount * TokensPerImage;
    if (function.kind == DemoKind::Structured) {
        usage.reasoningTokens = 3 * visible + 48;
    }
    usage.outputTokens = visible + usage.reasoningTokens;
    return usage;
}

QJsonObject DemoUsage::usageJson() const
{
    return QJsonObject { { u"input_tokens"_s, inputTokens },
                         { u"output_tokens"_s, outputTokens },
                         { u"output_tokens_details"_s,
                           QJsonObject { { u"reasoning_tokens"_s, reasoningTokens } } },
                         { u"total_tokens"_s, inputTokens + outputTokens } };
}

QJsonObject DemoUsage::costJson(const QString &model, bool cached) const
{
    const Price price = priceFor(model);
    const double fullGeneration = roundUsd(
            (inputTokens * price.inputPerMillion + outputTokens * price.outputPerMillion) / 1e6);
    const double platform = roundUsd(fullGeneration * PlatformFeeShare);
    const double generation = cached ? 0.0 : fullGeneration;
    return QJsonObject { { u"generation"_s, generation },
                         { u"platform"_s, platform },
                         { u"total"_s, generation + platform } };
}

} // namespace callpad
