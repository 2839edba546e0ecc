#include "bench/PayloadGenerator.h"

#include <QStringBuilder>

#include <array>

using namespace Qt::StringLiterals;

namespace callpad::bench::PayloadGenerator {

namespace {

// A small linear congruential generator: the same sequence on every machine and run, which
// std::uniform_int_distribution does not promise.
class Sequence
{
public:
    quint32 next()
    {
        m_state = m_state * 1664525U + 1013904223U;
        return m_state >> 8;
    }
    int below(int bound) { return int(next() % quint32(bound)); }

private:
    quint32 m_state = 20240609U;
};

constexpr std::array<const char *, 16> Words = {
    "amber",  "harbour", "quiet",   "ledger", "orbit",  "copper", "meadow", "signal",
    "velvet", "granite", "lantern", "cobalt", "willow", "summit", "ember",  "tide",
};
constexpr std::array<const char *, 8> Cities = {
    "Lisbon", "Oslo", "Kyoto", "Quito", "Accra", "Perth", "Tallinn", "Montreal",
};

void appendWords(QByteArray &out, Sequence &random, int count)
{
    for (int i = 0; i < count; ++i) {
        if (i > 0) {
            out += ' ';
        }
        out += Words.at(size_t(random.below(int(Words.size()))));
    }
}

void appendRecord(QByteArray &out, Sequence &random, int index)
{
    const char *city = Cities.at(size_t(random.below(int(Cities.size()))));
    out += R"({"id":)"_ba + QByteArray::number(index) + R"(,"name":")"_ba;
    appendWords(out, random, 2);
    out += R"(","email":"user)"_ba + QByteArray::number(index) + R"(@example.com","score":)"_ba
            + QByteArray::number(random.below(10000) / 100.0, 'f', 2) + R"(,"active":)"_ba
            + (random.below(2) == 0 ? "true"_ba : "false"_ba) + R"(,"address":{"street":")"_ba
            + QByteArray::number(1 + random.below(400)) + ' ';
    appendWords(out, random, 1);
    out += R"( street","city":")"_ba + QByteArray(city) + R"(","geo":{"lat":)"_ba
            + QByteArray::number(random.below(18000) / 100.0 - 90.0, 'f', 4) + R"(,"lon":)"_ba
            + QByteArray::number(random.below(36000) / 100.0 - 180.0, 'f', 4) + R"(}},"tags":[)"_ba;
    const int tags = 1 + random.below(4);
    for (int tag = 0; tag < tags; ++tag) {
        out += (tag > 0 ? R"(,")"_ba : R"(")"_ba);
        appendWords(out, random, 1);
        out += '"';
    }
    out += R"(],"orders":[)"_ba;
    const int orders = random.below(3);
    for (int order = 0; order < orders; ++order) {
        out += (order > 0 ? ","_ba : ""_ba) + QByteArray(R"({"sku":"SKU-)"_ba)
                + QByteArray::number(random.below(100000)) + R"(","quantity":)"_ba
                + QByteArray::number(1 + random.below(9)) + R"(,"price":)"_ba
                + QByteArray::number(random.below(50000) / 100.0, 'f', 2) + '}';
    }
    out += R"(],"notes":")"_ba;
    appendWords(out, random, 6 + random.below(12));
    out += R"("})"_ba;
}

} // namespace

QByteArray jsonPayload(qsizetype bytes)
{
    Sequence random;
    QByteArray out;
    out.reserve(bytes + 1024);
    out += R"({"records":[)"_ba;
    int count = 0;
    while (out.size() < bytes) {
        if (count > 0) {
            out += ',';
        }
        appendRecord(out, random, count);
        ++count;
    }
    out += R"(],"summary":{"count":)"_ba + QByteArray::number(count)
            + R"(,"source":"callpad-bench","complete":true}})"_ba;
    return out;
}

QByteArray messageString(qsizetype bytes)
{
    Sequence random;
    QByteArray out;
    out.reserve(bytes + 256);
    out += '"';
    while (out.size() < bytes) {
        appendWords(out, random, 40 + random.below(60));
        out += ".\\n\\n";
    }
    out += '"';
    return out;
}

QByteArray callResponse(const QByteArray &messageJson, const QByteArray &payloadJson)
{
    const QByteArray message = messageJson.isEmpty() ? "null"_ba : messageJson;
    const QByteArray payload = payloadJson.isEmpty() ? "null"_ba : payloadJson;
    return R"({"span_id":"5f0e6b2c-9a51-4d8e-8c1e-2b7f3a9d4c10","message":)"_ba + message
            + R"(,"json_payload":)"_ba + payload
            + R"(,"cached":false,"images":null,"usage":{"input_tokens":42,)"
              R"("output_tokens":)"_ba
            + QByteArray::number((message.size() + payload.size()) / 4)
            + R"(,"output_tokens_details":{"reasoning_tokens":0},"total_tokens":)"_ba
            + QByteArray::number(42 + (message.size() + payload.size()) / 4)
            + R"(},"cost":{"generation":0.0012,"platform":0.0001,"total":0.0013}})"_ba;
}

} // namespace callpad::bench::PayloadGenerator
